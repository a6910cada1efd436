"""`--workers N` runs the per-article stages in N processes with the same results."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from annals.config import Settings
from annals.service import AnnalsService

pytestmark = pytest.mark.slow

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "corpus"


def _export(database: Path, workers: int) -> list[str]:
    with AnnalsService(Settings(db=str(database), workers=workers)) as service:
        summary = service.ingest([str(SAMPLES)])
        assert summary.failures == []
        buffer = io.StringIO()
        service.export("jsonl", buffer)
    records = []
    for line in buffer.getvalue().splitlines():
        record = json.loads(line)
        record.pop("path", None)
        records.append(json.dumps(record, sort_keys=True))
    return sorted(records)


def test_workers_two_processes_give_the_same_database(tmp_path: Path) -> None:
    assert _export(tmp_path / "one.db", 1) == _export(tmp_path / "two.db", 2)
