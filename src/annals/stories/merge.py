"""Event merging: mentions of the same real event become one canonical event.

A first version of cross-document event coreference. Two events are the same
when they have the same PLOVER type, a compatible status, dates that agree at
the coarser of their precisions, and at least one participant in common (by
entity id). Candidates come from the store by type and date (blocking), so
merging never compares all pairs.
"""

from __future__ import annotations

from dataclasses import replace

from annals.models import EntityRef, Event, EventAttributes, EventMention, EventStatus

#: Statuses that may be merged with each other; negated and hypothetical events stay apart.
_STATUS_GROUP: dict[EventStatus, str] = {
    "occurred": "real",
    "ongoing": "real",
    "planned": "planned",
    "negated": "negated",
    "hypothetical": "hypothetical",
}


def _participants(event: Event) -> set[str]:
    return {ref.id for ref in (*event.actors, *event.recipients)}


def dates_agree(first: Event, second: Event) -> bool:
    """Both dated, and equal at the coarser of the two precisions."""
    if first.date is None or second.date is None:
        return False
    coarser = min(len(first.date.iso), len(second.date.iso))
    return first.date.iso[:coarser] == second.date.iso[:coarser]


def same_event(first: Event, second: Event) -> bool:
    if first.type != second.type:
        return False
    group = _STATUS_GROUP[first.status]
    if group in ("negated", "hypothetical") or group != _STATUS_GROUP[second.status]:
        return False
    if not dates_agree(first, second):
        return False
    if first.location and second.location and first.location.country != second.location.country:
        return False
    return participants_agree(first, second)


def participants_agree(first: Event, second: Event) -> bool:
    """When both name actors, each one's actors appear among the other's participants (in
    either role); otherwise they share at least one participant."""
    first_all, second_all = _participants(first), _participants(second)
    if first.actors and second.actors:
        return bool({a.id for a in first.actors} & second_all) and bool(
            {a.id for a in second.actors} & first_all
        )
    return bool(first_all & second_all)


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


def merge_events(canonical: Event, other: Event) -> Event:
    """The canonical event extended with the other's mentions, participants and details."""
    actors = _union(canonical.actors, other.actors)
    recipients = _union(
        canonical.recipients, other.recipients, exclude=frozenset(a.id for a in actors)
    )
    by_place: dict[tuple[str, int], EventMention] = {}
    for mention in (*canonical.mentions, *other.mentions):
        by_place.setdefault((mention.doc_id, mention.start), mention)
    mentions = tuple(by_place.values())
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


def merge_within(events: tuple[Event, ...]) -> tuple[Event, ...]:
    """Merge the events of one document that report the same event in several sentences."""
    merged: list[Event] = []
    for event in events:
        for index, kept in enumerate(merged):
            if same_event(kept, event):
                merged[index] = merge_events(kept, event)
                break
        else:
            merged.append(event)
    return tuple(merged)
