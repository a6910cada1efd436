"""Store contract: the same suite runs against every backend (SQLite here; PostgreSQL when set)."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from annals.errors import NotFoundError, StoreError
from annals.models import (
    Analysis,
    Entity,
    EntityMention,
    EntityRef,
    Event,
    EventAttributes,
    EventMention,
    PartialDate,
    Place,
    PublicationDate,
    Quote,
    RemovedSpan,
    Role,
    TimeExpression,
)
from annals.store.base import EventQuery
from annals.store.sql import SqlStore, database_url, open_store

TEXT = "Leaders met in Rome on Tuesday. They signed a pact worth 2 billion euros."


def make_analysis(doc_id: str = "doc1", text: str = TEXT, person: str = "Ada Rossi") -> Analysis:
    person_id = "local/PERSON/" + person.lower().replace(" ", "-")
    people = Entity(person_id, person, "PERSON", aliases=(person, person.split()[-1]))
    italy = Entity(
        "country/ITA",
        "Italy",
        "GPE",
        country="ITA",
        kb_id="country/ITA",
        roles=(Role("State", None, None, None),),
    )
    rome_start = text.index("Rome")
    meeting = Event(
        id=f"{doc_id}-e1",
        type="CONSULT",
        mode="meet",
        status="occurred",
        date=PartialDate(2024, 11, 5),
        actors=(EntityRef(person_id, person),),
        recipients=(EntityRef("country/ITA", "Italy"),),
        mentions=(EventMention(doc_id, 0, 31, text[:31], "en", 0.8),),
        confidence=0.8,
        location=Place("city/rome", "Rome", "ITA"),
        summary=f"{person} met Italy in Rome",
        trigger="met",
    )
    pact = Event(
        id=f"{doc_id}-e2",
        type="AGREE",
        mode=None,
        status="planned",
        date=PartialDate(2024, 12),
        actors=(EntityRef("country/ITA", "Italy"),),
        recipients=(),
        mentions=(EventMention(doc_id, 32, len(text), text[32:], "en", 0.7),),
        confidence=0.7,
        attributes=EventAttributes(amount=2e9, currency="EUR", items=("SAMP/T",)),
        summary="Italy agreed a pact",
        trigger="signed",
        contexts=("military",),
    )
    return Analysis(
        id=doc_id,
        path=f"{doc_id}.txt",
        language="en",
        published=PublicationDate(PartialDate(2024, 11, 6), "header"),
        text=text,
        removed=(RemovedSpan(len(text), len(text) + 12, "reader-comments", "Comments (1)"),),
        entities=(
            EntityMention(0, 7, text[:7], "PERSON", person_id, person, 0.9),
            EntityMention(
                rome_start,
                rome_start + 4,
                "Rome",
                "GPE",
                "country/ITA",
                "Italy",
                0.8,
                kb_id="country/ITA",
                country="ITA",
            ),
        ),
        entity_records=(people, italy),
        times=(TimeExpression(23, 30, "Tuesday", "DATE", "2024-11-05"),),
        events=(meeting, pact),
        quotes=(
            Quote(
                f"{doc_id}-q1",
                doc_id,
                0,
                10,
                "Leaders met",
                EntityRef(person_id, person),
                PartialDate(2024, 11, 6),
            ),
        ),
        content_hash=f"hash-{doc_id}",
        title="A title",
        source="Wire",
    )


def _backends() -> list[str]:
    backends = ["sqlite"]
    if os.environ.get("ANNALS_TEST_POSTGRES_URL"):
        backends.append("postgres")
    return backends


@pytest.fixture(params=_backends())
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[SqlStore]:
    if request.param == "sqlite":
        opened = open_store(str(tmp_path / "test.db"))
    else:
        opened = SqlStore(os.environ["ANNALS_TEST_POSTGRES_URL"])
    yield opened
    opened.close()


def test_store_round_trips_an_analysis(store: SqlStore) -> None:
    assert store.add_analysis(make_analysis(), external_id="ext-1") is True
    document = store.get_document("doc1")
    assert document.text == TEXT
    assert document.published.date == PartialDate(2024, 11, 6)
    assert document.published.basis == "header"
    assert document.external_id == "ext-1"
    assert document.removed[0].reason == "reader-comments"
    events = list(store.iter_events())
    assert [e.type for e in events] == ["CONSULT", "AGREE"]
    meeting, pact = events
    assert meeting.location == Place("city/rome", "Rome", "ITA")
    assert meeting.actors == (EntityRef("local/PERSON/ada-rossi", "Ada Rossi"),)
    assert pact.attributes.amount == 2e9 and pact.attributes.items == ("SAMP/T",)
    assert pact.status == "planned" and pact.date == PartialDate(2024, 12)
    quotes = list(store.iter_quotes())
    assert quotes[0].speaker == EntityRef("local/PERSON/ada-rossi", "Ada Rossi")


def test_store_same_content_is_stored_once(store: SqlStore) -> None:
    assert store.add_analysis(make_analysis()) is True
    assert store.add_analysis(make_analysis()) is False
    assert store.stats().documents == 1
    assert store.document_id_for_hash("hash-doc1") == "doc1"
    assert store.document_id_for_hash("nope") is None


def test_store_entities_merge_aliases_and_count_mentions(store: SqlStore) -> None:
    store.add_analysis(make_analysis("doc1"))
    store.add_analysis(make_analysis("doc2", text=TEXT + " More."))
    italy = store.get_entity("country/ITA")
    assert italy.mentions == 2
    assert italy.entity.roles[0].title == "State"
    found = store.find_entities("rossi")
    assert [f.entity.id for f in found] == ["local/PERSON/ada-rossi"]
    assert store.stats().entities == 2


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (EventQuery(type="agree"), ["AGREE"]),
        (EventQuery(date_from=PartialDate(2024, 12)), ["AGREE"]),
        (EventQuery(date_to=PartialDate(2024, 11)), ["CONSULT"]),
        (EventQuery(entity_ids=("local/PERSON/ada-rossi",)), ["CONSULT"]),
        (EventQuery(text="pact"), ["AGREE"]),
        (EventQuery(text="ROME"), ["CONSULT"]),
        (EventQuery(doc_id="doc1", limit=1), ["CONSULT"]),
        (EventQuery(doc_id="other"), []),
    ],
)
def test_store_event_filters(store: SqlStore, query: EventQuery, expected: list[str]) -> None:
    store.add_analysis(make_analysis())
    assert [e.type for e in store.iter_events(query)] == expected


def test_store_unknown_ids_raise_not_found(store: SqlStore) -> None:
    for getter in (store.get_document, store.get_event, store.get_entity):
        with pytest.raises(NotFoundError, match="nothing-here"):
            getter("nothing-here")


def test_store_delete_document_removes_its_facts(store: SqlStore) -> None:
    store.add_analysis(make_analysis("doc1"))
    store.delete_document("doc1")
    stats = store.stats()
    assert (stats.documents, stats.events, stats.quotes, stats.entity_mentions) == (0, 0, 0, 0)


def test_store_sqlite_uses_wal_and_records_schema_version(tmp_path: Path) -> None:
    path = tmp_path / "wal.db"
    opened = open_store(str(path))
    opened.add_analysis(make_analysis())
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        versions = connection.execute("SELECT version FROM schema_migrations").fetchall()
    assert versions == [(1,), (2,), (3,), (4,), (5,)]
    opened.close()
    reopened = open_store(str(path))  # migrating again is a no-op
    assert reopened.stats().documents == 1
    reopened.close()


def test_store_reader_is_not_blocked_by_an_open_write(tmp_path: Path) -> None:
    path = tmp_path / "concurrent.db"
    opened = open_store(str(path))
    opened.add_analysis(make_analysis("doc1"))
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE documents SET title = 'changing' WHERE id = 'doc1'")
    try:
        reader = open_store(str(path))
        assert reader.get_document("doc1").title == "A title"  # sees the last committed state
        reader.close()
    finally:
        writer.execute("ROLLBACK")
        writer.close()
        opened.close()


def test_store_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    open_store(str(path)).close()
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'x', 'now')"
        )
    with pytest.raises(StoreError, match="version 99"):
        open_store(str(path))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("annals.db", "sqlite:///annals.db"),
        ("sqlite:///x.db", "sqlite:///x.db"),
        ("postgresql://u@h/db", "postgresql://u@h/db"),
    ],
)
def test_store_database_url(value: str, expected: str) -> None:
    assert database_url(value) == expected


def test_store_database_url_rejects_unknown_scheme() -> None:
    from annals.errors import ConfigurationError

    with pytest.raises(ConfigurationError, match="mysql"):
        database_url("mysql://u@h/db")


def test_store_same_event_from_two_documents_is_one_event(store: SqlStore) -> None:
    store.add_analysis(make_analysis("doc1"))
    store.add_analysis(make_analysis("doc2", text=TEXT + " More."))  # the same two events
    store.add_analysis(make_analysis("doc3", text="Other news. " + TEXT, person="Bo Lind"))
    store.settle()
    consult = [e for e in store.iter_events() if e.type == "CONSULT"]
    # doc1 and doc2 report the same meeting by the same person; doc3's meeting has another
    # visitor (same host, same day): a different meeting.
    assert sorted(sorted({m.doc_id for m in e.mentions}) for e in consult) == [
        ["doc1", "doc2"],
        ["doc3"],
    ]


def test_store_copies_share_a_story_and_are_recorded(store: SqlStore) -> None:
    store.add_analysis(make_analysis("doc1"))
    store.add_analysis(make_analysis("doc2", text=TEXT + " More."))
    stories = list(store.iter_stories())
    assert [s.doc_ids for s in stories] == [("doc1", "doc2")]
    assert stories[0].languages == ("en",)
    assert store.get_document("doc2").duplicate_of == "doc1"
    assert store.get_document("doc1").duplicate_of is None


def _unrelated(doc_id: str) -> Analysis:
    from dataclasses import replace

    text = "Farmers protested in Lisbon against new water rules on Friday evening."
    costa = Entity("local/PERSON/rui-costa", "Rui Costa", "PERSON")
    return replace(
        make_analysis(doc_id),
        text=text,
        published=PublicationDate(PartialDate(2021, 3, 12), "header"),
        entities=(EntityMention(0, 7, "Farmers", "PERSON", costa.id, costa.name, 0.9),),
        entity_records=(costa,),
        times=(),
        events=(),
        quotes=(),
        title="Water rules",
    )


def test_store_unrelated_documents_are_separate_stories(store: SqlStore) -> None:
    store.add_analysis(make_analysis("doc1"))
    store.add_analysis(_unrelated("doc2"))
    assert sorted(s.doc_ids for s in store.iter_stories()) == [("doc1",), ("doc2",)]


def test_store_clustering_resumes_after_reopening(tmp_path: Path) -> None:
    path = str(tmp_path / "resume.db")
    first = open_store(path)
    first.add_analysis(make_analysis("doc1"))
    first.add_analysis(_unrelated("doc2"))
    first.close()
    second = open_store(path)
    second.add_analysis(make_analysis("doc3", text=TEXT + " Follow-up."))
    assert sorted(s.doc_ids for s in second.iter_stories()) == [("doc1", "doc3"), ("doc2",)]
    second.close()


def test_store_migrates_a_version_1_database(tmp_path: Path) -> None:
    from sqlalchemy import create_engine, insert, inspect

    from annals.store import migrations, schema

    path = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        schema.schema_migrations.create(connection)
        connection.exec_driver_sql(
            "CREATE TABLE documents (id VARCHAR(64) PRIMARY KEY, content_hash VARCHAR(64))"
        )
        connection.execute(
            insert(schema.schema_migrations).values(version=1, name="initial", applied_at="x")
        )
    engine.dispose()
    assert migrations.LATEST_VERSION == 5
    opened = open_store(str(path))
    columns = {c["name"] for c in inspect(opened._engine).get_columns("documents")}
    tables = set(inspect(opened._engine).get_table_names())
    opened.close()
    assert "duplicate_of" in columns and "story_profiles" in tables


def test_store_migrates_a_version_3_database_and_settles_it(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    opened = open_store(str(path))
    opened.add_analysis(make_analysis("doc1"))
    opened.close()
    with sqlite3.connect(path) as connection:  # as Annals before migration 4 left it
        events_before = connection.execute("SELECT id FROM events ORDER BY id").fetchall()
        connection.execute("ALTER TABLE story_profiles DROP COLUMN settled")
        connection.execute("DROP TABLE report_participants")
        connection.execute("DROP TABLE reports")
        connection.execute("DELETE FROM schema_migrations WHERE version >= 4")
    assert events_before
    reopened = open_store(str(path))
    assert reopened.schema_version == 5
    with sqlite3.connect(path) as connection:  # each stored event became a settled report
        reports = connection.execute("SELECT id, event_id, settled FROM reports ORDER BY id")
        assert reports.fetchall() == [(row[0], row[0], 1) for row in events_before]
    assert reopened.settle() == 1  # documents of an old database wait to be settled
    assert reopened.settle() == 0
    assert [story.doc_ids for story in reopened.iter_stories()] == [("doc1",)]
    assert sorted(e.id for e in reopened.iter_events()) == [row[0] for row in events_before]
    reopened.close()
