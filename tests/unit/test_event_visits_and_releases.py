"""A visit's host and a release's captives: the country a trip goes to is the visit's
recipient ("se rend au Maroc", "si reca in Egitto", "arrived in Morocco for talks"), and
the people a pattern holds are those it acts on ("freed the hostages"). Sentences written
for this test."""

from __future__ import annotations

import pytest
from event_helpers import analyse, names

from annals.models import PartialDate
from annals.pipeline import Analyzer

PUBLISHED = PartialDate(2024, 5, 10)


def _events(
    analyzer: Analyzer, text: str, language: str, type_: str
) -> list[tuple[list[str], list[str], str | None]]:
    events = analyse(analyzer, text, language, PUBLISHED).events
    return [
        (names(e.actors), names(e.recipients), e.location.name if e.location else None)
        for e in events
        if e.type == type_
    ]


@pytest.mark.parametrize(
    ("language", "text", "visitor", "host"),  # the office holders of May 2024
    [
        (
            "fr",
            "Le président italien se rend en Égypte pour une visite officielle.",
            "Sergio Mattarella",
            "Egypt",
        ),
        ("fr", "La ministre française s'est rendue en Algérie lundi.", "France", "Algeria"),
        ("it", "Il ministro italiano si è recato in Egitto.", "Italy", "Egypt"),
        ("it", "Il premier spagnolo si reca in Marocco.", "Pedro Sánchez", "Morocco"),
        ("en", "The German chancellor arrived in Morocco for talks.", "Olaf Scholz", "Morocco"),
    ],
)
def test_the_country_a_trip_goes_to_is_the_host(
    analyzer: Analyzer, language: str, text: str, visitor: str, host: str
) -> None:
    visits = _events(analyzer, text, language, "CONSULT")
    assert len(visits) == 1
    actors, recipients, _place = visits[0]
    assert actors == [visitor]
    assert recipients == [host]


def test_a_town_visited_stays_the_place(analyzer: Analyzer) -> None:
    visits = _events(analyzer, "Le président italien se rend à Lyon.", "fr", "CONSULT")
    assert all("Lyon" not in recipients for _actors, recipients, _place in visits)


@pytest.mark.parametrize(
    ("language", "text", "captives"),
    [
        ("en", "The rebels freed the hostages on Sunday.", "hostages"),
        ("fr", "Les rebelles ont libéré les otages dimanche.", "otages"),
    ],
)
def test_the_people_a_release_pattern_holds_are_released(
    analyzer: Analyzer, language: str, text: str, captives: str
) -> None:
    releases = _events(analyzer, text, language, "RETREAT")
    assert len(releases) == 1
    assert releases[0][1] == [captives]


def test_an_expelled_ambassador_is_a_sanction_in_italian(analyzer: Analyzer) -> None:
    expulsions = _events(analyzer, "L'Egitto espelle l'ambasciatore turco.", "it", "SANCTION")
    assert len(expulsions) == 1
    assert expulsions[0][:2] == (["Egypt"], ["Türkiye"])
