"""The SQL store: SQLite by default, PostgreSQL through the same schema."""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Engine,
    Select,
    and_,
    bindparam,
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
from annals.events.summary import summarize
from annals.models import (
    Analysis,
    Entity,
    EntityRef,
    Event,
    PartialDate,
    Quote,
)
from annals.serialize import (
    event_from_json,
    iso,
    parse_iso,
    role_to_json,
)
from annals.store import schema
from annals.store.base import (
    EventQuery,
    Store,
    StoredDocument,
    StoredEntity,
    StoredStory,
    StoreStats,
)
from annals.store.migrations import migrate
from annals.store.rows import (
    IN_CHUNK,
    document_from_row,
    entity_from_row,
    event_values,
    events_from_rows,
    report_row,
)
from annals.stories.cluster import (
    StoryClusterer,
    build_profile,
    is_near_duplicate,
    profile_from_json,
    profile_to_json,
)
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
                self._insert_document(connection, analysis, external_id)
                self._upsert_entities(connection, analysis.entity_records)
                self._insert_facts(connection, analysis)
                self._insert_events(connection, analysis.events)
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

    def _insert_document(
        self, connection: Any, analysis: Analysis, external_id: str | None
    ) -> None:
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

    def _upsert_entities(self, connection: Any, records: Sequence[Entity]) -> None:
        """Insert new entities and add the aliases of known ones: one look-up and at most two
        batched statements per document (the same rows as one upsert per record)."""
        if not records:
            return
        table = schema.entities
        ids = sorted({entity.id for entity in records})
        stored: dict[str, set[str]] = {}
        for start in range(0, len(ids), IN_CHUNK):
            for row in connection.execute(
                select(table.c.id, table.c.aliases).where(
                    table.c.id.in_(ids[start : start + IN_CHUNK])
                )
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

    def _insert_facts(self, connection: Any, analysis: Analysis) -> None:
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

    def _insert_events(self, connection: Any, events: Sequence[Event]) -> None:
        """Store a document's events as reports, each its own event until :meth:`settle`
        merges it with the reports of the same real event from other documents."""
        items = merge_within(tuple(events))
        if not items:
            return
        self._write_events(connection, [(item, source_figures(item)) for item in items])
        connection.execute(
            insert(schema.reports), [report_row(item, settled=False) for item in items]
        )
        # Indexed with whom they represent that day, so that blocking finds a pair of
        # reports from either side ("Zelenskyy" and "Ukraine").
        affiliations = self._affiliations(connection, items)
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

    def _assign_story(self, connection: Any, analysis: Analysis) -> None:
        """Place the document in a story (incremental clustering) and record it as a copy when
        it nearly duplicates a member of that story."""
        clusterer = self._story_clusterer(connection)
        profile = build_profile(analysis)
        story_id = clusterer.add(profile)
        duplicate_of = next(
            (
                member
                for member in clusterer.stories().get(story_id, ())
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
                events = self._settle_events(connection)
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

    def _report_neighbours(
        self, connection: Any, item: Event, known: _KnownEntities | None = None
    ) -> list[Event]:
        """The stored reports of the same real event as ``item``, found by blocking on type,
        a date window (dates that agree at the coarser precision) and shared participants
        or place, never by comparing all pairs."""
        if item.date is None:
            return []
        affiliations = self._affiliations(connection, [item], known)
        wanted = sorted(
            {ref.id for ref in (*item.actors, *item.recipients)}.union(*affiliations.values())
        )
        table, people = schema.reports, schema.report_participants
        shared = exists().where(
            and_(people.c.report_id == table.c.id, people.c.entity_id.in_(wanted))
        )
        linked: list[ColumnElement[bool]] = [shared] if wanted else []
        if item.date.precision == "day":
            # An event without participants is linked to its place (see same_event).
            countries = {ref[len("country/") :] for ref in wanted if ref.startswith("country/")}
            if item.location and item.location.country:
                countries.add(item.location.country)
                linked.append(
                    exists().where(
                        and_(
                            people.c.report_id == table.c.id,
                            people.c.entity_id == f"country/{item.location.country}",
                        )
                    )
                )
            if countries:
                linked.append(table.c.location_country.in_(sorted(countries)))
        if not linked:
            return []
        value = item.date.iso
        coarser = sorted({value[:4], value[:7], value})
        if item.date.precision == "day":
            # Point look-ups on the (type, date) index: constant cost as the table grows.
            window: ColumnElement[bool] = table.c.date.in_(coarser)
        else:
            # A vague date: the participants' index drives the search instead.
            window = and_(
                or_(table.c.date.in_(coarser), table.c.date.between(value, value + "~")),
                table.c.id.in_(select(people.c.report_id).where(people.c.entity_id.in_(wanted))),
            )
        rows = connection.execute(
            select(table.c.data)
            .where(table.c.type == item.type, table.c.id != item.id, window, or_(*linked))
            .order_by(table.c.id)
            .limit(NEIGHBOUR_LIMIT)
        ).all()
        if not rows:
            return []
        candidates = [event_from_json(json.loads(row.data)) for row in rows]
        affiliations = self._affiliations(connection, [item, *candidates], known)
        return [other for other in candidates if same_event(other, item, affiliations)]

    def _settle_events(self, connection: Any) -> int:
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
        for offset in range(0, len(waiting), IN_CHUNK):
            # A waiting report's record and event stay as they are until its own component
            # is rebuilt (a rebuild changes only the reports of its component): read a chunk
            # of them at once.
            chunk = [r for r in waiting[offset : offset + IN_CHUNK] if r not in done]
            stored = {
                str(row.id): (row.event_id, row.data)
                for row in connection.execute(
                    select(reports.c.id, reports.c.event_id, reports.c.data).where(
                        reports.c.id.in_(chunk)
                    )
                )
            }
            for report_id in chunk:
                if report_id in done:
                    continue
                event_id, data = stored[report_id]
                first = event_from_json(json.loads(data))
                component = self._report_component(connection, report_id, first, known)
                done.update(component)
                if len(component) > 1 or self._merged_elsewhere(connection, report_id, event_id):
                    self._rebuild_events(connection, component, known)
                # else: a report with no other report of its event is already its own event
        for start in range(0, len(waiting), IN_CHUNK):
            connection.execute(
                update(reports)
                .where(reports.c.id.in_(waiting[start : start + IN_CHUNK]))
                .values(settled=1)
            )
        return len(waiting)

    def _merged_elsewhere(self, connection: Any, report_id: str, event_id: str | None) -> bool:
        """Whether a report (now part of the event ``event_id``) is part of an event named by
        another report (so that event must be rebuilt without the ones it no longer shares)."""
        reports = schema.reports
        if event_id != report_id:
            return True
        return bool(
            connection.execute(
                select(func.count()).where(
                    reports.c.event_id == report_id, reports.c.id != report_id
                )
            ).scalar()
        )

    def _report_component(
        self, connection: Any, report_id: str, first: Event, known: _KnownEntities | None = None
    ) -> dict[str, Event]:
        found = {report_id: first}
        queue = [report_id]
        while queue:
            current = queue.pop()
            for other in self._report_neighbours(connection, found[current], known):
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

    def _rebuild_events(
        self, connection: Any, component: dict[str, Event], known: _KnownEntities | None = None
    ) -> None:
        reports = schema.reports
        ids = sorted(component)
        old = sorted(
            {
                str(row.event_id)
                for start in range(0, len(ids), IN_CHUNK)
                for row in connection.execute(
                    select(reports.c.event_id).where(
                        reports.c.id.in_(ids[start : start + IN_CHUNK])
                    )
                )
            }
        )
        for table in (schema.event_mentions, schema.event_participants):
            connection.execute(delete(table).where(table.c.event_id.in_(old)))
        connection.execute(delete(schema.events).where(schema.events.c.id.in_(old)))
        affiliations = self._affiliations(connection, [component[i] for i in ids], known)
        merged: list[Event] = []
        members: list[list[str]] = []
        for report_id in sorted(ids, key=lambda i: (-_precision_rank(component[i]), i)):
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
        self._write_events(connection, written)
        for (event_, _figures), group in zip(written, members, strict=True):
            connection.execute(
                update(reports).where(reports.c.id.in_(group)).values(event_id=event_.id)
            )

    def _affiliations(
        self, connection: Any, items: Sequence[Event], known: _KnownEntities | None = None
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

    def _write_events(
        self, connection: Any, items: Sequence[tuple[Event, Sequence[dict[str, Any]]]]
    ) -> None:
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
                self._rebuild_events(connection, {item.id: item for item in others})
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
