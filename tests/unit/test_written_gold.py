"""The written event test set loads as PLOVER gold records and has a held-out part."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from annals.benchmark.events_eval import load_records, select
from annals.models import EVENT_TYPES

GOLD = Path(__file__).resolve().parents[2] / "benchmarks" / "events" / "written_gold.json"


def test_written_gold_covers_five_languages_and_every_type() -> None:
    records = load_records(GOLD)
    assert Counter(r.language for r in records) == {
        "en": 224,
        "it": 64,
        "fr": 64,
        "de": 64,
        "es": 64,
    }
    assert Counter(r.label for r in records) == {label: 30 for label in EVENT_TYPES}
    assert len({r.id for r in records}) == len(records)


def test_written_gold_splits_into_development_and_held_out_parts() -> None:
    records = load_records(GOLD)
    held_out = select(records, "heldout")
    assert 60 <= len(held_out) <= 140
    assert len(select(records, "dev")) + len(held_out) == len(records)
