"""The typed objects passed between pipeline stages.

Every stage takes and returns these frozen dataclasses; spaCy objects never
leave ``annals.nlp``. Character offsets (``start``/``end``) always refer to the
cleaned document text (:attr:`CleanText.text`) unless a docstring says
otherwise.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Literal, get_args

Precision = Literal["day", "month", "year", "unknown"]
DateBasis = Literal["header", "metadata", "inferred", "given", "unknown"]
EntityType = Literal["PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "EVENT", "MISC"]
TimeType = Literal["DATE", "TIME", "DURATION", "SET"]
EventType = Literal[
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
]
EventStatus = Literal["occurred", "planned", "ongoing", "hypothetical", "negated"]
RemovalReason = Literal["reader-comments", "boilerplate", "related-links"]
InputFormat = Literal["text", "html", "json", "jsonl"]

ENTITY_TYPES: tuple[str, ...] = get_args(EntityType)
TIME_TYPES: tuple[str, ...] = get_args(TimeType)
EVENT_TYPES: tuple[str, ...] = get_args(EventType)
EVENT_STATUSES: tuple[str, ...] = get_args(EventStatus)

_ISO_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True, slots=True, order=True)
class PartialDate:
    """A calendar date known to day, month or year precision.

    ``PartialDate(2024, 11)`` is "November 2024"; ``PartialDate(2024)`` is "2024".
    """

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.year <= 9999:
            raise ValueError(f"year {self.year} is out of range 1..9999")
        if self.month is None and self.day is not None:
            raise ValueError("a PartialDate with a day must have a month")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"month {self.month} is out of range 1..12")
        if self.day is not None:
            assert self.month is not None
            last = calendar.monthrange(self.year, self.month)[1]
            if not 1 <= self.day <= last:
                raise ValueError(
                    f"day {self.day} is out of range 1..{last} for {self.year}-{self.month:02d}"
                )

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        return "year"

    @property
    def iso(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> dt.date:
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return dt.date(self.year, month, day)

    def contains(self, other: PartialDate) -> bool:
        """True when ``other`` lies entirely within this date's span."""
        return self.first_day() <= other.first_day() and other.last_day() <= self.last_day()

    def overlaps(self, other: PartialDate) -> bool:
        return self.first_day() <= other.last_day() and other.first_day() <= self.last_day()

    @classmethod
    def from_date(cls, value: dt.date) -> PartialDate:
        return cls(value.year, value.month, value.day)

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; raise ``ValueError`` otherwise."""
        match = _ISO_PARTIAL.match(text.strip())
        if not match:
            raise ValueError(
                f"date {text!r} is not ISO 8601 at year, month or day precision "
                "(expected YYYY, YYYY-MM or YYYY-MM-DD)"
            )
        year, month, day = match.groups()
        return cls(int(year), int(month) if month else None, int(day) if day else None)

    def __str__(self) -> str:
        return self.iso


@dataclass(frozen=True, slots=True)
class PublicationDate:
    """When a document was published, and how we know."""

    date: PartialDate | None
    basis: DateBasis
    confidence: float = 1.0

    @property
    def precision(self) -> Precision:
        return self.date.precision if self.date else "unknown"

    @classmethod
    def unknown(cls) -> PublicationDate:
        return cls(None, "unknown", 0.0)


# --------------------------------------------------------------------------- ingest


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One article as read from its source, before cleaning.

    ``text`` is the article body (for .txt/.md with the header line's header
    part already removed). ``published`` is a date stated by the input itself
    (header, page metadata or a JSON field), with ``published_basis`` saying which.
    """

    path: str
    text: str
    format: InputFormat
    doc_id: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    language: str | None = None
    published: PartialDate | None = None
    published_basis: DateBasis = "unknown"


@dataclass(frozen=True, slots=True)
class InputFailure:
    """An input that could not be read; ``path`` names it, ``reason`` says why."""

    path: str
    reason: str


@dataclass(frozen=True, slots=True)
class RemovedSpan:
    """A stretch of the body dropped by cleaning; offsets into the *uncleaned* body."""

    start: int
    end: int
    reason: RemovalReason
    text: str


@dataclass(frozen=True, slots=True)
class CleanText:
    """The cleaned article text that every later offset refers to."""

    text: str
    removed: tuple[RemovedSpan, ...] = ()


# --------------------------------------------------------------------------- nlp


@dataclass(slots=True, unsafe_hash=True)
class Token:
    """A token of the parsed text. ``head`` and ``index`` are token indices.

    Treated as immutable (hashed by value, as a frozen dataclass would be) but not frozen:
    a frozen dataclass sets each field through ``object.__setattr__``, four times slower,
    and every word of every text is one (0.3 s of the speed benchmark's 200 articles)."""

    index: int
    start: int
    end: int
    text: str
    lemma: str
    pos: str
    dep: str
    head: int
    sentence: int
    morph: str = ""


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    first_token: int
    last_token: int  # exclusive


@dataclass(frozen=True, slots=True)
class EntitySpan:
    """A named-entity span found by a recogniser, before linking."""

    start: int
    end: int
    text: str
    type: EntityType
    confidence: float
    origin: str  # e.g. "spacy:en_core_web_sm", "kb", "pattern"


#: A sentence's last characters when it ends as a sentence (not a headline or dateline line).
_ENDS_SENTENCE = re.compile(r"""[.!?…:;]["'”’»)]*\s*$""")


@dataclass(frozen=True, slots=True)
class ParsedText:
    """Sentences, tokens and recognised entity spans of one text."""

    language: str
    text: str
    sentences: tuple[Sentence, ...]
    tokens: tuple[Token, ...]
    entity_spans: tuple[EntitySpan, ...]
    has_parser: bool

    def sentence_at(self, offset: int) -> Sentence | None:
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence
        return None

    def sentence_tokens(self, sentence: Sentence) -> tuple[Token, ...]:
        return self.tokens[sentence.first_token : sentence.last_token]

    def lead_end(self, count: int) -> int:
        """Index of the first sentence after the headline and the lead: the first ``count``
        sentences that end as sentences do (".", "!", "?", a closing quote after one, ":")
        and the lines before and between them that do not (a headline, a dateline)."""
        whole = 0
        for sentence in self.sentences:
            if _ENDS_SENTENCE.search(self.text, sentence.start, sentence.end):
                whole += 1
                if whole == count:
                    return sentence.index + 1
        return len(self.sentences)


# --------------------------------------------------------------------------- entities


@dataclass(frozen=True, slots=True)
class Role:
    """An office held by a person (or a function of an organisation)."""

    title: str
    country: str | None
    start: str | None  # ISO date at its precision
    end: str | None
    organisation: str | None = None

    def held_on(self, day: PartialDate) -> bool:
        if self.start and PartialDate.parse(self.start).first_day() > day.last_day():
            return False
        return not (self.end and PartialDate.parse(self.end).last_day() < day.first_day())


@dataclass(frozen=True, slots=True)
class Entity:
    """A resolved entity: in the knowledge base (``kb_id``) or local to the corpus."""

    id: str
    name: str
    type: EntityType
    country: str | None = None
    kb_id: str | None = None
    wikidata: str | None = None
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()


#: Id prefix of unnamed collective participants that the event coder finds ("university
#: students", "rebels in the Ivory Coast"): ``group/<slug>`` or ``group/<ISO3>/<slug>``.
GROUP_PREFIX = "group/"


@dataclass(frozen=True, slots=True)
class EntityMention:
    """A linked mention of an entity in the text."""

    start: int
    end: int
    text: str
    type: EntityType
    entity_id: str
    name: str
    confidence: float
    kb_id: str | None = None
    country: str | None = None


@dataclass(frozen=True, slots=True)
class LinkResult:
    mentions: tuple[EntityMention, ...]
    entities: tuple[Entity, ...]


# --------------------------------------------------------------------------- time


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A temporal expression with a TIMEX3-style value (``2024-11-04``, ``P3D``, ``XXXX-10-12``)."""

    start: int
    end: int
    text: str
    type: TimeType
    value: str
    end_value: str | None = None  # for ranges such as "July 10-11": the last day
    confidence: float = 0.9


# --------------------------------------------------------------------------- events


@dataclass(frozen=True, slots=True)
class EntityRef:
    id: str
    name: str


@dataclass(frozen=True, slots=True)
class Place:
    id: str
    name: str
    country: str | None = None


@dataclass(frozen=True, slots=True)
class EventAttributes:
    amount: float | None = None
    currency: str | None = None
    count: int | None = None
    ordinal: int | None = None
    percent: float | None = None
    items: tuple[str, ...] = ()
    dead: int | None = None
    injured: int | None = None


@dataclass(frozen=True, slots=True)
class SourceFigure:
    """One source's value of a numeric attribute of a (merged) event, so that sources that
    disagree are kept side by side instead of averaged."""

    doc_id: str
    field: str  # amount, count, percent, dead, injured
    value: float
    currency: str | None = None


@dataclass(frozen=True, slots=True)
class EventMention:
    """The evidence for an event: a span in one document and its sentence."""

    doc_id: str
    start: int
    end: int
    sentence: str
    language: str
    confidence: float


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    type: EventType
    mode: str | None
    status: EventStatus
    date: PartialDate | None
    actors: tuple[EntityRef, ...]
    recipients: tuple[EntityRef, ...]
    mentions: tuple[EventMention, ...]
    confidence: float
    contexts: tuple[str, ...] = ()
    date_end: PartialDate | None = None
    location: Place | None = None
    attributes: EventAttributes = field(default_factory=EventAttributes)
    summary: str = ""
    trigger: str = ""
    figures: tuple[SourceFigure, ...] = ()  # filled by the store for stored events


@dataclass(frozen=True, slots=True)
class Quote:
    id: str
    doc_id: str
    start: int
    end: int
    text: str
    speaker: EntityRef | None
    date: PartialDate | None = None


# --------------------------------------------------------------------------- documents


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything extracted from one document."""

    id: str
    path: str
    language: str
    published: PublicationDate
    text: str
    removed: tuple[RemovedSpan, ...]
    entities: tuple[EntityMention, ...]
    entity_records: tuple[Entity, ...]
    times: tuple[TimeExpression, ...]
    events: tuple[Event, ...]
    quotes: tuple[Quote, ...]
    content_hash: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
