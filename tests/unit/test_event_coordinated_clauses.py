"""Without a parse, an event noun after "and" and an article opens a new clause: no one
named in the clause before it acts in it ("… fue detenido y las protestas se recrudecen").
Also: a group counted in words is still acted on ("arrestato dieci studenti"), and a time
or a number tagged as a name ("13h20") is no participant. Sentences written for this test."""

from __future__ import annotations

import pytest
from event_helpers import analyse, one_of_type

from annals.models import PartialDate
from annals.pipeline import Analyzer

PUBLISHED = PartialDate(2011, 2, 20)


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "es",
            "Por la tarde el opositor ElBaradei fue detenido y las protestas se extendieron a "
            "otras ciudades.",
            "ElBaradei",
        ),
        (
            "it",
            "Gheddafi ha parlato alla televisione di Stato e le proteste sono proseguite in "
            "tutto il paese.",
            "Gheddafi",
        ),
        (
            "it",
            "La polizia ha fermato dodici studenti e le proteste sono riprese in serata.",
            "studenti",
        ),
    ],
)
def test_no_one_named_before_and_acts_in_the_clause_an_event_noun_opens(
    analyzer: Analyzer, lang: str, text: str, name: str
) -> None:
    for event in analyse(analyzer, text, lang, PUBLISHED).events:
        if event.type == "PROTEST":
            assert not any(name in a.name for a in event.actors), event.trigger


@pytest.mark.parametrize(
    ("lang", "text", "type_", "group"),
    [
        ("it", "La polizia ha arrestato dieci studenti davanti all'ateneo.", "COERCE", "studenti"),
        (
            "es",
            "La policía detuvo a diez estudiantes frente a la universidad.",
            "COERCE",
            "estudiantes",
        ),
    ],
)
def test_a_group_counted_in_words_is_acted_on(
    analyzer: Analyzer, lang: str, text: str, type_: str, group: str
) -> None:
    event = one_of_type(analyse(analyzer, text, lang, PUBLISHED).events, type_)
    assert group in [r.name for r in event.recipients]


def test_a_time_tagged_as_a_name_is_no_participant(analyzer: Analyzer) -> None:
    text = "À 13h20, les rebelles ont attaqué une caserne près de Benghazi."
    analysis = analyse(analyzer, text, "fr", PUBLISHED)
    names = {p.name for e in analysis.events for p in (*e.actors, *e.recipients)}
    assert not any(any(c.isdigit() for c in name) for name in names), names
