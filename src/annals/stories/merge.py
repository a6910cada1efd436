"""Event merging: mentions of the same real event become one canonical event.

Cross-document event coreference. Two events are the same when they have the
same PLOVER type, a compatible status, dates that agree at the coarser of their
precisions, compatible places (a city and its country agree; two different
cities do not) and compatible participants. Participants are compared by
entity id, widened by *affiliations*: the countries and organisations a person
represents on the event's date (from the knowledge base's roles), so "Rutte
met Meloni" and "Rutte visited Italy" agree. An event whose actor is unknown
(an unresolved pronoun) agrees with a same-day event in the same place or
whose participants include its place's country. A visit and a meeting of another kind
agree only when the meeting is part of the visit (:func:`visit_apart`). Candidates come from the
store by type, date window and participants or place (blocking), so merging
never compares all pairs.

Conflicting figures are never averaged: :func:`source_figures` lists each
source's values, which the store keeps beside the canonical event.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any

from annals.models import (
    GROUP_PREFIX,
    Entity,
    EntityRef,
    Event,
    EventAttributes,
    EventMention,
    EventStatus,
    PartialDate,
    Place,
)

#: Entity id -> ids of the countries ("country/ITA") and organisations it represents;
#: a key ``"<entity id>@<ISO date>"`` (see :func:`dated_key`) gives them on that date and
#: is preferred for an event of that date, so a comparison does not depend on which
#: other events were looked at.
Affiliations = Mapping[str, frozenset[str]]


def dated_key(entity_id: str, day: PartialDate | None) -> str:
    """The affiliations key of an entity on an event's date."""
    return f"{entity_id}@{day.iso}" if day is not None else entity_id


#: Numeric attributes recorded per source when events merge.
FIGURE_FIELDS: tuple[str, ...] = ("amount", "count", "percent", "dead", "injured")

#: Statuses that may be merged with each other; negated and hypothetical events stay apart.
_STATUS_GROUP: dict[EventStatus, str] = {
    "occurred": "real",
    "ongoing": "real",
    "planned": "planned",
    "negated": "negated",
    "hypothetical": "hypothetical",
}


#: Types whose participants may all be actors (PLOVER: in a meeting, an agreement or joint
#: work every party acts), so one source's recipient may be another's actor. Other types
#: are directed: two reports of one act share an actor.
RECIPROCAL_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})


def _participants(event: Event) -> set[str]:
    return {ref.id for ref in (*event.actors, *event.recipients)}


def affiliations_of(entity: Entity, day: PartialDate | None) -> frozenset[str]:
    """The countries and organisations an entity represents on a date: those of the roles it
    holds then (a person's nationality alone is not representation)."""
    if day is None:
        return frozenset()
    found: set[str] = set()
    for role in entity.roles:
        if not role.held_on(day):
            continue
        if role.country:
            found.add(f"country/{role.country}")
        if role.organisation:
            found.add(role.organisation)
    return frozenset(found)


def _affiliated(
    ref: EntityRef, affiliations: Affiliations, day: PartialDate | None
) -> frozenset[str]:
    found = affiliations.get(dated_key(ref.id, day))
    return found if found is not None else affiliations.get(ref.id, frozenset())


def _widen(
    refs: Iterable[EntityRef], affiliations: Affiliations, day: PartialDate | None = None
) -> set[str]:
    ids: set[str] = set()
    for ref in refs:
        ids.add(ref.id)
        ids |= _affiliated(ref, affiliations, day)
    return ids


def _is_country(place: Place) -> bool:
    return place.id.startswith("country/")


def places_agree(first: Place | None, second: Place | None) -> bool:
    """Unknown places agree with anything; a city agrees with its own country; two different
    places inside a country (two cities) do not."""
    if first is None or second is None or first.id == second.id:
        return True
    if first.country and second.country and first.country != second.country:
        return False
    return _is_country(first) or _is_country(second)


def dates_agree(first: Event, second: Event) -> bool:
    """Both dated, and equal at the coarser of the two precisions."""
    if first.date is None or second.date is None:
        return False
    coarser = min(len(first.date.iso), len(second.date.iso))
    return first.date.iso[:coarser] == second.date.iso[:coarser]


def same_event(first: Event, second: Event, affiliations: Affiliations | None = None) -> bool:
    """Whether two events report the same real event (see the module docstring)."""
    if first.type != second.type:
        return False
    group = _STATUS_GROUP[first.status]
    if group in ("negated", "hypothetical") or group != _STATUS_GROUP[second.status]:
        return False
    if not dates_agree(first, second):
        return False
    if not places_agree(first.location, second.location):
        return False
    if visit_apart(first, second, affiliations or {}):
        return False
    return participants_agree(first, second, affiliations or {})


#: CONSULT modes of a meeting held at a distance: never one with a visit.
REMOTE_MODES = frozenset({"phone"})
_PERSON_PREFIXES = ("person/", "local/PERSON/")


def visit_apart(first: Event, second: Event, affiliations: Affiliations | None = None) -> bool:
    """A visit and a meeting of another kind that are not one event: a call or video
    conference (held at a distance), or a meeting with someone who has no part in the visit
    ("Meloni visited Kyiv" and "Meloni chaired a G7 video conference" the same day). Those
    who take part in the visit are its visitors and hosts, whom they represent, and its
    place. Another person, or a country, may still be the host when the visit's country is
    not known, or is theirs (but not when it is another); an organisation (the G7, NATO)
    that no visitor or host represents makes another meeting. Two visits, or two meetings,
    are compared as usual."""
    if first.type != "CONSULT" or (first.mode == "visit") == (second.mode == "visit"):
        return False
    visit, meeting = (first, second) if first.mode == "visit" else (second, first)
    if meeting.mode in REMOTE_MODES:
        return True
    widen = affiliations or {}
    hosts = _widen(visit.recipients, widen, visit.date)
    hosts |= {_country_of_group(i) for i in hosts} - {""}
    taking_part = hosts | _widen(visit.actors, widen, visit.date)
    destination = {i for i in hosts if i.startswith("country/")}
    if visit.location is not None:
        taking_part.add(visit.location.id)
        if visit.location.country:
            destination.add(f"country/{visit.location.country}")
            taking_part.add(f"country/{visit.location.country}")
    others: list[set[str]] = []
    for ref in (*meeting.actors, *meeting.recipients):
        represented = {ref.id} | _affiliated(ref, widen, meeting.date)
        represented |= {_country_of_group(ref.id)} - {""}
        if represented & taking_part:
            taking_part |= represented  # a host, with whom it represents
            continue
        countries = {i for i in represented if i.startswith("country/")}
        if ref.id.startswith(_PERSON_PREFIXES) or countries:
            if destination and countries:
                return True  # from another country than the one visited
            taking_part |= represented  # perhaps the host: the visit's country is not known
            continue
        others.append(represented)
    # an organisation takes part when a visitor or a host represents it
    return any(not (represented & taking_part) for represented in others)


def _country_of_group(entity_id: str) -> str:
    """``country/XXX`` for a group of a country (``group/XXX/police``), else ""."""
    parts = entity_id.split("/")
    if entity_id.startswith(GROUP_PREFIX) and len(parts) == 3 and len(parts[1]) == 3:
        return f"country/{parts[1]}"
    return ""


def participants_agree(
    first: Event, second: Event, affiliations: Affiliations | None = None
) -> bool:
    """When both name actors, each one's actors (or whom they represent) appear among the
    other's participants (among its actors, for a directed type, whose recipients, when both
    name some, must have one in common or represent one another), and all of one's actors
    do (a report names some of the parties, not others in their place); when one names none,
    they share a participant; when one has no participant at all, it needs a day-precise
    date and a place the other shares."""
    widen = affiliations or {}
    first_all = _widen((*first.actors, *first.recipients), widen, first.date)
    second_all = _widen((*second.actors, *second.recipients), widen, second.date)
    if first.actors and second.actors:
        if first.type not in RECIPROCAL_TYPES:
            # a directed act: "Zelensky thanked France" is not "Macron supported Ukraine"
            first_all = _widen(first.actors, widen, first.date)
            second_all = _widen(second.actors, widen, second.date)
            if not _recipients_meet(first, second, widen):
                return False  # "Zelensky thanked France" is not "Zelensky thanked Italy"
        return (
            _represented(first.actors, second_all, widen, first.date)
            and _represented(second.actors, first_all, widen, second.date)
            # "Italy and Ukraine signed" is not "Macron and Zelensky signed": one side's
            # actors must all be among the other's participants
            and (
                _all_represented(first.actors, second_all, widen, first.date)
                or _all_represented(second.actors, first_all, widen, second.date)
            )
        )
    if first_all and second_all:
        return bool(first_all & second_all)
    return _placed_together(first, second, first_all | second_all)


#: Kinds of entity that recipients of two reports of one act are compared by: a city or a
#: local name may stand for a country or a building in it, and is not compared.
_COMPARED_RECIPIENTS = ("country/", "org/", "person/")


def _recipients_meet(first: Event, second: Event, widen: Affiliations) -> bool:
    """Whether two reports' recipients may be the same: one in common, or one representing
    the other's. Only compared when both name recipients and all are countries,
    organisations or people."""
    refs = (*first.recipients, *second.recipients)
    if not (first.recipients and second.recipients) or not all(
        ref.id.startswith(_COMPARED_RECIPIENTS) for ref in refs
    ):
        return True
    return any(
        _represented(one.recipients, _widen(other.recipients, widen, other.date), widen, one.date)
        for one, other in ((first, second), (second, first))
    )


def _represented(
    actors: tuple[EntityRef, ...], others: set[str], widen: Affiliations, day: PartialDate | None
) -> bool:
    return any(({a.id} | _affiliated(a, widen, day)) & others for a in actors)


def _all_represented(
    actors: tuple[EntityRef, ...], others: set[str], widen: Affiliations, day: PartialDate | None
) -> bool:
    return all(({a.id} | _affiliated(a, widen, day)) & others for a in actors)


def _placed_together(first: Event, second: Event, participants: set[str]) -> bool:
    """An event without participants (an unresolved subject) and one on the same day at the
    same place, or whose participants include that place's country."""
    if not (first.date and second.date and first.date.precision == second.date.precision == "day"):
        return False
    places = [p for p in (first.location, second.location) if p is not None]
    if len(places) == 2:
        return places[0].id == places[1].id or (
            bool(places[0].country) and places_agree(places[0], places[1])
        )
    return any(p.country and f"country/{p.country}" in participants for p in places)


def _union(
    first: tuple[EntityRef, ...],
    second: tuple[EntityRef, ...],
    exclude: frozenset[str] = frozenset(),
) -> tuple[EntityRef, ...]:
    seen = {ref.id for ref in first} | exclude
    extra = []
    for ref in second:
        if ref.id not in seen:
            seen.add(ref.id)
            extra.append(ref)
    return first + tuple(extra)


def _merge_attributes(first: EventAttributes, second: EventAttributes) -> EventAttributes:
    """Fill what the canonical event lacks; a conflicting figure keeps the first source's value."""
    return EventAttributes(
        amount=first.amount if first.amount is not None else second.amount,
        currency=first.currency if first.amount is not None else second.currency,
        count=first.count if first.count is not None else second.count,
        ordinal=first.ordinal if first.ordinal is not None else second.ordinal,
        percent=first.percent if first.percent is not None else second.percent,
        items=tuple(dict.fromkeys((*first.items, *second.items))),
        dead=first.dead if first.dead is not None else second.dead,
        injured=first.injured if first.injured is not None else second.injured,
    )


def source_figures(event: Event) -> list[dict[str, Any]]:
    """The event's numeric figures, each with the document that states it."""
    if not event.mentions:
        return []
    doc_id = min(m.doc_id for m in event.mentions)
    found = []
    for name in FIGURE_FIELDS:
        value = getattr(event.attributes, name)
        if value is not None:
            currency = event.attributes.currency if name == "amount" else None
            found.append({"doc_id": doc_id, "field": name, "value": value, "currency": currency})
    return found


def merge_figures(*groups: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Per-source figures of merged events: every source's value kept once, in a stable order."""
    seen: dict[tuple[Any, ...], dict[str, Any]] = {}
    for group in groups:
        for figure in group:
            key = (figure["field"], figure["doc_id"], figure["value"], figure.get("currency"))
            seen.setdefault(key, dict(figure))
    return [seen[key] for key in sorted(seen, key=lambda k: (k[0], k[1], str(k[2]), str(k[3])))]


def merge_events(canonical: Event, other: Event) -> Event:
    """The two events as one: every mention and participant, the more precise date, and the
    details of the event with the smaller id first (so the result does not depend on which
    was stored first); that id is the merged event's id. A participant is an actor or a
    recipient, never both: one that acts in either report is an actor, unless, in a meeting,
    it acts only in a report that names no recipient and is received in the other ("Rutte
    and Meloni held talks" and "Rutte visited Meloni": Meloni is the host)."""
    if other.id < canonical.id:
        canonical, other = other, canonical
    hosts = frozenset(
        ref.id
        for event in (canonical, other)
        for ref in event.recipients
        if ref.id not in {a.id for a in event.actors}
    )
    first_actors = canonical.actors
    second_actors = other.actors
    if canonical.type == "CONSULT":  # in a deal or joint work, every actor stays a party
        if _side_by_side(other) and not _side_by_side(canonical):
            second_actors = tuple(a for a in second_actors if a.id not in hosts)
        elif _side_by_side(canonical) and not _side_by_side(other):
            first_actors = tuple(a for a in first_actors if a.id not in hosts)
    actors = _union(first_actors, second_actors)
    acting = frozenset(a.id for a in actors)
    recipients = _union(
        tuple(r for r in canonical.recipients if r.id not in acting),
        other.recipients,
        exclude=acting,
    )
    by_place: dict[tuple[str, int], EventMention] = {}
    for mention in (*canonical.mentions, *other.mentions):
        by_place.setdefault((mention.doc_id, mention.start), mention)
    mentions = tuple(sorted(by_place.values(), key=lambda m: (m.doc_id, m.start)))
    more_precise = other.date is not None and (
        canonical.date is None or len(other.date.iso) > len(canonical.date.iso)
    )
    return replace(
        canonical,
        actors=actors,
        recipients=recipients,
        mentions=mentions,
        date=other.date if more_precise else canonical.date,
        date_end=canonical.date_end or other.date_end,
        location=canonical.location or other.location,
        attributes=_merge_attributes(canonical.attributes, other.attributes),
        contexts=tuple(dict.fromkeys((*canonical.contexts, *other.contexts))),
        confidence=max(canonical.confidence, other.confidence),
        mode=canonical.mode or other.mode,
    )


def _side_by_side(event: Event) -> bool:
    """Whether the event names several actors and no recipient ("X and Y held talks")."""
    return len(event.actors) >= 2 and not event.recipients


def merge_within(events: tuple[Event, ...]) -> tuple[Event, ...]:
    """Merge the events of one document that report the same event in several sentences,
    then join each undated mention to the event it refers back to (:func:`refers_to`)."""
    merged: list[Event] = []
    for event in events:
        for index, kept in enumerate(merged):
            if same_event(kept, event):
                merged[index] = merge_events(kept, event)
                break
        else:
            merged.append(event)
    return _join_undated(merged)


def refers_to(undated: Event, dated: Event) -> bool:
    """Whether an undated event of a document may be another mention of a dated event of the
    same document: "during his visit", "our meeting was devoted to …", "Zelensky and Crosetto
    discussed …" after "Crosetto met Zelensky in Kyiv on Thursday". Same type, both real or
    both planned (never negated or hypothetical), places that agree, not a visit apart from a
    meeting, and participants that fit: a meeting's re-mention shares one, another type's
    names no one new. The undated one must name a participant."""
    if undated.date is not None or dated.date is None or undated.type != dated.type:
        return False
    group = _STATUS_GROUP[undated.status]
    if group not in ("real", "planned") or group != _STATUS_GROUP[dated.status]:
        return False  # a planned meeting's re-mention is planned too: "the talks will cover …"
    if not (undated.actors or undated.recipients):
        return False
    if not places_agree(undated.location, dated.location) or visit_apart(undated, dated):
        return False
    mentioned, named = _participants(undated), _participants(dated)
    if undated.type == "CONSULT":
        # a meeting's re-mention may name one side, or add a party ("Zelensky and Crosetto
        # discussed …" after "Crosetto met Zelensky"): one shared participant suffices
        return bool(mentioned & named)
    # another type's re-mention names no one new, and no actor that was not one: "Meloni
    # agreed with Russia" is not the agreement Meloni announced with Rutte
    acting = {ref.id for ref in undated.actors}
    return mentioned <= named and (not dated.actors or acting <= {r.id for r in dated.actors})


def _join_undated(events: list[Event]) -> tuple[Event, ...]:
    """Each undated event that refers to exactly one dated event of the document becomes one
    of its mentions: the article says when once and refers back to it without a date. The
    dated event keeps its id, date, place, mode and the order of its participants; it gains
    the other's participants and evidence. An undated event that could refer to two events
    stays apart."""
    joined = list(events)
    gone: set[int] = set()
    for index, event in enumerate(events):
        if event.date is not None:
            continue
        targets = [i for i, other in enumerate(events) if refers_to(event, other)]
        if len(targets) != 1:
            continue
        target = joined[targets[0]]
        merged = merge_events(replace(target, id=""), event)  # the dated one's details first
        joined[targets[0]] = replace(
            merged,
            id=target.id,
            date=target.date,
            date_end=target.date_end,
            location=target.location or event.location,
            mode=target.mode or event.mode,
        )
        gone.add(index)
    return tuple(event for index, event in enumerate(joined) if index not in gone)
