"""Words of an event inside a set phrase or in another sense make no event ("sin embargo" is
"however", "se marcha" is "leaves", "a soutenu que" is "claimed", "in accordo con" is "in
agreement with"), and "nobody" negates ("nadie ha sido detenido"). Sentences written for
this test."""

from __future__ import annotations

import pytest
from event_helpers import analyse

from annals.models import PartialDate
from annals.pipeline import Analyzer

PUBLISHED = PartialDate(2011, 8, 20)


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        (
            "El coronel Gadafi habló ayer. Sin embargo, sus tropas todavía controlan el puerto.",
            "SANCTION",
        ),
        (
            "El coronel Gadafi habló ayer. Los oficiales cambiarían de bando si se marcha.",
            "PROTEST",
        ),
    ],
)
def test_a_set_phrase_makes_no_event(analyzer: Analyzer, text: str, type_: str) -> None:
    events = analyse(analyzer, text, "es", PUBLISHED).events
    assert not [e for e in events if e.type == type_], [(e.type, e.trigger) for e in events]


def test_the_trigger_words_still_code_outside_the_set_phrase(analyzer: Analyzer) -> None:
    text = "Miles de personas participaron en la marcha contra el Gobierno en Madrid."
    events = analyse(analyzer, text, "es", PUBLISHED).events
    assert [e.type for e in events if e.trigger == "marcha"] == ["PROTEST"]


def test_nobody_negates_the_event(analyzer: Analyzer) -> None:
    text = "La policía aseguró que, hasta ahora, nadie ha sido detenido por el incendio."
    events = [e for e in analyse(analyzer, text, "es", PUBLISHED).events if e.type == "COERCE"]
    assert events and all(e.status == "negated" for e in events)


@pytest.mark.parametrize(
    ("lang", "text", "type_"),
    [
        ("fr", "Le diplomate a soutenu que personne n'avait tiré sur le convoi.", "SUPPORT"),
        ("fr", "La coalition a reconnu vouloir hâter la fin du régime.", "SUPPORT"),
        ("fr", "Le journaliste Paul Mercier a demandé : que faut-il en penser ?", "REQUEST"),
        ("fr", "Les hélicoptères d'attaque changent-ils la donne sur le terrain ?", "ASSAULT"),
        ("it", "In accordo con il medico, il sindaco ha disposto il ricovero.", "AGREE"),
        ("it", "La collaborazione tra i Comuni e l'Agenzia delle entrate funziona.", "AGREE"),
    ],
)
def test_another_sense_of_an_event_word_makes_no_event(
    analyzer: Analyzer, lang: str, text: str, type_: str
) -> None:
    events = analyse(analyzer, text, lang, PUBLISHED).events
    assert not [e for e in events if e.type == type_], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize(
    ("lang", "text", "type_"),
    [
        ("fr", "La France soutient l'Ukraine face à l'agression russe.", "SUPPORT"),
        ("fr", "Le ministre a demandé à la Russie de cesser le feu.", "REQUEST"),
        ("it", "La Finlandia è entrata nella NATO nel 2023.", "AGREE"),
    ],
)
def test_the_event_sense_still_codes(analyzer: Analyzer, lang: str, text: str, type_: str) -> None:
    events = analyse(analyzer, text, lang, PUBLISHED).events
    assert [e for e in events if e.type == type_], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize(
    ("lang", "text", "type_"),
    [
        (
            "it",
            "La polizia ha arrestato tre uomini con l'accusa di rapina a mano armata.",
            "COERCE",
        ),
        (
            "es",
            "La policía detuvo a tres hombres bajo la acusación de robo con violencia.",
            "COERCE",
        ),
    ],
)
def test_a_charge_is_the_grounds_of_the_arrest_not_an_event_of_its_own(
    analyzer: Analyzer, lang: str, text: str, type_: str
) -> None:
    events = analyse(analyzer, text, lang, PUBLISHED).events
    assert [e.type for e in events] == [type_], [(e.type, e.trigger) for e in events]


def test_issuing_a_statement_is_no_release(analyzer: Analyzer) -> None:
    text = "La polizia, che ha fermato due studenti, non ha rilasciato dichiarazioni."
    events = analyse(analyzer, text, "it", PUBLISHED).events
    assert not [e for e in events if e.type == "RETREAT"], [(e.type, e.trigger) for e in events]
