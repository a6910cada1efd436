"""Runs the stages in order for each article; one outcome per article; parallel workers."""

from __future__ import annotations

import hashlib
import logging
import multiprocessing
import re
import unicodedata
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from typing import Literal

from annals.errors import AnnalsError
from annals.models import (
    Analysis,
    InputFailure,
    PartialDate,
    PublicationDate,
    RawDocument,
)
from annals.store.base import Store

logger = logging.getLogger(__name__)

OutcomeStatus = Literal["stored", "skipped", "failed"]

_SPACES = re.compile(r"\s+")


def content_hash(text: str) -> str:
    """A hash of an article's text that ignores Unicode form and whitespace differences."""
    normalized = _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()
    return hashlib.sha256(normalized.encode("utf-8")).hexdigest()


def document_id(hash_value: str) -> str:
    return hash_value[:16]


@dataclass(frozen=True, slots=True)
class Outcome:
    """What happened to one input: stored, skipped (why) or failed (stage, reason)."""

    path: str
    status: OutcomeStatus
    doc_id: str | None = None
    stage: str | None = None
    reason: str | None = None


@dataclass(slots=True)
class IngestSummary:
    outcomes: list[Outcome] = field(default_factory=list)

    def count(self, status: OutcomeStatus) -> int:
        return sum(1 for outcome in self.outcomes if outcome.status == status)

    @property
    def read(self) -> int:
        return len(self.outcomes)

    @property
    def failures(self) -> list[Outcome]:
        return [outcome for outcome in self.outcomes if outcome.status == "failed"]


ProgressCallback = Callable[[Outcome], None]


class Analyzer:
    """Every per-article stage, loaded once: clean → language → nlp → time → entities → events."""

    def __init__(self, kb_paths: Sequence[str] = ()) -> None:
        from pathlib import Path

        from annals.events.extractor import EventExtractor
        from annals.kb.knowledge_base import KnowledgeBase
        from annals.kb.linker import EntityLinker
        from annals.language import LanguageDetector
        from annals.nlp.parser import Parser

        self.detector = LanguageDetector()
        self.parser = Parser()
        self.knowledge_base = KnowledgeBase.load([Path(p) for p in kb_paths])
        self.linker = EntityLinker(self.knowledge_base)
        self.events = EventExtractor()

    def analyze(
        self,
        raw: RawDocument,
        language: str | None = None,
        published: PartialDate | None = None,
    ) -> Analysis:
        """Analyse one document. ``language`` and ``published`` override what the input says."""
        from annals.events.quotes import extract_quotes
        from annals.ingest.cleaning import clean_text
        from annals.time.docdate import infer_publication_date
        from annals.time.tagger import extract_times

        stage = "clean"
        try:
            cleaned = clean_text(raw.text, raw.language)
            if not cleaned.text.strip():
                raise AnnalsError("no article text left after cleaning")
            stage = "language"
            lang = language or raw.language or self.detector.detect(cleaned.text)
            stage = "time"
            if published is not None:
                publication = PublicationDate(published, "given")
            elif raw.published is not None:
                publication = PublicationDate(raw.published, raw.published_basis)
            else:
                publication = infer_publication_date(cleaned.text, lang)
            stage = "nlp"
            parsed = self.parser.parse(cleaned.text, lang)
            stage = "time"
            sentences = [(s.start, s.end) for s in parsed.sentences]
            times = extract_times(cleaned.text, lang, publication.date, sentences)
            stage = "entities"
            linked = self.linker.link(parsed, publication.date)
            hash_value = content_hash(raw.text)
            doc_id = document_id(hash_value)
            stage = "events"
            events = self.events.extract(doc_id, parsed, linked.mentions, times, publication)
            quotes = extract_quotes(doc_id, parsed, linked.mentions, publication)
        except AnnalsError as error:
            raise StageError(stage, str(error)) from error
        return Analysis(
            id=doc_id,
            path=raw.path,
            language=lang,
            published=publication,
            text=cleaned.text,
            removed=cleaned.removed,
            entities=linked.mentions,
            entity_records=linked.entities,
            times=times,
            events=events,
            quotes=quotes,
            content_hash=hash_value,
            title=raw.title,
            url=raw.url,
            source=raw.source,
        )


class StageError(AnnalsError):
    """A stage failed on one article."""

    def __init__(self, stage: str, reason: str) -> None:
        super().__init__(f"{stage}: {reason}")
        self.stage = stage
        self.reason = reason


# ---------------------------------------------------------------------------- workers

_worker_analyzer: Analyzer | None = None


def _init_worker(kb_paths: Sequence[str]) -> None:
    global _worker_analyzer
    _worker_analyzer = Analyzer(kb_paths)


def _analyze_in_worker(raw: RawDocument, language: str | None) -> Analysis | Outcome:
    assert _worker_analyzer is not None, "worker not initialised"
    return _analyze_safely(_worker_analyzer, raw, language)


def _analyze_safely(
    analyzer: Analyzer, raw: RawDocument, language: str | None
) -> Analysis | Outcome:
    """Run the stages; turn any failure into a failed outcome naming the stage and reason."""
    try:
        return analyzer.analyze(raw, language)
    except StageError as error:
        return Outcome(raw.path, "failed", stage=error.stage, reason=error.reason)
    except Exception as error:  # the per-article boundary: one bad article must not stop the run
        logger.exception("unexpected error while analysing %s", raw.path)
        return Outcome(
            raw.path,
            "failed",
            stage="analysis",
            reason=f"unexpected {type(error).__name__}: {error}",
        )


@dataclass(slots=True)
class Ingestor:
    """Reads inputs, skips stored content, analyses the rest and stores each in one transaction."""

    store: Store
    workers: int = 1
    language: str | None = None
    source: str | None = None
    kb_paths: Sequence[str] = ()
    analyzer: Analyzer | None = None

    def run(
        self, items: Iterable[RawDocument | InputFailure], progress: ProgressCallback | None = None
    ) -> IngestSummary:
        summary = IngestSummary()

        def record(outcome: Outcome) -> None:
            summary.outcomes.append(outcome)
            if progress:
                progress(outcome)

        pending = self._new_documents(items, record)
        if self.workers <= 1:
            analyzer = self.analyzer or Analyzer(self.kb_paths)
            self.analyzer = analyzer
            for raw in pending:
                record(self._store(raw, _analyze_safely(analyzer, raw, self.language)))
        else:
            self._run_parallel(pending, record)
        return summary

    def _new_documents(
        self, items: Iterable[RawDocument | InputFailure], record: ProgressCallback
    ) -> Iterator[RawDocument]:
        seen: dict[str, str] = {}
        for item in items:
            if isinstance(item, InputFailure):
                record(Outcome(item.path, "failed", stage="read", reason=item.reason))
                continue
            if self.source:
                item = replace(item, source=self.source)
            hash_value = content_hash(item.text)
            existing = seen.get(hash_value) or self.store.document_id_for_hash(hash_value)
            if existing:
                record(
                    Outcome(
                        item.path,
                        "skipped",
                        doc_id=document_id(hash_value),
                        reason="duplicate of stored content",
                    )
                )
                continue
            seen[hash_value] = item.path
            yield item

    def _store(self, raw: RawDocument, result: Analysis | Outcome) -> Outcome:
        if isinstance(result, Outcome):
            return result
        try:
            stored = self.store.add_analysis(result, external_id=raw.doc_id)
        except AnnalsError as error:
            return Outcome(raw.path, "failed", stage="store", reason=str(error))
        if not stored:
            return Outcome(
                raw.path, "skipped", doc_id=result.id, reason="duplicate of stored content"
            )
        return Outcome(raw.path, "stored", doc_id=result.id)

    def _run_parallel(self, pending: Iterator[RawDocument], record: ProgressCallback) -> None:
        """Analyse in worker processes; store in input order, so that the database is the
        same as with one process (merging and story clustering depend on the order)."""
        context = multiprocessing.get_context("spawn")
        limit = self.workers * 4  # bounded in-flight work keeps memory flat in corpus size
        with ProcessPoolExecutor(
            self.workers,
            mp_context=context,
            initializer=_init_worker,
            initargs=(tuple(self.kb_paths),),
        ) as pool:
            in_flight: deque[tuple[Future[Analysis | Outcome], RawDocument]] = deque()
            for raw in pending:
                in_flight.append((pool.submit(_analyze_in_worker, raw, self.language), raw))
                if len(in_flight) >= limit:
                    self._store_oldest(in_flight, record)
            while in_flight:
                self._store_oldest(in_flight, record)

    def _store_oldest(
        self,
        in_flight: deque[tuple[Future[Analysis | Outcome], RawDocument]],
        record: ProgressCallback,
    ) -> None:
        future, raw = in_flight.popleft()
        error = future.exception()
        if error is not None:
            record(Outcome(raw.path, "failed", stage="worker", reason=str(error)))
        else:
            record(self._store(raw, future.result()))
