"""The SQL store: SQLite by default, PostgreSQL through the same schema."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Engine,
    Select,
    and_,
    create_engine,
    delete,
    desc,
    event,
    exists,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError

from annals.errors import ConfigurationError, NotFoundError, StoreError
from annals.models import Analysis, EntityRef, Event, Quote
from annals.serialize import event_from_json, parse_iso
from annals.store import schema
from annals.store.base import (
    EventQuery,
    Store,
    StoredDocument,
    StoredEntity,
    StoredStory,
    StoreStats,
)
from annals.store.inserts import insert_document, insert_facts, upsert_entities
from annals.store.migrations import migrate
from annals.store.reports import (
    COMPONENT_LIMIT,
    NEIGHBOUR_LIMIT,
    insert_reports,
    rebuild_events,
    settle_reports,
)
from annals.store.rows import (
    document_from_row,
    entity_from_row,
    events_from_rows,
)
from annals.stories.cluster import StoryClusterer
from annals.stories.profiles import build_profile, profile_from_json, profile_to_json
from annals.stories.similarity import is_near_duplicate

__all__ = ["COMPONENT_LIMIT", "NEIGHBOUR_LIMIT", "SqlStore", "database_url", "open_store"]


def database_url(value: str) -> str:
    """Turn a ``--db`` value (a file path or a SQLAlchemy URL) into a URL."""
    if "://" in value:
        if not value.startswith(("sqlite://", "postgresql://", "postgresql+")):
            raise ConfigurationError(
                f"database URL {value!r} is not supported; use a SQLite file path, "
                "sqlite:///FILE or postgresql://USER@HOST/DB"
            )
        return value
    path = Path(value).expanduser()
    if path.is_dir():
        raise ConfigurationError(f"--db {value!r} is a directory; give a database file path")
    return f"sqlite:///{path}"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def open_store(db: str) -> SqlStore:
    """Open (and migrate) the database named by a path or URL."""
    return SqlStore(database_url(db))


class SqlStore(Store):
    def __init__(self, url: str) -> None:
        self.url = url
        self._clusterer: StoryClusterer | None = None
        try:
            self._engine: Engine = create_engine(url, future=True)
        except (SQLAlchemyError, ImportError) as error:
            raise StoreError(f"cannot open database {url!r}: {error}") from error
        if self._engine.dialect.name == "sqlite":
            event.listen(self._engine, "connect", _sqlite_pragmas)
        try:
            self.schema_version = migrate(self._engine)
        except OperationalError as error:
            raise StoreError(f"cannot open database {url!r}: {error.orig}") from error

    def close(self) -> None:
        self._engine.dispose()

    # ------------------------------------------------------------------ writes

    def document_id_for_hash(self, content_hash: str) -> str | None:
        with self._engine.connect() as connection:
            found = connection.execute(
                select(schema.documents.c.id).where(schema.documents.c.content_hash == content_hash)
            ).scalar()
        return str(found) if found is not None else None

    def add_analysis(self, analysis: Analysis, external_id: str | None = None) -> bool:
        try:
            with self._engine.begin() as connection:
                already = connection.execute(
                    select(schema.documents.c.id).where(
                        or_(
                            schema.documents.c.content_hash == analysis.content_hash,
                            schema.documents.c.id == analysis.id,
                        )
                    )
                ).first()
                if already is not None:
                    return False
                insert_document(connection, analysis, external_id)
                upsert_entities(connection, analysis.entity_records)
                insert_facts(connection, analysis)
                insert_reports(connection, analysis.events)
                self._assign_story(connection, analysis)
        except IntegrityError as error:
            self._clusterer = None  # it holds the failed document: rebuild it from the store
            # Another writer stored the same content between our check and our insert.
            if self.document_id_for_hash(analysis.content_hash) is not None:
                return False
            raise StoreError(f"cannot store document {analysis.path}: {error.orig}") from error
        except SQLAlchemyError as error:
            self._clusterer = None
            raise StoreError(f"cannot store document {analysis.path}: {error}") from error
        except BaseException:
            self._clusterer = None
            raise
        return True

    def _assign_story(self, connection: Any, analysis: Analysis) -> None:
        """Place the document in a story (incremental clustering) and record it as a copy when
        it nearly duplicates a member of that story."""
        clusterer = self._story_clusterer(connection)
        profile = build_profile(analysis)
        story_id = clusterer.add(profile)
        duplicate_of = next(
            (
                member
                for member in clusterer.members_of(analysis.id)
                if member != analysis.id and is_near_duplicate(clusterer.profile(member), profile)
            ),
            None,
        )
        connection.execute(
            insert(schema.story_profiles).values(
                doc_id=analysis.id, profile=json.dumps(profile_to_json(profile), ensure_ascii=False)
            )
        )
        connection.execute(
            update(schema.documents)
            .where(schema.documents.c.id == analysis.id)
            .values(story_id=story_id, duplicate_of=duplicate_of)
        )

    def _story_clusterer(self, connection: Any) -> StoryClusterer:
        """The clusterer, restored on first use from the stored profiles with the stories
        the store recorded for them."""
        if self._clusterer is None:
            clusterer = StoryClusterer()
            rows = connection.execute(
                select(schema.story_profiles.c.profile, schema.documents.c.story_id)
                .join(schema.documents, schema.documents.c.id == schema.story_profiles.c.doc_id)
                .order_by(schema.documents.c.id)
            )
            clusterer.restore(
                [(profile_from_json(json.loads(row.profile)), row.story_id) for row in rows]
            )
            self._clusterer = clusterer
        return self._clusterer

    def settle(self) -> int:
        try:
            with self._engine.begin() as connection:
                events = settle_reports(connection)
                stories = self._settle_stories(connection)
        except SQLAlchemyError as error:
            self._clusterer = None
            raise StoreError(
                f"cannot settle stories and events in {self.url!r}: {error}"
            ) from error
        except BaseException:
            self._clusterer = None
            raise
        return max(events, stories)

    def _settle_stories(self, connection: Any) -> int:
        profiles = schema.story_profiles
        waiting = [
            str(row.doc_id)
            for row in connection.execute(
                select(profiles.c.doc_id).where(profiles.c.settled == 0).order_by(profiles.c.doc_id)
            )
        ]
        if not waiting:
            return 0
        placed = self._story_clusterer(connection).settle(waiting)
        for doc_id, (story_id, duplicate_of) in sorted(placed.items()):
            connection.execute(
                update(schema.documents)
                .where(schema.documents.c.id == doc_id)
                .values(story_id=story_id, duplicate_of=duplicate_of)
            )
        connection.execute(update(profiles).where(profiles.c.doc_id.in_(waiting)).values(settled=1))
        return len(waiting)

    # ------------------------------------------------------------------ documents

    def get_document(self, doc_id: str) -> StoredDocument:
        with self._engine.connect() as connection:
            row = connection.execute(
                select(schema.documents).where(schema.documents.c.id == doc_id)
            ).first()
            if row is None:
                raise NotFoundError(f"no document with id {doc_id!r}; `annals stats` lists counts")
            removed = connection.execute(
                select(schema.removed_spans)
                .where(schema.removed_spans.c.doc_id == doc_id)
                .order_by(schema.removed_spans.c.seq)
            ).all()
        return document_from_row(row, removed)

    def iter_documents(self) -> Iterator[StoredDocument]:
        with self._engine.connect() as connection:
            rows = connection.execute(
                select(schema.documents).order_by(
                    schema.documents.c.published, schema.documents.c.id
                )
            ).all()
        for row in rows:
            yield document_from_row(row, ())

    # ------------------------------------------------------------------ entities

    def _entity_select(self) -> Select[Any]:
        counts = (
            select(schema.entity_mentions.c.entity_id, func.count().label("mentions"))
            .group_by(schema.entity_mentions.c.entity_id)
            .subquery()
        )
        return select(schema.entities, func.coalesce(counts.c.mentions, 0).label("mentions")).join(
            counts, counts.c.entity_id == schema.entities.c.id, isouter=True
        )

    def iter_entities(self, query: str | None = None) -> Iterator[StoredEntity]:
        statement = self._entity_select()
        if query:
            pattern = f"%{query.lower()}%"
            statement = statement.where(
                or_(
                    func.lower(schema.entities.c.name).like(pattern),
                    func.lower(schema.entities.c.aliases).like(pattern),
                )
            )
        statement = statement.order_by(desc("mentions"), schema.entities.c.name)
        with self._engine.connect() as connection:
            rows = connection.execute(statement).all()
        for row in rows:
            yield StoredEntity(entity_from_row(row), int(row.mentions))

    def get_entity(self, entity_id: str) -> StoredEntity:
        with self._engine.connect() as connection:
            row = connection.execute(
                self._entity_select().where(schema.entities.c.id == entity_id)
            ).first()
        if row is None:
            raise NotFoundError(f"no entity with id {entity_id!r}; `annals entities` lists them")
        return StoredEntity(entity_from_row(row), int(row.mentions))

    def find_entities(self, name: str) -> list[StoredEntity]:
        wanted = name.strip().lower()
        found = []
        for stored in self.iter_entities(wanted):
            entity = stored.entity
            names = {entity.id.lower(), entity.name.lower(), *(a.lower() for a in entity.aliases)}
            if wanted in names:
                found.append(stored)
        return found

    # ------------------------------------------------------------------ events

    def iter_events(self, query: EventQuery | None = None) -> Iterator[Event]:
        query = query or EventQuery()
        table = schema.events
        statement = select(table)
        conditions = []
        if query.type:
            conditions.append(table.c.type == query.type.upper())
        if query.date_from:
            conditions.append(table.c.date >= query.date_from.iso)
        if query.date_to:
            conditions.append(table.c.date <= query.date_to.last_day().isoformat())
        if query.entity_ids:
            participant = schema.event_participants
            conditions.append(
                exists().where(
                    and_(
                        participant.c.event_id == table.c.id,
                        participant.c.entity_id.in_(query.entity_ids),
                    )
                )
            )
        if query.doc_id:
            mention = schema.event_mentions
            conditions.append(
                exists().where(
                    and_(mention.c.event_id == table.c.id, mention.c.doc_id == query.doc_id)
                )
            )
        if query.text:
            pattern = f"%{query.text.lower()}%"
            mention = schema.event_mentions
            conditions.append(
                or_(
                    func.lower(table.c.summary).like(pattern),
                    exists().where(
                        and_(
                            mention.c.event_id == table.c.id,
                            func.lower(mention.c.sentence).like(pattern),
                        )
                    ),
                )
            )
        if conditions:
            statement = statement.where(and_(*conditions))
        statement = statement.order_by(table.c.date.is_(None), table.c.date, table.c.id)
        if query.limit:
            statement = statement.limit(query.limit)
        with self._engine.connect() as connection:
            rows = connection.execute(statement).all()
            yield from events_from_rows(connection, rows)

    def get_event(self, event_id: str) -> Event:
        with self._engine.connect() as connection:
            rows = connection.execute(
                select(schema.events).where(schema.events.c.id == event_id)
            ).all()
            if not rows:
                raise NotFoundError(f"no event with id {event_id!r}; `annals events` lists them")
            return next(iter(events_from_rows(connection, rows)))

    # ------------------------------------------------------------------ quotes, stats

    def iter_quotes(self, doc_id: str | None = None) -> Iterator[Quote]:
        statement = select(schema.quotes).order_by(schema.quotes.c.doc_id, schema.quotes.c.start)
        if doc_id:
            statement = statement.where(schema.quotes.c.doc_id == doc_id)
        with self._engine.connect() as connection:
            rows = connection.execute(statement).all()
        for row in rows:
            speaker = EntityRef(row.speaker_id, row.speaker_name) if row.speaker_id else None
            yield Quote(
                row.id, row.doc_id, row.start, row.end, row.text, speaker, parse_iso(row.date)
            )

    def iter_stories(self) -> Iterator[StoredStory]:
        documents = schema.documents
        with self._engine.connect() as connection:
            rows = connection.execute(
                select(
                    documents.c.id,
                    documents.c.story_id,
                    documents.c.title,
                    documents.c.language,
                    documents.c.published,
                    documents.c.text,
                )
                .where(documents.c.story_id.is_not(None))
                .order_by(documents.c.story_id, documents.c.published, documents.c.id)
            ).all()
        groups: dict[str, list[Any]] = defaultdict(list)
        for row in rows:
            groups[row.story_id].append(row)
        for story_id, members in groups.items():
            dates = sorted(row.published for row in members if row.published)
            titled = [row.title for row in members if row.title]
            title = titled[0] if titled else members[0].text.split("\n", 1)[0][:120]
            yield StoredStory(
                id=story_id,
                title=title,
                doc_ids=tuple(row.id for row in members),
                languages=tuple(sorted({row.language for row in members})),
                date_from=dates[0] if dates else None,
                date_to=dates[-1] if dates else None,
            )

    def stats(self) -> StoreStats:
        def count(table: Any) -> int:
            return int(connection.execute(select(func.count()).select_from(table)).scalar() or 0)

        with self._engine.connect() as connection:
            languages: dict[Any, Any] = dict(
                connection.execute(
                    select(schema.documents.c.language, func.count()).group_by(
                        schema.documents.c.language
                    )
                ).all()
            )
            types: dict[Any, Any] = dict(
                connection.execute(
                    select(schema.events.c.type, func.count()).group_by(schema.events.c.type)
                ).all()
            )
            return StoreStats(
                documents=count(schema.documents),
                entities=count(schema.entities),
                entity_mentions=count(schema.entity_mentions),
                events=count(schema.events),
                event_mentions=count(schema.event_mentions),
                quotes=count(schema.quotes),
                languages={str(k): int(v) for k, v in languages.items()},
                event_types={str(k): int(v) for k, v in types.items()},
            )

    def delete_document(self, doc_id: str) -> None:
        """Remove a document and every fact that only it supports; the events it merged
        into are rebuilt from their other reports."""
        with self._engine.begin() as connection:
            reports = schema.reports
            merged_into = select(reports.c.event_id).where(reports.c.doc_id == doc_id)
            others = [
                event_from_json(json.loads(row.data))
                for row in connection.execute(
                    select(reports.c.data)
                    .where(reports.c.event_id.in_(merged_into), reports.c.doc_id != doc_id)
                    .order_by(reports.c.id)
                )
            ]
            event_ids = [
                row.event_id
                for row in connection.execute(
                    select(schema.event_mentions.c.event_id).where(
                        schema.event_mentions.c.doc_id == doc_id
                    )
                )
            ]
            event_ids += [row.event_id for row in connection.execute(merged_into)]
            connection.execute(delete(reports).where(reports.c.doc_id == doc_id))
            for table in (
                schema.event_mentions,
                schema.entity_mentions,
                schema.times,
                schema.quotes,
                schema.removed_spans,
                schema.story_profiles,
            ):
                connection.execute(delete(table).where(table.c.doc_id == doc_id))
            for table in (schema.event_mentions, schema.event_participants):
                connection.execute(delete(table).where(table.c.event_id.in_(event_ids)))
            connection.execute(delete(schema.events).where(schema.events.c.id.in_(event_ids)))
            if others:  # until the next settle, as they stood; then regrouped without it
                rebuild_events(connection, {item.id: item for item in others})
                connection.execute(
                    update(reports)
                    .where(reports.c.id.in_([item.id for item in others]))
                    .values(settled=0)
                )
            story_id = connection.execute(
                select(schema.documents.c.story_id).where(schema.documents.c.id == doc_id)
            ).scalar()
            connection.execute(delete(schema.documents).where(schema.documents.c.id == doc_id))
            if story_id is not None:  # the story's members wait to be re-clustered
                members = select(schema.documents.c.id).where(
                    schema.documents.c.story_id == story_id
                )
                connection.execute(
                    update(schema.story_profiles)
                    .where(schema.story_profiles.c.doc_id.in_(members))
                    .values(settled=0)
                )
        self._clusterer = None
        self.settle()
