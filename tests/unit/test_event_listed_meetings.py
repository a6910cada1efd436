"""One event per meeting: a verb of meeting followed by a list whose items each name a
party and a place or a day ("met Netanyahu in Jerusalem, Abbas in Ramallah and Sisi in
Cairo") tells as many meetings; parties listed without their own place or day met together.
Hand-written sentences; the full analysis runs."""

from __future__ import annotations

import pytest
from event_helpers import analyse

from annals.models import PartialDate
from annals.pipeline import Analyzer

PUBLISHED = PartialDate(2025, 3, 14)  # a Friday


def _meetings(analyzer: Analyzer, text: str, language: str) -> list[tuple[set[str], str | None]]:
    events = analyse(analyzer, text, language, PUBLISHED).events
    return sorted(
        (
            ({a.name for a in e.actors} | {r.name for r in e.recipients}),
            e.location.name if e.location else None,
        )
        for e in events
        if e.type == "CONSULT"
    )


@pytest.mark.parametrize(
    ("language", "text", "host"),
    [
        (
            "en",
            "Blinken met Netanyahu in Jerusalem, Abbas in Ramallah and Sisi in Cairo.",
            "Antony Blinken",
        ),
        (
            "it",
            "Meloni ha incontrato Biden a Washington, Trudeau a Ottawa e Macron a Parigi.",
            "Giorgia Meloni",
        ),
    ],
)
def test_a_list_of_parties_with_their_places_is_one_meeting_each(
    analyzer: Analyzer, language: str, text: str, host: str
) -> None:
    found = _meetings(analyzer, text, language)
    assert len(found) == 3, found
    assert all(host in parties and len(parties) == 2 for parties, _ in found), found
    assert len({place for _, place in found}) == 3, found


def test_a_list_of_calls_on_different_days_dates_each(analyzer: Analyzer) -> None:
    text = "Macron spoke by phone with Putin on Monday and with Zelensky on Tuesday."
    events = [e for e in analyse(analyzer, text, "en", PUBLISHED).events if e.type == "CONSULT"]
    dated = sorted((e.date, {a.name for a in e.actors} - {"Emmanuel Macron"}) for e in events)
    assert dated == [
        (PartialDate(2025, 3, 10), {"Vladimir Putin"}),
        (PartialDate(2025, 3, 11), {"Volodymyr Zelenskyy"}),
    ]


def test_parties_without_their_own_place_met_together(analyzer: Analyzer) -> None:
    found = _meetings(analyzer, "Blinken met Netanyahu and Gantz in Jerusalem on Monday.", "en")
    assert len(found) == 1, found
