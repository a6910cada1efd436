"""Cost of merging one new article's events as the events table grows.

Fills a temporary SQLite store with synthetic, settled events (random types,
days over three years, participants from a pool of entities, places from a
pool of cities), then times storing the events of new articles and settling
them (finding the reports of the same event by blocking, rebuilding the
merged events) at each size. Part of ``annals benchmark accuracy stories``;
also runnable alone:

    .venv/bin/python -m annals.benchmark.merge_timing --sizes 1000 10000 100000
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import random
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select

from annals.models import (
    EVENT_TYPES,
    EntityRef,
    Event,
    EventAttributes,
    EventMention,
    PartialDate,
    Place,
)
from annals.serialize import attributes_to_json, event_to_json
from annals.store import schema
from annals.store.reports import insert_reports, settle_reports
from annals.store.sql import SqlStore

logger = logging.getLogger(__name__)

_START = dt.date(2022, 1, 1)
_DAYS = 3 * 365
_ENTITIES = 5000
_PLACES = 500


def _random_event(rng: random.Random, event_id: str, doc_id: str) -> Event:
    day = _START + dt.timedelta(days=rng.randrange(_DAYS))
    people = rng.sample(range(_ENTITIES), 2)
    place = rng.randrange(_PLACES)
    return Event(
        id=event_id,
        type=rng.choice(EVENT_TYPES),  # type: ignore[arg-type]
        mode=None,
        status="occurred",
        date=PartialDate.from_date(day),
        actors=(EntityRef(f"synthetic/{people[0]}", f"Person {people[0]}"),),
        recipients=(EntityRef(f"synthetic/{people[1]}", f"Person {people[1]}"),),
        mentions=(EventMention(doc_id, 0, 10, "synthetic", "en", 0.8),),
        confidence=0.8,
        location=Place(f"city/{place}", f"City {place}", f"C{place % 60:02d}"),
    )


def _insert_document(connection: Any, doc_id: str) -> None:
    """An empty synthetic document that the events cite."""
    connection.execute(
        insert(schema.documents).values(
            id=doc_id,
            content_hash=doc_id,
            path=doc_id,
            language="en",
            published_precision="unknown",
            published_basis="unknown",
            published_confidence=0.0,
            text="",
            ingested_at="x",
        )
    )


def _fill(store: SqlStore, rng: random.Random, target: int) -> None:
    """Bulk-insert synthetic events until the table holds ``target`` rows."""
    with store._engine.begin() as connection:
        have = int(
            connection.execute(select(func.count()).select_from(schema.events)).scalar() or 0
        )
        doc_id = f"fill-{have}"
        _insert_document(connection, doc_id)
        events, people, mentions, reports, indexed = [], [], [], [], []
        for index in range(have, target):
            item = _random_event(rng, f"e{index:08d}", doc_id)
            events.append(_event_row(item))
            people += _participant_rows(item)
            reports.append(_report_row(item, doc_id))
            indexed += [
                {"report_id": item.id, "entity_id": ref.id}
                for ref in (item.actors[0], item.recipients[0])
            ]
            mentions.append(_mention_row(item, doc_id, index))
        for table, rows in (
            (schema.events, events),
            (schema.event_participants, people),
            (schema.event_mentions, mentions),
            (schema.reports, reports),
            (schema.report_participants, indexed),
        ):
            for start in range(0, len(rows), 20000):
                connection.execute(insert(table), rows[start : start + 20000])


def _event_row(item: Event) -> dict[str, Any]:
    """The events row of a synthetic event, settled: its own merged event."""
    assert item.date is not None and item.location is not None
    return {
        "id": item.id,
        "type": item.type,
        "mode": None,
        "status": item.status,
        "contexts": "[]",
        "date": item.date.iso,
        "date_precision": "day",
        "date_end": None,
        "location_id": item.location.id,
        "location_name": item.location.name,
        "location_country": item.location.country,
        "attributes": json.dumps(attributes_to_json(EventAttributes())),
        "summary": "",
        "trigger": "",
        "confidence": 0.8,
        "figures": "[]",
    }


def _participant_rows(item: Event) -> list[dict[str, Any]]:
    """The event's actor and recipient rows."""
    return [
        {
            "event_id": item.id,
            "role": role,
            "seq": 0,
            "entity_id": ref.id,
            "name": ref.name,
        }
        for role, ref in (("actor", item.actors[0]), ("recipient", item.recipients[0]))
    ]


def _report_row(item: Event, doc_id: str) -> dict[str, Any]:
    """The settled report the synthetic event was merged from."""
    assert item.date is not None and item.location is not None
    return {
        "id": item.id,
        "doc_id": doc_id,
        "event_id": item.id,
        "type": item.type,
        "date": item.date.iso,
        "location_country": item.location.country,
        "data": json.dumps(event_to_json(item)),
        "settled": 1,
    }


def _mention_row(item: Event, doc_id: str, index: int) -> dict[str, Any]:
    """The event's one mention, at a position of its own in the synthetic document."""
    return {
        "event_id": item.id,
        "doc_id": doc_id,
        "start": index,
        "end": index + 1,
        "sentence": "synthetic",
        "language": "en",
        "confidence": 0.8,
    }


def _time_articles(store: SqlStore, rng: random.Random, size: int, articles: int) -> float:
    """Mean milliseconds to merge-and-store the events of one new article."""
    elapsed = 0.0
    for number in range(articles):
        doc_id = f"new-{size}-{number}"
        events = [_random_event(rng, f"{doc_id}-{k}", doc_id) for k in range(15)]
        with store._engine.begin() as connection:
            _insert_document(connection, doc_id)
            began = time.perf_counter()
            insert_reports(connection, events)
            settle_reports(connection)
            elapsed += time.perf_counter() - began
    return 1000 * elapsed / articles


def run_merge_timing(sizes: list[int], articles: int = 30, seed: int = 1) -> dict[str, Any]:
    """Mean ms per new article (15 events) at each events-table size."""
    rng = random.Random(seed)
    results: dict[str, Any] = {"events_per_article": 15, "articles": articles, "sizes": {}}
    with tempfile.TemporaryDirectory() as folder:
        store = SqlStore(f"sqlite:///{Path(folder) / 'timing.db'}")
        for size in sorted(sizes):
            _fill(store, rng, size)
            results["sizes"][size] = round(_time_articles(store, rng, size, articles), 2)
        store.close()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--articles", type=int, default=30)
    options = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    results = run_merge_timing(options.sizes, options.articles)
    for size, ms in results["sizes"].items():
        logger.info("%8d events: %7.2f ms per new article (%d events each)", size, ms, 15)


if __name__ == "__main__":
    main()
