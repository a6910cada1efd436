"""The hand-written multilingual event test set loads as PLOVER gold records."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from annals.benchmark.events_eval import load_records
from annals.models import EVENT_TYPES

GOLD = Path(__file__).resolve().parents[2] / "benchmarks" / "events" / "multilingual_gold.json"


def test_multilingual_gold_covers_four_languages_and_every_type() -> None:
    records = load_records(GOLD)
    assert Counter(r.language for r in records) == {"it": 20, "fr": 20, "de": 20, "es": 20}
    assert {r.label for r in records} == set(EVENT_TYPES)
    assert all(r.actors for r in records)
    assert len({r.id for r in records}) == len(records)
