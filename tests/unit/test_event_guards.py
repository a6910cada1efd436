"""Guards against events and participants misread from common news phrasing: "According to
…" is no agreement, a verb joined to a purpose infinitive is a purpose, and a state does
not act on itself. Hand-written sentences; the full analysis runs."""

from __future__ import annotations

import pytest

from annals.events.triggers import TriggerMatcher
from annals.models import Analysis, PartialDate, RawDocument
from annals.nlp.parser import Parser
from annals.pipeline import Analyzer

PUBLISHED = PartialDate(2025, 1, 17)


def _analyse(analyzer: Analyzer, text: str, language: str = "en") -> Analysis:
    return analyzer.analyze(
        RawDocument(path="t.txt", text=text, format="text"), language, PUBLISHED
    )


def test_according_to_is_no_agreement() -> None:
    parser, matcher = Parser(), TriggerMatcher()
    parsed = parser.parse("According to the minister, the talks will resume in March.", "en")
    found = [(c.type, c.text) for c in matcher.find(parsed, parsed.sentences[0])]
    assert ("AGREE", "According") not in found
    assert ("CONSULT", "talks") in found


@pytest.mark.parametrize(
    ("language", "text", "trigger"),
    [
        (
            "it",
            "I ministri si vedranno a Bruxelles per coordinare e sostenere l'Ucraina.",
            "sostenere",
        ),
        ("es", "Los ministros se verán en Bruselas para coordinar y apoyar a Ucrania.", "apoyar"),
        (
            "en",
            "The ministers will gather in Brussels to coordinate and support Ukraine.",
            "support",
        ),
    ],
)
def test_a_verb_joined_to_a_purpose_infinitive_is_a_purpose(
    language: str, text: str, trigger: str
) -> None:
    parser, matcher = Parser(), TriggerMatcher()
    parsed = parser.parse(text, language)
    found = {c.text: c.purpose for c in matcher.find(parsed, parsed.sentences[0])}
    assert found.get(trigger) is True, found


def test_a_plain_second_verb_is_no_purpose() -> None:
    parser, matcher = Parser(), TriggerMatcher()
    parsed = parser.parse("Germany sent tanks and supported Ukraine.", "en")
    found = {c.text: c.purpose for c in matcher.find(parsed, parsed.sentences[0])}
    assert found.get("supported") is False, found


def test_a_state_does_not_give_aid_to_its_own_capital(analyzer: Analyzer) -> None:
    text = (
        "The minister said Italy would keep supporting Ukraine's defence needs and that the "
        "focus is now on the next round of military aid to Kyiv."
    )
    aid = [e for e in _analyse(analyzer, text).events if e.type == "AID"]
    assert aid, "no AID event"
    assert "country/UKR" not in {a.id for a in aid[0].actors}


def test_another_state_acting_on_a_capital_keeps_its_role(analyzer: Analyzer) -> None:
    analysis = _analyse(analyzer, "Russia launched missiles at Kyiv on Thursday.")
    attacks = [e for e in analysis.events if e.type == "ASSAULT"]
    assert attacks and [a.id for a in attacks[0].actors] == ["country/RUS"]


def test_a_people_may_act_in_its_own_capital(analyzer: Analyzer) -> None:
    analysis = _analyse(
        analyzer, "Miles de rumanos salieron a las calles de Bucarest contra el gobierno.", "es"
    )
    protests = [e for e in analysis.events if e.type == "PROTEST"]
    assert protests and "country/ROU" in {a.id for a in protests[0].actors}


def test_the_partner_of_an_agreement_the_verb_governs_is_its_recipient(
    analyzer: Analyzer,
) -> None:
    # "signed … agreement" is too far apart for the two-word pattern: the verb is the trigger
    # and the "with" of its object names the other party
    text = "Starmer signed a 100-year partnership agreement with Zelensky on Thursday."
    agree = [e for e in _analyse(analyzer, text).events if e.type == "AGREE"]
    assert agree and "person/volodymyr-zelenskyy" in {r.id for r in agree[0].recipients}


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian officials said dozens of people were killed across the country.",
        "French officials said several people were wounded in the south of the country.",
    ],
)
def test_the_sayer_of_a_reported_act_is_not_its_actor(analyzer: Analyzer, text: str) -> None:
    analysis = _analyse(analyzer, text)
    for event in analysis.events:
        assert event.trigger != "said", (event.type, event.trigger, event.actors)


def test_a_reported_act_keeps_the_reported_clause_and_its_actor(analyzer: Analyzer) -> None:
    analysis = _analyse(analyzer, "Officials said troops shelled the town of Avdiivka overnight.")
    assert [(e.type, e.trigger) for e in analysis.events] == [("ASSAULT", "shelled")]


def test_a_relative_clause_acts_through_its_antecedent(analyzer: Analyzer) -> None:
    # the ambassadors called, and they are no named party: Turkey did not call for anything
    analysis = _analyse(
        analyzer,
        "Turkey expelled ten Western ambassadors who had called for the release of an activist.",
    )
    assert [(e.type, [a.name for a in e.actors]) for e in analysis.events] == [
        ("SANCTION", ["Türkiye"])
    ]
    # the men attacked, not the police who arrested them
    analysis = _analyse(analyzer, "Police arrested two men who attacked a synagogue in Paris.")
    assert not any(e.type == "ASSAULT" and e.actors for e in analysis.events)


def test_what_an_agreement_allows_is_no_event_of_its_own(analyzer: Analyzer) -> None:
    analysis = _analyse(
        analyzer,
        "Japan and the Philippines signed a defence pact allowing troops to be deployed on "
        "each other's territory.",
    )
    assert [e.type for e in analysis.events] == ["AGREE"]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a participle after a noun qualifies it: the arrest is the news (no parser runs)
        (
            "it",
            "La polizia ha arrestato tre persone accusate di aver attaccato una sinagoga.",
            "COERCE",
        ),
        ("es", "La policía detuvo a tres personas acusadas de atacar una sinagoga.", "COERCE"),
        # after an auxiliary it is the verb
        ("it", "Mosca ha accusato Kiev di aver colpito un deposito di carburante.", "ACCUSE"),
        ("es", "Rusia ha acusado a Ucrania de atacar un depósito de combustible.", "ACCUSE"),
    ],
)
def test_a_participle_qualifying_a_noun_is_no_event_without_a_parser(
    analyzer: Analyzer, language: str, text: str, expected: str
) -> None:
    assert [e.type for e in _analyse(analyzer, text, language).events] == [expected]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "Migliaia di lavoratori hanno scioperato contro la riforma delle pensioni."),
        ("fr", "Les cheminots ont débrayé mardi à Paris contre la réforme."),
    ],
)
def test_strike_verbs_are_protests(analyzer: Analyzer, language: str, text: str) -> None:
    assert [e.type for e in _analyse(analyzer, text, language).events] == ["PROTEST"]


def test_who_is_named_in_a_relative_clause_is_no_party_without_a_parser(
    analyzer: Analyzer,
) -> None:
    analysis = _analyse(analyzer, "Meloni ha incontrato Macron, che sostiene l'Ucraina.", "it")
    meeting = next(e for e in analysis.events if e.type == "CONSULT")
    assert {a.name for a in (*meeting.actors, *meeting.recipients)} == {
        "Giorgia Meloni",
        "Emmanuel Macron",
    }


def test_what_a_vetoed_resolution_says_is_no_event_of_its_own(analyzer: Analyzer) -> None:
    analysis = _analyse(analyzer, "Russia vetoed a resolution condemning the annexation of Crimea.")
    assert [e.type for e in analysis.events] == ["REJECT"]


def test_a_state_named_twice_as_itself_keeps_its_role() -> None:
    # the aid guard moves a state to the recipients only when its capital names it there
    analyzer = Analyzer()
    analysis = analyzer.analyze(
        RawDocument(
            path="t.txt",
            text="España enviará ayuda humanitaria a los refugiados que lleguen a España.",
            format="text",
        ),
        "es",
        PartialDate(2024, 5, 10),
    )
    aid = [e for e in analysis.events if e.type == "AID"]
    assert aid and "Spain" in [a.name for a in aid[0].actors]
