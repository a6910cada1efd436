"""Without a parse, an event noun in a phrase of time or circumstance ("tras el ataque",
"durante un bombardeo", "dopo l'attacco") is no act of the clause's subject: it names its
own parties, an organisation in its "of" phrase being whose act it is ("un bombardeo de la
OTAN"). Sentences written for this test."""

from __future__ import annotations

import pytest
from event_helpers import analyse, at_trigger

from annals.models import PartialDate
from annals.pipeline import Analyzer

PUBLISHED = PartialDate(2011, 5, 2)


@pytest.mark.parametrize(
    ("lang", "text", "trigger", "speaker"),
    [
        (
            "es",
            "El portavoz Musa Ibrahim aseguró tras el ataque del jueves que el coronel "
            "seguía vivo.",
            "ataque",
            "Musa Ibrahim",
        ),
        (
            "it",
            "Il ministro Franco Neri ha parlato a lungo dopo gli scontri della notte in periferia.",
            "scontri",
            "Franco Neri",
        ),
    ],
)
def test_the_clause_subject_is_no_party_to_a_noun_of_circumstance(
    analyzer: Analyzer, lang: str, text: str, trigger: str, speaker: str
) -> None:
    for event in analyse(analyzer, text, lang, PUBLISHED).events:
        if event.trigger == trigger:
            assert speaker not in [a.name for a in event.actors]


@pytest.mark.parametrize(
    ("lang", "text", "trigger"),
    [
        (
            "es",
            "Murieron tres nietos del coronel durante un bombardeo de la OTAN el pasado sábado.",
            "bombardeo",
        ),
        (
            "es",
            "El coronel, tras el bombardeo más intenso de la OTAN sobre Trípoli, habló por radio.",
            "bombardeo",
        ),
        (
            "it",
            "Tre civili sono morti durante un bombardeo della NATO vicino al porto.",
            "bombardeo",
        ),
    ],
)
def test_an_organisation_in_the_of_phrase_of_an_attack_acts(
    analyzer: Analyzer, lang: str, text: str, trigger: str
) -> None:
    event = at_trigger(analyse(analyzer, text, lang, PUBLISHED).events, trigger)
    assert [a.id for a in event.actors] == ["org/nato"]
    assert "org/nato" not in [r.id for r in event.recipients]


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "es",
            "La exministra Clara Soto dimitió después de diez días de protestas en la capital.",
            "Clara Soto",
        ),
        (
            "es",
            "La organización Derechos Ya ha advertido de que la marcha de hoy puede ser reprimida.",
            "Derechos Ya",
        ),
        (
            "it",
            "Il sindaco Paolo Riva ha detto che le proteste continueranno anche domani.",
            "Paolo Riva",
        ),
    ],
)
def test_who_the_clause_tells_of_does_not_protest(
    analyzer: Analyzer, lang: str, text: str, name: str
) -> None:
    for event in analyse(analyzer, text, lang, PUBLISHED).events:
        if event.type == "PROTEST":
            assert name not in [a.name for a in event.actors], event.trigger


@pytest.mark.parametrize(
    ("lang", "text", "type_", "recipient", "actor"),
    [
        (
            "es",
            "La ciudad de Zauiya ha sufrido un asalto durante la noche.",
            "ASSAULT",
            "Zauiya",
            None,
        ),
        ("it", "Kiev ha subito un nuovo attacco nella notte.", "ASSAULT", "Ukraine", None),
        (
            "it",
            "L'Ucraina ha ricevuto nuovi aiuti militari dalla Germania.",
            "AID",
            "Ukraine",
            "Germany",
        ),
    ],
)
def test_the_subject_of_a_verb_of_undergoing_is_acted_on(
    analyzer: Analyzer, lang: str, text: str, type_: str, recipient: str, actor: str | None
) -> None:
    events = [e for e in analyse(analyzer, text, lang, PUBLISHED).events if e.type == type_]
    assert len(events) == 1, [(e.type, e.trigger) for e in events]
    assert recipient in [r.name for r in events[0].recipients]
    assert [a.name for a in events[0].actors] == ([actor] if actor else [])
