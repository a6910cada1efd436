"""Unnamed protesters take the country where they protest ("thousands of people
demonstrated in Tbilisi": Georgian people), and a passive subject is never the one who
acts ("three soldiers were killed"). Hand-written sentences; the full analysis runs."""

from __future__ import annotations

import pytest

from annals.models import Analysis, PartialDate, RawDocument
from annals.pipeline import Analyzer


def _analyse(analyzer: Analyzer, text: str, language: str) -> Analysis:
    return analyzer.analyze(
        RawDocument(path="t.txt", text=text, format="text"), language, PartialDate(2025, 1, 17)
    )


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Thousands of people marched in Tbilisi against the government."),
        ("en", "Hundreds of protesters rallied in Tbilisi on Sunday."),
        ("it", "Migliaia di persone hanno manifestato a Tbilisi contro il governo."),
        ("fr", "Des milliers de personnes ont manifesté à Tbilissi contre le gouvernement."),
        ("de", "Tausende Menschen protestierten in Tiflis gegen die Regierung."),
        ("es", "Miles de personas se manifestaron en Tiflis contra el gobierno."),
    ],
)
def test_protesters_take_the_country_of_the_protest(
    analyzer: Analyzer, language: str, text: str
) -> None:
    protests = [e for e in _analyse(analyzer, text, language).events if e.type == "PROTEST"]
    assert protests, "no PROTEST event"
    assert any(a.id.startswith("group/GEO/") for a in protests[0].actors), protests[0].actors


def test_a_named_country_of_protesters_stays(analyzer: Analyzer) -> None:
    text = "Ukrainian refugees demonstrated in Berlin against the war."
    protests = [e for e in _analyse(analyzer, text, "en").events if e.type == "PROTEST"]
    assert protests and all("/DEU/" not in a.id for a in protests[0].actors)


@pytest.mark.parametrize(
    "text",
    [
        "Three people were killed when Russian drones hit Odesa.",
        "Two soldiers were wounded near the border.",
    ],
)
def test_a_passive_subject_never_acts(analyzer: Analyzer, text: str) -> None:
    for event in _analyse(analyzer, text, "en").events:
        if event.trigger in {"killed", "wounded"}:
            assert not [a for a in event.actors if a.id.startswith("group/")], event.actors
            assert "country/RUS" not in {r.id for r in event.recipients}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Opposition supporters rallied in Tbilisi on Saturday."),
        ("it", "I sostenitori dell'opposizione hanno manifestato a Tbilisi."),
        ("de", "Anhänger der Opposition protestierten in Tiflis."),
        ("es", "Los partidarios de la oposición protestaron en Tiflis."),
    ],
)
def test_supporters_of_the_opposition_are_a_group(
    analyzer: Analyzer, language: str, text: str
) -> None:
    protests = [e for e in _analyse(analyzer, text, language).events if e.type == "PROTEST"]
    assert protests, "no PROTEST event"
    assert any(a.id.startswith("group/GEO/") for a in protests[0].actors), protests[0].actors
