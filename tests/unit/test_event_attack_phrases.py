"""Who attacked when a killing is told through the attack it happened in: "tué dans un raid
de l'Otan", "killed in an Israeli air strike", "uccisi in un raid della Nato"; who died in
an attack an event noun names ("dos civiles murieron en un bombardeo de la OTAN"); a
subject "under arrest" undergoes it; and a French parse that left the subject of "a été
tué samedi" as a root of its own. Sentences written for this test."""

from __future__ import annotations

import pytest
from event_helpers import analyse, names, one_of_type

from annals.models import PartialDate
from annals.nlp.parser import Parser
from annals.pipeline import Analyzer

PUBLISHED = PartialDate(2025, 3, 12)


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient"),
    [
        (
            "en",
            "Four civilians were killed in an Israeli air strike on Rafah.",
            "Israel",
            "civilians",
        ),
        ("en", "Two soldiers were killed in a NATO raid near Herat.", "NATO", "soldiers"),
        (
            "fr",
            "Trois civils ont été tués dans une frappe de l'Otan près de Syrte.",
            "NATO",
            "civils",
        ),
        ("it", "Cinque civili sono stati uccisi in un raid della Nato a Brega.", "NATO", "civili"),
        (
            "es",
            "Cuatro civiles fueron asesinados en un ataque de la OTAN en Brega.",
            "NATO",
            "civiles",
        ),
        # who died in an attack an event noun names, and whose attack it was
        ("es", "Dos civiles murieron en un bombardeo de la OTAN en Brega.", "NATO", "civiles"),
        ("it", "Due soldati sono morti in un attacco dei ribelli.", "ribelli", "soldati"),
    ],
)
def test_the_attack_a_killing_happened_in_names_its_actor(
    analyzer: Analyzer, lang: str, text: str, actor: str, recipient: str
) -> None:
    event = one_of_type(analyse(analyzer, text, lang, PUBLISHED).events, "ASSAULT")
    assert names(event.actors) == [actor]
    assert names(event.recipients) == [recipient]


def test_a_killing_with_its_own_agent_keeps_it(analyzer: Analyzer) -> None:
    text = "Two soldiers were killed by a sniper during a NATO raid near Herat."
    event = one_of_type(analyse(analyzer, text, "en", PUBLISHED).events, "ASSAULT")
    assert "soldiers" in names(event.recipients)
    assert "soldiers" not in names(event.actors)


def test_a_subject_under_arrest_undergoes_it(analyzer: Analyzer) -> None:
    text = "El exministro Hamid Karimi está bajo arresto domiciliario."
    event = one_of_type(analyse(analyzer, text, "es", PUBLISHED).events, "COERCE")
    assert names(event.recipients) == ["Hamid Karimi"]
    assert names(event.actors) == []


def test_a_french_subject_split_from_its_verb_is_joined_again() -> None:
    parsed = Parser().parse("Karim Haddad a été tué samedi dans un raid de l'Otan.", "fr")
    subject, day = parsed.tokens[0], parsed.tokens[5]
    verb = next(t for t in parsed.tokens if t.text == "tué")
    assert (subject.dep, subject.head) == ("nsubj:pass", verb.index)
    assert day.text == "samedi" and day.dep != "obl:agent"


def test_the_joined_subject_is_the_recipient(analyzer: Analyzer) -> None:
    text = "Karim Haddad a été tué samedi dans un raid de l'Otan."
    event = one_of_type(analyse(analyzer, text, "fr", PUBLISHED).events, "ASSAULT")
    assert names(event.recipients) == ["Karim Haddad"]
    assert names(event.actors) == ["NATO"]


@pytest.mark.parametrize(
    ("lang", "text", "recipient", "place"),
    [
        ("en", "Six people died in an attack on a bus station in Peshawar.", "people", "Peshawar"),
        (
            "fr",
            "Plusieurs personnes ont été blessées dans un attentat à Mossoul.",
            "personnes",
            "Mossoul",
        ),
        (
            "fr",
            "Irak : plusieurs personnes blessées dans un attentat à Mossoul",
            "personnes",
            "Mossoul",
        ),
    ],
)
def test_who_died_in_an_attack_noun_with_a_parse_is_its_recipient(
    analyzer: Analyzer, lang: str, text: str, recipient: str, place: str
) -> None:
    event = one_of_type(analyse(analyzer, text, lang, PUBLISHED).events, "ASSAULT")
    assert names(event.recipients) == [recipient]
    assert recipient not in names(event.actors)
    assert place not in names(event.recipients)


@pytest.mark.parametrize(
    ("text", "actors", "recipients"),
    [
        (
            "La guardia giurata ha ferito uno dei rapinatori con un colpo di pistola.",
            [],
            ["rapinatori"],
        ),
        ("Un passante è rimasto ferito da un colpo di pistola.", [], ["passante"]),
        ("L'uomo è stato ferito con un coltello davanti al bar.", [], ["uomo"]),
    ],
)
def test_wounding_with_a_weapon_is_an_assault(
    analyzer: Analyzer, text: str, actors: list[str], recipients: list[str]
) -> None:
    event = one_of_type(analyse(analyzer, text, "it", PUBLISHED).events, "ASSAULT")
    assert names(event.recipients) == recipients
    for actor in actors:
        assert actor in names(event.actors)
    assert not set(recipients) & set(names(event.actors))


def test_wounded_in_an_accident_is_no_assault(analyzer: Analyzer) -> None:
    text = "Tre persone sono rimaste ferite in un incidente stradale sulla via Emilia."
    assert not [e for e in analyse(analyzer, text, "it", PUBLISHED).events if e.type == "ASSAULT"]


def test_a_known_region_threatened_stays_the_recipient(analyzer: Analyzer) -> None:
    text = "Gadafi tiene cuentas en Europa. Gadafi amenaza con enviar mártires a atacar Europa."
    events = analyse(analyzer, text, "es", PUBLISHED).events
    threat = one_of_type(events, "THREATEN")
    assert "Europe" in names(threat.recipients)
