"""What a time expression, a pronoun and a gerund attach to: a participle on an event noun
and a weekday in an infinitive on the object date the act; "it" is the state that acts in
the sentence or last; a gerund after a comma (Italian, Spanish, read without a parse) tells
what the clause's subject did, and one of the same type tells of the same attack.
Hand-written sentences; the full analysis runs."""

from __future__ import annotations

import pytest
from event_helpers import analyse, one_of_type

from annals.models import Analysis, PartialDate
from annals.pipeline import Analyzer

PUBLISHED = PartialDate(2025, 3, 14)  # a Friday


def _analyse(analyzer: Analyzer, text: str, language: str = "en") -> Analysis:
    return analyse(analyzer, text, language, PUBLISHED)


def test_strikes_read_as_a_noun_take_the_day_of_the_killing(analyzer: Analyzer) -> None:
    text = "Israeli air strikes killed at least 40 people in Gaza on Tuesday."
    event = one_of_type(_analyse(analyzer, text).events, "ASSAULT")
    assert event.date == PartialDate(2025, 3, 11)


def test_a_weekday_in_an_infinitive_on_the_object_dates_the_act(analyzer: Analyzer) -> None:
    text = "Turkey's parliament approved Sweden's bid to join NATO on Tuesday."
    events = _analyse(analyzer, text).events
    assert [e.date for e in events] == [PartialDate(2025, 3, 11)], [
        (e.type, e.trigger, e.date) for e in events
    ]


def test_a_year_in_that_infinitive_stays_the_joining_s(analyzer: Analyzer) -> None:
    text = "Turkey's parliament approved Sweden's bid to join NATO in 2027."
    events = _analyse(analyzer, text).events
    assert events and all(e.date != PartialDate(2027) for e in events), [
        (e.type, e.trigger, e.date) for e in events
    ]


def test_it_in_a_relative_clause_is_the_state_of_the_main_clause(analyzer: Analyzer) -> None:
    text = "Poland expelled three Russian diplomats it accused of espionage."
    event = one_of_type(_analyse(analyzer, text).events, "ACCUSE")
    assert [a.name for a in event.actors] == ["Poland"]
    assert [r.name for r in event.recipients] == ["Russia"]


def test_it_opening_a_sentence_is_the_organisation_that_acted_last(analyzer: Analyzer) -> None:
    text = (
        "The European Commission proposed new sanctions against Iran on Wednesday. "
        "It also accused Moscow of spreading disinformation."
    )
    event = one_of_type(_analyse(analyzer, text).events, "ACCUSE")
    assert [a.name for a in event.actors] == ["European Commission"]
    assert "Russia" in [r.name for r in event.recipients]


def test_a_killing_gerund_after_a_bombing_is_the_same_attack(analyzer: Analyzer) -> None:
    text = "Le forze russe hanno bombardato Kharkiv nella notte, uccidendo cinque civili."
    event = one_of_type(_analyse(analyzer, text, "it").events, "ASSAULT")
    assert [a.name for a in event.actors] == ["Russia"]
    assert event.date == PartialDate(2025, 3, 13)


@pytest.mark.parametrize(
    ("language", "text", "actor"),
    [
        ("it", "Il ministro Crosetto ha visitato Kiev, promettendo nuovi aiuti.", "Guido Crosetto"),
        (
            "it",
            "«La Russia deve pagare», ha detto Zelensky, promettendo una risposta.",
            "Volodymyr Zelenskyy",
        ),
        (
            "es",
            "El presidente Sánchez visitó Kiev, prometiendo más ayuda militar a Ucrania.",
            "Pedro Sánchez",
        ),
    ],
)
def test_a_gerund_after_a_comma_is_the_subject_s_act(
    analyzer: Analyzer, language: str, text: str, actor: str
) -> None:
    events = _analyse(analyzer, text, language).events
    promise = [e for e in events if e.trigger.startswith("prom")]
    assert len(promise) == 1, [(e.type, e.trigger) for e in events]
    assert [a.name for a in promise[0].actors] == [actor]


def test_aid_two_phrases_down_the_object_keeps_its_recipient(analyzer: Analyzer) -> None:
    text = (
        "The Spanish government approved the delivery of 1 billion euros in military aid"
        " to Ukraine."
    )
    event = one_of_type(_analyse(analyzer, text).events, "AID")
    assert [r.name for r in event.recipients] == ["Ukraine"]


def test_the_sending_of_weapons_is_aid_in_spanish(analyzer: Analyzer) -> None:
    text = "El Gobierno aprobó el envío de 1.000 millones de euros en ayuda militar a Ucrania."
    event = one_of_type(_analyse(analyzer, text, "es").events, "AID")
    assert [r.name for r in event.recipients] == ["Ukraine"]
