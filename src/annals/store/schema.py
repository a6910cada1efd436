"""The relational schema, shared by every SQL backend (SQLite, PostgreSQL)."""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

schema_migrations = Table(
    "schema_migrations",
    metadata,
    Column("version", Integer, primary_key=True),
    Column("name", String(200), nullable=False),
    Column("applied_at", String(40), nullable=False),
)

documents = Table(
    "documents",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("external_id", Text),
    Column("path", Text, nullable=False),
    Column("url", Text),
    Column("title", Text),
    Column("source", Text),
    Column("language", String(8), nullable=False),
    Column("published", String(10)),
    Column("published_precision", String(10), nullable=False),
    Column("published_basis", String(10), nullable=False),
    Column("published_confidence", Float, nullable=False),
    Column("text", Text, nullable=False),
    Column("story_id", String(64)),
    Column("ingested_at", String(40), nullable=False),
    Column("duplicate_of", String(64)),  # added by migration 2
)

story_profiles = Table(
    "story_profiles",
    metadata,
    Column("doc_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("profile", Text, nullable=False),  # JSON, see annals.stories.cluster.profile_to_json
    # 0 until the document's neighbourhood is re-clustered (StoryClusterer.settle)
    Column("settled", Integer, nullable=False, server_default="0"),
)

removed_spans = Table(
    "removed_spans",
    metadata,
    Column("doc_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("reason", String(40), nullable=False),
    Column("text", Text, nullable=False),
)

entities = Table(
    "entities",
    metadata,
    Column("id", String(200), primary_key=True),
    Column("name", Text, nullable=False),
    Column("type", String(10), nullable=False),
    Column("country", String(3)),
    Column("kb_id", String(200)),
    Column("wikidata", String(20)),
    Column("aliases", Text, nullable=False),  # JSON list
    Column("roles", Text, nullable=False),  # JSON list
)

entity_mentions = Table(
    "entity_mentions",
    metadata,
    Column("doc_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("entity_id", String(200), ForeignKey("entities.id"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("type", String(10), nullable=False),
    Column("confidence", Float, nullable=False),
    Index("ix_entity_mentions_entity", "entity_id"),
)

times = Table(
    "times",
    metadata,
    Column("doc_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("type", String(10), nullable=False),
    Column("value", String(40), nullable=False),
    Column("end_value", String(40)),
)

events = Table(
    "events",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("type", String(12), nullable=False),
    Column("mode", String(40)),
    Column("status", String(14), nullable=False),
    Column("contexts", Text, nullable=False),  # JSON list
    Column("date", String(10)),
    Column("date_precision", String(10), nullable=False),
    Column("date_end", String(10)),
    Column("location_id", String(200)),
    Column("location_name", Text),
    Column("location_country", String(3)),
    Column("attributes", Text, nullable=False),  # JSON object
    Column("summary", Text, nullable=False),
    Column("trigger", Text, nullable=False),
    Column("confidence", Float, nullable=False),
    Column("figures", Text),  # JSON list of per-source figures; added by migration 3
    Index("ix_events_date", "date"),
    Index("ix_events_type_date", "type", "date"),
)

event_participants = Table(
    "event_participants",
    metadata,
    Column("event_id", String(64), ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("role", String(10), primary_key=True),  # actor | recipient
    Column("seq", Integer, primary_key=True),
    Column("entity_id", String(200), nullable=False),
    Column("name", Text, nullable=False),
    Index("ix_event_participants_entity", "entity_id"),
)

event_mentions = Table(
    "event_mentions",
    metadata,
    Column("event_id", String(64), ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("doc_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("start", Integer, primary_key=True),
    Column("end", Integer, nullable=False),
    Column("sentence", Text, nullable=False),
    Column("language", String(8), nullable=False),
    Column("confidence", Float, nullable=False),
    Index("ix_event_mentions_doc", "doc_id"),
)

# Each document's own events, before merging: the canonical events are rebuilt from them
# (see SqlStore.settle), so merging does not depend on the order of ingest.
reports = Table(
    "reports",
    metadata,
    Column("id", String(64), primary_key=True),  # the document's own event id
    Column("doc_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("event_id", String(64), nullable=False),  # the canonical event it is part of
    Column("type", String(12), nullable=False),
    Column("date", String(10)),
    Column("location_country", String(3)),
    Column("data", Text, nullable=False),  # JSON, see annals.serialize.event_to_json
    Column("settled", Integer, nullable=False, server_default="0"),
    Index("ix_reports_type_date", "type", "date"),
    Index("ix_reports_doc", "doc_id"),
    Index("ix_reports_event", "event_id"),
    Index("ix_reports_settled", "settled"),
)

report_participants = Table(
    "report_participants",
    metadata,
    Column("report_id", String(64), ForeignKey("reports.id", ondelete="CASCADE"), primary_key=True),
    Column("entity_id", String(200), primary_key=True),
    Index("ix_report_participants_entity", "entity_id"),
)

quotes = Table(
    "quotes",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("doc_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("speaker_id", String(200)),
    Column("speaker_name", Text),
    Column("date", String(10)),
    Index("ix_quotes_doc", "doc_id"),
)
