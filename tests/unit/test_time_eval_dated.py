"""The time benchmark on dated texts without timex annotations: publication dates only."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from annals.benchmark.time_eval import format_time_report, run_time_benchmark
from annals.errors import ConfigurationError, InputError

RECORDS = [
    {
        "id": "a",
        "lang": "en",
        "date": "2011-02-03",
        "text": "Protesters said the parliamentary vote held in 2010 was rigged. "
        "The ruling party has governed since 1981. They marched on Tuesday, February 1.",
    },
    {
        "id": "b",
        "lang": "en",
        "date": "2011-02-04",
        "text": "The talks went on through the night and ended without a statement.",
    },
    {
        "id": "c",
        "language": "it",
        "date": "2011-02-05",
        "text": "Il governo ha prorogato lo stato di emergenza nel 2011; martedì 1 febbraio "
        "i ministri si sono riuniti di nuovo.",
    },
]


def _write(path: Path, records: list[dict[str, str]]) -> Path:
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record) + "\n")
    return path


def test_dated_texts_score_the_publication_date_per_language(tmp_path: Path) -> None:
    path = _write(tmp_path / "news.jsonl.gz", RECORDS)
    report = run_time_benchmark(path, peer=False)
    sets = {entry["name"]: entry for entry in report["sets"]}
    assert set(sets) == {"news (en)", "news (it)"}
    english = sets["news (en)"]["publication_date"]
    # The second text names no date: it gets no answer; the first is dated by its
    # weekday-dated day and the year before it.
    assert (english["documents"], english["answered"], english["year"]) == (2, 1, 1)
    italian = sets["news (it)"]["publication_date"]
    assert (italian["answered"], italian["year"]) == (1, 1)
    text = format_time_report(report)
    assert "news (en) [dated texts, en]: 2 documents, no timex annotations" in text
    assert "1/2 answered; right year 1" in text


def test_language_filter_and_limit_apply_to_dated_texts(tmp_path: Path) -> None:
    path = _write(tmp_path / "news.jsonl.gz", RECORDS)
    report = run_time_benchmark(path, language="en", peer=False, limit=1)
    assert [entry["documents"] for entry in report["sets"]] == [1]


def test_json_lines_without_dated_texts_are_skipped(tmp_path: Path) -> None:
    _write(tmp_path / "timelines.jsonl.gz", [{"date": "2011-02-03", "sentences": []}])
    with pytest.raises(ConfigurationError, match="dated-text"):
        run_time_benchmark(tmp_path, peer=False)


def test_broken_json_line_names_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(RECORDS[0]) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.jsonl.*line 2"):
        run_time_benchmark(path, peer=False)


def test_broken_json_lines_in_a_folder_are_skipped_not_fatal(tmp_path: Path) -> None:
    _write(tmp_path / "news.jsonl.gz", RECORDS)
    (tmp_path / "bad.jsonl").write_text("{not json\n", encoding="utf-8")
    report = run_time_benchmark(tmp_path, peer=False)
    assert {entry["name"] for entry in report["sets"]} == {"news (en)", "news (it)"}
