"""Conversions between the project's models and database rows."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Row

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
    iso,
    parse_iso,
    role_from_json,
)
from annals.store.base import StoredDocument


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
