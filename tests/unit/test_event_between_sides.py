"""The sides of a fight named after "between" are its actors, all of them, whether the
phrase hangs on the event noun or on the verb it is the subject of. Sentences written for
this test."""

from __future__ import annotations

import pytest
from event_helpers import analyse, one_of_type

from annals.models import PartialDate
from annals.pipeline import Analyzer

PUBLISHED = PartialDate(2025, 3, 12)


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "Clashes broke out between Armenian and Azerbaijani troops along the border.",
            {"Armenia", "Azerbaijan"},
        ),
        ("Fighting between Israel and Hezbollah intensified on Sunday.", {"Israel", "Hezbollah"}),
    ],
)
def test_both_sides_of_a_fight_act(analyzer: Analyzer, text: str, actors: set[str]) -> None:
    event = one_of_type(analyse(analyzer, text, "en", PUBLISHED).events, "ASSAULT")
    assert {a.name for a in event.actors} == actors
    assert not event.recipients


@pytest.mark.parametrize(
    ("language", "text", "actors"),
    [
        (
            "it",
            "Combattimenti tra Israele e Hezbollah nel sud del Libano.",
            {"Israel", "Hezbollah"},
        ),
        (
            "es",
            "Los enfrentamientos entre el ejército sudanés y las Fuerzas de Apoyo Rápido "
            "dejaron cien muertos.",
            {"Sudan", "Rapid Support Forces"},
        ),
    ],
)
def test_both_sides_of_a_fight_act_without_a_parse(
    analyzer: Analyzer, language: str, text: str, actors: set[str]
) -> None:
    event = one_of_type(analyse(analyzer, text, language, PUBLISHED).events, "ASSAULT")
    assert {a.name for a in event.actors} == actors
    assert not event.recipients


@pytest.mark.parametrize(
    ("language", "text", "actors"),
    [
        (
            "it",
            "Il testimone descrive gli scontri di domenica tra i manifestanti, i soldati e i "
            "mercenari nel centro.",
            {"manifestanti", "soldati", "mercenari"},
        ),
        (
            "it",
            "Sono ripresi gli scontri tra le forze governative e i ribelli vicino al porto.",
            {"forze", "ribelli"},
        ),
        ("it", "Nuovi scontri tra Israele e Hamas a Gaza.", {"Israel", "Hamas"}),
        (
            "es",
            "Los enfrentamientos entre manifestantes y policías dejaron veinte heridos.",
            {"manifestantes", "policías"},
        ),
    ],
)
def test_groups_listed_as_sides_all_act(
    analyzer: Analyzer, language: str, text: str, actors: set[str]
) -> None:
    event = one_of_type(analyse(analyzer, text, language, PUBLISHED).events, "ASSAULT")
    assert {a.name for a in event.actors} == actors
    assert not event.recipients
