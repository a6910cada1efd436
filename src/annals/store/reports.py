"""Reports and the events merged from them.

A document's events are stored as reports (:func:`insert_reports`), each its own
event until :func:`settle_reports` merges the reports of the same real event from
different documents: it finds a waiting report's group of reports by blocking (never
by comparing all pairs) and rebuilds the group's merged events
(:func:`rebuild_events`). Each function writes within the caller's transaction.
"""

from __future__ import annotations

import functools
import json
import logging
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    and_,
    bindparam,
    delete,
    exists,
    insert,
    or_,
    select,
    update,
)

from annals.events.summary import summarize
from annals.models import Entity, Event, PartialDate
from annals.serialize import event_from_json
from annals.store import schema
from annals.store.rows import IN_CHUNK, entity_from_row, event_values, report_row
from annals.stories.merge import (
    affiliations_of,
    dated_key,
    merge_events,
    merge_figures,
    merge_within,
    same_event,
    source_figures,
)

logger = logging.getLogger(__name__)

#: Most reports one blocking look-up returns, and most reports merged as one group.
NEIGHBOUR_LIMIT = 200
COMPONENT_LIMIT = 2000
#: Entities read while settling, by id (None: no such entity, or one without roles).
_KnownEntities = dict[str, Entity | None]


def _summary_of(item: Event) -> str:
    return summarize(
        item.type,
        item.mode,
        item.status,
        item.actors,
        item.recipients,
        item.location,
        item.attributes,
    )


_PRECISION_RANK = {"day": 3, "month": 2, "year": 1}


def _precision_rank(item: Event) -> int:
    """Day 3, month 2, year 1, undated 0: precise reports found the merged events, vaguer
    ones then join the one they fit."""
    return _PRECISION_RANK.get(item.date.precision, 0) if item.date else 0


def _founding_order(item: Event) -> tuple[int, int, int]:
    """Reports that found the merged events come first: the most precise date, then a
    place, then the most participants ("Scholz and Zelensky signed in Berlin" founds the
    Berlin signing before "Zelensky signed", which may join it or another)."""
    placed = 1 if item.location is not None else 0
    return (-_precision_rank(item), -placed, -len(item.actors) - len(item.recipients))


def insert_reports(connection: Any, events: Sequence[Event]) -> None:
    """Store a document's events as reports, each its own event until
    :func:`settle_reports` merges it with the reports of the same real event from other
    documents."""
    items = merge_within(tuple(events))
    if not items:
        return
    _write_events(connection, [(item, source_figures(item)) for item in items])
    connection.execute(insert(schema.reports), [report_row(item, settled=False) for item in items])
    # Indexed with whom they represent that day, so that blocking finds a pair of
    # reports from either side ("Zelenskyy" and "Ukraine").
    affiliations = _affiliations(connection, items)
    indexed = [
        {"report_id": item.id, "entity_id": entity_id}
        for item in items
        for entity_id in sorted(
            {ref.id for ref in (*item.actors, *item.recipients)}
            | {
                key
                for ref in (*item.actors, *item.recipients)
                for key in affiliations.get(dated_key(ref.id, item.date), ())
            }
        )
    ]
    if indexed:
        connection.execute(insert(schema.report_participants), indexed)


def settle_reports(connection: Any) -> int:
    """Rebuild the merged events of every group of reports that a waiting report belongs
    to. A group is a connected component of "reports the same event" among reports, so
    it is the same whatever order its reports came in. Within it, reports merge from the
    most precisely dated (then by id) into the one merged event they report; a report
    that fits several (a year-dated "met in 2024") stays apart rather than guess."""
    reports = schema.reports
    waiting = [
        str(row.id)
        for row in connection.execute(
            select(reports.c.id).where(reports.c.settled == 0).order_by(reports.c.id)
        )
    ]
    done: set[str] = set()
    known: _KnownEntities = {}  # settling writes events and reports, never entities
    deleted: set[str] = set()  # the merged events the rebuilds so far replaced
    for offset in range(0, len(waiting), IN_CHUNK):
        # A waiting report's record and event stay as they are until its own component
        # is rebuilt (a rebuild changes only the reports of its component): read a chunk
        # of them at once, with the reports merged into one of theirs.
        chunk = [r for r in waiting[offset : offset + IN_CHUNK] if r not in done]
        stored = {
            str(row.id): (row.event_id, row.data)
            for row in connection.execute(
                select(reports.c.id, reports.c.event_id, reports.c.data).where(
                    reports.c.id.in_(chunk)
                )
            )
        }
        shared = _shared_events(connection, chunk)
        for report_id in chunk:
            if report_id in done:
                continue
            event_id, data = stored[report_id]
            first = event_from_json(json.loads(data))
            component = _report_component(connection, report_id, first, known)
            done.update(component)
            if len(component) > 1 or event_id != report_id or report_id in shared | deleted:
                # merged with others before (or its event was replaced since): the events
                # are rebuilt without the reports it no longer shares them with
                deleted.update(rebuild_events(connection, component, known))
            # else: a report with no other report of its event is already its own event
    for start in range(0, len(waiting), IN_CHUNK):
        connection.execute(
            update(reports)
            .where(reports.c.id.in_(waiting[start : start + IN_CHUNK]))
            .values(settled=1)
        )
    return len(waiting)


def _shared_events(connection: Any, report_ids: Sequence[str]) -> set[str]:
    """Those of ``report_ids`` whose merged event another report is part of too."""
    reports = schema.reports
    return {
        str(row.event_id)
        for row in connection.execute(
            select(reports.c.event_id)
            .where(reports.c.event_id.in_(report_ids), reports.c.id != reports.c.event_id)
            .distinct()
        )
    }


def _report_component(
    connection: Any, report_id: str, first: Event, known: _KnownEntities | None = None
) -> dict[str, Event]:
    found = {report_id: first}
    queue = [report_id]
    while queue:
        current = queue.pop()
        for other in _report_neighbours(connection, found[current], known):
            if other.id not in found:
                found[other.id] = other
                queue.append(other.id)
        if len(found) >= COMPONENT_LIMIT:
            logger.warning(
                "event %s: over %d reports of the same event; merging the first found",
                report_id,
                COMPONENT_LIMIT,
            )
            break
    return found


def _report_neighbours(
    connection: Any, item: Event, known: _KnownEntities | None = None
) -> list[Event]:
    """The stored reports of the same real event as ``item``, found by blocking on type,
    a date window (dates that agree at the coarser precision) and shared participants
    or place, never by comparing all pairs."""
    if item.date is None:
        return []
    affiliations = _affiliations(connection, [item], known)
    wanted = sorted(
        {ref.id for ref in (*item.actors, *item.recipients)}.union(*affiliations.values())
    )
    day = item.date.precision == "day"
    countries: set[str] = set()
    place = None
    if day:
        # An event without participants is linked to its place (see same_event).
        countries = {ref[len("country/") :] for ref in wanted if ref.startswith("country/")}
        if item.location and item.location.country:
            countries.add(item.location.country)
            place = f"country/{item.location.country}"
    if not wanted and not countries:
        return []
    value = item.date.iso
    query = _neighbour_query(bool(wanted), place is not None, bool(countries), day)
    rows = connection.execute(
        query,
        {
            "type": item.type,
            "id": item.id,
            "dates": sorted({value[:4], value[:7], value}),
            "low": value,
            "high": value + "~",
            "wanted": wanted,
            "place": place,
            "countries": sorted(countries),
        },
    ).all()
    if not rows:
        return []
    candidates = [event_from_json(json.loads(row.data)) for row in rows]
    affiliations = _affiliations(connection, [item, *candidates], known)
    return [other for other in candidates if same_event(other, item, affiliations)]


@functools.cache
def _neighbour_query(by_people: bool, by_place: bool, by_country: bool, day: bool) -> Any:
    """The blocking query of :func:`_report_neighbours` for one shape of event, built once
    with bound parameters (building the statement cost more than running it).

    Linked by a shared participant (``by_people``), by the country of the place as a
    participant (``by_place``) or by the place's country (``by_country``); dated by a point
    look-up of the date and its coarser forms (``day``), or for a vague date, by those or
    a date within it among the reports of the participants.
    """
    table, people = schema.reports, schema.report_participants
    wanted: BindParameter[list[str]] = bindparam("wanted", expanding=True)
    dates: BindParameter[list[str]] = bindparam("dates", expanding=True)
    linked: list[ColumnElement[bool]] = []
    if by_people:
        linked.append(
            exists().where(and_(people.c.report_id == table.c.id, people.c.entity_id.in_(wanted)))
        )
    if by_place:
        linked.append(
            exists().where(
                and_(people.c.report_id == table.c.id, people.c.entity_id == bindparam("place"))
            )
        )
    if by_country:
        linked.append(table.c.location_country.in_(bindparam("countries", expanding=True)))
    if day:
        # Point look-ups on the (type, date) index: constant cost as the table grows.
        window: ColumnElement[bool] = table.c.date.in_(dates)
    else:
        # A vague date: the participants' index drives the search instead.
        window = and_(
            or_(
                table.c.date.in_(dates),
                table.c.date.between(bindparam("low"), bindparam("high")),
            ),
            table.c.id.in_(select(people.c.report_id).where(people.c.entity_id.in_(wanted))),
        )
    return (
        select(table.c.data)
        .where(
            table.c.type == bindparam("type"),
            table.c.id != bindparam("id"),
            window,
            or_(*linked),
        )
        .order_by(table.c.id)
        .limit(NEIGHBOUR_LIMIT)
    )


def rebuild_events(
    connection: Any, component: dict[str, Event], known: _KnownEntities | None = None
) -> list[str]:
    """Replace the merged events of a group of reports with the events they merge into now,
    and point each report at its event; returns the ids of the events replaced."""
    reports = schema.reports
    ids = sorted(component)
    old = sorted(
        {
            str(row.event_id)
            for start in range(0, len(ids), IN_CHUNK)
            for row in connection.execute(
                select(reports.c.event_id).where(reports.c.id.in_(ids[start : start + IN_CHUNK]))
            )
        }
    )
    for table in (schema.event_mentions, schema.event_participants):
        connection.execute(delete(table).where(table.c.event_id.in_(old)))
    connection.execute(delete(schema.events).where(schema.events.c.id.in_(old)))
    affiliations = _affiliations(connection, [component[i] for i in ids], known)
    merged: list[Event] = []
    members: list[list[str]] = []
    for report_id in sorted(ids, key=lambda i: (_founding_order(component[i]), i)):
        item = component[report_id]
        matches = [
            index for index, kept in enumerate(merged) if same_event(kept, item, affiliations)
        ]
        if len(matches) == 1:
            merged[matches[0]] = merge_events(merged[matches[0]], item)
            members[matches[0]].append(report_id)
        else:  # a new event, or one too vague to tell which of several it reports
            merged.append(item)
            members.append([report_id])
    written: list[tuple[Event, Sequence[dict[str, Any]]]] = []
    for event_, group in zip(merged, members, strict=True):
        if len(group) > 1:  # the line says what the merged record says
            event_ = replace(event_, summary=_summary_of(event_))
        figures = merge_figures(*(source_figures(component[i]) for i in group))
        written.append((event_, figures))
    _write_events(connection, written)
    for (event_, _figures), group in zip(written, members, strict=True):
        connection.execute(
            update(reports).where(reports.c.id.in_(group)).values(event_id=event_.id)
        )
    return old


def _affiliations(
    connection: Any, items: Sequence[Event], known: _KnownEntities | None = None
) -> dict[str, frozenset[str]]:
    """Whom each participant of these events represents on each event's date (KB roles),
    keyed by :func:`dated_key`. ``known``: the entities read so far in this transaction
    (None for one without roles), read again only when new."""
    dates: dict[str, set[PartialDate]] = defaultdict(set)
    for item in items:
        for ref in (*item.actors, *item.recipients):
            if item.date is not None:
                dates[ref.id].add(item.date)
    if not dates:
        return {}
    if known is None:
        known = {}
    missing = sorted(entity_id for entity_id in dates if entity_id not in known)
    if missing:
        known.update(dict.fromkeys(missing))
        rows = connection.execute(
            select(schema.entities).where(
                schema.entities.c.id.in_(missing), schema.entities.c.roles != "[]"
            )
        ).all()
        known.update((str(row.id), entity_from_row(row)) for row in rows)
    found: dict[str, frozenset[str]] = {}
    for entity_id in sorted(dates):
        entity = known[entity_id]
        if entity is None:
            continue
        for day in dates[entity_id]:
            affiliations = affiliations_of(entity, day)
            if affiliations:
                found[dated_key(entity_id, day)] = affiliations
    return found


def _write_events(connection: Any, items: Sequence[tuple[Event, Sequence[dict[str, Any]]]]) -> None:
    """Insert new events (each with its figures), their mentions and participants: one
    batched statement per table, rows in the order of ``items``."""
    if not items:
        return
    connection.execute(
        insert(schema.events),
        [{"id": item.id, **event_values(item, figures)} for item, figures in items],
    )
    mentions = [
        {
            "event_id": item.id,
            "doc_id": m.doc_id,
            "start": m.start,
            "end": m.end,
            "sentence": m.sentence,
            "language": m.language,
            "confidence": m.confidence,
        }
        for item, _figures in items
        for m in item.mentions
    ]
    if mentions:
        connection.execute(insert(schema.event_mentions), mentions)
    participants = [
        {"event_id": item.id, "role": role, "seq": seq, "entity_id": ref.id, "name": ref.name}
        for item, _figures in items
        for role, refs in (("actor", item.actors), ("recipient", item.recipients))
        for seq, ref in enumerate(refs)
    ]
    if participants:
        connection.execute(insert(schema.event_participants), participants)
