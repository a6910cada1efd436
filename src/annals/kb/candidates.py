"""The entity linker's working objects: candidate mentions and the views they are read from.

A :class:`LanguageView` holds what the linker builds once per language (the
gazetteer and the word lists it reads names against), a :class:`DocumentView`
one text with its tokens and gazetteer matches; :func:`select_candidates` keeps
the non-overlapping candidates that :mod:`annals.kb.linker` turns into mentions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from annals.kb.common_words import CommonWords
from annals.kb.gazetteer import Gazetteer, GazetteerMatch
from annals.kb.text import WordToken
from annals.models import EntityType, ParsedText, PartialDate

CONFIDENCE_FULL = 0.95
CONFIDENCE_ACRONYM = 0.9
CONFIDENCE_SHORT = 0.8
CONFIDENCE_DEMONYM = 0.85
CONFIDENCE_METONYM = 0.75
CONFIDENCE_ROLE = 0.7
CONFIDENCE_FALLBACK = 0.6

_PRIORITY = {
    "name": 6,
    "acronym": 6,
    "capital": 6,
    "role": 5,
    "short": 5,
    "demonym": 5,
    "state": 5,
    "ner": 4,
    "docname": 3,
    "anaphor": 3,
    "fallback": 2,
}


@dataclass(slots=True)
class Candidate:
    """A possible mention before selection; ``kb_ids`` are the KB entities it may denote."""

    start: int
    end: int
    first: int
    last: int
    type: EntityType
    kind: str
    confidence: float
    kb_ids: tuple[str, ...] = ()
    entity_id: str | None = None

    @property
    def length(self) -> int:
        return self.end - self.start


@dataclass(slots=True)
class LanguageView:
    """What the linker builds once per language."""

    gazetteer: Gazetteer
    title_words: frozenset[str]
    honorifics: frozenset[str]
    calendar_words: frozenset[str]  # weekday and month names: never an entity on their own
    function_words: frozenset[str]  # the language's stop words ("Erano", "Quando" opening a
    # sentence are no names)
    common_words: CommonWords  # adverbs and verb forms ("Stamattina", "Deberíamos")
    name_words: frozenset[str]  # words of the knowledge base's names, normalised


@dataclass(slots=True)
class DocumentView:
    """One text as the linker reads it: its own tokens, the gazetteer's matches, the date."""

    parsed: ParsedText
    tokens: list[WordToken]
    matches: list[GazetteerMatch]
    date: PartialDate | None
    view: LanguageView
    match_ending: dict[int, GazetteerMatch] = field(default_factory=dict)
    match_starting: dict[int, GazetteerMatch] = field(default_factory=dict)
    #: Token positions inside any gazetteer match.
    matched: set[int] = field(default_factory=set)
    #: The words of the text that stand free of word characters and hyphens, built at the
    #: first :meth:`has_free_word` (most documents never ask).
    _free_words: frozenset[str] | None = None

    def __post_init__(self) -> None:
        for match in self.matches:
            self.match_ending[match.last] = match
            self.match_starting[match.first] = match
            self.matched.update(range(match.first, match.last))

    @property
    def language(self) -> str:
        return self.parsed.language

    def text(self, start: int, end: int) -> str:
        return self.parsed.text[start:end]

    def has_free_word(self, word: str) -> bool:
        """Does ``word`` (case-sensitive) stand in the text with no word character or hyphen
        on either side? One pass over the text, whatever the number of questions."""
        if not _WORD.fullmatch(word):
            pattern = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")
            return pattern.search(self.parsed.text) is not None
        if self._free_words is None:
            self._free_words = frozenset(_FREE_WORD.findall(self.parsed.text))
        return word in self._free_words


_WORD = re.compile(r"\w+")
#: A whole run of word characters with no hyphen before or after it.
_FREE_WORD = re.compile(r"(?<![\w-])\w+(?![\w-])")


def select_candidates(candidates: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: longer first, then the more trusted kind."""
    ordered = sorted(candidates, key=lambda c: (-c.length, -_PRIORITY[c.kind], c.start))
    taken: list[Candidate] = []
    occupied = bytearray(max((c.last for c in candidates), default=0))
    for cand in ordered:
        if any(occupied[cand.first : cand.last]):
            continue
        taken.append(cand)
        occupied[cand.first : cand.last] = b"\x01" * (cand.last - cand.first)
    return sorted(taken, key=lambda c: c.start)


def unique(values: object) -> tuple[str, ...]:
    """The strings of ``values`` in their first order, each once."""
    assert not isinstance(values, str)
    return tuple(dict.fromkeys(values))  # type: ignore[call-overload]


def opens_sentence(doc: DocumentView, index: int) -> bool:
    """Does token ``index`` open a sentence (or the text, a line, a quotation)?"""
    return opens_sentence_at(doc.parsed.text, doc.tokens[index].start)


def opens_sentence_at(text: str, offset: int) -> bool:
    """Does a sentence (or the text, a line, a quotation) open at ``offset``?"""
    raw = text[max(0, offset - 8) : offset]
    before = raw.rstrip()
    # the text's start, a line's start, or after a sentence's end or an opening quote
    return not before or "\n" in raw[len(before) :] or before[-1] in '.!?:«“"'
