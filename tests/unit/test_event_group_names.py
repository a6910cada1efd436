"""An unnamed group keeps the "of" phrase of a common noun that says which group it is
("las fuerzas de seguridad", "i figli del dittatore", "le forze dell'ordine"): cut to its
noun, "fuerzas" names no one. A name in the phrase is not taken into the group's name.
Sentences written for this test."""

from __future__ import annotations

import pytest
from event_helpers import analyse, names

from annals.models import PartialDate
from annals.pipeline import Analyzer

PUBLISHED = PartialDate(2025, 3, 12)


@pytest.mark.parametrize(
    ("lang", "text", "type_", "role", "group"),
    [
        (
            "es",
            "Las fuerzas de seguridad dispararon contra los manifestantes.",
            "ASSAULT",
            "actors",
            "fuerzas de seguridad",
        ),
        (
            "es",
            "Al menos tres hijos del dictador han sido detenidos.",
            "COERCE",
            "recipients",
            "hijos del dictador",
        ),
        (
            "it",
            "Le forze dell'ordine hanno arrestato un uomo di 40 anni.",
            "COERCE",
            "actors",
            "forze dell'ordine",
        ),
        (
            "it",
            "Le forze di sicurezza hanno sparato sui manifestanti.",
            "ASSAULT",
            "actors",
            "forze di sicurezza",
        ),
        (
            "fr",
            "Les forces de l'ordre ont arrêté un suspect à Lyon.",
            "COERCE",
            "actors",
            "forces de l'ordre",
        ),
        (
            "en",
            "Three sons of the dictator were arrested.",
            "COERCE",
            "recipients",
            "sons of the dictator",
        ),
    ],
)
def test_a_group_keeps_the_common_noun_that_says_which(
    analyzer: Analyzer, lang: str, text: str, type_: str, role: str, group: str
) -> None:
    events = [e for e in analyse(analyzer, text, lang, PUBLISHED).events if e.type == type_]
    assert [names(getattr(e, role)) for e in events] == [[group]]


def test_a_groups_country_is_not_taken_across_a_comma(analyzer: Analyzer) -> None:
    text = "Las milicias, llevadas a Trípoli, están atacando a la gente."
    event = [e for e in analyse(analyzer, text, "es", PUBLISHED).events if e.type == "ASSAULT"]
    assert [names(e.actors) for e in event] == [["milicias"]]
    assert [names(e.recipients) for e in event] == [["gente"]]


@pytest.mark.parametrize(
    ("lang", "text", "type_", "role", "group"),
    [
        (
            "es",
            "Los tanques abren fuego contra la población en Misrata.",
            "ASSAULT",
            "recipients",
            "población",
        ),
        (
            "es",
            "Un amplio grupo de ONGs reclamó la liberación de los presos.",
            "REQUEST",
            "actors",
            "ONGs",
        ),
    ],
)
def test_the_people_and_ngos_are_groups(
    analyzer: Analyzer, lang: str, text: str, type_: str, role: str, group: str
) -> None:
    events = [e for e in analyse(analyzer, text, lang, PUBLISHED).events if e.type == type_]
    assert [names(getattr(e, role)) for e in events] == [[group]]


def test_the_sides_of_a_clash_are_not_counted_twice(analyzer: Analyzer) -> None:
    text = "Ci sono stati scontri tra i dimostranti e le forze di polizia davanti al Parlamento."
    event = [e for e in analyse(analyzer, text, "it", PUBLISHED).events if e.type == "ASSAULT"]
    assert [names(e.actors) for e in event] == [["dimostranti", "forze di polizia"]]


def test_a_verb_after_a_bare_of_is_no_part_of_the_group(analyzer: Analyzer) -> None:
    text = "Le autorità volevano impedire alle manifestanti di muovere accuse contro la polizia."
    events = analyse(analyzer, text, "it", PUBLISHED).events
    assert all("muovere" not in name for e in events for name in names(e.actors))


def test_a_side_of_forces_is_who_commands_them(analyzer: Analyzer) -> None:
    text = (
        "El general Khalifa Haftar habló ayer en Bengasi. Hay enfrentamientos entre las "
        "fuerzas de Haftar y los milicianos en las localidades de la costa."
    )
    events = [e for e in analyse(analyzer, text, "es", PUBLISHED).events if e.type == "ASSAULT"]
    assert [names(e.actors) for e in events] == [["Khalifa Haftar", "milicianos"]]


@pytest.mark.parametrize(
    ("lang", "text", "side"),
    [
        ("es", "Los choques con la policía causan tres muertos y 38 heridos.", "policía"),
        ("it", "Gli scontri con la polizia hanno causato tre morti.", "polizia"),
    ],
)
def test_the_with_phrase_of_a_clash_names_a_side(
    analyzer: Analyzer, lang: str, text: str, side: str
) -> None:
    events = [e for e in analyse(analyzer, text, lang, PUBLISHED).events if e.type == "ASSAULT"]
    assert [names(e.actors) for e in events] == [[side]]
