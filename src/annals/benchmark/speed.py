"""`annals benchmark speed`: full ingest throughput beside bare spaCy NER, in the same run.

The anchor (EVALUATION.md) is bare spaCy NER — the same small pipeline the
project uses for the language (from PyPI, or packaged with Annals), with only
its NER and the embedding layer it needs — over the same texts in the same
process. Languages with no NER pipeline at all are measured against the
English small pipeline; the report names the model used for each language.
"""

from __future__ import annotations

import gzip
import json
import os
import resource
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from annals.errors import ConfigurationError, InputError
from annals.models import PartialDate, RawDocument

#: Goals from EVALUATION.md.
GOAL_RATIO_PER_CORE = 0.5
GOAL_DOCS_PER_SECOND_TWO_CORES = 10.0


def load_corpus(path: Path, limit: int | None = None) -> list[RawDocument]:
    """Documents from a .jsonl / .jsonl.gz file (fields text, lang, date, id) or via the readers;
    with ``limit``, an even spread of that many over the corpus."""
    if not path.exists():
        raise ConfigurationError(f"--corpus {str(path)!r} does not exist")
    documents: list[RawDocument]
    if path.is_file() and path.name.endswith((".jsonl", ".jsonl.gz")):
        documents = list(_iter_jsonl(path))
    else:
        from annals.ingest.readers import iter_inputs

        documents = [item for item in iter_inputs([str(path)]) if isinstance(item, RawDocument)]
    if not documents:
        raise InputError(str(path), "the corpus has no readable documents")
    if limit and len(documents) > limit:
        # An even spread over the whole corpus, so that every language and period is in it.
        stride = len(documents) / limit
        documents = [documents[int(index * stride)] for index in range(limit)]
    return documents


def _iter_jsonl(path: Path) -> Iterator[RawDocument]:
    opener: Any = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                text = record["text"]
            except (json.JSONDecodeError, KeyError, TypeError) as error:
                raise InputError(f"{path}:{number}", f"not a corpus record: {error}") from error
            date = None
            if isinstance(record.get("date"), str):
                try:
                    date = PartialDate.parse(record["date"][:10])
                except ValueError:
                    date = None
            yield RawDocument(
                path=f"{path.name}:{number}",
                text=text,
                format="jsonl",
                doc_id=str(record.get("id", number)),
                language=record.get("lang"),
                published=date,
                published_basis="metadata" if date else "unknown",
            )


def _rss_mib() -> tuple[float, float]:
    """Current and peak resident memory of this process, in MiB."""
    current = peak = 0.0
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    current = int(line.split()[1]) / 1024
                elif line.startswith("VmHWM:"):
                    peak = int(line.split()[1]) / 1024
    except OSError:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return current, peak


def _words(documents: list[RawDocument]) -> int:
    return sum(len(document.text.split()) for document in documents)


def _baseline(documents: list[RawDocument]) -> dict[str, Any]:
    """Bare spaCy NER over the same texts, grouped by language."""
    import spacy

    from annals.nlp.parser import TRAINED_MODELS, packaged_model_path

    by_language: dict[str, list[str]] = {}
    for document in documents:
        by_language.setdefault(document.language or "en", []).append(document.text)
    models_used: dict[str, str] = {}
    elapsed = 0.0
    for language, texts in by_language.items():
        packaged = packaged_model_path(language)
        model = TRAINED_MODELS.get(language) or (
            str(packaged) if packaged else TRAINED_MODELS["en"]
        )
        nlp = spacy.load(model)
        keep = {"tok2vec", "ner"}
        nlp.select_pipes(enable=[name for name in nlp.pipe_names if name in keep])
        name = f"annals-ner-{language}" if packaged and model == str(packaged) else model
        models_used[language] = f"{name} (ner only)"
        start = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=16):
            pass
        elapsed += time.perf_counter() - start
    return {"seconds": elapsed, "models": models_used}


#: A short text that runs every stage once (names, a date, an event).
_WARM_UP_TEXT = "Warm-up: Italy and France met in Rome on Monday and signed an agreement."


def _pipeline(documents: list[RawDocument], workers: int) -> dict[str, Any]:
    """Full ingest (every stage and the SQLite write) into a temporary database."""
    from annals.config import load_settings
    from annals.pipeline import Analyzer, Ingestor, Outcome
    from annals.store.sql import open_store

    settings = load_settings()  # as configured: ANNALS_EVENT_EMBEDDINGS=false measures without
    load_start = time.perf_counter()
    analyzer = Analyzer(settings=settings) if workers <= 1 else None
    if analyzer is not None:
        # warm every language's stages before timing (models, gazetteers and rule tables
        # are built at their first use): the throughput of a running ingest is measured,
        # and the warm-up counts as loading
        for language in sorted({d.language or "en" for d in documents}):
            warm_up = RawDocument(path="warm-up.txt", text=_WARM_UP_TEXT, format="text")
            analyzer.analyze(warm_up, language, PartialDate(2024, 1, 1))
    load_seconds = time.perf_counter() - load_start
    checkpoints: list[dict[str, float]] = []
    step = max(1, len(documents) // 4)
    done = 0

    def on_outcome(_outcome: Outcome) -> None:
        nonlocal done
        done += 1
        if done % step == 0:
            current, _peak = _rss_mib()
            checkpoints.append({"documents": done, "rss_mib": round(current, 1)})

    with tempfile.TemporaryDirectory(prefix="annals-bench-") as folder:
        store = open_store(os.path.join(folder, "bench.db"))
        ingestor = Ingestor(store=store, workers=workers, analyzer=analyzer, settings=settings)
        start = time.perf_counter()
        summary = ingestor.run(iter(documents), progress=on_outcome)
        elapsed = time.perf_counter() - start
        store.close()
    return {
        "seconds": elapsed,
        "load_seconds": load_seconds,
        "stored": summary.count("stored"),
        "failed": summary.count("failed"),
        "skipped": summary.count("skipped"),
        "rss_checkpoints": checkpoints,
        "failures": [f"{o.path}: {o.stage}: {o.reason}" for o in summary.failures[:5]],
    }


def run_speed_benchmark(corpus: Path, workers: int = 1, limit: int | None = None) -> dict[str, Any]:
    if workers < 1:
        raise ConfigurationError(f"--workers must be >= 1, got {workers}")
    documents = load_corpus(corpus, limit)
    words = _words(documents)
    pipeline = _pipeline(documents, workers)
    _current, pipeline_peak = _rss_mib()
    baseline = _baseline(documents)
    count = len(documents)
    pipeline_rate = count / pipeline["seconds"]
    baseline_rate = count / baseline["seconds"]
    ratio_per_core = (pipeline_rate / workers) / baseline_rate
    return {
        "corpus": str(corpus),
        "documents": count,
        "words": words,
        "workers": workers,
        "languages": sorted({d.language or "?" for d in documents}),
        "pipeline": {
            "docs_per_s": round(pipeline_rate, 2),
            "words_per_s": round(words / pipeline["seconds"], 1),
            "seconds": round(pipeline["seconds"], 2),
            "model_load_seconds": round(pipeline["load_seconds"], 2),
            "peak_rss_mib_main_process": round(pipeline_peak, 1),
            "rss_checkpoints": pipeline["rss_checkpoints"],
            "stored": pipeline["stored"],
            "failed": pipeline["failed"],
            "skipped_duplicates": pipeline["skipped"],
            "failure_examples": pipeline["failures"],
        },
        "baseline": {
            "name": "bare spaCy NER, same texts, same run",
            "models": baseline["models"],
            "docs_per_s": round(baseline_rate, 2),
            "words_per_s": round(words / baseline["seconds"], 1),
            "seconds": round(baseline["seconds"], 2),
        },
        "ratio_per_core": round(ratio_per_core, 3),
        "goals": {
            "ratio_per_core": GOAL_RATIO_PER_CORE,
            "docs_per_s_on_2_cores": GOAL_DOCS_PER_SECOND_TWO_CORES,
            "ratio_met": ratio_per_core >= GOAL_RATIO_PER_CORE,
        },
    }


def format_report(report: dict[str, Any]) -> str:
    pipeline, baseline = report["pipeline"], report["baseline"]
    memory = ", ".join(
        f"{c['documents']} docs: {c['rss_mib']} MiB" for c in pipeline["rss_checkpoints"]
    )
    lines = [
        f"corpus {report['corpus']}: {report['documents']} documents, {report['words']} words, "
        f"languages {', '.join(report['languages'])}, workers {report['workers']}",
        f"annals ingest (all stages + SQLite): {pipeline['docs_per_s']} docs/s, "
        f"{pipeline['words_per_s']} words/s ({pipeline['seconds']} s; stored {pipeline['stored']}, "
        f"failed {pipeline['failed']}, duplicates {pipeline['skipped_duplicates']})",
        f"baseline, {baseline['name']}: {baseline['docs_per_s']} docs/s, "
        f"{baseline['words_per_s']} words/s ({baseline['seconds']} s; "
        + ", ".join(f"{k}: {v}" for k, v in baseline["models"].items())
        + ")",
        f"ratio per core: {report['ratio_per_core']} (goal >= {report['goals']['ratio_per_core']}) "
        f"{'MET' if report['goals']['ratio_met'] else 'NOT MET'}",
        f"peak RSS (main process): {pipeline['peak_rss_mib_main_process']} MiB; "
        f"RSS during the run: {memory or 'n/a'}",
    ]
    for failure in pipeline["failure_examples"]:
        lines.append(f"  failure: {failure}")
    return "\n".join(lines)
