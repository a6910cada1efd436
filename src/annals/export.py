"""Exports of the database: JSONL (every record kind), CSV (events) and PLOVER JSONL."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from typing import Any, Literal, TextIO, get_args

from annals.errors import ConfigurationError
from annals.serialize import (
    document_to_json,
    entity_to_json,
    event_to_json,
    quote_to_json,
    story_to_json,
)
from annals.store.base import Store

ExportFormat = Literal["jsonl", "csv", "plover"]
EXPORT_FORMATS: tuple[str, ...] = get_args(ExportFormat)

CSV_COLUMNS = (
    "id",
    "date",
    "date_end",
    "date_precision",
    "type",
    "mode",
    "status",
    "contexts",
    "actors",
    "recipients",
    "location",
    "country",
    "amount",
    "currency",
    "count",
    "ordinal",
    "percent",
    "items",
    "dead",
    "injured",
    "summary",
    "confidence",
    "sources",
    "evidence",
)


def check_format(value: str) -> ExportFormat:
    if value not in EXPORT_FORMATS:
        raise ConfigurationError(
            f"export format {value!r} is not available; choose one of: {', '.join(EXPORT_FORMATS)}"
        )
    return value  # type: ignore[return-value]


def iter_jsonl_records(store: Store) -> Iterator[dict[str, Any]]:
    for document in store.iter_documents():
        yield document_to_json(document)
    for stored in store.iter_entities():
        yield entity_to_json(stored.entity, stored.mentions)
    for event in store.iter_events():
        yield event_to_json(event)
    for quote in store.iter_quotes():
        yield quote_to_json(quote)
    for story in store.iter_stories():
        yield story_to_json(story)


def iter_plover_records(store: Store) -> Iterator[dict[str, Any]]:
    from annals.events.plover import DocumentInfo, to_plover

    documents = {
        document.id: DocumentInfo(
            id=document.id,
            title=document.title,
            source=document.source,
            url=document.url,
            published=document.published.date,
            language=document.language,
        )
        for document in store.iter_documents()
    }
    for event in store.iter_events():
        record = to_plover(event, documents)
        if record is not None:
            yield record


def write_export(store: Store, fmt: ExportFormat, out: TextIO) -> int:
    """Write the export to ``out``; return the number of records written."""
    written = 0
    if fmt == "csv":
        writer = csv.writer(out)
        writer.writerow(CSV_COLUMNS)
        for event in store.iter_events():
            writer.writerow(_csv_row(event_to_json(event)))
            written += 1
        return written
    records = iter_jsonl_records(store) if fmt == "jsonl" else iter_plover_records(store)
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        written += 1
    return written


def _csv_row(event: dict[str, Any]) -> list[Any]:
    attributes = event["attributes"]
    location = event["location"] or {}
    first = event["mentions"][0] if event["mentions"] else {}
    return [
        event["id"],
        event["date"],
        event["date_end"],
        event["date_precision"],
        event["type"],
        event["mode"],
        event["status"],
        ";".join(event["contexts"]),
        ";".join(a["name"] for a in event["actors"]),
        ";".join(r["name"] for r in event["recipients"]),
        location.get("name"),
        location.get("country"),
        attributes["amount"],
        attributes["currency"],
        attributes["count"],
        attributes["ordinal"],
        attributes["percent"],
        ";".join(attributes["items"]),
        attributes["dead"],
        attributes["injured"],
        event["summary"],
        event["confidence"],
        ";".join(sorted({m["doc_id"] for m in event["mentions"]})),
        first.get("sentence"),
    ]
