"""A kill -9 in the middle of an ingest leaves a consistent database; a re-run finishes the job."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ARTICLES = 24


def _write_corpus(folder: Path) -> None:
    for number in range(ARTICLES):
        (folder / f"article_{number:02d}.txt").write_text(
            f" date 2024-05-{number % 28 + 1:02d} (Kill Test) Delegation number {number} from "
            f"Berlin met officials in Warsaw on Monday to discuss air defence. The ministers "
            f"signed a cooperation agreement worth {number + 1} million euros, the ministry "
            f"said. Talks will continue next week in Vilnius.\n",
            encoding="utf-8",
        )


def _stored(database: Path) -> int:
    if not database.exists():
        return 0
    try:
        with sqlite3.connect(database, timeout=5) as connection:
            return int(connection.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.OperationalError:
        return 0


def _ingest(corpus: Path, database: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "annals", "ingest", str(corpus), "--db", str(database)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def test_kill_mid_ingest_then_rerun_completes(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _write_corpus(corpus)
    database = tmp_path / "kill.db"
    process = _ingest(corpus, database)
    deadline = time.monotonic() + 120
    while _stored(database) < 3 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
    if process.poll() is not None:
        pytest.fail(f"ingest ended before it could be killed: {process.stderr.read()!r}")  # type: ignore[union-attr]
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    with sqlite3.connect(database) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        partial = connection.execute("SELECT count(*) FROM documents").fetchone()[0]
        orphans = connection.execute(
            "SELECT count(*) FROM event_mentions WHERE doc_id NOT IN (SELECT id FROM documents)"
        ).fetchone()[0]
        events_without_evidence = connection.execute(
            "SELECT count(*) FROM events WHERE id NOT IN (SELECT event_id FROM event_mentions)"
        ).fetchone()[0]
        documents_without_facts = connection.execute(
            "SELECT count(*) FROM documents WHERE id NOT IN (SELECT doc_id FROM entity_mentions)"
        ).fetchone()[0]
    assert 3 <= partial < ARTICLES
    assert (orphans, events_without_evidence, documents_without_facts) == (0, 0, 0)
    rerun = _ingest(corpus, database)
    _out, errors = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, errors
    assert _stored(database) == ARTICLES
