"""An event in a clause that hangs on a time noun takes that time: "on the same day that
Starmer signed…", "il giorno in cui Zelensky ha firmato…". Hand-written sentences; the full
analysis runs (parser, linker, time tagger, event coder)."""

from __future__ import annotations

from annals.models import Analysis, PartialDate, RawDocument
from annals.pipeline import Analyzer

PUBLISHED = PartialDate(2025, 1, 17)


def _analyse(analyzer: Analyzer, text: str, language: str) -> Analysis:
    return analyzer.analyze(
        RawDocument(path="t.txt", text=text, format="text"), language, PUBLISHED
    )


def _date_of(analysis: Analysis, event_type: str) -> str | None:
    dates = [e.date.iso if e.date else None for e in analysis.events if e.type == event_type]
    assert dates, f"no {event_type} event in {[e.type for e in analysis.events]}"
    return dates[0]


def test_english_clause_after_the_same_day(analyzer: Analyzer) -> None:
    text = (
        "The minister arrived in Kyiv on Jan. 16. His visit came on the same day that the "
        "British prime minister Keir Starmer signed a partnership agreement with Zelensky."
    )
    assert _date_of(_analyse(analyzer, text, "en"), "AGREE") == "2025-01-16"


def test_italian_relative_clause_on_the_day(analyzer: Analyzer) -> None:
    text = (
        "Il vertice si è aperto il 13 giugno 2024, il giorno in cui Zelensky ha firmato "
        "un accordo di sicurezza con Biden."
    )
    assert _date_of(_analyse(analyzer, text, "it"), "AGREE") == "2024-06-13"


def test_a_date_said_with_a_report_does_not_date_the_reported_act(analyzer: Analyzer) -> None:
    # "said on Tuesday that…": Tuesday is when it was said, not when the attack happened
    text = "Officials said on Tuesday that Russian troops attacked the town of Pokrovsk."
    assert _date_of(_analyse(analyzer, text, "en"), "ASSAULT") != "2025-01-14"


def test_the_end_of_a_span_is_not_the_date_of_the_act(analyzer: Analyzer) -> None:
    text = "Italy's cabinet extended the supply of military aid to Kyiv through the end of 2025."
    analysis = _analyse(analyzer, text, "en")
    assert _date_of(analysis, "AID") != "2025"


def test_without_a_parse_a_clause_after_comma_and_conjunction_is_another_clause(
    analyzer: Analyzer,
) -> None:
    # German has no parser: the year and the "sollen" of the "dass" clause neither date
    # nor plan the summit; they date and plan the deployment.
    text = (
        "Am Rande des Gipfels kündigten Berlin und Paris an, dass ab 2027 neue "
        "Raketen in Deutschland stationiert werden sollen."
    )
    analysis = _analyse(analyzer, text, "de")
    summit = [e for e in analysis.events if e.type == "CONSULT"]
    assert summit, [(e.type, e.trigger) for e in analysis.events]
    assert summit[0].date is None or summit[0].date.year != 2027
    assert summit[0].status == "occurred"
    planned = [e for e in analysis.events if e.type == "MOBILIZE"]
    assert planned and planned[0].status == "planned"
