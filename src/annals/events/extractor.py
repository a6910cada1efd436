"""The event coder: PLOVER events with roles, status, date, place, quantities and evidence.

Per sentence: trigger candidates (:mod:`annals.events.triggers`) are grouped
by clause and each clause yields at most one event, whose actor and
recipient come from :mod:`annals.events.roles`, status and date from
:mod:`annals.events.status`, and quantities from
:mod:`annals.events.attributes`. Every event carries its sentence as evidence.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field

from annals.events.attributes import AttributeExtractor
from annals.events.lexicon import PhraseSet, cues, language_cues
from annals.events.quotes import QuoteExtractor
from annals.events.roles import MentionIndex, RoleFinder, RoleResult
from annals.events.status import StatusDetector
from annals.events.summary import summarize
from annals.events.triggers import (
    TriggerCandidate,
    TriggerMatcher,
    group_candidates,
    main_candidate,
)
from annals.models import (
    EntityMention,
    EntityRef,
    Event,
    EventAttributes,
    EventMention,
    ParsedText,
    Place,
    PublicationDate,
    Quote,
    Sentence,
    TimeExpression,
)

logger = logging.getLogger(__name__)

_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
#: Event types whose ambiguous "a"/"à" + city is the place rather than a recipient.
_PLACE_FIRST_TYPES = frozenset({"CONSULT", "PROTEST", "MOBILIZE"})


@dataclass(slots=True)
class _Discourse:
    """What earlier sentences said: for resolving pronoun and dropped subjects."""

    person_actor: EntityMention | None = None
    person_mention: EntityMention | None = None
    last_actors: tuple[EntityMention, ...] = ()
    last_group: tuple[EntityMention, ...] = ()  # the latest actors that were more than one
    seen: list[EntityMention] = field(default_factory=list)

    def resolve(self, kind: str) -> tuple[EntityMention, ...]:
        if kind == "plural" and len(self.last_actors) > 1:
            return self.last_actors
        if kind == "plural" and self.last_group:
            return self.last_group
        person = self.person_actor or self.person_mention
        return (person,) if person else ()


@dataclass(frozen=True, slots=True)
class _SentenceInfo:
    sentence: Sentence
    text: str
    words: list[str]
    attributes: EventAttributes
    places: dict[int, tuple[EntityMention, bool]]  # start -> (mention, ambiguous preposition)
    quotes: tuple[tuple[Quote, EntityMention | None], ...] = ()  # quotes and their speakers


class EventExtractor:
    """Codes PLOVER events in parsed documents. Lexicons are loaded once, here."""

    def __init__(self) -> None:
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
        mentions = [m for m in mentions if not self._is_reporter(parsed.text, m)]
        if quotes is None:
            quotes = self._quotes.extract(doc_id, parsed, mentions, published)
        speakers = self._quote_speakers(quotes, mentions)
        index = MentionIndex(parsed, mentions)
        finder = RoleFinder(parsed, index)
        discourse = _Discourse()
        events: list[Event] = []
        for sentence in parsed.sentences:
            items = self._attributes.items_in(parsed.text[sentence.start : sentence.end])
            candidates = self._matcher.find(parsed, sentence, has_items=bool(items))
            if not candidates:  # most sentences: no need to read their numbers and places
                _remember(discourse, index, sentence, (), mentions)
                continue
            info = self._sentence_info(parsed, sentence, index, speakers)
            found: list[Event] = []
            for group in group_candidates(parsed, sentence, candidates):
                main = main_candidate(group)
                if main is None:
                    continue
                event = self._build(
                    doc_id, parsed, info, main, group, finder, times, published, discourse
                )
                if event is not None:
                    found.append(event)
            events += _merge_duplicates(found)
            _remember(discourse, index, sentence, found, mentions)
        logger.debug("%s: %d events", doc_id, len(events))
        return tuple(events)

    def _is_reporter(self, text: str, mention: EntityMention) -> bool:
        """A news agency, or an organisation named as the employer of a correspondent."""
        if mention.type not in {"ORG", "PERSON"}:
            return False
        if mention.type == "ORG" and (
            mention.name.lower() in self._agencies or mention.text.lower() in self._agencies
        ):
            return True
        following = text[mention.end : mention.end + 30].lower().replace("’", "'").split()
        return bool(following) and self._reporter_nouns.match_at(following[:3], 0) > 0

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
            text=text,
            words=words,
            attributes=self._attributes.extract(text, parsed.language),
            places=_place_mentions(parsed, sentence, index),
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
    ) -> Event | None:
        sentence = info.sentence
        places = frozenset(
            start
            for start, (_, ambiguous) in info.places.items()
            if not ambiguous or main.type in _PLACE_FIRST_TYPES
        )
        roles = finder.find(sentence, main, places)
        quote = next((q for q in info.quotes if q[0].start <= main.start < q[0].end), None)
        if quote is not None and not roles.actors and roles.pronoun in {"first", "dropped"}:
            if quote[1] is None:
                return None  # "we" of an unknown speaker
            roles = RoleResult((quote[1],), roles.recipients, None)
        actors, recipients = self._participants(roles, main, discourse)
        if not actors and not recipients:
            return None
        date, date_end = self._status.date(parsed, sentence, main, times)
        status = self._status.status(parsed, sentence, main, date, published)
        if date is None:
            date_end = None
            date = self._status.fallback_date(parsed, sentence, main, status, published)
        mode = main.mode
        contexts = self._contexts_of(info.words, group)
        if main.type == "AID" and mode is None:
            mode = self._aid_mode(info.words, info.attributes)
        location = _location(info, places, main, actors, recipients)
        confidence = _confidence(main, actors, recipients, parsed.has_parser)
        event_id = hashlib.sha1(
            f"{doc_id}|{sentence.start}|{main.type}|{main.start}".encode()
        ).hexdigest()[:16]
        actor_refs = _refs(actors)
        recipient_refs = _refs(recipients)
        return Event(
            id=event_id,
            type=main.type,
            mode=mode,
            status=status,
            date=date,
            date_end=date_end,
            actors=actor_refs,
            recipients=recipient_refs,
            mentions=(
                EventMention(
                    doc_id, sentence.start, sentence.end, info.text, parsed.language, confidence
                ),
            ),
            confidence=confidence,
            contexts=contexts,
            location=location,
            attributes=info.attributes,
            summary=summarize(
                main.type, mode, status, actor_refs, recipient_refs, location, info.attributes
            ),
            trigger=main.text,
        )

    def _participants(
        self, roles: RoleResult, main: TriggerCandidate, discourse: _Discourse
    ) -> tuple[list[EntityMention], list[EntityMention]]:
        actors = list(roles.actors)
        recipients = list(roles.recipients)
        if not actors and roles.pronoun:
            actors = [m for m in discourse.resolve(roles.pronoun) if m not in recipients]
        if main.flip:  # "X hosted Y": the visitor Y is the PLOVER actor
            actors, recipients = recipients, actors
        if main.type == "CONSULT" and main.mode != "visit":
            # PLOVER 2.4.2: in a meeting without a host/visitor distinction all are actors
            actors = _unique_by_entity(actors + recipients)
            recipients = []
        actor_ids = {m.entity_id for m in actors}
        return _unique_by_entity(actors), [
            m for m in _unique_by_entity(recipients) if m.entity_id not in actor_ids
        ]

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
                if mention.type in _PLACE_TYPES and mention.start == following.start:
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
    mention = after[0] if after else options[-1]
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


def _unique_by_entity(mentions: Sequence[EntityMention]) -> list[EntityMention]:
    seen: set[str] = set()
    result: list[EntityMention] = []
    for mention in mentions:
        if mention.entity_id not in seen:
            seen.add(mention.entity_id)
            result.append(mention)
    return result


def _refs(mentions: Sequence[EntityMention]) -> tuple[EntityRef, ...]:
    return tuple(EntityRef(id=m.entity_id, name=m.name) for m in _unique_by_entity(mentions))


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


def _remember(
    discourse: _Discourse,
    index: MentionIndex,
    sentence: Sentence,
    events: Sequence[Event],
    mentions: Sequence[EntityMention],
) -> None:
    in_sentence = index.in_span(sentence.start, sentence.end)
    by_id = {m.entity_id: m for m in in_sentence}
    for event in events:
        actor_mentions = [by_id.get(ref.id) or _find(mentions, ref.id) for ref in event.actors]
        people = [m for m in actor_mentions if m is not None and m.type == "PERSON"]
        if people:
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
