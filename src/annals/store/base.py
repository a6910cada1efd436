"""The one Store interface every backend implements, and the records it returns."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass

from annals.models import Analysis, Entity, Event, PartialDate, PublicationDate, Quote, RemovedSpan


@dataclass(frozen=True, slots=True)
class StoredDocument:
    id: str
    content_hash: str
    path: str
    language: str
    published: PublicationDate
    text: str
    ingested_at: str
    external_id: str | None = None
    url: str | None = None
    title: str | None = None
    source: str | None = None
    story_id: str | None = None
    duplicate_of: str | None = None
    removed: tuple[RemovedSpan, ...] = ()


@dataclass(frozen=True, slots=True)
class StoredEntity:
    entity: Entity
    mentions: int


@dataclass(frozen=True, slots=True)
class StoredStory:
    """Documents that report the same development, across languages."""

    id: str
    title: str
    doc_ids: tuple[str, ...]
    languages: tuple[str, ...]
    date_from: str | None
    date_to: str | None


@dataclass(frozen=True, slots=True)
class EventQuery:
    """Filters for listing events; all optional, combined with AND."""

    text: str | None = None
    entity_ids: tuple[str, ...] = ()
    type: str | None = None
    date_from: PartialDate | None = None
    date_to: PartialDate | None = None
    doc_id: str | None = None
    limit: int | None = None


@dataclass(frozen=True, slots=True)
class StoreStats:
    documents: int
    entities: int
    entity_mentions: int
    events: int
    event_mentions: int
    quotes: int
    languages: dict[str, int]
    event_types: dict[str, int]


class Store(ABC):
    """Persistent storage of analyses. One transaction per document."""

    @abstractmethod
    def close(self) -> None: ...

    @abstractmethod
    def document_id_for_hash(self, content_hash: str) -> str | None:
        """The id of the stored document with this content hash, if any."""

    @abstractmethod
    def add_analysis(self, analysis: Analysis, external_id: str | None = None) -> bool:
        """Store one document and all its facts atomically; False if its content is stored."""

    @abstractmethod
    def settle(self) -> int:
        """Merge the events and re-cluster the stories around what was added since the last
        call, so that merged events, stories and copies do not depend on the order documents
        came in; return how many reports or documents were waiting. Until then each new
        event stands alone. Ingest calls it at its end; it is safe to call any time."""

    @abstractmethod
    def get_document(self, doc_id: str) -> StoredDocument: ...

    @abstractmethod
    def iter_documents(self) -> Iterator[StoredDocument]: ...

    @abstractmethod
    def iter_entities(self, query: str | None = None) -> Iterator[StoredEntity]: ...

    @abstractmethod
    def get_entity(self, entity_id: str) -> StoredEntity: ...

    @abstractmethod
    def find_entities(self, name: str) -> list[StoredEntity]:
        """Entities whose id, name or alias matches ``name`` (case-insensitive)."""

    @abstractmethod
    def iter_events(self, query: EventQuery | None = None) -> Iterator[Event]: ...

    @abstractmethod
    def get_event(self, event_id: str) -> Event: ...

    @abstractmethod
    def iter_quotes(self, doc_id: str | None = None) -> Iterator[Quote]: ...

    @abstractmethod
    def iter_stories(self) -> Iterator[StoredStory]: ...

    @abstractmethod
    def stats(self) -> StoreStats: ...

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
