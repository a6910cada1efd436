"""Model objects to and from the JSON shapes of CONTRACTS.md, in one place."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from annals.models import (
    Analysis,
    Entity,
    EntityRef,
    Event,
    EventAttributes,
    EventMention,
    PartialDate,
    Place,
    Quote,
    RemovedSpan,
    Role,
    SourceFigure,
)
from annals.store.base import StoredDocument, StoredStory

JsonDict = dict[str, Any]


def iso(date: PartialDate | None) -> str | None:
    return date.iso if date else None


def parse_iso(value: str | None) -> PartialDate | None:
    return PartialDate.parse(value) if value else None


def attributes_to_json(attributes: EventAttributes) -> JsonDict:
    return {
        "amount": attributes.amount,
        "currency": attributes.currency,
        "count": attributes.count,
        "ordinal": attributes.ordinal,
        "percent": attributes.percent,
        "items": list(attributes.items),
        "dead": attributes.dead,
        "injured": attributes.injured,
    }


def attributes_from_json(data: Mapping[str, Any]) -> EventAttributes:
    return EventAttributes(
        amount=data.get("amount"),
        currency=data.get("currency"),
        count=data.get("count"),
        ordinal=data.get("ordinal"),
        percent=data.get("percent"),
        items=tuple(data.get("items") or ()),
        dead=data.get("dead"),
        injured=data.get("injured"),
    )


def role_to_json(role: Role) -> JsonDict:
    return {
        "title": role.title,
        "country": role.country,
        "organisation": role.organisation,
        "from": role.start,
        "to": role.end,
    }


def role_from_json(data: Mapping[str, Any]) -> Role:
    return Role(
        title=data["title"],
        country=data.get("country"),
        start=data.get("from"),
        end=data.get("to"),
        organisation=data.get("organisation"),
    )


def _ref(ref: EntityRef) -> JsonDict:
    return {"id": ref.id, "name": ref.name}


def event_to_json(event: Event) -> JsonDict:
    """The event record; ``figures`` lists each source's numeric values
    (``{"doc_id", "field", "value", "currency"}``) of a merged event."""
    location = event.location
    return {
        "kind": "event",
        "id": event.id,
        "type": event.type,
        "mode": event.mode,
        "status": event.status,
        "contexts": list(event.contexts),
        "date": iso(event.date),
        "date_end": iso(event.date_end),
        "date_precision": event.date.precision if event.date else "unknown",
        "actors": [_ref(actor) for actor in event.actors],
        "recipients": [_ref(recipient) for recipient in event.recipients],
        "location": (
            {"id": location.id, "name": location.name, "country": location.country}
            if location
            else None
        ),
        "attributes": attributes_to_json(event.attributes),
        "figures": [
            {"doc_id": f.doc_id, "field": f.field, "value": f.value, "currency": f.currency}
            for f in event.figures
        ],
        "summary": event.summary,
        "trigger": event.trigger,
        "mentions": [
            {
                "doc_id": mention.doc_id,
                "start": mention.start,
                "end": mention.end,
                "sentence": mention.sentence,
                "language": mention.language,
                "confidence": mention.confidence,
            }
            for mention in event.mentions
        ],
        "confidence": event.confidence,
    }


def event_from_json(data: Mapping[str, Any]) -> Event:
    """The inverse of :func:`event_to_json`."""
    location = data.get("location")
    return Event(
        id=data["id"],
        type=data["type"],
        mode=data.get("mode"),
        status=data["status"],
        date=parse_iso(data.get("date")),
        date_end=parse_iso(data.get("date_end")),
        actors=tuple(EntityRef(ref["id"], ref["name"]) for ref in data.get("actors", ())),
        recipients=tuple(EntityRef(ref["id"], ref["name"]) for ref in data.get("recipients", ())),
        mentions=tuple(
            EventMention(
                m["doc_id"], m["start"], m["end"], m["sentence"], m["language"], m["confidence"]
            )
            for m in data.get("mentions", ())
        ),
        confidence=data["confidence"],
        contexts=tuple(data.get("contexts", ())),
        location=(
            Place(location["id"], location["name"], location.get("country")) if location else None
        ),
        attributes=attributes_from_json(data.get("attributes") or {}),
        summary=data.get("summary", ""),
        trigger=data.get("trigger", ""),
        figures=tuple(SourceFigure(**figure) for figure in data.get("figures", ())),
    )


def entity_to_json(entity: Entity, mentions: int) -> JsonDict:
    return {
        "kind": "entity",
        "id": entity.id,
        "name": entity.name,
        "type": entity.type,
        "country": entity.country,
        "kb_id": entity.kb_id,
        "wikidata": entity.wikidata,
        "aliases": list(entity.aliases),
        "roles": [role_to_json(role) for role in entity.roles],
        "mentions": mentions,
    }


def quote_to_json(quote: Quote) -> JsonDict:
    return {
        "kind": "quote",
        "id": quote.id,
        "speaker": _ref(quote.speaker) if quote.speaker else None,
        "text": quote.text,
        "doc_id": quote.doc_id,
        "start": quote.start,
        "end": quote.end,
        "date": iso(quote.date),
    }


def removed_to_json(span: RemovedSpan) -> JsonDict:
    return {"start": span.start, "end": span.end, "reason": span.reason, "text": span.text}


def document_to_json(document: StoredDocument) -> JsonDict:
    return {
        "kind": "document",
        "id": document.id,
        "path": document.path,
        "url": document.url,
        "title": document.title,
        "source": document.source,
        "language": document.language,
        "published": iso(document.published.date),
        "published_precision": document.published.precision,
        "published_basis": document.published.basis,
        "story_id": document.story_id,
        "duplicate_of": document.duplicate_of,
        "external_id": document.external_id,
        "content_hash": document.content_hash,
    }


def analysis_to_json(analysis: Analysis, doc_id: str | None = None) -> JsonDict:
    """The analysis JSON of CONTRACTS.md; ``doc_id`` overrides the analysis id (e.g. a JSONL id)."""
    return {
        "id": doc_id if doc_id is not None else analysis.id,
        "language": analysis.language,
        "published": iso(analysis.published.date),
        "published_precision": analysis.published.precision,
        "published_basis": analysis.published.basis,
        "title": analysis.title,
        "source": analysis.source,
        "url": analysis.url,
        "text": analysis.text,
        "removed": [removed_to_json(span) for span in analysis.removed],
        "entities": [
            {
                "start": mention.start,
                "end": mention.end,
                "text": mention.text,
                "type": mention.type,
                "id": mention.entity_id,
                "name": mention.name,
                "kb_id": mention.kb_id,
                "confidence": mention.confidence,
            }
            for mention in analysis.entities
        ],
        "times": [
            {
                "start": time.start,
                "end": time.end,
                "text": time.text,
                "type": time.type,
                "value": time.value,
                "end_value": time.end_value,
            }
            for time in analysis.times
        ],
        "events": [event_to_json(event) for event in analysis.events],
        "quotes": [quote_to_json(quote) for quote in analysis.quotes],
    }


def story_to_json(story: StoredStory) -> JsonDict:
    return {
        "kind": "story",
        "id": story.id,
        "title": story.title,
        "doc_ids": list(story.doc_ids),
        "languages": list(story.languages),
        "date_from": story.date_from,
        "date_to": story.date_to,
    }
