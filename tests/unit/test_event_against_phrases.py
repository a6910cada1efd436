"""A state's army or government in an event noun's "of" phrase is the state that acts ("la
ofensiva del ejército sirio", "l'armée syrienne a bombardé"), and an "against" phrase names
whom a hostile act targets, named or unnamed ("contra los manifestantes"). French "offensive
de" is an attack unless it is a set phrase ("offensive de charme"). Sentences written for
this test."""

from __future__ import annotations

import pytest
from event_helpers import analyse, names, one_of_type

from annals.models import PartialDate
from annals.pipeline import Analyzer

PUBLISHED = PartialDate(2025, 3, 12)


@pytest.mark.parametrize(
    ("lang", "text", "type_", "actor", "recipient"),
    [
        (
            "es",
            "La ofensiva del ejército ruso contra los separatistas dejó decenas de muertos.",
            "ASSAULT",
            "Russia",
            "separatistas",
        ),
        (
            "es",
            "La ofensiva del ejército ruso contra Járkov dejó decenas de muertos.",
            "ASSAULT",
            "Russia",
            "Kharkiv",
        ),
        (
            "it",
            "L'offensiva dell'esercito russo contro i civili ha causato dieci morti.",
            "ASSAULT",
            "Russia",
            "civili",
        ),
        (
            "es",
            "Las amenazas de Moscú contra los periodistas se intensificaron.",
            "THREATEN",
            "Russia",
            "periodistas",
        ),
        (
            "es",
            "Las duras amenazas lanzadas por el régimen sirio contra los estudiantes se cumplen.",
            "THREATEN",
            "Syria",
            "estudiantes",
        ),
        (
            "it",
            "Le minacce lanciate dal governo russo contro i giornalisti sono aumentate.",
            "THREATEN",
            "Russia",
            "giornalisti",
        ),
        (
            "fr",
            "L'armée syrienne a bombardé la ville de Homs.",
            "ASSAULT",
            "Syria",
            "Homs",
        ),
    ],
)
def test_a_state_body_acts_and_an_against_phrase_is_the_target(
    analyzer: Analyzer, lang: str, text: str, type_: str, actor: str, recipient: str
) -> None:
    event = one_of_type(analyse(analyzer, text, lang, PUBLISHED).events, type_)
    assert names(event.actors) == [actor]
    assert names(event.recipients) == [recipient]


def test_french_offensive_of_an_army_is_an_attack_by_its_state(analyzer: Analyzer) -> None:
    text = "L'offensive de l'armée syrienne a fait des dizaines de morts près d'Alep."
    event = one_of_type(analyse(analyzer, text, "fr", PUBLISHED).events, "ASSAULT")
    assert names(event.actors) == ["Syria"]


def test_a_charm_offensive_is_no_attack(analyzer: Analyzer) -> None:
    text = "Le président a lancé une offensive de charme auprès des investisseurs japonais."
    events = analyse(analyzer, text, "fr", PUBLISHED).events
    assert not [e for e in events if e.type == "ASSAULT"]


def test_an_against_phrase_in_another_clause_is_no_target(analyzer: Analyzer) -> None:
    text = (
        "Las amenazas de Moscú se intensificaron, y la oposición marchó contra los "
        "periodistas del régimen."
    )
    events = analyse(analyzer, text, "es", PUBLISHED).events
    threat = one_of_type(events, "THREATEN")
    assert names(threat.actors) == ["Russia"]
    assert "periodistas" not in names(threat.recipients)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Francia entrega lanzacohetes, fusiles de asalto y munición a los rebeldes."),
        ("it", "La Francia consegna lanciarazzi, fucili d'assalto e munizioni ai ribelli."),
        ("fr", "La France livre des armes, des fusils d'assaut et des munitions aux rebelles."),
    ],
)
def test_assault_rifles_are_no_attack(analyzer: Analyzer, lang: str, text: str) -> None:
    events = analyse(analyzer, text, lang, PUBLISHED).events
    assert [e.type for e in events] == ["AID"]


def test_spanish_rifles_are_no_execution_but_shooting_people_is(analyzer: Analyzer) -> None:
    assert not analyse(analyzer, "Los fusiles llegaron ayer a Bengasi.", "es", PUBLISHED).events
    text = "Los rebeldes fusilaron a tres prisioneros en Sirte."
    event = one_of_type(analyse(analyzer, text, "es", PUBLISHED).events, "ASSAULT")
    assert names(event.actors) == ["rebeldes"]


@pytest.mark.parametrize(
    ("lang", "text", "actor"),
    [
        ("es", "El asalto de los rebeldes a Sirte dejó diez muertos.", "rebeldes"),
        ("it", "L'assalto dei ribelli a Sirte ha causato dieci morti.", "ribelli"),
    ],
)
def test_armed_groups_in_an_attack_nouns_of_phrase_attack(
    analyzer: Analyzer, lang: str, text: str, actor: str
) -> None:
    event = one_of_type(analyse(analyzer, text, lang, PUBLISHED).events, "ASSAULT")
    assert names(event.actors) == [actor]
    assert names(event.recipients) == ["Sirte"]


@pytest.mark.parametrize(
    ("lang", "text", "recipient"),
    [
        ("es", "Francia entregó misiles y munición a los rebeldes.", "rebeldes"),
        ("it", "La Francia ha consegnato missili e munizioni ai ribelli.", "ribelli"),
        (
            "es",
            "La OTAN estaba suministrando armas y munición a las fuerzas de la oposición.",
            "fuerzas de la oposición",
        ),
    ],
)
def test_the_dative_phrase_of_aid_names_who_receives_it(
    analyzer: Analyzer, lang: str, text: str, recipient: str
) -> None:
    event = one_of_type(analyse(analyzer, text, lang, PUBLISHED).events, "AID")
    assert names(event.recipients) == [recipient]
