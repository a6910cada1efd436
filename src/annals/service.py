"""The one object that the CLI, the API and the tests drive."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, BinaryIO, TextIO

from annals.config import Settings
from annals.errors import AnnalsError, ConfigurationError, InputError, NotFoundError
from annals.export import ExportFormat, write_export
from annals.models import Analysis, Event, PartialDate, RawDocument
from annals.pipeline import Analyzer, Ingestor, IngestSummary, ProgressCallback
from annals.serialize import analysis_to_json
from annals.store.base import EventQuery, Store, StoredDocument, StoredEntity, StoreStats

logger = logging.getLogger(__name__)


def parse_date_option(value: str | None, option: str) -> PartialDate | None:
    """Validate a date flag (``2025``, ``2025-01``, ``2025-01-16``) at start-up."""
    if value is None:
        return None
    try:
        return PartialDate.parse(value)
    except ValueError as error:
        raise ConfigurationError(f"{option} {value!r}: {error}") from error


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    event: Event
    sources: tuple[StoredDocument, ...]


class AnnalsService:
    """Ingest, analysis and queries over one database, configured by Settings."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._store: Store | None = None
        self._analyzer: Analyzer | None = None

    # ------------------------------------------------------------------ resources

    @property
    def store(self) -> Store:
        if self._store is None:
            from annals.store.sql import open_store

            self._store = open_store(self.settings.db)
        return self._store

    @property
    def analyzer(self) -> Analyzer:
        if self._analyzer is None:
            self._analyzer = Analyzer(self.settings.kb_paths, self.settings)
        return self._analyzer

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None
        if self._analyzer is not None:  # an LLM coder holds an HTTP client
            self._analyzer.events.close()

    def __enter__(self) -> AnnalsService:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # ------------------------------------------------------------------ ingest

    def ingest(
        self,
        paths: Sequence[str],
        stdin: BinaryIO | None = None,
        source: str | None = None,
        progress: ProgressCallback | None = None,
    ) -> IngestSummary:
        from annals.ingest.readers import iter_inputs

        ingestor = Ingestor(
            store=self.store,
            workers=self.settings.workers,
            language=self.settings.language,
            source=source,
            kb_paths=self.settings.kb_paths,
            settings=self.settings,
            # one process: reuse (and keep) this service's analyzer; workers load their own
            analyzer=self.analyzer if self.settings.workers <= 1 else None,
        )
        return ingestor.run(iter_inputs(paths, stdin=stdin), progress)

    # ------------------------------------------------------------------ analyze

    def analyze(self, raw: RawDocument, date: PartialDate | None = None) -> Analysis:
        return self.analyzer.analyze(raw, self.settings.language, date)

    def read_documents(self, data: bytes, path: str) -> list[RawDocument]:
        """Documents in one input for ``analyze``: a file by its extension, stdin as text."""
        from annals.ingest.encoding import decode_bytes
        from annals.ingest.readers import read_bytes, text_document

        if path != "-":
            return read_bytes(data, path)
        text = decode_bytes(data, "<stdin>")
        if not text.strip():
            raise InputError("<stdin>", "empty input: no text to analyse")
        return [text_document(text, "<stdin>")]

    def analyze_jsonl(
        self, lines: TextIO, date: PartialDate | None = None
    ) -> Iterator[dict[str, Any]]:
        """One analysis (or ``{"id", "error"}``) per input line, same ids, same order."""
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            record_id: Any = f"line-{number}"
            try:
                record = json.loads(line)
                if not isinstance(record, dict):
                    raise InputError(f"line {number}", "each line must be a JSON object")
                record_id = record.get("id", record_id)
                raw, record_date = _raw_from_record(record, number)
                analysis = self.analyzer.analyze(
                    raw, raw.language or self.settings.language, record_date or date
                )
                yield analysis_to_json(analysis, doc_id=str(record_id))
            except json.JSONDecodeError as error:
                yield {"id": record_id, "error": f"line {number}: invalid JSON: {error}"}
            except AnnalsError as error:
                yield {"id": record_id, "error": str(error)}

    # ------------------------------------------------------------------ queries

    def resolve_entity_ids(self, name: str) -> tuple[str, ...]:
        """Ids of the entities ``name`` means: the entity with that id, else those with that
        name or alias, else those whose name or alias contains it."""
        try:
            return (self.store.get_entity(name.strip()).entity.id,)
        except NotFoundError:
            pass
        found = self.store.find_entities(name)
        if not found:
            found = list(self.store.iter_entities(name))
        if not found:
            raise NotFoundError(f"no entity matches {name!r}; `annals entities` lists them")
        return tuple(stored.entity.id for stored in found)

    def events(
        self,
        text: str | None = None,
        entity: str | None = None,
        event_type: str | None = None,
        date_from: PartialDate | None = None,
        date_to: PartialDate | None = None,
        limit: int | None = None,
        doc_id: str | None = None,
    ) -> list[Event]:
        if event_type:
            from annals.models import EVENT_TYPES

            if event_type.upper() not in EVENT_TYPES:
                raise ConfigurationError(
                    f"event type {event_type!r} is not a PLOVER type; use one of: "
                    f"{', '.join(EVENT_TYPES)}"
                )
        query = EventQuery(
            text=text,
            entity_ids=self.resolve_entity_ids(entity) if entity else (),
            type=event_type,
            date_from=date_from,
            date_to=date_to,
            limit=limit,
            doc_id=doc_id,
        )
        return list(self.store.iter_events(query))

    def timeline(self, **filters: Any) -> list[TimelineEntry]:
        """Dated events (undated ones are left out), oldest first, each with its sources."""
        documents: dict[str, StoredDocument] = {}
        entries = []
        for event in self.events(**filters):
            if event.date is None or event.status in ("negated", "hypothetical"):
                continue
            sources = []
            for doc_id in dict.fromkeys(m.doc_id for m in event.mentions):
                if doc_id not in documents:
                    documents[doc_id] = self.store.get_document(doc_id)
                sources.append(documents[doc_id])
            entries.append(TimelineEntry(event, tuple(sources)))
        return entries

    def entities(self, query: str | None = None) -> list[StoredEntity]:
        return list(self.store.iter_entities(query))

    def show(self, item_id: str) -> StoredDocument | Event | StoredEntity:
        """A document, an event or an entity by id."""
        for getter in (self.store.get_document, self.store.get_event, self.store.get_entity):
            try:
                return getter(item_id)
            except NotFoundError:
                continue
        raise NotFoundError(
            f"no document, event or entity has id {item_id!r}; "
            "list them with `annals events`, `annals entities` or `annals export`"
        )

    def stats(self) -> StoreStats:
        return self.store.stats()

    def export(self, fmt: ExportFormat, out: TextIO) -> int:
        return write_export(self.store, fmt, out)


def _raw_from_record(record: dict[str, Any], number: int) -> tuple[RawDocument, PartialDate | None]:
    where = f"line {number}"
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(where, "field 'text' is required and must be a non-empty string")
    language = record.get("lang")
    if language is not None:
        from annals.language import validate_language

        if not isinstance(language, str):
            raise InputError(where, "field 'lang' must be a string such as 'en'")
        language = validate_language(language)
    date_value = record.get("date")
    date = None
    if date_value is not None:
        if not isinstance(date_value, str):
            raise InputError(where, "field 'date' must be an ISO date string such as '2025-01-16'")
        try:
            date = PartialDate.parse(date_value[:10])
        except ValueError as error:
            raise InputError(where, f"field 'date': {error}") from error
    raw = RawDocument(
        path=str(record.get("id", where)),
        text=text,
        format="jsonl",
        doc_id=str(record["id"]) if "id" in record else None,
        language=language,
    )
    return raw, date
