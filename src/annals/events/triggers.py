"""Trigger detection: lexicon matches in a sentence, grouped into one candidate per clause.

This stage only proposes :class:`TriggerCandidate` objects (where, which
words, a provisional type and mode). Everything downstream (roles, status,
date, attributes) works from a candidate's tokens, so a classifier can later
re-type candidates (``dataclasses.replace(candidate, type=...)``) without
touching the rest of the coder.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from annals.events.lexicon import (
    GAP_SIZE,
    LONG_GAP_SIZE,
    Spec,
    TriggerPattern,
    cue_words,
    cues,
    fold_stem_accent,
    language_cues,
    trigger_patterns,
)
from annals.models import EventType, ParsedText, Sentence, Token

logger = logging.getLogger(__name__)

#: Dependency labels (spaCy English and Universal Dependencies) that start a clause.
CLAUSE_DEPS = frozenset(
    {"ROOT", "root", "ccomp", "advcl", "relcl", "acl", "acl:relcl", "parataxis", "csubj", "conj"}
)
_VERBAL_POS = frozenset({"VERB", "AUX"})
_NOMINAL_DEPS = frozenset({"nmod", "appos", "obl:mod", "dep"})
_NEED_BEFORE = 6
#: The pattern of a reported obligation ("Russia said Sudan must return the helicopter"): a
#: REQUEST at the verb of saying, made of the clause's subject; a precise pattern.
DEMAND_PATTERN = "reported-demand"
DEMAND_WEIGHT = 0.9
#: Words whose candidate patterns are remembered before the memo starts afresh.
_WORD_CACHE_SIZE = 50_000
_NEED_AFTER = 8
#: The most words a German clause-final verb's needed word may stand before it.
_FRAME_BEFORE = 14


@dataclass(frozen=True, slots=True)
class TriggerCandidate:
    """A span of one sentence that may express an event of ``type``."""

    sentence: int
    first: int  # index of the first token
    last: int  # index after the last token
    head: int  # the token that carries the syntax (verb, or the noun of a nominal trigger)
    start: int
    end: int
    text: str
    type: EventType
    mode: str | None
    nominal: bool
    weight: float
    flip: bool
    contexts: tuple[str, ...]
    pattern: str
    purpose: bool = False  # an infinitive of purpose ("... to discuss aid")
    #: the token of a separable verb's particle when the candidate is the verb alone
    #: ("lehnte" of "lehnte den Plan nicht ab": the particle "ab")
    particle: int | None = None

    @classmethod
    def at_token(
        cls, sentence: int, token: Token, event_type: EventType, weight: float, pattern: str
    ) -> TriggerCandidate:
        """A verbal trigger of one token, not from the lexicon (a reported demand, a type
        the classifier proposes)."""
        return cls(
            sentence=sentence,
            first=token.index,
            last=token.index + 1,
            head=token.index,
            start=token.start,
            end=token.end,
            text=token.text,
            type=event_type,
            mode=None,
            nominal=False,
            weight=weight,
            flip=False,
            contexts=(),
            pattern=pattern,
        )


@dataclass(frozen=True, slots=True)
class _FirstWordIndex:
    """Patterns by the words and prefixes their first token may take, so that each token is
    tried only against the few patterns that can start there."""

    exact: dict[str, tuple[int, ...]]
    prefixes: dict[str, tuple[int, ...]]
    longest_prefix: int
    suffixes: tuple[tuple[str, int], ...] = ()
    _cache: dict[str, tuple[int, ...]] = field(default_factory=dict)  # word -> patterns

    @classmethod
    def build(cls, patterns: Sequence[TriggerPattern]) -> _FirstWordIndex:
        exact: dict[str, list[int]] = {}
        prefixes: dict[str, list[int]] = {}
        suffixes: list[tuple[str, int]] = []
        for number, pattern in enumerate(patterns):
            first = pattern.specs[0]
            if first is None:
                raise ValueError(f"trigger pattern {pattern.pattern!r} starts with a gap")
            for word in first.exact:
                exact.setdefault(word, []).append(number)
            for prefix in first.prefixes:
                prefixes.setdefault(prefix, []).append(number)
            suffixes += [(suffix, number) for suffix in first.suffixes]
        return cls(
            {word: tuple(numbers) for word, numbers in exact.items()},
            {prefix: tuple(numbers) for prefix, numbers in prefixes.items()},
            max((len(prefix) for prefix in prefixes), default=0),
            tuple(suffixes),
        )

    def candidates(self, token: Token) -> tuple[int, ...]:
        """Numbers of the patterns whose first spec may match ``token``, in lexicon order."""
        lower = token.text.lower()
        found = self._of_word(lower)
        if token.lemma != lower:
            found = tuple(sorted(set(found) | set(self._of_word(token.lemma))))
        folded = fold_stem_accent(lower)
        if folded is not lower:  # "envía" for "envi*"
            found = tuple(sorted(set(found) | set(self._of_word(folded))))
        return found

    def _of_word(self, word: str) -> tuple[int, ...]:
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        found: set[int] = set(self.exact.get(word, ()))
        for length in range(1, min(len(word), self.longest_prefix) + 1):
            found.update(self.prefixes.get(word[:length], ()))
        found.update(number for suffix, number in self.suffixes if word.endswith(suffix))
        result = tuple(sorted(found))
        if len(self._cache) >= _WORD_CACHE_SIZE:
            self._cache.clear()  # memory stays flat however large the corpus
        self._cache[word] = result
        return result


class TriggerMatcher:
    """Finds trigger candidates with the bundled lexicons (loaded once)."""

    def __init__(self) -> None:
        self._patterns = trigger_patterns()
        self._index = {
            language: _FirstWordIndex.build(patterns)
            for language, patterns in self._patterns.items()
        }

        self._demand_cues = {
            language: (frozenset(cue["modals"]), frozenset(cue["verbs"]))
            for language, cue in cues()["reported_demand"].items()
        }

    def languages(self) -> tuple[str, ...]:
        return tuple(sorted(self._patterns))

    def find(
        self,
        parsed: ParsedText,
        sentence: Sentence,
        has_items: bool = False,
        people: Sequence[tuple[int, int]] = (),
    ) -> list[TriggerCandidate]:
        """Non-overlapping candidates of one sentence, in text order. ``people`` are the
        character spans of the persons the linker found there (the NER may have missed or
        mistyped them), read beside the NER's own persons where a host's verb needs its
        guest named."""
        patterns = self._patterns.get(parsed.language, ())
        index = self._index.get(parsed.language)
        if index is None:
            return []
        tokens = parsed.sentence_tokens(sentence)
        found: list[TriggerCandidate] = []
        for offset, token in enumerate(tokens):
            for number in index.candidates(token):
                pattern = patterns[number]
                candidate = self._match(
                    parsed, sentence, tokens, offset, pattern, has_items, people
                )
                if candidate is not None:
                    found.append(candidate)
        found = [c for c in found if not _in_name(parsed, tokens, c)]
        found += self._demands(parsed, sentence, tokens)
        return _without_overlaps(found)

    def _demands(
        self, parsed: ParsedText, sentence: Sentence, tokens: Sequence[Token]
    ) -> list[TriggerCandidate]:
        """REQUEST candidates at verbs of saying that report an obligation, a complement
        clause with a deontic modal ("Russia said Sudan must return the helicopter"): PLOVER
        codes the demand, made by the one who says it, of the clause's subject."""
        cue = self._demand_cues.get(parsed.language)
        if cue is None or not parsed.has_parser:
            return []
        return [
            TriggerCandidate.at_token(
                sentence.index, token, "REQUEST", DEMAND_WEIGHT, DEMAND_PATTERN
            )
            for token in tokens
            if token.lemma.lower() in cue[1] and self.obligation(parsed, token) is not None
        ]

    def obligation(self, parsed: ParsedText, verb: Token) -> Token | None:
        """The complement clause of ``verb`` with a deontic modal ("... that Sudan *must*
        return"), or None."""
        cue = self._demand_cues.get(parsed.language)
        if cue is None:
            return None
        tokens = parsed.tokens
        for clause in tokens[verb.index + 1 : verb.index + 40]:
            if clause.head != verb.index or clause.dep != "ccomp":
                continue
            if any(
                t.head == clause.index and t.dep == "aux" and t.lemma.lower() in cue[0]
                for t in tokens[max(0, clause.index - 4) : clause.index]
            ):
                return clause
        return None

    def _match(
        self,
        parsed: ParsedText,
        sentence: Sentence,
        tokens: Sequence[Token],
        offset: int,
        pattern: TriggerPattern,
        has_items: bool,
        people: Sequence[tuple[int, int]] = (),
    ) -> TriggerCandidate | None:
        end = _match_specs(pattern.specs, tokens, offset, pattern.long_gap)
        if end is None or not _match_stands(
            parsed, tokens, offset, end, pattern, has_items, people
        ):
            return None
        head = _match_head(parsed, tokens, offset, end, pattern)
        if head is None:
            return None
        return _candidate(parsed, sentence, tokens, offset, end, pattern, head)


def _match_stands(
    parsed: ParsedText,
    tokens: Sequence[Token],
    offset: int,
    end: int,
    pattern: TriggerPattern,
    has_items: bool,
    people: Sequence[tuple[int, int]] = (),
) -> bool:
    """Whether the match of ``pattern`` over ``tokens[offset:end]`` stands in its context:
    no excluded word in or after it, the part of speech and objects it asks for, and the
    words it needs nearby; no excluded word right before it."""
    if pattern.long_gap and not _ends_clause(tokens, end):
        return False  # a separable verb's particle stands last in its clause
    first = tokens[offset]
    if end < len(tokens) and tokens[end].text.lower() in pattern.exclude_next:
        return False
    if any(token.text.lower() in pattern.exclude_next for token in tokens[offset:end]):
        return False
    if offset > 0 and tokens[offset - 1].text.lower() in pattern.exclude_previous:
        return False  # "sin embargo" (however), "se marcha" (leaves)
    if pattern.exclude_phrases and _in_set_phrase(tokens, offset, pattern.exclude_phrases):
        return False  # "de acuerdo con" (according to), "un attacco di panico"
    if (
        not parsed.has_parser
        and end - offset == 1
        and offset > 0
        and tokens[offset - 1].text.lower() in cue_words("degree_words", parsed.language)
    ):
        return False  # "la radio più critica": an adjective after a degree adverb
    if parsed.has_parser and pattern.pos and not _pos_ok(first.pos, pattern.pos):
        return False
    if (
        pattern.exclude_objects
        and parsed.has_parser
        and _has_object(tokens, first, pattern.exclude_objects)
    ):
        return False  # "released a statement": no release of prisoners
    return not pattern.need or (
        has_items
        or _needed_nearby(pattern.need, tokens, offset, end)
        or (
            parsed.language == "de"
            and _ends_clause(tokens, end)
            and _needed_in_frame(pattern.need, tokens, offset)
        )
        or (pattern.flip and _person_follows(parsed, tokens, end, people))
        or (pattern.flip and _guest_before(parsed, tokens, offset, end, pattern.need, people))
    )


#: How many words a set phrase may start before the trigger it holds.
_PHRASE_BEFORE = 3


def _in_set_phrase(
    tokens: Sequence[Token], offset: int, phrases: Sequence[Sequence[Spec | None]]
) -> bool:
    """Does one of ``phrases`` match over the trigger's first word ``tokens[offset]``?"""
    for phrase in phrases:
        for start in range(max(0, offset - _PHRASE_BEFORE), offset + 1):
            end = _match_specs(phrase, tokens, start)
            if end is not None and end > offset:
                return True
    return False


def _match_head(
    parsed: ParsedText, tokens: Sequence[Token], offset: int, end: int, pattern: TriggerPattern
) -> Token | None:
    """The token of the match that carries the syntax: the last of a nominal pattern, the
    verb of a verbal one; None for a nominal pattern that matched a verb."""
    head = tokens[end - 1] if pattern.nominal else tokens[offset]
    if pattern.nominal and parsed.has_parser and _inflected_verb(head):
        return None  # "According to …" is no "accord", "accorded" no agreement
    if not pattern.nominal and parsed.has_parser and head.pos not in _VERBAL_POS:
        # "se rendra à": the verb, not the reflexive pronoun, carries tense and roles
        head = next((t for t in tokens[offset:end] if t.pos in _VERBAL_POS), head)
    return head


def _candidate(
    parsed: ParsedText,
    sentence: Sentence,
    tokens: Sequence[Token],
    offset: int,
    end: int,
    pattern: TriggerPattern,
    head: Token,
) -> TriggerCandidate:
    """The candidate of the match of ``pattern`` over ``tokens[offset:end]``."""
    first, last = tokens[offset], tokens[end - 1]
    text = parsed.text[first.start : last.end]
    particle: int | None = None
    if pattern.long_gap and end - offset > sum(spec is not None for spec in pattern.specs):
        # "lehnte den Plan Kiews ab": the candidate is the verb, so that the words in
        # between stay free for roles ("Kiews") and for other triggers ("Militärhilfe")
        text = f"{parsed.text[first.start : first.end]} … {last.text}"
        particle = last.index
        last = first
    return TriggerCandidate(
        sentence=sentence.index,
        first=first.index,
        last=last.index + 1,
        head=head.index,
        start=first.start,
        end=last.end,
        text=text,
        type=pattern.type,
        mode=pattern.mode,
        nominal=pattern.nominal or (parsed.has_parser and head.pos in {"NOUN", "PROPN"}),
        weight=pattern.weight,
        flip=pattern.flip,
        contexts=pattern.contexts,
        pattern=pattern.pattern,
        purpose=not pattern.nominal and _is_purpose(parsed, tokens, offset),
        particle=particle,
    )


def _pos_ok(actual: str, wanted: str) -> bool:
    if wanted == "VERB":
        return actual in _VERBAL_POS
    if wanted == "NOUN":
        return actual in {"NOUN", "PROPN"}
    return actual == wanted


_SENTENCE_STOPS = frozenset({".", ";", ":", "!", "?"})
_CLAUSE_STOPS = _SENTENCE_STOPS | {",", "(", ")", "–", "—", '"', "„", "“", "»", "«"}
#: Words that may follow a separable verb's particle in its clause ("lehnte ... ab und ...").
_CLAUSE_JOINERS = frozenset({"und", "oder", "sowie", "aber", "doch"})


def _inflected_verb(token: Token) -> bool:
    """A verb form that shares a noun's lemma ("According" of "accord"), which a nominal
    pattern, matched on lemmas, must not take for the noun."""
    return token.pos == "VERB" and token.text.lower() != token.lemma


def _match_specs(
    specs: Sequence[Spec | None], tokens: Sequence[Token], offset: int, long_gap: bool = False
) -> int | None:
    """Index after the match of ``specs`` starting at ``tokens[offset]``, or None.

    A gap spans up to GAP_SIZE tokens within a sentence; a long gap (``long_gap``) up to
    LONG_GAP_SIZE tokens within a clause."""
    size, stops = (LONG_GAP_SIZE, _CLAUSE_STOPS) if long_gap else (GAP_SIZE, _SENTENCE_STOPS)
    position = offset
    gap = False
    for index, spec in enumerate(specs):
        if spec is None:
            gap = True
            continue
        limit = position + (size + 1 if gap else 1) if index else offset + 1
        while position < min(limit, len(tokens)):
            token = tokens[position]
            if spec.matches(token):
                break
            if gap and (token.text in stops or (long_gap and token.text.isspace())):
                return None
            position += 1
        else:
            return None
        position += 1
        gap = False
    return position


def _ends_clause(tokens: Sequence[Token], end: int) -> bool:
    """Whether the match ending before ``tokens[end]`` ends its clause."""
    if end >= len(tokens):
        return True
    following = tokens[end].text.lower()
    return following.isspace() or following in _CLAUSE_STOPS or following in _CLAUSE_JOINERS


def _person_follows(
    parsed: ParsedText, tokens: Sequence[Token], end: int, people: Sequence[tuple[int, int]]
) -> bool:
    """Whether a person's name starts right after the trigger: the guest a host receives
    ("doit recevoir Olaf Scholz"), where a title word would otherwise be needed; in Spanish
    after the "a" that marks a person as object ("recibió ▮a Zelensky")."""
    if end < len(tokens) - 1 and parsed.language == "es" and tokens[end].text.lower() == "a":
        end += 1
    if end >= len(tokens):
        return False
    start = tokens[end].start
    return any(span_start == start for span_start, _ in people) or any(
        span.start == start and span.type == "PERSON" for span in parsed.entity_spans
    )


def _guest_before(
    parsed: ParsedText,
    tokens: Sequence[Token],
    offset: int,
    end: int,
    need: Sequence[Spec],
    people: Sequence[tuple[int, int]],
) -> bool:
    """A host's verb at the end of its clause with the guest named before it ("Putin hat
    Erdogan am Dienstag empfangen", "Erdogan wurde von Putin empfangen"): a person's name in
    the words before the verb, and another person or a title word earlier in the sentence.
    One name alone is no visit ("Merkel hat den Preis empfangen")."""
    if not _ends_clause(tokens, end):
        return False
    first, start = tokens[0].start, tokens[offset].start
    near = tokens[max(0, offset - _NEED_BEFORE)].start
    named = {(span.start, span.end) for span in parsed.entity_spans if span.type == "PERSON"}
    persons = {span for span in named.union(people) if first <= span[0] and span[1] <= start}
    if not any(span_start >= near for span_start, _ in persons):
        return False
    return len(persons) > 1 or any(
        spec.matches(token) for token in tokens[:offset] for spec in need
    )


def _needed_in_frame(need: Sequence[Spec], tokens: Sequence[Token], first: int) -> bool:
    """Does a needed word stand in the German clause that a verb at its end closes ("50
    Millionen Euro für die Versorgung der Zivilbevölkerung ▮bereitstellen"): the words back
    to the clause's opening punctuation, at most ``_FRAME_BEFORE``? The verb's objects
    stand far before it."""
    for index in range(first - 1, max(-1, first - _FRAME_BEFORE - 1), -1):
        token = tokens[index]
        if token.text in _CLAUSE_PUNCTUATION:
            return False
        if any(spec.matches(token) for spec in need):
            return True
    return False


def _needed_nearby(need: Sequence[Spec], tokens: Sequence[Token], first: int, end: int) -> bool:
    window = list(tokens[max(0, first - _NEED_BEFORE) : first]) + list(
        tokens[end : end + _NEED_AFTER]
    )
    return any(spec.matches(token) for token in window for spec in need)


def _is_purpose(parsed: ParsedText, tokens: Sequence[Token], offset: int) -> bool:
    """Is the verb at ``offset`` one of purpose ("to support", "per sostenere", "pour
    soutenir"), alone or joined to one ("to intensify and support")?"""
    token = tokens[offset]
    if parsed.has_parser:
        first = tokens[0].index
        while token.dep == "conj" and token.pos in _VERBAL_POS and token.head != token.index:
            position = token.head - first
            if not 0 <= position < len(tokens):
                return False
            token = tokens[position]
        if token.dep not in {"advcl", "acl", "xcomp"} or token.pos not in _VERBAL_POS:
            return False
        markers = {"to", "pour", "afin"}
        return (
            any(
                other.head == token.index and other.lemma in markers and other.index < token.index
                for other in tokens
            )
            and token.dep != "xcomp"
        )
    markers_list = language_cues("purpose_markers", parsed.language)
    single = {marker for marker in markers_list if " " not in marker}
    if offset > 0 and tokens[offset - 1].text.lower() in single:
        return True
    # "per intensificare e sostenere": a verb joined to a purpose infinitive
    return (
        offset > 2
        and tokens[offset - 1].text.lower() in language_cues("coordinators", parsed.language)
        and tokens[offset - 3].text.lower() in single
    )


#: Small words that may join the capitalised words of a name ("Centro Francés de
#: Investigaciones", "Bank of England").
_NAME_JOINERS = frozenset(
    {"de", "del", "des", "du", "di", "della", "dei", "of", "for", "y", "e", "et", "and", "la"}
)
#: Languages written in sentence case, where a capitalised word inside a sentence is a name's.
_SENTENCE_CASE_LANGUAGES = frozenset({"it", "es", "fr", "pt"})
#: Types whose trigger names the event itself when it is a word of a name ("the NATO Summit",
#: "Conferencia de Múnich"): the meeting is one.
_EVENT_NAME_TYPES = frozenset({"CONSULT"})
#: A line with fewer than two lowercase words of this length, or more than three times as many
#: capitalised ones, is written in title case (a headline: "Putin Meets Xi in Beijing"),
#: where capitals show no names.
_LONG_WORD = 4
_LOWERCASE_WORDS = 2
_CAPITALISED_SHARE = 3


def _title_case(parsed: ParsedText, tokens: Sequence[Token], token: Token) -> bool:
    """Is the line of ``token`` in its sentence written in title case (a headline, which may
    run on into the text after it: "Chief of Armed Forces Declines Request\n\n(BBC) …")?
    Few of its longer words are lowercase."""
    start = max(tokens[0].start, parsed.text.rfind("\n", tokens[0].start, token.start) + 1)
    end = parsed.text.find("\n", token.end, tokens[-1].end)
    end = tokens[-1].end if end < 0 else end
    words = [
        t.text
        for t in tokens
        if start <= t.start and t.end <= end and len(t.text) >= _LONG_WORD and t.text.isalpha()
    ]
    lowercase = sum(1 for word in words if word.islower())
    return lowercase < _LOWERCASE_WORDS or lowercase * _CAPITALISED_SHARE < len(words) - lowercase


def _in_name(parsed: ParsedText, tokens: Sequence[Token], candidate: TriggerCandidate) -> bool:
    """Is the candidate a capitalised word of a multi-word name ("Concord Tours", "Centro
    Francés de Investigaciones", "Amnesty International")? The recogniser's name (not a
    person's: "Putin Meets Xi" is a headline read as one) that holds more words shows it,
    or, in a language written in sentence case, a capitalised word beside it that does not
    open the sentence; not in a line written in title case (a headline). A meeting's name
    names the meeting ("the NATO Summit")."""
    if candidate.type in _EVENT_NAME_TYPES and candidate.nominal:
        return False
    first = candidate.first - tokens[0].index
    last = candidate.last - tokens[0].index
    words = tokens[first:last]
    opening = next((i for i, t in enumerate(tokens) if t.text[:1].isalnum()), 0)
    if first <= opening or not all(t.text[:1].isupper() for t in words):
        return False
    if _title_case(parsed, tokens, words[0]):
        return False
    start, end = words[0].start, words[-1].end
    for span in parsed.entity_spans:
        if (
            span.type != "PERSON"
            and span.start <= start
            and end <= span.end
            and (span.start < start or end < span.end)
            and " " in span.text.strip()
        ):
            return True
    if parsed.language not in _SENTENCE_CASE_LANGUAGES:
        return False
    return _capitalised_beside(tokens, first, -1, opening) or _capitalised_beside(
        tokens, last - 1, 1, opening
    )


def _capitalised_beside(tokens: Sequence[Token], position: int, step: int, opening: int) -> bool:
    """Is the word next to ``tokens[position]`` in direction ``step`` (over one joiner such as
    "de") a capitalised word that does not open the sentence?"""
    other = position + step
    if 0 <= other < len(tokens) and tokens[other].text.lower() in _NAME_JOINERS:
        other += step
    if not (opening < other < len(tokens)):
        return False
    word = tokens[other].text
    return word[:1].isupper() and word.replace("-", "").isalpha()


def _without_overlaps(found: list[TriggerCandidate]) -> list[TriggerCandidate]:
    kept: list[TriggerCandidate] = []
    taken: set[int] = set()
    for candidate in sorted(found, key=lambda c: (-c.weight, -(c.last - c.first), c.first)):
        span = set(range(candidate.first, candidate.last))
        if span & taken:
            continue
        kept.append(candidate)
        taken |= span
    return sorted(kept, key=lambda c: c.first)


# --------------------------------------------------------------------------- clauses


def _has_object(tokens: Sequence[Token], verb: Token, lemmas: frozenset[str]) -> bool:
    """Has ``verb`` a direct object with one of ``lemmas`` (``tokens``: its sentence)?"""
    return any(
        t.head == verb.index and t.dep in {"dobj", "obj"} and t.lemma.lower() in lemmas
        for t in tokens
    )


def clause_root(tokens: Sequence[Token], index: int) -> int:
    """The token that starts the clause containing ``tokens[index]`` (parsed text only)."""
    current = index
    for _ in range(40):
        token = tokens[current]
        if token.head == current:
            return current
        if token.dep in CLAUSE_DEPS and (token.dep != "conj" or token.pos in _VERBAL_POS):
            return current
        if token.pos == "VERB" and token.dep in _NOMINAL_DEPS:
            # a finite verb the parser hung as a noun's modifier ("Sommet de l'OTAN :
            # les Alliés promettent …" with "promettent" as nmod) still heads its clause
            return current
        current = token.head
    return current


def segment_ids(parsed: ParsedText, sentence: Sentence) -> dict[int, int]:
    """Clause segment number of each token, from punctuation and conjunctions (no parse)."""
    breaks = set(language_cues("clause_breaks", parsed.language))
    breaks |= {word for word in language_cues("coordinators", parsed.language) if " " not in word}
    segment = 0
    ids: dict[int, int] = {}
    tokens = parsed.sentence_tokens(sentence)
    joined = False  # inside a German infinitive clause that completes the verb before it
    for position, token in enumerate(tokens):
        if token.text in _CLAUSE_PUNCTUATION:
            joined = (
                parsed.language == "de"
                and token.text == ","
                and infinitive_clause(tokens, position)
            )
            if joined:
                ids[token.index] = segment
                continue
        if (
            token.text.lower() in breaks
            and not joined
            and not _german_word_within_clause(parsed.language, tokens, position)
        ):
            segment += 1
        ids[token.index] = segment
    return ids


_CLAUSE_PUNCTUATION = frozenset({",", ".", ";", ":", "!", "?"})
#: German relative pronouns that are also articles: a clause break only after a comma
#: (", die …"); elsewhere the article of a noun ("nach Angaben ▮der israelischen Armee").
_GERMAN_ARTICLE_PRONOUNS = frozenset({"der", "die", "das"})
#: Words before a German "als" of comparison ("mehr als 30 Raketen"), no clause of time.
_GERMAN_COMPARATIVES = frozenset({"mehr", "weniger", "mindestens", "höchstens"})


def _german_word_within_clause(language: str, tokens: Sequence[Token], position: int) -> bool:
    """Is the German clause-break word at ``position`` inside its clause: "der", "die" or
    "das" an article, not a relative pronoun after a comma; "als" a comparison ("mehr als
    30"), not a clause of time?"""
    if language != "de":
        return False
    word = tokens[position].text.lower()
    previous = tokens[position - 1].text.lower() if position > 0 else ""
    if word == "als":
        following = tokens[position + 1].text if position + 1 < len(tokens) else ""
        return previous in _GERMAN_COMPARATIVES or following[:1].isdigit()
    return word in _GERMAN_ARTICLE_PRONOUNS and previous != ","


#: A German infinitive with "zu" inside ("anzugreifen", "abzuziehen", "einzustellen").
_ZU_INFIX = re.compile(r"^\w{2,}zu\w{3,}en$")


def infinitive_clause(tokens: Sequence[Token], comma: int) -> bool:
    """Does the German clause after the comma at ``comma`` end in an infinitive with "zu"
    (", ein Lager angegriffen zu haben", ", die Ukraine anzugreifen")? It completes the verb
    before the comma ("beschuldigte Kiew, … angegriffen zu haben"): one clause with it."""
    words: list[str] = []
    for token in tokens[comma + 1 :]:
        if token.text in _CLAUSE_PUNCTUATION:
            break
        words.append(token.text)
    if len(words) < 2:
        return False
    return words[-2].lower() == "zu" or bool(_ZU_INFIX.match(words[-1].lower()))


def group_candidates(
    parsed: ParsedText, sentence: Sentence, candidates: Sequence[TriggerCandidate]
) -> list[list[TriggerCandidate]]:
    """Candidates grouped by clause; each group describes at most one event."""
    groups: dict[int, list[TriggerCandidate]] = {}
    if parsed.has_parser:
        for candidate in candidates:
            groups.setdefault(clause_root(parsed.tokens, candidate.head), []).append(candidate)
    else:
        segments = segment_ids(parsed, sentence)
        for candidate in candidates:
            segment = segments[candidate.head]
            asked = groups.get(segment - 1)
            if asked and _what_is_asked(parsed, segments, segment, asked):
                continue  # part of the request before it, no event of its own
            groups.setdefault(segment, []).append(candidate)
    return [groups[key] for key in sorted(groups, key=lambda k: groups[k][0].first)]


#: Words that open the clause of what is asked after a verb of asking ("pidió al Congreso
#: ▮que apruebe", "ha chiesto ▮che venga ritirato", "fordert, ▮dass").
_ASKED_CLAUSE_OPENERS = frozenset({"que", "che", "dass"})
#: Words that open the phrase of whom a request is made, between the verb of asking and the
#: clause of what it asks ("pidió ▮al Congreso que", "ha chiesto ▮alla Nato che",
#: "forderte ▮von der EU, dass").
_ASKED_PARTY_OPENERS = frozenset({"a", "al", "ai", "alla", "allo", "all'", "agli", "alle", "von"})
#: The most words between a verb of asking and the clause of what it asks.
_ASKED_REACH = 5


def _what_is_asked(
    parsed: ParsedText,
    segments: dict[int, int],
    segment: int,
    asked: Sequence[TriggerCandidate],
) -> bool:
    """Does clause ``segment`` tell what the request in the clause before it asks for
    ("La Casa Blanca pidió al Congreso que apruebe 61.000 millones para Ucrania")? Then it
    is part of that request, as "asked Congress to approve" is: the act asked for has not
    happened."""
    opening = min(index for index, number in segments.items() if number == segment)
    if parsed.tokens[opening].text.lower() not in _ASKED_CLAUSE_OPENERS:
        return False
    for request in asked:
        if request.type != "REQUEST" or request.nominal:
            continue
        words = [
            token.text.lower()
            for token in parsed.tokens[request.last : opening]
            if token.text not in _CLAUSE_PUNCTUATION
        ]
        # "pidió ▮que", "pidió al Congreso ▮que"; not a relative clause further on ("pide
        # la liberación de las personas que han sido detenidas")
        if not words or (words[0] in _ASKED_PARTY_OPENERS and len(words) <= _ASKED_REACH):
            return True
    return False


_COOPERATIVE = frozenset({"AID", "SUPPORT", "CONSULT", "COOPERATE"})


def main_candidate(group: Sequence[TriggerCandidate]) -> TriggerCandidate | None:
    """The candidate that types a clause's event, or None for a clause of purpose.

    Verbal triggers win over nominal ones; a verbal AGREE (pledge, promise)
    governs the cooperative action it promises; then the lexicon weight.
    """
    if min(group, key=lambda candidate: candidate.first).purpose:
        return None
    types = {candidate.type for candidate in group}

    def rank(candidate: TriggerCandidate) -> tuple[bool, bool, bool, float, int]:
        commitment = candidate.type == "AGREE" and bool(types & _COOPERATIVE)
        return (
            not candidate.purpose,
            not candidate.nominal,
            commitment,
            candidate.weight,
            -candidate.first,
        )

    return max(group, key=rank)
