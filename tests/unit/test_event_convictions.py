"""A court finding someone guilty is SANCTION (mode convict), as PLOVER v0.8 codes it, in
it/fr/de/es. Sentences written for this test."""

from __future__ import annotations

import pytest
from event_helpers import analyse, one_of_type

from annals.models import PartialDate
from annals.pipeline import Analyzer

PUBLISHED = PartialDate(2025, 3, 12)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "La corte d'assise di Milano ha riconosciuto colpevole l'ex sindaco."),
        ("fr", "Le tribunal de Paris a reconnu coupable l'ancien président Nicolas Sarkozy."),
        ("es", "Un tribunal de Lima declaró culpable al expresidente Alberto Fujimori."),
        ("de", "Ein Moskauer Gericht verhängte eine lange Haftstrafe gegen Alexej Nawalny."),
        ("de", "Der frühere serbische Armeechef wurde in Den Haag schuldig gesprochen."),
    ],
)
def test_a_guilty_verdict_is_a_sanction(analyzer: Analyzer, language: str, text: str) -> None:
    event = one_of_type(analyse(analyzer, text, language, PUBLISHED).events, "SANCTION")
    assert event.mode == "convict"


@pytest.mark.parametrize(
    ("text", "type_", "actors", "recipients"),
    [
        (
            "Der russische Oppositionelle Alexej Nawalny wurde am Montag in Moskau festgenommen.",
            "COERCE",
            [],
            ["Alexei Navalny"],
        ),
        ("Zwei ukrainische Soldaten wurden bei einem Angriff getötet.", "ASSAULT", [], ["Ukraine"]),
        (
            "Zwei ukrainische Soldaten wurden von russischen Truppen getötet.",
            "ASSAULT",
            ["Russia"],
            ["Ukraine"],
        ),
        (
            "Der frühere serbische Armeechef wurde in Den Haag schuldig gesprochen.",
            "SANCTION",
            [],
            ["Serbia"],
        ),
    ],
)
def test_the_subject_of_a_german_passive_is_acted_on(
    analyzer: Analyzer, text: str, type_: str, actors: list[str], recipients: list[str]
) -> None:
    event = one_of_type(analyse(analyzer, text, "de", PUBLISHED).events, type_)
    assert [a.name for a in event.actors] == actors
    assert [r.name for r in event.recipients] == recipients


def test_a_moscow_court_sentences_the_one_it_names(analyzer: Analyzer) -> None:
    text = "Ein Moskauer Gericht verhängte eine lange Haftstrafe gegen Alexej Nawalny."
    event = one_of_type(analyse(analyzer, text, "de", PUBLISHED).events, "SANCTION")
    assert [a.name for a in event.actors] == ["Russia"]
    assert [r.name for r in event.recipients] == ["Alexei Navalny"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Iran hanged four men convicted of drug trafficking at a prison in Qazvin."),
        ("it", "L'Iran ha giustiziato due manifestanti."),
        ("fr", "L'Iran a exécuté deux manifestants condamnés à mort."),
        ("es", "Arabia Saudí ejecutó a tres presos condenados por terrorismo."),
    ],
)
def test_an_execution_is_an_assault(analyzer: Analyzer, language: str, text: str) -> None:
    event = one_of_type(analyse(analyzer, text, language, PUBLISHED).events, "ASSAULT")
    assert event.mode == "execute"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The government hanged a portrait of the king in the Polish parliament."),
        ("fr", "Le gouvernement français a exécuté le budget sans retard."),
    ],
)
def test_hanging_a_picture_or_executing_a_budget_is_no_execution(
    analyzer: Analyzer, language: str, text: str
) -> None:
    events = analyse(analyzer, text, language, PUBLISHED).events
    assert not [e for e in events if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    ("language", "text", "type_", "actors", "recipient"),
    [
        # no agent phrase: the attack it happened in names who attacked
        (
            "it",
            "Due soldati ucraini sono stati uccisi in un attacco russo.",
            "ASSAULT",
            ["Russia"],
            "Ukraine",
        ),
        (
            "es",
            "El periodista estadounidense fue detenido en Caracas.",
            "COERCE",
            [],
            "United States",
        ),
    ],
)
def test_the_subject_of_a_passive_without_agent_is_acted_on(
    analyzer: Analyzer, language: str, text: str, type_: str, actors: list[str], recipient: str
) -> None:
    event = one_of_type(analyse(analyzer, text, language, PUBLISHED).events, type_)
    assert [a.name for a in event.actors] == actors
    assert [r.name for r in event.recipients] == [recipient]


def test_the_agent_s_place_is_not_the_agent(analyzer: Analyzer) -> None:
    text = "Le journaliste américain a été arrêté par la police russe à Moscou."
    event = one_of_type(analyse(analyzer, text, "fr", PUBLISHED).events, "COERCE")
    assert [a.name for a in event.actors] == ["Russia"]
    assert event.location is not None and event.location.name == "Moscow"
