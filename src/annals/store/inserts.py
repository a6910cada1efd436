"""The rows one analysed document adds: the document itself, its removed spans, its
entities (new ones, or new aliases of known ones), entity mentions, times and quotes.

Each function writes within the caller's transaction (:meth:`SqlStore.add_analysis`).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import bindparam, insert, select, update

from annals.models import Analysis, Entity
from annals.serialize import iso, role_to_json
from annals.store import schema
from annals.store.rows import IN_CHUNK


def insert_document(connection: Any, analysis: Analysis, external_id: str | None) -> None:
    """The document's row and the rows of the spans cleaning removed from it."""
    published = analysis.published
    connection.execute(
        insert(schema.documents).values(
            id=analysis.id,
            content_hash=analysis.content_hash,
            external_id=external_id,
            path=analysis.path,
            url=analysis.url,
            title=analysis.title,
            source=analysis.source,
            language=analysis.language,
            published=iso(published.date),
            published_precision=published.precision,
            published_basis=published.basis,
            published_confidence=published.confidence,
            text=analysis.text,
            story_id=None,
            ingested_at=dt.datetime.now(dt.UTC).isoformat(timespec="microseconds"),
        )
    )
    if analysis.removed:
        connection.execute(
            insert(schema.removed_spans),
            [
                {
                    "doc_id": analysis.id,
                    "seq": seq,
                    "start": span.start,
                    "end": span.end,
                    "reason": span.reason,
                    "text": span.text,
                }
                for seq, span in enumerate(analysis.removed)
            ],
        )


def upsert_entities(connection: Any, records: Sequence[Entity]) -> None:
    """Insert new entities and add the aliases of known ones: one look-up and at most two
    batched statements per document (the same rows as one upsert per record)."""
    if not records:
        return
    table = schema.entities
    ids = sorted({entity.id for entity in records})
    stored: dict[str, set[str]] = {}
    for start in range(0, len(ids), IN_CHUNK):
        for row in connection.execute(
            select(table.c.id, table.c.aliases).where(table.c.id.in_(ids[start : start + IN_CHUNK]))
        ):
            stored[str(row.id)] = set(json.loads(row.aliases))
    new: dict[str, tuple[Entity, set[str]]] = {}
    changed: dict[str, set[str]] = {}
    for entity in records:
        if entity.id in new:  # a record repeated within the document: aliases add up
            new[entity.id][1].update(entity.aliases)
        elif entity.id in stored:
            aliases = stored[entity.id]
            aliases.update(entity.aliases)
            changed[entity.id] = aliases
        else:
            new[entity.id] = (entity, set(entity.aliases))
    if new:
        connection.execute(
            insert(table),
            [
                {
                    "id": entity.id,
                    "name": entity.name,
                    "type": entity.type,
                    "country": entity.country,
                    "kb_id": entity.kb_id,
                    "wikidata": entity.wikidata,
                    "aliases": json.dumps(sorted(aliases), ensure_ascii=False),
                    "roles": json.dumps(
                        [role_to_json(r) for r in entity.roles], ensure_ascii=False
                    ),
                }
                for entity, aliases in new.values()
            ],
        )
    if changed:
        connection.execute(
            update(table)
            .where(table.c.id == bindparam("entity_id"))
            .values(aliases=bindparam("new_aliases")),
            [
                {
                    "entity_id": entity_id,
                    "new_aliases": json.dumps(sorted(aliases), ensure_ascii=False),
                }
                for entity_id, aliases in changed.items()
            ],
        )


def insert_facts(connection: Any, analysis: Analysis) -> None:
    """The document's entity mentions, times and quotes."""
    if analysis.entities:
        connection.execute(
            insert(schema.entity_mentions),
            [
                {
                    "doc_id": analysis.id,
                    "seq": seq,
                    "entity_id": m.entity_id,
                    "start": m.start,
                    "end": m.end,
                    "text": m.text,
                    "type": m.type,
                    "confidence": m.confidence,
                }
                for seq, m in enumerate(analysis.entities)
            ],
        )
    if analysis.times:
        connection.execute(
            insert(schema.times),
            [
                {
                    "doc_id": analysis.id,
                    "seq": seq,
                    "start": t.start,
                    "end": t.end,
                    "text": t.text,
                    "type": t.type,
                    "value": t.value,
                    "end_value": t.end_value,
                }
                for seq, t in enumerate(analysis.times)
            ],
        )
    if analysis.quotes:
        connection.execute(
            insert(schema.quotes),
            [
                {
                    "id": q.id,
                    "doc_id": q.doc_id,
                    "start": q.start,
                    "end": q.end,
                    "text": q.text,
                    "speaker_id": q.speaker.id if q.speaker else None,
                    "speaker_name": q.speaker.name if q.speaker else None,
                    "date": iso(q.date),
                }
                for q in analysis.quotes
            ],
        )
