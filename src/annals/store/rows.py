"""Conversions between the project's models and database rows."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Row, select

from annals.models import (
    Entity,
    EntityRef,
    Event,
    EventMention,
    Place,
    PublicationDate,
    RemovedSpan,
    SourceFigure,
)
from annals.serialize import (
    attributes_from_json,
    attributes_to_json,
    event_to_json,
    iso,
    parse_iso,
    role_from_json,
)
from annals.store import schema
from annals.store.base import StoredDocument

#: Most values in one SQL IN list.
IN_CHUNK = 500


def event_values(item: Event, figures: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The events row of an event (all columns but the id)."""
    location = item.location
    return dict(
        type=item.type,
        mode=item.mode,
        status=item.status,
        contexts=json.dumps(list(item.contexts)),
        date=iso(item.date),
        date_precision=item.date.precision if item.date else "unknown",
        date_end=iso(item.date_end),
        location_id=location.id if location else None,
        location_name=location.name if location else None,
        location_country=location.country if location else None,
        attributes=json.dumps(attributes_to_json(item.attributes), ensure_ascii=False),
        summary=item.summary,
        trigger=item.trigger,
        confidence=item.confidence,
        figures=json.dumps(list(figures), ensure_ascii=False),
    )


def document_from_row(row: Row[Any], removed: Sequence[Row[Any]]) -> StoredDocument:
    published = PublicationDate(
        parse_iso(row.published), row.published_basis, row.published_confidence
    )
    return StoredDocument(
        id=row.id,
        content_hash=row.content_hash,
        path=row.path,
        language=row.language,
        published=published,
        text=row.text,
        ingested_at=row.ingested_at,
        external_id=row.external_id,
        url=row.url,
        title=row.title,
        source=row.source,
        story_id=row.story_id,
        duplicate_of=row.duplicate_of,
        removed=tuple(RemovedSpan(r.start, r.end, r.reason, r.text) for r in removed),
    )


def entity_from_row(row: Row[Any]) -> Entity:
    return Entity(
        id=row.id,
        name=row.name,
        type=row.type,
        country=row.country,
        kb_id=row.kb_id,
        wikidata=row.wikidata,
        aliases=tuple(json.loads(row.aliases)),
        roles=tuple(role_from_json(role) for role in json.loads(row.roles)),
    )


def event_from_row(
    row: Row[Any], participants: dict[str, list[EntityRef]], mentions: list[EventMention]
) -> Event:
    location = (
        Place(row.location_id, row.location_name or "", row.location_country)
        if row.location_id
        else None
    )
    return Event(
        id=row.id,
        type=row.type,
        mode=row.mode,
        status=row.status,
        date=parse_iso(row.date),
        date_end=parse_iso(row.date_end),
        actors=tuple(participants.get("actor", ())),
        recipients=tuple(participants.get("recipient", ())),
        mentions=tuple(mentions),
        confidence=row.confidence,
        contexts=tuple(json.loads(row.contexts)),
        location=location,
        attributes=attributes_from_json(json.loads(row.attributes)),
        summary=row.summary,
        trigger=row.trigger,
        figures=tuple(SourceFigure(**figure) for figure in json.loads(row.figures or "[]")),
    )


def events_from_rows(connection: Any, rows: Sequence[Row[Any]]) -> Iterator[Event]:
    """Stored events with their participants and mentions, read a chunk of events at a
    time."""
    ids = [row.id for row in rows]
    participants: dict[str, dict[str, list[EntityRef]]] = defaultdict(lambda: defaultdict(list))
    mentions: dict[str, list[EventMention]] = defaultdict(list)
    for chunk_start in range(0, len(ids), IN_CHUNK):
        chunk = ids[chunk_start : chunk_start + IN_CHUNK]
        for p in connection.execute(
            select(schema.event_participants)
            .where(schema.event_participants.c.event_id.in_(chunk))
            .order_by(schema.event_participants.c.seq)
        ):
            participants[p.event_id][p.role].append(EntityRef(p.entity_id, p.name))
        for m in connection.execute(
            select(schema.event_mentions)
            .where(schema.event_mentions.c.event_id.in_(chunk))
            .order_by(schema.event_mentions.c.doc_id, schema.event_mentions.c.start)
        ):
            mentions[m.event_id].append(
                EventMention(m.doc_id, m.start, m.end, m.sentence, m.language, m.confidence)
            )
    for row in rows:
        yield event_from_row(row, participants[row.id], mentions[row.id])


def report_row(item: Event, settled: bool) -> dict[str, Any]:
    """The ``reports`` row of a document's own event (see annals.store.schema.reports)."""
    return {
        "id": item.id,
        "doc_id": item.mentions[0].doc_id,
        "event_id": item.id,
        "type": item.type,
        "date": item.date.iso if item.date else None,
        "location_country": item.location.country if item.location else None,
        "data": json.dumps(event_to_json(item), ensure_ascii=False),
        "settled": int(settled),
    }
