"""Find temporal expressions in a text and normalise them to TIMEX3 values.

``extract_times(text, language, anchor)`` is the stage's entry point; it uses
one :class:`TimeTagger` per language, built once (its regexes are compiled in
``__init__``).
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Sequence
from dataclasses import replace

from annals.models import PartialDate, TimeExpression
from annals.time.anaphora import resolve_in_order
from annals.time.context import compare_periods
from annals.time.extents import adjust_extents
from annals.time.joins import DAY_LIST_RULE, join_mentions
from annals.time.lexicons import LEXICONS, get_lexicon
from annals.time.mentions import RawMention
from annals.time.patterns import SPAN_END_WORDS
from annals.time.resolve import with_clock
from annals.time.rules import RuleSet
from annals.time.starts import RuleScanner
from annals.time.tense import Tense, detect_tense, nearest_tense

logger = logging.getLogger(__name__)

# Titles and "vs." end in a full stop but never end a sentence before a capital.
_NO_BREAK_AFTER: frozenset[str] = frozenset(
    {"Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Sgt", "Capt"}
    | {"Prof", "Rev", "Adm", "Maj", "vs", "Sig", "Dott", "Mme", "Mlle", "Hr", "Fr", "Sra"}
    | {"Sr", "Dña", "Avv", "Ing", "On"}
)
_SENTENCE_BREAK = re.compile(
    r"(?<=[.!?…])"
    + "".join(rf"(?<!\b{word}\.)" for word in sorted(_NO_BREAK_AFTER))
    + r"[\"'”»)]*\s+(?=[\"“«(]?[A-ZÀ-ÖØ-Þ])|\n\s*"
)
_SPAN_END = re.compile(rf"(?<!\w)(?:{SPAN_END_WORDS})(?!\w)", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:()–—\"“”«»]")
_WEEKDAY_DATE_GAP = re.compile(
    r"^\s*,?\s*(?P<paren>\(\s*)?(?:(?:the|il|le|den|dem|el)\s+)?$", re.IGNORECASE
)
_CLOSE_PAREN = re.compile(r"^\s*\)")
_MODAL = re.compile(r"\b(?:would|could|should|might|may)\b", re.IGNORECASE)
# A deadline names the nearest such date, whatever the tense of its clause.
_DEADLINE = re.compile(r"(?<!\w)(?:until|till|hasta|fino\s+a[l']?|entro|bis)\s+$", re.IGNORECASE)
# ... and for a month or a date, the end or start of a term: "loans through January",
# "effective Feb. 1" (a weekday keeps its clause's tense: "ran through Friday").
_TERM_BOUND = re.compile(r"(?<!\w)(?:through|effective|as\s+of)\s+$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s\b")
_NEAR_CHARS = 24  # the words next to an expression decide its tense first
#: A coordinator that starts another clause after an expression (its verb is not this one's).
_COORDINATOR = re.compile(r"(?<!\w)(?:and|but|while|e|ma|mentre|et|mais|und|aber|y|pero)(?!\w)")
_DAY_VALUE = re.compile(r"^\d{4}-\d\d-\d\d$")
_CLAUSE_END = re.compile(r"[.;!?]")
#: Texts whose expressions a tagger keeps (more than a batch of documents).
RECENT_TEXTS = 64
_CONFIDENCE = {"calendar": 0.95, "weekday": 0.75, "relative": 0.85, "literal": 0.8, "clock": 0.85}


def split_sentences(text: str) -> tuple[tuple[int, int], ...]:
    """Sentence (start, end) offsets by punctuation and line breaks: a fallback splitter."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_BREAK.finditer(text):
        if match.start() > start:
            spans.append((start, match.start()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return tuple(spans)


class TimeTagger:
    """Temporal expression tagger for one language; compile once, call many times."""

    def __init__(self, language: str) -> None:
        self.language = get_lexicon(language).language
        self.rules = RuleSet(get_lexicon(language))
        self._scanner = RuleScanner(self.rules.rules)  # each rule tried where it can start
        # The expressions of the texts scanned last, before tense: the publication date is
        # inferred from a text before it is parsed, and its times are tagged after. The values
        # are tuples of frozen mentions, safe to share; lru_cache is thread-safe.
        self._recent = functools.lru_cache(maxsize=RECENT_TEXTS)(self._run_rules)

    # ------------------------------------------------------------------ scanning

    def scan(
        self, text: str, sentences: Sequence[tuple[int, int]] | None = None
    ) -> tuple[RawMention, ...]:
        """All expressions in ``text`` before anchoring, sorted, without overlaps, with tense."""
        return self._with_tense(text, self._expressions(text), sentences)

    def _expressions(self, text: str) -> tuple[RawMention, ...]:
        """The expressions of ``text`` before tense; the rules run once per text among the
        last :data:`RECENT_TEXTS` (a batch of documents is dated, then parsed, then tagged)."""
        return self._recent(text)

    def _run_rules(self, text: str) -> tuple[RawMention, ...]:
        return self._match_rules(text)  # looked up per call, so a patched method is seen

    def _match_rules(self, text: str) -> tuple[RawMention, ...]:
        candidates: list[tuple[int, int, int, RawMention]] = []
        for rule, matches in zip(self.rules.rules, self._scanner.matches(text), strict=True):
            for match in matches:
                if match.start("t") == match.end("t"):
                    continue
                mention = rule.handler(match, text)
                if mention is not None:
                    candidates.append((-mention.length, -rule.priority, mention.start, mention))
        candidates.sort(key=lambda c: c[:3])
        chosen: list[RawMention] = []
        for _, _, _, mention in candidates:
            if not any(mention.overlaps(other) for other in chosen):
                chosen.append(mention)
        chosen.sort(key=lambda m: m.start)
        merged = join_mentions(text, self._merge_weekday_dates(text, chosen), self.language)
        return tuple(adjust_extents(text, merged, self.language))

    @staticmethod
    def _merge_weekday_dates(text: str, mentions: list[RawMention]) -> list[RawMention]:
        """ "Monday (November 4)", "mardi 5 novembre": one expression with the date's parts."""
        out: list[RawMention] = []
        index = 0
        while index < len(mentions):
            current = mentions[index]
            following = mentions[index + 1] if index + 1 < len(mentions) else None
            if (
                current.kind == "weekday"
                and current.offset is None
                and following is not None
                and following.kind == "calendar"
                and following.day is not None
            ):
                gap = _WEEKDAY_DATE_GAP.match(text[current.end : following.start])
                end = following.end
                if gap is not None and gap["paren"]:
                    close = _CLOSE_PAREN.match(text[end:])
                    end = end + close.end() if close else -1
                if gap is not None and end > 0:
                    out.append(
                        replace(
                            following,
                            start=current.start,
                            end=end,
                            kind="weekday",
                            weekday=current.weekday,
                            rule="weekday_date",
                        )
                    )
                    index += 2
                    continue
            out.append(current)
            index += 1
        return out

    def _with_tense(
        self,
        text: str,
        mentions: Sequence[RawMention],
        sentences: Sequence[tuple[int, int]] | None,
    ) -> tuple[RawMention, ...]:
        spans = tuple(sentences) if sentences is not None else split_sentences(text)
        cache: dict[tuple[int, int], Tense] = {}
        out: list[RawMention] = []
        for mention in mentions:
            if mention.type not in ("DATE", "TIME"):
                out.append(mention)
                continue
            if mention.rule == DAY_LIST_RULE and out:  # "on July 14 and [15]": the first's
                out.append(mention.with_tense(out[-1].tense, out[-1].tense_is_local))
                continue
            start, end = _sentence_of(spans, mention.start, len(text))
            clause = _clause_of(text, start, end, mention)
            after = min(clause[1], mention.end + _NEAR_CHARS)
            joined = _COORDINATOR.search(text, mention.end, after)
            if joined is not None:  # "released them on Saturday and will free more": the
                after = joined.start()  # verb after "and" is another clause's
            near = (max(clause[0], mention.start - _NEAR_CHARS), after)
            tense = nearest_tense(text, mention.start, mention.end, near, self.language)
            local = tense != "unknown"
            if tense == "unknown" and not _POSSESSIVE.match(text, mention.end):
                # the verb before the expression in its clause governs it, unless the
                # expression names a thing ("get around Wednesday's ruling")
                before = (clause[0], mention.start)
                tense = nearest_tense(text, mention.start, mention.end, before, self.language)
            if tense == "unknown":
                tense = self._tense(text, clause, cache)
            if tense == "unknown":
                tense = self._tense(text, (start, end), cache)
            bound = mention.kind == "calendar" and _TERM_BOUND.search(
                text, max(0, mention.start - 12), mention.start
            )
            if (
                bound or _DEADLINE.search(text, max(0, mention.start - 12), mention.start)
            ) and not (
                local and tense == "future"  # "postponed until Monday": ahead
            ):
                tense, local = "unknown", False  # "until mid-November": the nearest one
            if mention.rule == "in_span" and not (
                tense == "future" or _MODAL.search(text, clause[0], mention.start)
            ):
                # "the first rise in five years": a span, not the date five years on
                mention = replace(mention, type="DURATION", kind="literal", rule="duration")
                out.append(mention)
                continue
            out.append(mention.with_tense(tense, local))
        return tuple(out)

    def sentence_tense(self, sentence: str) -> Tense:
        """The tense of one sentence in this tagger's language."""
        return detect_tense(sentence, self.language)

    def _tense(
        self, text: str, span: tuple[int, int], cache: dict[tuple[int, int], Tense]
    ) -> Tense:
        if span not in cache:
            cache[span] = detect_tense(text[span[0] : span[1]], self.language)
        return cache[span]

    # ------------------------------------------------------------------ tagging

    def tag(
        self,
        text: str,
        anchor: PartialDate | None,
        sentences: Sequence[tuple[int, int]] | None = None,
    ) -> tuple[TimeExpression, ...]:
        """Expressions of ``text`` normalised against the publication date ``anchor``."""
        mentions = self.scan(text, sentences)
        values = resolve_in_order(text, mentions, anchor)
        compare_periods(text, mentions, values)
        expressions: list[TimeExpression] = []
        for index, (mention, (value, end_value)) in enumerate(zip(mentions, values, strict=True)):
            if mention.kind == "clock":
                value = _attach_clock(mentions, values, index, text, value)
            confidence = _CONFIDENCE[mention.kind]
            if mention.kind == "calendar" and mention.year is None and mention.suffix is None:
                confidence = 0.8
            expressions.append(
                TimeExpression(
                    start=mention.start,
                    end=mention.end,
                    text=text[mention.start : mention.end],
                    type=mention.type,
                    value=value,
                    end_value=end_value,
                    confidence=confidence,
                )
            )
        return tuple(expressions)


def _sentence_of(spans: Sequence[tuple[int, int]], offset: int, length: int) -> tuple[int, int]:
    for start, end in spans:
        if start <= offset < end:
            return start, end
    return 0, length


def _clause_of(text: str, start: int, end: int, mention: RawMention) -> tuple[int, int]:
    left = start
    for match in _CLAUSE_BREAK.finditer(text, start, mention.start):
        left = match.end()
    right_match = _CLAUSE_BREAK.search(text, mention.end, end)
    return left, right_match.start() if right_match else end


def _attach_clock(
    mentions: Sequence[RawMention],
    values: Sequence[tuple[str, str | None]],
    index: int,
    text: str,
    value: str,
) -> str:
    """A clock time takes the day of a nearby dated expression in the same clause."""
    clock = mentions[index].clock or ""
    best: tuple[int, str] | None = None
    for other_index, other in enumerate(mentions):
        other_value = values[other_index][0]
        if other_index == index or not _DAY_VALUE.match(other_value):
            continue
        gap = max(other.start - mentions[index].end, mentions[index].start - other.end)
        if gap > 40:
            continue  # too far to give its day (and the text between is not searched)
        between = text[
            min(other.end, mentions[index].end) : max(other.start, mentions[index].start)
        ]
        if other.start > mentions[index].end and _SPAN_END.search(between):
            continue  # "from 12:00 until Wednesday morning": that day ends the span
        if not _CLAUSE_END.search(between) and (best is None or gap < best[0]):
            best = (gap, other_value)
    return with_clock(best[1], clock) if best else value


@functools.cache
def _tagger(language: str) -> TimeTagger:
    logger.debug("building time rules for %s", language)
    return TimeTagger(language)


def tagger_for(language: str) -> TimeTagger:
    """The shared tagger of ``language`` (English rules for languages without their own)."""
    key = language.lower()[:2]
    return _tagger(key if key in LEXICONS else "en")


def extract_times(
    text: str,
    language: str,
    anchor: PartialDate | None,
    sentences: Sequence[tuple[int, int]] | None = None,
) -> tuple[TimeExpression, ...]:
    """DATE, TIME, DURATION and SET expressions of ``text``, sorted, never overlapping.

    ``language`` is an ISO 639-1 code (en, it, fr, de, es have their own rules;
    others use the English ones). ``anchor`` is the publication date that
    relative expressions are resolved against; None leaves them underspecified.
    ``sentences`` are (start, end) offsets of the sentences, used for tense.
    """
    return tagger_for(language).tag(text, anchor, sentences)
