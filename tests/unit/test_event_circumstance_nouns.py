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
