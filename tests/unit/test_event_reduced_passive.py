"""A nominal trigger followed by a past participle and an agent ("gli attacchi lanciati dalla
Russia", "los ataques lanzados por Rusia") has that agent as its actor, also in languages
coded by word order. Hand-written sentences; the full analysis runs."""

from __future__ import annotations

import pytest

from annals.models import PartialDate, RawDocument
from annals.pipeline import Analyzer

PUBLISHED = PartialDate(2024, 6, 14)


@pytest.mark.parametrize(
    ("language", "text", "event_type"),
    [
        ("it", "Gli attacchi lanciati dalla Russia hanno colpito Kharkiv.", "ASSAULT"),
        ("it", "La minaccia nucleare sbandierata dalla Russia preoccupa la Germania.", "THREATEN"),
        ("es", "Los ataques lanzados por Rusia alcanzaron Járkov.", "ASSAULT"),
    ],
)
def test_agent_of_a_reduced_passive_is_the_actor(
    analyzer: Analyzer, language: str, text: str, event_type: str
) -> None:
    raw = RawDocument(path="t.txt", text=text, format="text")
    analysis = analyzer.analyze(raw, language, PUBLISHED)
    events = [e for e in analysis.events if e.type == event_type]
    assert events, [e.type for e in analysis.events]
    assert [a.id for a in events[0].actors] == ["country/RUS"]
    assert "country/RUS" not in {r.id for r in events[0].recipients}
