"""Later references in a text to entities it named before: a local person's name
repeated bare ("Rossi" after "Maria Rossi") and "the country" for the country named last."""

from __future__ import annotations

from annals.kb.candidates import CONFIDENCE_SHORT, Candidate, DocumentView
from annals.models import EntityType


def repeated_names(doc: DocumentView, chosen: list[Candidate]) -> list[Candidate]:
    """Later bare occurrences of a local person's full name or surname in the same text."""
    names: dict[tuple[str, ...], EntityType] = {}
    for cand in chosen:
        if cand.type == "PERSON" and cand.entity_id is None and cand.last - cand.first >= 2:
            words = tuple(t.norm for t in doc.tokens[cand.first : cand.last])
            names[words] = "PERSON"
            names.setdefault(words[-1:], "PERSON")
    if not names:
        return []
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for words in sorted(names, key=len, reverse=True):  # longest first
        by_first.setdefault(words[0], []).append(words)
    found: list[Candidate] = []
    for token in doc.tokens:
        if not token.is_capitalised:
            continue
        for words in by_first.get(token.norm, ()):
            last = token.index + len(words)
            window = doc.tokens[token.index : last]
            if tuple(t.norm for t in window) == words and window[0].is_capitalised:
                found.append(
                    Candidate(
                        window[0].start,
                        window[-1].end,
                        token.index,
                        last,
                        "PERSON",
                        "docname",
                        CONFIDENCE_SHORT,
                    )
                )
                break
    return found


# "the country" and its articles: the noun refers to the country named last before it.
_COUNTRY_NOUNS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "en": (frozenset({"country"}), frozenset({"the"})),
    "it": (frozenset({"paese"}), frozenset({"il", "del", "nel", "al", "dal", "sul"})),
    "fr": (frozenset({"pays"}), frozenset({"le", "du", "au"})),
    "de": (frozenset({"land", "landes"}), frozenset({"das", "des", "dem"})),
    "es": (frozenset({"pais"}), frozenset({"el", "del", "al"})),
}
_ANAPHOR_REACH = 400  # characters back to the country named before
CONFIDENCE_ANAPHOR = 0.6


def country_anaphora(doc: DocumentView, chosen: list[Candidate]) -> list[Candidate]:
    """ "The country's cabinet", "il Paese", "das Land": the country named last before it.

    Only where a country was named within a few sentences before, and only the
    singular noun with a definite article ("a country", "countries" stay words).
    """
    nouns, articles = _COUNTRY_NOUNS.get(doc.language, (frozenset(), frozenset()))
    countries = sorted(
        (c.end, c.entity_id)
        for c in chosen
        if c.entity_id is not None and c.entity_id.startswith("country/")
    )
    if not nouns or not countries:
        return []
    found: list[Candidate] = []
    for token in doc.tokens[1:]:
        if token.norm not in nouns or doc.tokens[token.index - 1].norm not in articles:
            continue
        before = [pair for pair in countries if pair[0] <= token.start]
        if not before or token.start - before[-1][0] > _ANAPHOR_REACH:
            continue
        country = before[-1][1]
        found.append(
            Candidate(
                token.start,
                token.end,
                token.index,
                token.index + 1,
                "GPE",
                "anaphor",
                CONFIDENCE_ANAPHOR,
                (country,),
                country,
            )
        )
    return found
