"""Schema migrations: an ordered list, each applied once in its own transaction."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, func, insert, inspect, select, text

from annals.errors import StoreError
from annals.store import schema

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    apply: Callable[[Connection], None]


_VERSION_1_TABLES = (
    "documents",
    "removed_spans",
    "entities",
    "entity_mentions",
    "times",
    "events",
    "event_participants",
    "event_mentions",
    "quotes",
)


def _initial_schema(connection: Connection) -> None:
    tables = [schema.metadata.tables[name] for name in _VERSION_1_TABLES]
    schema.metadata.create_all(connection, tables=tables, checkfirst=True)


def _story_profiles(connection: Connection) -> None:
    """Story clustering profiles per document, and copies of other documents."""
    schema.story_profiles.create(connection, checkfirst=True)
    columns = {column["name"] for column in inspect(connection).get_columns("documents")}
    if "duplicate_of" not in columns:
        connection.execute(text("ALTER TABLE documents ADD COLUMN duplicate_of VARCHAR(64)"))


def _event_figures(connection: Connection) -> None:
    """Per-source figures of merged events (conflicting values are kept, not averaged)."""
    if not inspect(connection).has_table("events"):
        schema.events.create(connection)
        return
    columns = {column["name"] for column in inspect(connection).get_columns("events")}
    if "figures" not in columns:
        connection.execute(text("ALTER TABLE events ADD COLUMN figures TEXT"))


def _settled_stories(connection: Connection) -> None:
    """Stories that do not depend on ingest order: documents wait to be settled."""
    columns = {column["name"] for column in inspect(connection).get_columns("story_profiles")}
    if "settled" not in columns:
        connection.execute(
            text("ALTER TABLE story_profiles ADD COLUMN settled INTEGER NOT NULL DEFAULT 0")
        )


def _reports(connection: Connection) -> None:
    """Each document's own events, from which merged events are rebuilt. An older
    database's merged events become one settled report each, attributed to their first
    source, so they keep their merges."""
    schema.reports.create(connection, checkfirst=True)
    schema.report_participants.create(connection, checkfirst=True)
    if not inspect(connection).has_table("events"):
        return
    from annals.store.rows import events_from_rows, report_row

    rows = connection.execute(select(schema.events).order_by(schema.events.c.id)).all()
    for item in events_from_rows(connection, rows):
        if not item.mentions:
            continue
        connection.execute(insert(schema.reports).values(**report_row(item, settled=True)))
        ids = sorted({ref.id for ref in (*item.actors, *item.recipients)})
        if ids:
            connection.execute(
                insert(schema.report_participants),
                [{"report_id": item.id, "entity_id": entity_id} for entity_id in ids],
            )


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial schema", _initial_schema),
    Migration(2, "story profiles and document copies", _story_profiles),
    Migration(3, "per-source figures of merged events", _event_figures),
    Migration(4, "order-independent stories", _settled_stories),
    Migration(5, "order-independent event merging", _reports),
)

LATEST_VERSION = MIGRATIONS[-1].version


def current_version(connection: Connection) -> int:
    if not inspect(connection).has_table("schema_migrations"):
        return 0
    version = connection.execute(select(func.max(schema.schema_migrations.c.version))).scalar()
    return int(version or 0)


def migrate(engine: Engine) -> int:
    """Bring the database to the latest schema; return the version it is at."""
    with engine.begin() as connection:
        schema.schema_migrations.create(connection, checkfirst=True)
    with engine.begin() as connection:
        version = current_version(connection)
    if version > LATEST_VERSION:
        raise StoreError(
            f"the database schema is at version {version}, newer than this Annals knows "
            f"({LATEST_VERSION}); upgrade Annals to use this database"
        )
    for migration in MIGRATIONS:
        if migration.version <= version:
            continue
        with engine.begin() as connection:
            migration.apply(connection)
            connection.execute(
                insert(schema.schema_migrations).values(
                    version=migration.version,
                    name=migration.name,
                    applied_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                )
            )
        logger.info("applied schema migration %s (%s)", migration.version, migration.name)
        version = migration.version
    return version
