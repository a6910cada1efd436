"""The event coder's settings and the state its steps share.

:class:`TypeTuning` says how far the type classifier's scores change the lexicon's
events. :class:`ExtractorBase` declares the lexicons, detectors and models that
:class:`~annals.events.extractor.EventExtractor` loads once and its steps read
(:mod:`~annals.events.extractor_classifier`, :mod:`~annals.events.extractor_clauses`);
:class:`DocumentContext` holds what the sentences of one document share, and
:class:`SentenceInfo` what the clauses of one sentence share.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from annals.events.attributes import AttributeExtractor
from annals.events.classifier import EventTypeClassifier
from annals.events.extractor_discourse import Discourse
from annals.events.fallback import SentenceTypeModel
from annals.events.lexicon import PhraseSet
from annals.events.quotes import QuoteExtractor
from annals.events.roles import MentionIndex, RoleFinder
from annals.events.status import StatusDetector
from annals.events.triggers import TriggerMatcher
from annals.models import (
    EntityMention,
    EventAttributes,
    EventStatus,
    ParsedText,
    PartialDate,
    PublicationDate,
    Quote,
    Sentence,
    TimeExpression,
)

#: A clause's date, end date and status.
Timing = tuple[PartialDate | None, PartialDate | None, EventStatus]


@dataclass(frozen=True, slots=True)
class TypeTuning:
    """How the type classifier's scores change the lexicon's events, chosen by 4-fold
    cross-validation on the dev split (each fold coded by a model trained on the other three)."""

    blend: float = 0.8  # share of the classifier's probability in an event's confidence
    rerank_margin: float = 0.05  # another candidate of the clause wins by this much
    retype_ratio: float = 1.5  # another type wins at this many times the clause's type ...
    retype_min: float = 0.3  # ... and at least this probability
    #: Lexicon patterns of at least this weight keep their type whatever the classifier reads;
    #: 1.0: none (in cross-validation the classifier's reading beat even the precise patterns).
    protect_weight: float = 1.0
    #: Languages where the classifier may give a type no trigger of the clause has; elsewhere
    #: (little training text) it only re-ranks the clause's triggers and scores confidence.
    retype_languages: tuple[str, ...] = ("en",)
    single_clause: bool = True  # ... and only in a sentence of one clause with triggers
    keep_commitments: bool = True  # a verbal AGREE (pledge, promise) keeps its type
    propose_min: float = 0.6  # an event in a sentence without triggers needs this
    #: Ask the sentence embedding model about sentences that the lexicons and the lexical
    #: classifier left without an event (:mod:`annals.events.fallback`); on by default
    #: (``Settings.event_embeddings``), though it reads some hard negatives as events too.
    embedding_fallback: bool = True
    #: ... in the headline and the lead's first sentence only (at most one line more than
    #: this, such as a headline): every sentence of a long article would cost more than
    #: half of the pipeline's speed (`annals benchmark speed`), and the third sentence as
    #: well cost a sixth of it (a 40-token sentence takes 40 ms) for a proposal in about
    #: 50 articles, half of them wrong.
    fallback_sentences: int = 2
    fallback_tokens: int = 40  # ... reading at most this many tokens of each
    embedding_share: float = 0.8  # an event only it read has this share of its probability
    actorless_min: float = 0.85  # an event without participants needs this
    lead_sentences: int = 2  # events of the headline and first sentences (lead) get ...
    lead_bonus: float = 0.4  # ... this much more confidence: the main event of a story


@dataclass(frozen=True, slots=True)
class DocumentContext:
    """What the sentences of one document share while its events are coded."""

    doc_id: str
    parsed: ParsedText
    times: Sequence[TimeExpression]
    published: PublicationDate
    speakers: tuple[tuple[Quote, EntityMention | None], ...]  # quotes and their speakers
    index: MentionIndex
    finder: RoleFinder
    discourse: Discourse  # what earlier sentences said (updated sentence by sentence)
    retype_language: bool  # the classifier may give a clause a type no trigger has
    #: the entity ids the document names after a locative preposition, read once when needed
    place_ids: dict[str, frozenset[str]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class SentenceInfo:
    """What the clauses of one sentence share: its words, quantities, places and quotes."""

    sentence: Sentence
    words: list[str]
    attributes: EventAttributes
    places: dict[int, tuple[EntityMention, bool]]  # start -> (mention, ambiguous preposition)
    quotes: tuple[tuple[Quote, EntityMention | None], ...] = ()  # quotes and their speakers
    mentions: tuple[EntityMention, ...] = ()  # the sentence's participants, in text order


class ExtractorBase:
    """The state of the event coder, set by :class:`~annals.events.extractor.EventExtractor`
    and read by the steps of its mixins."""

    _classifier: EventTypeClassifier
    _tuning: TypeTuning
    _fallback: SentenceTypeModel | None
    _matcher: TriggerMatcher
    _status: StatusDetector
    _attributes: AttributeExtractor
    _contexts: dict[str, PhraseSet]
    _aid_modes: dict[str, PhraseSet]
    _quotes: QuoteExtractor
    _agencies: frozenset[str]
    _reporter_nouns: PhraseSet
    _titles: frozenset[str]
