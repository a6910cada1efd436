"""Direct quotations and who said them.

Quotes are text between “ ”, " ", « », „ “, ‘ ’ or straight single quotes (longer
than three words), and lines that open with a dash (– or —, the Italian, French and
Spanish convention, with or without a space after it). The speaker is the person or
organisation next to a speech verb ("said", "ha detto", "a déclaré", "sagte", "dijo",
"according to") just after
or just before the quote; a pronoun or a dropped subject ("he said",
"ha detto") resolves to the most recent salient person: the speaker of the
previous quote or the named subject of an earlier sentence, whichever is
later; only when there is neither, to the latest person named.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from annals.events.lexicon import PhraseSet, cues
from annals.models import EntityMention, EntityRef, ParsedText, PublicationDate, Quote, Token

_MIN_WORDS = 4
_WINDOW = 160  # characters searched for a speech verb on each side of a quote
_PAIRS = (("“", "”"), ("«", "»"), ("„", "“"), ("‘", "’"), ('"', '"'))
#: The characters that open or close a quote.
QUOTE_MARKS = frozenset(mark for pair in _PAIRS for mark in pair)
OPENING_MARKS = frozenset(opening for opening, _ in _PAIRS)
CLOSING_MARKS = frozenset(closing for _, closing in _PAIRS)
_DASH_LINE = re.compile(r"^[ \t]*(?:[–—][ \t]*|-[ \t]+)(?P<body>[^\n]+)", re.MULTILINE)
#: A quote between straight single quotes ('We will not back down,' he said): it opens
#: before a letter at the start of a word and closes after punctuation or before a comma,
#: so that the apostrophes of "don't" and "Ukraine's" are passed over.
_SINGLE_QUOTED = re.compile(
    r"(?:^|(?<=[\s(\[]))'(?=[^\W\d_])(?P<body>[^\n]{8,400}?)(?:(?<=[,.!?])'|'(?=,\s))",
    re.MULTILINE,
)
_INNER_DASH = re.compile(r"\s[–—]\s?|—|\s-\s")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)
_SPEAKER_TYPES = frozenset({"PERSON", "ORG"})
_NEAR = 50  # characters between a speech verb and its speaker (or the quote it introduces)
_SUBJECT_WORDS = 5  # without a parse, a subject is named within a sentence's first words
_SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})
#: Speech words that introduce a source, not an incise after a quote ("selon", "laut").
_NOT_INCISE = frozenset({"selon", "d'après", "laut", "so", "secondo", "según"})


@dataclass(frozen=True, slots=True)
class _Span:
    start: int  # of the quoted text, marks excluded
    end: int
    open_at: int  # of the opening mark (or dash)
    close_at: int  # after the closing mark


@functools.cache
def _incise() -> re.Pattern[str]:
    """The attribution that ends a dash-introduced quote's line: ", a affirmé X", ", ha
    detto X", ", dijo el ministro" (a comma, maybe an auxiliary, a speech verb of any
    language, and no further comma: ", dit-il, aux côtés de …" goes on quoting)."""
    verbs = {
        verb
        for words in cues()["speech_verbs"].values()
        for verb in words
        if " " not in verb and verb not in _NOT_INCISE
    }
    alternatives = "|".join(sorted(map(re.escape, verbs), key=len, reverse=True))
    return re.compile(
        rf",\s+(?:(?:a|ont|ha|hanno|hat|haben|han|he)\s+)?(?:{alternatives})(?!\w)[^,]*$",
        re.IGNORECASE,
    )


def find_quote_spans(text: str) -> list[_Span]:
    """Quoted stretches of ``text`` (outermost only), in order."""
    spans: list[_Span] = []
    for opening, closing in _PAIRS:
        spans += _paired(text, opening, closing)
    for match in _SINGLE_QUOTED.finditer(text):
        start, end = _trim(text, match.start("body"), match.end("body"))
        spans.append(_Span(start, end, match.start(), match.end()))
    for match in _DASH_LINE.finditer(text):
        body = match.group("body")
        inner = _INNER_DASH.search(body) or _incise().search(body)
        length = inner.start() if inner else len(body.rstrip())
        start = match.start("body")
        spans.append(_Span(start, start + length, match.start(), start + length))
    spans = [s for s in spans if len(_WORD.findall(text[s.start : s.end])) >= _MIN_WORDS]
    spans.sort(key=lambda s: (s.open_at, -s.close_at))
    outer: list[_Span] = []
    for span in spans:
        if outer and span.open_at < outer[-1].close_at:
            continue
        outer.append(span)
    return outer


def _paired(text: str, opening: str, closing: str) -> list[_Span]:
    spans: list[_Span] = []
    position = 0
    while True:
        start = text.find(opening, position)
        if start < 0:
            return spans
        if opening in '‘"' and not _opens(text, start):
            position = start + 1
            continue
        end = _closing_index(text, start + 1, closing)
        if end < 0:
            return spans
        if "\n\n" not in text[start:end]:
            inner_start, inner_end = _trim(text, start + 1, end)
            spans.append(_Span(inner_start, inner_end, start, end + 1))
        position = end + 1


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without surrounding spaces (French « guillemets » have them)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _opens(text: str, index: int) -> bool:
    """A straight or single quote opens a quote when not inside a word."""
    before = text[index - 1] if index else " "
    return not before.isalnum()


def _closing_index(text: str, position: int, closing: str) -> int:
    while True:
        end = text.find(closing, position)
        if end < 0 or closing not in '’"':
            return end
        after = text[end + 1] if end + 1 < len(text) else " "
        if not after.isalpha():  # an apostrophe ("Italy’s") is followed by a letter
            return end
        position = end + 1


class QuoteExtractor:
    """Finds quotes and speakers; speech-verb lists are loaded once."""

    def __init__(self) -> None:
        self._verbs = {
            language: PhraseSet.build(words) for language, words in cues()["speech_verbs"].items()
        }
        self._role_nouns = frozenset(cues()["role_nouns"])
        pronouns = cues()["pronouns"]
        self._pronouns = frozenset(pronouns["singular"]) | frozenset(pronouns["plural"])
        self._verb_openers = {
            language: frozenset(words["aux"]) | frozenset(cues()["passive_auxiliaries"][language])
            for language, words in cues()["perfect"].items()
        }

    def is_speech_verb(self, word: str, language: str) -> bool:
        """Is ``word`` a verb of saying in ``language`` ("said", "a déclaré")?"""
        verbs = self._verbs.get(language)
        return verbs is not None and verbs.match_at([word.lower()], 0) > 0

    def extract(
        self,
        doc_id: str,
        parsed: ParsedText,
        mentions: Sequence[EntityMention],
        published: PublicationDate,
    ) -> tuple[Quote, ...]:
        text = parsed.text
        ordered = sorted(mentions, key=lambda m: m.start)
        subjects = self._sentence_subjects(parsed, ordered)
        quotes: list[Quote] = []
        for span in find_quote_spans(text):
            salient = _latest_salient(subjects, span.open_at)
            speaker = self._speaker(text, parsed.language, span, ordered, salient)
            if speaker is not None:
                subjects.append((span.open_at, speaker))  # the last speaker stays salient
            quote_id = hashlib.sha1(f"{doc_id}|{span.start}|{span.end}".encode()).hexdigest()[:16]
            quotes.append(
                Quote(
                    id=quote_id,
                    doc_id=doc_id,
                    start=span.start,
                    end=span.end,
                    text=text[span.start : span.end],
                    speaker=EntityRef(speaker.entity_id, speaker.name) if speaker else None,
                    date=published.date,
                )
            )
        return tuple(quotes)

    def _sentence_subjects(
        self, parsed: ParsedText, mentions: Sequence[EntityMention]
    ) -> list[tuple[int, EntityMention]]:
        """``(position, person)`` for each sentence whose subject is a named person.

        With a parse: a person holding a subject token. Without one: the first
        person in the sentence's opening words, unless the sentence opens with
        a pronoun ("He also met X and Y": X and Y are not the subject).
        """
        people = [m for m in mentions if m.type == "PERSON"]  # ``mentions`` are by start
        starts = [m.start for m in people]
        found: list[tuple[int, EntityMention]] = []
        for sentence in parsed.sentences:
            inside = people[
                bisect.bisect_left(starts, sentence.start) : bisect.bisect_left(
                    starts, sentence.end
                )
            ]
            if not inside:
                continue
            tokens = parsed.sentence_tokens(sentence)
            subject = None
            if parsed.has_parser:
                subject = next(
                    (
                        m
                        for m in inside
                        for t in tokens
                        if m.start <= t.start < m.end and t.dep in _SUBJECT_DEPS
                    ),
                    None,
                )
            elif tokens and tokens[0].text.lower() not in self._pronouns:
                subject = self._opening_person(parsed.language, tokens, inside)
            if subject is not None:
                found.append((subject.start, subject))
        return found

    def _opening_person(
        self, language: str, tokens: Sequence[Token], people: Sequence[EntityMention]
    ) -> EntityMention | None:
        """A person named in a sentence's first words, before any auxiliary verb.

        "Ha poi incontrato X": the subject is dropped and X is the object.
        """
        openers = self._verb_openers.get(language, frozenset())
        for token in tokens[:_SUBJECT_WORDS]:
            person = next((m for m in people if m.start <= token.start < m.end), None)
            if person is not None:
                return person
            if token.text.lower() in openers:
                return None
        return None

    def _speaker(
        self,
        text: str,
        language: str,
        span: _Span,
        mentions: Sequence[EntityMention],
        salient: EntityMention | None = None,
    ) -> EntityMention | None:
        after_end = _window_end(text, span.close_at)
        before_start = _window_start(text, span.open_at)
        reported = False  # a speech verb earlier in the sentence, too far to introduce the quote
        for start, end in ((span.close_at, after_end), (before_start, span.open_at)):
            verb_at = self._speech_verb(text[start:end], language)
            if verb_at is not None and end == span.open_at and end - (start + verb_at) > _NEAR:
                reported = True
                continue
            if verb_at is None:
                continue
            if self._pronoun_next_to(text[start:end], verb_at):
                return salient or _latest_person(mentions, span.open_at)
            verb = start + verb_at
            nearby = [
                m
                for m in mentions
                if m.start >= start
                and m.end <= end
                and m.type in _SPEAKER_TYPES
                and min(abs(m.start - verb), abs(verb - m.end)) <= _NEAR
            ]
            named = [m for m in nearby if not self._is_title(text, m)]
            if named:
                people = [m for m in named if m.type == "PERSON"] or named
                return min(people, key=lambda m: abs(m.start - (start + verb_at)))
            return salient or _latest_person(mentions, span.open_at)
        if reported and salient is not None and _same_sentence(text, salient.start, span.open_at):
            # "Stoltenberg ... ribadendo che la NATO starà al fianco dell'Ucraina «per tutto
            # il tempo necessario»": words quoted inside the subject's reported speech
            return salient
        return None

    def _pronoun_next_to(self, window: str, verb_at: int) -> bool:
        before = _WORD.findall(window[:verb_at])[-1:]
        after = _WORD.findall(window[verb_at:])[1:2]
        return any(word.lower() in self._pronouns for word in before + after)

    def _speech_verb(self, window: str, language: str) -> int | None:
        """Character offset of the first speech verb in ``window``, or None."""
        phrases = self._verbs.get(language, self._verbs["en"])
        matches = list(_WORD.finditer(window))
        words = [m.group().lower().replace("’", "'") for m in matches]
        for index in range(len(words)):
            if phrases.match_at(words, index):
                return matches[index].start()
        return None

    def _is_title(self, text: str, mention: EntityMention) -> bool:
        """An organisation that only qualifies a role ("the NATO chief said")."""
        if mention.type != "ORG":
            return False
        following = _WORD.findall(text[mention.end : mention.end + 30])
        return bool(following) and following[0].lower() in self._role_nouns


def _same_sentence(text: str, start: int, end: int) -> bool:
    """No sentence break between ``start`` and ``end``."""
    return re.search(r"[.!?]\s|\n", text[start:end]) is None


def _window_end(text: str, position: int) -> int:
    limit = min(len(text), position + _WINDOW)
    stops = [text.find(mark, position, limit) for mark in ("\n", "“", "«", "„", '"')]
    sentence_end = re.search(r"[.!?](\s|$)", text[position:limit])
    found = [stop for stop in stops if stop >= position]
    if sentence_end:
        found.append(position + sentence_end.end())
    return min(found) if found else limit


def _window_start(text: str, position: int) -> int:
    limit = max(0, position - _WINDOW)
    segment = text[limit:position]
    stripped = segment.rstrip()
    if stripped.endswith(":"):
        # "He said:\n“...”" reaches back to the start of the introducing sentence
        cut = max(stripped.rfind(". ", 0, len(stripped) - 1), stripped.rfind("\n\n"))
        return limit + cut + 1 if cut >= 0 else limit
    cut = max(segment.rfind("\n"), segment.rfind(". "), segment.rfind("”"), segment.rfind("»"))
    return limit + cut + 1 if cut >= 0 else limit


def _latest_salient(
    subjects: Sequence[tuple[int, EntityMention]], before: int
) -> EntityMention | None:
    earlier = [pair for pair in subjects if pair[0] < before]
    return max(earlier, key=lambda pair: pair[0])[1] if earlier else None


def _latest_person(mentions: Sequence[EntityMention], before: int) -> EntityMention | None:
    people = [m for m in mentions if m.type == "PERSON" and m.end <= before]
    return people[-1] if people else None


def extract_quotes(
    doc_id: str,
    parsed: ParsedText,
    mentions: Sequence[EntityMention],
    published: PublicationDate,
) -> tuple[Quote, ...]:
    """Direct quotes of one document with their speakers (see :class:`QuoteExtractor`)."""
    return QuoteExtractor().extract(doc_id, parsed, mentions, published)


__all__ = ["QuoteExtractor", "extract_quotes", "find_quote_spans"]
