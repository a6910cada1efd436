"""A state that protests makes a formal complaint (PLOVER ACCUSE, disapprove), not a
demonstration; people who protest demonstrate. Sentences written for this test."""

from __future__ import annotations

import pytest
from event_helpers import analyse, names, one_of_type

from annals.models import PartialDate
from annals.pipeline import Analyzer

PUBLISHED = PartialDate(2024, 6, 20)


@pytest.mark.parametrize(
    ("text", "language", "actors", "recipients"),
    [
        ("Vietnam protested China's new map of the sea.", "en", ["Vietnam"], ["China"]),
        ("Philippines protests Chinese coast guard moves", "en", ["Philippines"], ["China"]),
        ("Le Maroc a protesté contre les propos du ministre algérien.", "fr", ["Morocco"], None),
    ],
)
def test_a_state_that_protests_accuses(
    analyzer: Analyzer, text: str, language: str, actors: list[str], recipients: list[str] | None
) -> None:
    events = analyse(analyzer, text, language, PUBLISHED).events
    assert not [e for e in events if e.type == "PROTEST"], [(e.type, e.trigger) for e in events]
    event = one_of_type(events, "ACCUSE")
    assert event.mode == "disapprove"
    assert names(event.actors) == actors
    if recipients is not None:
        assert names(event.recipients) == recipients


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Thousands of Armenians protested in Yerevan against the deal.", "en"),
        ("Serbia protests: students block a bridge in Novi Sad", "en"),  # a headline's noun
        ("Des milliers de Marocains ont protesté à Rabat.", "fr"),
    ],
)
def test_people_who_protest_demonstrate(analyzer: Analyzer, text: str, language: str) -> None:
    events = analyse(analyzer, text, language, PUBLISHED).events
    assert [e for e in events if e.type == "PROTEST"], [(e.type, e.trigger) for e in events]
    assert not [e for e in events if e.type == "ACCUSE"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "La idea de un cambio de régimen venía desde mucho antes de los sucesos de Bengazi,"
            " donde se escenificó la primera manifestación contra el ejecutivo.",
            "es",
        ),
    ],
)
def test_a_city_is_where_a_protest_is_held_not_who_protests(
    analyzer: Analyzer, text: str, language: str
) -> None:
    protest = one_of_type(analyse(analyzer, text, language, PUBLISHED).events, "PROTEST")
    assert not [a for a in protest.actors if a.id.startswith("city/")]
