"""`annals benchmark speed` runs end to end and reports figures beside its anchor."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from annals.benchmark.speed import format_report, load_corpus, run_speed_benchmark
from annals.errors import ConfigurationError, InputError

pytestmark = pytest.mark.slow


def _corpus(folder: Path, count: int) -> Path:
    path = folder / "corpus.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        for number in range(count):
            record = {
                "id": str(number),
                "lang": "en" if number % 2 else "it",
                "date": "2024-05-0" + str(number % 9 + 1),
                "text": (
                    f"Officials met in Vienna on Monday for talks number {number}. "
                    "The ministers agreed to send aid worth 3 million euros."
                    if number % 2
                    else f"I ministri si sono incontrati a Vienna lunedì per il vertice {number}."
                ),
            }
            handle.write(json.dumps(record) + "\n")
    return path


def test_speed_limit_takes_an_even_spread(tmp_path: Path) -> None:
    documents = load_corpus(_corpus(tmp_path, 10), limit=5)
    assert [d.doc_id for d in documents] == ["0", "2", "4", "6", "8"]


def test_speed_benchmark_reports_pipeline_baseline_and_ratio(tmp_path: Path) -> None:
    report = run_speed_benchmark(_corpus(tmp_path, 6), workers=1)
    assert report["documents"] == 6
    assert report["pipeline"]["stored"] == 6 and report["pipeline"]["failed"] == 0
    assert report["pipeline"]["docs_per_s"] > 0 and report["baseline"]["docs_per_s"] > 0
    assert set(report["baseline"]["models"]) == {"en", "it"}
    assert report["ratio_per_core"] > 0
    text = format_report(report)
    assert "ratio per core" in text and "baseline" in text


def test_speed_benchmark_bad_corpus_is_named(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match="nothing"):
        run_speed_benchmark(tmp_path / "nothing.jsonl")
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(InputError, match="no readable documents"):
        load_corpus(empty)
