"""Releases of captives (RETREAT release), indictments and trials (ACCUSE), sentences with
the convicted person named between the verb and the term (SANCTION convict), withdrawn
laws and yielding to demands (CONCEDE), promises (planned), and negation words that belong
to a name. Sentences written for this test, in it/fr/de/es/en."""

from __future__ import annotations

import pytest
from event_helpers import analyse, one_of_type

from annals.models import PartialDate
from annals.pipeline import Analyzer

PUBLISHED = PartialDate(2025, 3, 12)


@pytest.mark.parametrize(
    ("language", "text", "actor"),
    [
        ("it", "I ribelli tuareg hanno liberato tre cooperanti italiani rapiti.", "ribelli"),
        ("es", "La guerrilla liberó a cuatro turistas alemanes secuestrados en la selva.", None),
        ("fr", "Les rebelles ont libéré deux journalistes français enlevés en janvier.", None),
    ],
)
def test_freeing_captives_is_a_release(
    analyzer: Analyzer, language: str, text: str, actor: str | None
) -> None:
    events = analyse(analyzer, text, language, PUBLISHED).events
    event = one_of_type(events, "RETREAT")
    assert event.mode == "release"
    assert event.actors, "the captors act"
    if actor is not None:
        assert [a.name for a in event.actors] == [actor]
    assert not [e for e in events if e.type in {"ASSAULT", "COERCE"}]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "Il ministero degli Esteri russo ha rilasciato un comunicato."),
        ("es", "El Gobierno peruano liberó fondos para las regiones afectadas por las lluvias."),
    ],
)
def test_releasing_a_statement_or_funds_frees_no_one(
    analyzer: Analyzer, language: str, text: str
) -> None:
    events = analyse(analyzer, text, language, PUBLISHED).events
    assert not [e for e in events if e.type == "RETREAT"], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "La jueza procesó al exministro peruano de Economía por malversación de fondos."),
        ("it", "La procura di Palermo ha rinviato a giudizio l'ex governatore siciliano."),
        ("fr", "Le parquet a renvoyé l'ancien ministre algérien devant la cour d'assises."),
    ],
)
def test_an_indictment_is_an_accusation(analyzer: Analyzer, language: str, text: str) -> None:
    event = one_of_type(analyse(analyzer, text, language, PUBLISHED).events, "ACCUSE")
    assert event.mode == "allege"


def test_german_charges_against_name_the_accused_as_recipients(analyzer: Analyzer) -> None:
    text = "Die Bundesanwaltschaft hat Anklage gegen drei mutmaßliche russische Spione erhoben."
    event = one_of_type(analyse(analyzer, text, "de", PUBLISHED).events, "ACCUSE")
    assert [r.name for r in event.recipients] == ["Russia"]
    assert not event.actors


@pytest.mark.parametrize(
    ("language", "text", "convicted"),
    [
        (
            "es",
            "Un tribunal de Lima condenó al expresidente Pedro Castillo a once años de cárcel.",
            "Pedro Castillo",
        ),
        (
            "it",
            "Il tribunale di Bari ha condannato l'imprenditore Marco Ferri a cinque anni di "
            "reclusione.",
            "Marco Ferri",
        ),
    ],
)
def test_the_person_between_the_verb_and_the_term_is_the_convicted(
    analyzer: Analyzer, language: str, text: str, convicted: str
) -> None:
    event = one_of_type(analyse(analyzer, text, language, PUBLISHED).events, "SANCTION")
    assert event.mode == "convict"
    assert convicted in [r.name for r in event.recipients]


@pytest.mark.parametrize(
    ("language", "text", "actor"),
    [
        ("es", "El Gobierno chileno retiró el proyecto de ley de reforma tributaria.", "Chile"),
        ("es", "El Ejecutivo boliviano accedió a negociar con los camioneros.", "Bolivia"),
        ("it", "Il governo francese ha ritirato la riforma delle pensioni.", "France"),
        ("fr", "Le gouvernement espagnol a retiré le projet de loi sur la sécurité.", "Spain"),
        ("de", "Nach tagelangen Streiks lenkte die französische Regierung ein.", "France"),
    ],
)
def test_withdrawing_a_law_or_giving_in_is_a_concession(
    analyzer: Analyzer, language: str, text: str, actor: str
) -> None:
    event = one_of_type(analyse(analyzer, text, language, PUBLISHED).events, "CONCEDE")
    assert [a.name for a in event.actors] == [actor]


@pytest.mark.parametrize(
    ("language", "text", "type_"),
    [
        (
            "de",
            "Serbien und Montenegro haben sich in Brüssel darauf verständigt, ihre Grenze "
            "gemeinsam zu kontrollieren.",
            "AGREE",
        ),
        (
            "de",
            "Berlin überließ der ukrainischen Armee sechs Flugabwehrpanzer aus Beständen der "
            "Bundeswehr.",
            "AID",
        ),
    ],
)
def test_german_agreeing_and_handing_over(
    analyzer: Analyzer, language: str, text: str, type_: str
) -> None:
    one_of_type(analyse(analyzer, text, language, PUBLISHED).events, type_)


def test_a_german_pledge_with_a_long_middle_field_is_an_agreement(analyzer: Analyzer) -> None:
    text = (
        "Frankreich sagte Marokko Kredite über drei Milliarden Euro für den Bau von "
        "Schnellzügen und neuen Häfen am Atlantik zu."
    )
    events = analyse(analyzer, text, "de", PUBLISHED).events
    event = one_of_type(events, "AGREE")
    assert event.trigger.startswith("sagte")


def test_a_promised_concession_is_planned(analyzer: Analyzer) -> None:
    text = "The Guinean authorities promised to lift the curfew in Conakry next week."
    event = one_of_type(analyse(analyzer, text, "en", PUBLISHED).events, "CONCEDE")
    assert event.status == "planned"


def test_a_negation_word_inside_a_name_negates_nothing(analyzer: Analyzer) -> None:
    text = "Médecins sans frontières a appelé les autorités soudanaises à rouvrir les hôpitaux."
    event = one_of_type(analyse(analyzer, text, "fr", PUBLISHED).events, "REQUEST")
    assert event.status == "occurred"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "it",
            "L'Alto commissario dell'Onu ha sollecitato Teheran a sospendere le condanne a "
            "morte inflitte a due minorenni.",
        ),
        (
            "es",
            "Amnistía Internacional pidió a Irán que suspenda las condenas a muerte de dos "
            "menores.",
        ),
    ],
)
def test_a_sentence_named_in_a_request_is_what_is_asked(
    analyzer: Analyzer, language: str, text: str
) -> None:
    events = analyse(analyzer, text, language, PUBLISHED).events
    request = one_of_type(events, "REQUEST")
    assert max(events, key=lambda e: e.confidence) is request
    # the noun "condanne"/"condenas" condemns no one
    assert not [e for e in events if e.type in {"ACCUSE", "CONCEDE"}], [
        (e.type, e.trigger) for e in events
    ]
