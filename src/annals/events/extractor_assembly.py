"""Places and event records, shared by the rule coder and the LLM coder (:mod:`annals.events.llm`).

A sentence's place mentions and an event's place; the items of a list of meetings that
share one verb; which mentions are news sources rather than participants; and the
:class:`~annals.models.Event` itself, with its stable id and summary.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from annals.events.extractor_base import SentenceInfo
from annals.events.lexicon import PhraseSet, cue_words, language_cues
from annals.events.roles import MentionIndex
from annals.events.roles_words import DETERMINERS, OF_WORDS
from annals.events.summary import summarize
from annals.events.triggers import TriggerCandidate
from annals.models import (
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
    Sentence,
    TimeExpression,
    Token,
)

#: Entity types that can be an event's place.
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})


def place_mentions(
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
        else:
            named = _named_in_place_phrase(parsed, tokens[position + 1 :], index)
            if named is not None:
                places[named.start] = (named, False)
    return places


#: Words between a place noun and the name it is the place of ("la zona de Abbasiya",
#: "la prigione di Abu Salim", "le quartier du Moqattam", "the outskirts of Aleppo").
_PLACE_OF = OF_WORDS | frozenset({"le", "los", "las", "the", "von"})


def _named_in_place_phrase(
    parsed: ParsedText, following: Sequence[Token], index: MentionIndex
) -> EntityMention | None:
    """The name in a locative phrase that a place noun opens ("en la zona de Abbasiya",
    "nella prigione di Abu Salim", "à la frontière ivoirienne"): a place name after it and
    its "of" words, or a demonym right after it (the country)."""
    nouns = cue_words("place_nouns", parsed.language)
    position = 0
    while position < len(following) and following[position].text.lower() in DETERMINERS:
        position += 1
    if position >= len(following) or following[position].text.lower() not in nouns:
        return None
    position += 1
    if position < len(following):
        mention = index.at(following[position].index)
        if mention is not None and mention.type == "NORP":
            return mention  # "alla frontiera libica"
    while position < len(following) and following[position].text.lower() in _PLACE_OF:
        position += 1
    if position >= len(following):
        return None
    mention = index.at(following[position].index)
    if mention is None or mention.type not in PLACE_TYPES:
        return None
    return mention if mention.start == following[position].start else None


def event_place(
    info: SentenceInfo,
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


def place_of(mention: EntityMention) -> Place:
    """The place a GPE, LOC or FAC mention names (a country's code from its id if unset)."""
    country = mention.country
    if country is None and mention.entity_id.startswith("country/"):
        country = mention.entity_id.split("/", 1)[1]
    return Place(id=mention.entity_id, name=mention.name, country=country)


@dataclass(frozen=True, slots=True)
class Segment:
    """One item of a list after a trigger: its party, place and time."""

    start: int
    participants: tuple[EntityMention, ...]
    place: EntityMention | None
    time: TimeExpression | None


def gapped_segments(
    parsed: ParsedText,
    info: SentenceInfo,
    main: TriggerCandidate,
    times: Sequence[TimeExpression],
) -> list[Segment]:
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
    segments: list[Segment] = []
    for chunk_start, chunk_end in chunks:
        inside = [m for m in info.mentions if chunk_start <= m.start < chunk_end]
        place = next((m for m in inside if m.start in info.places), None)
        parties = tuple(m for m in inside if m.start not in info.places)
        time = next((t for t in times if chunk_start <= t.start and t.end <= chunk_end), None)
        if not parties or (place is None and time is None):
            if not segments:
                return []  # the trigger's own object is no such item
            continue
        segments.append(Segment(parties[0].start, parties, place, time))
    return segments if len(segments) >= 2 else []


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


def merge_duplicates(events: list[Event]) -> list[Event]:
    """One event per type and actors in a sentence ("visitato Roma per incontrare ...");
    an event of the same type and status without actors, whose recipients take part in
    the other, is the same one told twice ("s'est rendu à Varsovie, où il a rencontré
    Sikorski"): the one with actors stays."""
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
        if twin is not None or any(_retold(event, other) for other in kept):
            continue
        # the fuller telling takes the place of the first of its retellings, if any
        at = next((i for i, other in enumerate(kept) if _retold(other, event)), len(kept))
        kept = [other for other in kept if not _retold(other, event)]
        kept.insert(at, event)
    return kept


def _retold(event: Event, fuller: Event) -> bool:
    """Is ``event``, without actors, ``fuller`` told again: the same type and status, its
    recipients among ``fuller``'s parties?"""
    if event.actors or not fuller.actors or event.type != fuller.type:
        return False
    parties = {p.id for p in (*fuller.actors, *fuller.recipients)}
    return event.status == fuller.status and {r.id for r in event.recipients} <= parties
