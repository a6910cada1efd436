"""Names the knowledge base does not hold: runs of capitalised words, what is no name,
and the stable local ids the entity linker gives them."""

from __future__ import annotations

from annals.kb.candidates import Candidate, DocumentView, opens_sentence, opens_sentence_at
from annals.kb.cues import NAME_PARTICLES
from annals.kb.text import WordToken, normalise, slugify


def name_word(token: WordToken) -> bool:
    """A word a name can start with: capitalised, not all capitals, not punctuation."""
    return token.is_capitalised and token.is_word and not token.text.isupper()


def name_run(tokens: list[WordToken], position: int, text: str) -> int:
    """End of a run of capitalised words (with particles inside) starting at ``position``;
    a spaced dash ends it ("Tartuca - Mario Canu": a team, then a person), a hyphen does not
    ("Frank-Walter"), and so does a line break (a headline's last word is no part of the
    name that opens the next line)."""
    last = position
    while last < len(tokens) and last - position < 4:
        token = tokens[last]
        gap = text[tokens[last - 1].end : token.start] if last > position else ""
        if gap.strip() not in ("", "-") or (gap.strip() == "-" and gap != "-") or "\n" in gap:
            break
        capitalised = name_word(token)
        particle = (
            token.norm in NAME_PARTICLES
            and last > position
            and (last + 1 < len(tokens) and tokens[last + 1].is_capitalised)
        )
        if not (capitalised or particle):
            break
        last += 1
    return last


def is_known(doc: DocumentView, first: int, last: int) -> bool:
    """Does a knowledge-base match other than an office overlap tokens ``first:last``?"""
    return any(m.first < last and first < m.last and not m.of_kind("office") for m in doc.matches)


# Words that continue an organisation's name after a short form ("Alliance for Peace").
_NAME_LINKS = frozenset(
    normalise(word)
    for word in ("for", "of", "de", "del", "della", "des", "du", "per", "pour", "für")
)


def starts_a_name(doc: DocumentView, cand: Candidate) -> bool:
    """Is the candidate followed by more of a name ("Alleanza Verdi", "Alliance for Peace")?"""
    following = doc.tokens[cand.last : cand.last + 2]
    if not following or not following[0].is_word:
        return False
    if following[0].is_capitalised:
        return True
    return following[0].norm in _NAME_LINKS and len(following) > 1 and following[1].is_capitalised


#: Languages that capitalise the names of days and months inside a sentence.
_CAPITALISED_CALENDAR = frozenset({"en", "de"})


def calendar_name(doc: DocumentView, first: int, last: int) -> bool:
    """Are tokens ``first:last`` a day or month name ("Mercoledì", "Mardi", "Montag")?
    Where the language writes those in lowercase, a capitalised one inside a sentence is
    a name ("autour de Mars", "il fiume Sabato")."""
    words = [t.norm for t in doc.tokens[first:last] if t.is_word]
    if not words or not all(word in doc.view.calendar_words for word in words):
        return False
    return doc.language in _CAPITALISED_CALENDAR or opens_sentence(doc, first)


def function_word_opening(doc: DocumentView, index: int) -> bool:
    """Is token ``index`` a capitalised stop word (not an acronym: "EU", "US") that opens
    a sentence?"""
    text = doc.tokens[index].text
    if text.isupper() or text.lower() not in doc.view.function_words:
        return False
    return opens_sentence(doc, index)


_DASHES = frozenset("-–—‐")


def opens_clause(text: str, offset: int) -> bool:
    """Does a sentence, a quotation or a clause after a colon or a spaced dash ("… a Roma –
    Stamattina il ministro") open at ``offset``?"""
    if opens_sentence_at(text, offset):
        return True
    before = text[max(0, offset - 3) : offset]
    stripped = before.rstrip()
    return bool(stripped) and stripped[-1] in _DASHES and stripped != before


def common_word_opening(doc: DocumentView, index: int) -> bool:
    """Is token ``index`` a capitalised common word that opens a sentence, that the text
    writes capitalised nowhere else and that is no word of a name the knowledge base
    knows? Then a one-word mention there is no name ("Stamattina", "Ricordiamo",
    "Deberíamos"), while "Morsi" (a verb form too), named again in the text, stays."""
    token = doc.tokens[index]
    view = doc.view
    text = doc.parsed.text
    return (
        token.is_capitalised
        and not token.text.isupper()
        and token.norm not in view.name_words
        and token.text in view.common_words
        and opens_clause(text, token.start)
        and not _capitalised_elsewhere(text, token.text, token.start)
    )


def _capitalised_elsewhere(text: str, word: str, start: int) -> bool:
    """Does ``word`` occur in ``text`` as a whole word, capitalised or in capitals, other
    than at ``start`` ("Rodez. …" and "APPARTEMENT RODEZ", "Domani ha pubblicato …" and
    "il quotidiano Domani")? Where the word opens a sentence that goes on, other such
    openings do not count: that is where a common word is capitalised ("Spero che …" and
    "Spero che …"), while a heading of one word is a name's ("Rodez." and "Rodez
    accueille …")."""
    openings_count = not _opens_going_on(text, start, start + len(word))
    for form in (word, word.upper()):
        position = text.find(form)
        while position >= 0:
            end = position + len(form)
            if (
                position != start
                and not (position and text[position - 1].isalnum())
                and not (end < len(text) and text[end].isalnum())
                and (openings_count or form != word or not _opens_going_on(text, position, end))
            ):
                return True
            position = text.find(form, end)
    return False


def _opens_going_on(text: str, start: int, end: int) -> bool:
    """Does the word at ``start:end`` open a clause that goes on after it on its line?"""
    if not opens_clause(text, start):
        return False
    line_end = text.find("\n", end)
    rest = text[end : line_end if line_end >= 0 else len(text)].lstrip()
    return bool(rest) and (rest[0].isalnum() or rest[0] in ",'’«\"")


def local_surnames(doc: DocumentView, chosen: list[Candidate]) -> dict[str, tuple[str, str]]:
    """Last word of each multi-word local person → (id, name), for "Rossi" after "Maria Rossi"."""
    surnames: dict[str, tuple[str, str]] = {}
    for cand in chosen:
        if cand.type == "PERSON" and cand.entity_id is None and cand.last - cand.first >= 2:
            name = " ".join(doc.parsed.text[cand.start : cand.end].split())
            surnames.setdefault(
                doc.tokens[cand.last - 1].norm, (f"local/PERSON/{slugify(name)}", name)
            )
    return surnames


def local_id(
    cand: Candidate, surface: str, surnames: dict[str, tuple[str, str]]
) -> tuple[str, str]:
    """The local id and name of a candidate outside the knowledge base; a one-word person
    is the local person of that surname the text names in full (:func:`local_surnames`), and
    so is a one-word place, organisation or nationality the recogniser tagged there ("Las
    tropas de Gadafi" after "Muamar Gadafi": a surname the recogniser took for a place;
    "Slepian" after "Barnett Slepian", taken for a nationality)."""
    name = " ".join(surface.split())
    mistyped = cand.type in {"LOC", "ORG", "NORP"} and cand.kind == "ner"
    if (cand.type == "PERSON" or mistyped) and cand.last - cand.first == 1:
        known = surnames.get(normalise(name))
        if known is not None:
            return known
    return f"local/{cand.type}/{slugify(name)}", name
