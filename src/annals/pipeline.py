"""Runs the stages in order for each article; one outcome per article; parallel workers."""

from __future__ import annotations

import hashlib
import itertools
import logging
import multiprocessing
import re
import sys
import unicodedata
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Literal

from annals.errors import AnnalsError
from annals.models import (
    GROUP_PREFIX,
    Analysis,
    CleanText,
    Entity,
    EntityMention,
    Event,
    InputFailure,
    LinkResult,
    ParsedText,
    PartialDate,
    PublicationDate,
    RawDocument,
)
from annals.store.base import Store

if TYPE_CHECKING:
    from annals.config import Settings
    from annals.events.llm import EventCoder

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

    def __init__(self, kb_paths: Sequence[str] = (), settings: Settings | None = None) -> None:
        from pathlib import Path

        from annals.events.extractor import EventExtractor
        from annals.events.quotes import QuoteExtractor
        from annals.kb.knowledge_base import KnowledgeBase
        from annals.kb.linker import EntityLinker
        from annals.language import LanguageDetector
        from annals.nlp.parser import Parser

        self.detector = LanguageDetector()
        self.parser = Parser(merge_languages=settings.ner_merge if settings is not None else None)
        self.knowledge_base = KnowledgeBase.load([Path(p) for p in kb_paths])
        self.linker = EntityLinker(self.knowledge_base)
        self.events: EventCoder
        if settings is not None and settings.event_coder == "llm":
            from annals.events.llm import LlmEventCoder  # the default never imports httpx

            self.events = LlmEventCoder.from_settings(settings)
        else:
            from annals.events.extractor import TypeTuning

            tuning = TypeTuning()
            if settings is not None:
                tuning = TypeTuning(embedding_fallback=settings.event_embeddings)
            self.events = EventExtractor(tuning=tuning)
        self.quotes = QuoteExtractor()

    def analyze(
        self,
        raw: RawDocument,
        language: str | None = None,
        published: PartialDate | None = None,
    ) -> Analysis:
        """Analyse one document. ``language`` and ``published`` override what the input says."""
        result = self.analyze_many([raw], language, published)[0]
        if isinstance(result, StageError):
            raise result
        return result

    def analyze_many(
        self,
        raws: Sequence[RawDocument],
        language: str | None = None,
        published: PartialDate | None = None,
    ) -> list[Analysis | StageError]:
        """Analyse documents, parsing those of one language in one batch (spaCy is much
        faster on batches); each result is an Analysis or the StageError of that document."""
        prepared = [self._prepare(raw, language, published) for raw in raws]
        parsed = self._parse_by_language(prepared)
        results: list[Analysis | StageError] = []
        for item, parse in zip(prepared, parsed, strict=True):
            if isinstance(item, StageError):
                results.append(item)
            elif isinstance(parse, StageError):
                results.append(parse)
            else:
                results.append(self._finish(item, parse))
        return results

    def _prepare(
        self, raw: RawDocument, language: str | None, published: PartialDate | None
    ) -> _Prepared | StageError:
        """Clean, identify the language and date the document."""
        from annals.ingest.cleaning import clean_text
        from annals.time.docdate import infer_publication_date

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
        except AnnalsError as error:
            return StageError(stage, str(error))
        return _Prepared(raw, cleaned, lang, publication)

    def _parse_by_language(
        self, prepared: Sequence[_Prepared | StageError]
    ) -> list[ParsedText | StageError | None]:
        parsed: list[ParsedText | StageError | None] = [None] * len(prepared)
        by_language: dict[str, list[int]] = {}
        for position, item in enumerate(prepared):
            if isinstance(item, _Prepared):
                by_language.setdefault(item.language, []).append(position)
        for language, positions in by_language.items():
            texts = [_text_of(prepared[position]) for position in positions]
            try:
                batch: Sequence[ParsedText | StageError] = self.parser.parse_batch(texts, language)
            except AnnalsError as error:
                batch = [StageError("nlp", str(error))] * len(positions)
            for position, result in zip(positions, batch, strict=True):
                parsed[position] = result
        return parsed

    def _finish(self, item: _Prepared, parsed: ParsedText | None) -> Analysis | StageError:
        """Times, entities, events and quotes of one parsed document."""
        from annals.time.tagger import extract_times

        assert parsed is not None, "every prepared document is parsed"
        raw, text, publication = item.raw, item.cleaned.text, item.publication
        stage = "time"
        try:
            sentences = [(s.start, s.end) for s in parsed.sentences]
            times = extract_times(text, item.language, publication.date, sentences)
            stage = "entities"
            linked = self.linker.link(parsed, publication.date)
            hash_value = content_hash(raw.text)
            doc_id = document_id(hash_value)
            stage = "events"
            quotes = self.quotes.extract(doc_id, parsed, linked.mentions, publication)
            events = self.events.extract(
                doc_id, parsed, linked.mentions, times, publication, quotes
            )
            linked = with_event_participants(text, linked, events)
        except AnnalsError as error:
            return StageError(stage, str(error))
        return Analysis(
            id=doc_id,
            path=raw.path,
            language=item.language,
            published=publication,
            text=text,
            removed=item.cleaned.removed,
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


def with_event_participants(text: str, linked: LinkResult, events: Sequence[Event]) -> LinkResult:
    """The linked entities plus the participants the event coder named itself.

    Unnamed collective actors ("university students", "rebels in the Ivory
    Coast") have ``group/`` ids that no linker gave; they become entities of the
    document, with a mention where the event's sentence names them, so that
    `annals show`, `annals entities` and exports know every participant.
    """
    known = {mention.entity_id for mention in linked.mentions}
    mentions = list(linked.mentions)
    entities = list(linked.entities)
    for event in events:
        for ref in (*event.actors, *event.recipients):
            if ref.id in known or not ref.id.startswith(GROUP_PREFIX):
                continue
            for evidence in event.mentions:
                start = text.find(ref.name, evidence.start, evidence.end)
                if start < 0:
                    continue
                parts = ref.id.split("/")
                country = parts[1] if len(parts) == 3 else None
                mentions.append(
                    EntityMention(
                        start,
                        start + len(ref.name),
                        ref.name,
                        "ORG",
                        ref.id,
                        ref.name,
                        0.5,
                        country=country,
                    )
                )
                entities.append(Entity(ref.id, ref.name, "ORG", country=country))
                known.add(ref.id)
                break
    if len(mentions) == len(linked.mentions):
        return linked
    return LinkResult(tuple(sorted(mentions, key=lambda m: (m.start, m.end))), tuple(entities))


@dataclass(frozen=True, slots=True)
class _Prepared:
    raw: RawDocument
    cleaned: CleanText
    language: str
    publication: PublicationDate


def _text_of(item: _Prepared | StageError) -> str:
    assert isinstance(item, _Prepared)
    return item.cleaned.text


class StageError(AnnalsError):
    """A stage failed on one article."""

    def __init__(self, stage: str, reason: str) -> None:
        super().__init__(f"{stage}: {reason}")
        self.stage = stage
        self.reason = reason


# ---------------------------------------------------------------------------- workers

_worker_analyzer: Analyzer | None = None


def _init_worker(kb_paths: Sequence[str], settings: Settings | None = None) -> None:
    global _worker_analyzer
    _worker_analyzer = Analyzer(kb_paths, settings)


def _analyze_in_worker(raws: list[RawDocument], language: str | None) -> list[Analysis | Outcome]:
    assert _worker_analyzer is not None, "worker not initialised"
    return analyze_safely(_worker_analyzer, raws, language)


#: Documents analysed together (spaCy parses a batch much faster than one text at a time).
BATCH_SIZE = 16


def analyze_safely(
    analyzer: Analyzer, raws: Sequence[RawDocument], language: str | None
) -> list[Analysis | Outcome]:
    """Run the stages on a batch; each failure becomes a failed outcome naming the stage and
    the reason. An unexpected error in a batch is retried one document at a time, so that one
    bad article never takes its batch-mates down with it."""
    try:
        results = analyzer.analyze_many(raws, language)
    except Exception:  # the batch boundary: find the article that failed
        if len(raws) > 1:
            return [item for raw in raws for item in analyze_safely(analyzer, [raw], language)]
        logger.exception("unexpected error while analysing %s", raws[0].path)
        error = sys.exc_info()[1]
        return [
            Outcome(
                raws[0].path,
                "failed",
                stage="analysis",
                reason=f"unexpected {type(error).__name__}: {error}",
            )
        ]
    return [
        Outcome(raw.path, "failed", stage=result.stage, reason=result.reason)
        if isinstance(result, StageError)
        else result
        for raw, result in zip(raws, results, strict=True)
    ]


def _batches(documents: Iterator[RawDocument], size: int) -> Iterator[list[RawDocument]]:
    while batch := list(itertools.islice(documents, size)):
        yield batch


@dataclass(slots=True)
class Ingestor:
    """Reads inputs, skips stored content, analyses the rest and stores each in one transaction."""

    store: Store
    workers: int = 1
    language: str | None = None
    source: str | None = None
    kb_paths: Sequence[str] = ()
    analyzer: Analyzer | None = None
    settings: Settings | None = None

    def run(
        self, items: Iterable[RawDocument | InputFailure], progress: ProgressCallback | None = None
    ) -> IngestSummary:
        summary = IngestSummary()

        def record(outcome: Outcome) -> None:
            summary.outcomes.append(outcome)
            if progress:
                progress(outcome)

        pending = _batches(self._new_documents(items, record), BATCH_SIZE)
        if self.workers <= 1:
            analyzer = self.analyzer or Analyzer(self.kb_paths, self.settings)
            self.analyzer = analyzer
            for batch in pending:
                for raw, result in zip(
                    batch, analyze_safely(analyzer, batch, self.language), strict=True
                ):
                    record(self._store(raw, result))
        else:
            self._run_parallel(pending, record)
        # Events merge and stories settle once per run (also after a run that stored nothing:
        # it finishes what an interrupted run left), independently of the order of the inputs.
        self.store.settle()
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

    def _run_parallel(self, pending: Iterator[list[RawDocument]], record: ProgressCallback) -> None:
        """Analyse batches in worker processes; store in input order, so that the database is
        the same as with one process (merging and story clustering depend on the order)."""
        context = multiprocessing.get_context("spawn")
        limit = self.workers * 2  # bounded in-flight work keeps memory flat in corpus size
        with ProcessPoolExecutor(
            self.workers,
            mp_context=context,
            initializer=_init_worker,
            initargs=(tuple(self.kb_paths), self.settings),
        ) as pool:
            in_flight: deque[tuple[Future[list[Analysis | Outcome]], list[RawDocument]]] = deque()
            for batch in pending:
                in_flight.append((pool.submit(_analyze_in_worker, batch, self.language), batch))
                if len(in_flight) >= limit:
                    self._store_oldest(in_flight, record)
            while in_flight:
                self._store_oldest(in_flight, record)

    def _store_oldest(
        self,
        in_flight: deque[tuple[Future[list[Analysis | Outcome]], list[RawDocument]]],
        record: ProgressCallback,
    ) -> None:
        future, batch = in_flight.popleft()
        error = future.exception()
        for position, raw in enumerate(batch):
            if error is not None:
                record(Outcome(raw.path, "failed", stage="worker", reason=str(error)))
            else:
                record(self._store(raw, future.result()[position]))
