"""Titles and honorifics before a name: where a person's name starts after them.

"Defence Minister ▮Boris Pistorius", "Dr. ▮Dre", "ministro della Difesa ucraino
▮Oleksii": the entity linker trims titles off the NER's person spans and reads a
capitalised name right after a title as a person.
"""

from __future__ import annotations

from annals.kb.candidates import DocumentView, opens_sentence
from annals.kb.cues import ARTICLES, NAME_PARTICLES
from annals.kb.text import tokenize
from annals.models import EntitySpan


def trim_span(doc: DocumentView, span: EntitySpan, first: int, last: int) -> tuple[int, int]:
    """Tokens ``first:last`` of an NER span without the punctuation (but a closing full
    stop) and lowercase articles around it, the titles before a person's name, the
    lowercase particles at its end, or a possessive 's at its end."""
    tokens = doc.tokens
    while first < last and (
        not tokens[first].is_word
        or (tokens[first].norm in ARTICLES and tokens[first].text.islower())
    ):
        first += 1
    if span.type == "PERSON":
        first = _after_titles(doc, first, last)
    while last > first and not tokens[last - 1].is_word and tokens[last - 1].text != ".":
        last -= 1
    while (
        last - first > 1
        and tokens[last - 1].text.islower()
        and (tokens[last - 1].norm in NAME_PARTICLES or tokens[last - 1].norm in ARTICLES)
    ):
        last -= 1  # "Hani de la" (of "el cementerio Hani de la capital"): no name ends so
    if (
        last - first > 1
        and tokens[last - 1].norm == "s"
        and (doc.parsed.text[tokens[last - 1].start - 1 : tokens[last - 1].start] in "'’")
    ):
        last -= 1
    return first, last


def _after_titles(doc: DocumentView, first: int, last: int) -> int:
    """The first token of a person's name after the titles that open tokens
    ``first:last`` ("Defence Minister ▮Boris Pistorius", "Dr. ▮Dre"), or ``first``
    where what follows the titles is no name ("Madame de Montespan")."""
    tokens = doc.tokens
    position = first
    while last - position > 1:
        after = _title_end(doc, position, last)
        if after == position or _hyphenated(doc, after - 1):
            break  # no title, or one that is part of a name ("Saint-Simon", "Costa-Gavras")
        while after < last - 1 and tokens[after].text == ".":
            after += 1  # "Dr. Dre": the title's full stop goes with it
        position = after
    if position > first and not tokens[position].is_capitalised:
        return first
    return position


def _title_end(doc: DocumentView, index: int, last: int) -> int:
    """End of the title that starts at token ``index`` (before ``last``): one title word,
    or a longer office or demonym the gazetteer matched ("prime minister", "South
    Korean"); ``index`` itself where no title starts there."""
    match = doc.match_starting.get(index)
    if (
        match is not None
        and match.last < last
        and len(match.of_kind("office", "demonym")) == len(match.entries)
    ):
        return match.last
    return index + 1 if is_title_word(doc, index) else index


def is_title_word(doc: DocumentView, index: int) -> bool:
    """Is token ``index`` a title, honorific or article that may precede a name? Not a
    name's initial ("A. R. Rahman"), nor a capitalised article inside a sentence, which
    belongs to the name ("La Réunion", "Lo Wei", "El Greco")."""
    token = doc.tokens[index]
    if token.norm not in doc.view.title_words or _initial(doc, index):
        return False
    if token.norm in ARTICLES and token.is_capitalised:
        return opens_sentence(doc, index)
    return True


def _initial(doc: DocumentView, index: int) -> bool:
    """Is token ``index`` one letter with a full stop, a name's initial ("A. R. Rahman")?"""
    token = doc.tokens[index]
    return (
        len(token.text) == 1
        and index + 1 < len(doc.tokens)
        and doc.tokens[index + 1].text == "."
        and doc.tokens[index + 1].start == token.end
    )


def _hyphenated(doc: DocumentView, index: int) -> bool:
    """Is token ``index`` joined to the next one by a hyphen ("Saint-Simon")?"""
    if index + 1 >= len(doc.tokens):
        return False
    gap = doc.parsed.text[doc.tokens[index].end : doc.tokens[index + 1].start]
    return gap in ("-", "‐")


def title_ends(doc: DocumentView) -> set[int]:
    """Token positions right after a title ("ministro della Difesa ucraino ▮Oleksii")."""
    ends: set[int] = set()
    for match in doc.matches:
        if match.of_kind("office"):
            ends.add(match.last)
            after = doc.match_starting.get(match.last)
            if after is not None and after.of_kind("demonym", "name", "acronym"):
                ends.add(after.last)
    for token in doc.tokens:
        if token.norm in doc.view.honorifics and token.is_capitalised:
            nxt = token.index + 1
            ends.add(nxt + 1 if nxt < len(doc.tokens) and doc.tokens[nxt].text == "." else nxt)
    return ends


def one_word_title(alias: str) -> tuple[str, ...]:
    """A one-word title or demonym ("minister", "Ukrainian"), which may precede a name.

    The words of longer ones are no titles alone ("primo" of "primo ministro", "new" of
    "New Zealander", "saint" of "Saint-Lucien"): the gazetteer matches those whole
    (:func:`_title_end`)."""
    words = tuple(token.norm for token in tokenize(alias))
    return words if len(words) == 1 else ()
