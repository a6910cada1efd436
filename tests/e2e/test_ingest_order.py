"""Stories, copies and merged events do not depend on the order articles arrive in.

The sample corpus is analysed once; its analyses are then stored in one batch and,
for several shuffles, in three ingest runs with the database closed and reopened in
between (each run settles its stories at its end, as ``annals ingest`` does).
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

from annals.ingest.readers import iter_inputs
from annals.models import Analysis, RawDocument
from annals.pipeline import Analyzer
from annals.store.sql import open_store

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "corpus"


@pytest.fixture(scope="module")
def analyses() -> list[Analysis]:
    raws = [item for item in iter_inputs([str(SAMPLES)]) if isinstance(item, RawDocument)]
    results = Analyzer().analyze_many(raws)
    assert all(isinstance(result, Analysis) for result in results)
    return [result for result in results if isinstance(result, Analysis)]


def _state(path: Path) -> dict[str, Any]:
    store = open_store(str(path))
    try:
        stories = {story.id: sorted(story.doc_ids) for story in store.iter_stories()}
        copies = {doc.id: doc.duplicate_of for doc in store.iter_documents()}
        events = {
            (
                event.id,
                event.type,
                event.date.iso if event.date else None,
                tuple(sorted({m.doc_id for m in event.mentions})),
                tuple(sorted(a.id for a in event.actors)),
            )
            for event in store.iter_events()
        }
    finally:
        store.close()
    return {"stories": stories, "copies": copies, "events": events}


def _ingest(path: Path, runs: list[list[Analysis]]) -> dict[str, Any]:
    for run in runs:
        store = open_store(str(path))
        try:
            for analysis in run:
                assert store.add_analysis(analysis)
            store.settle()
        finally:
            store.close()
    return _state(path)


@pytest.mark.parametrize("seed", [11, 12, 13])
def test_ingest_order_gives_the_same_stories_and_events(
    tmp_path: Path, analyses: list[Analysis], seed: int
) -> None:
    expected = _ingest(tmp_path / "batch.db", [analyses])
    assert len(expected["stories"]) < len(analyses)  # the corpus has multi-source stories
    shuffled = analyses[:]
    random.Random(seed).shuffle(shuffled)
    third = len(shuffled) // 3
    runs = [shuffled[:third], shuffled[third : 2 * third], shuffled[2 * third :]]
    got = _ingest(tmp_path / "runs.db", runs)
    assert got["stories"] == expected["stories"]
    assert got["copies"] == expected["copies"]
    assert got["events"] == expected["events"]
