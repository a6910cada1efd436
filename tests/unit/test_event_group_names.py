"""An unnamed group keeps the "of" phrase of a common noun that says which group it is
("las fuerzas de seguridad", "i figli del dittatore", "le forze dell'ordine"): cut to its
noun, "fuerzas" names no one. A name in the phrase is not taken into the group's name.
Sentences written for this test."""

from __future__ import annotations

import pytest
from event_helpers import analyse, names

from annals.models import PartialDate
from annals.pipeline import Analyzer

PUBLISHED = PartialDate(2025, 3, 12)


@pytest.mark.parametrize(
    ("lang", "text", "type_", "role", "group"),
    [
        (
            "es",
            "Las fuerzas de seguridad dispararon contra los manifestantes.",
            "ASSAULT",
            "actors",
            "fuerzas de seguridad",
        ),
        (
            "es",
            "Al menos tres hijos del dictador han sido detenidos.",
            "COERCE",
            "recipients",
            "hijos del dictador",
        ),
        (
            "it",
            "Le forze dell'ordine hanno arrestato un uomo di 40 anni.",
            "COERCE",
            "actors",
            "forze dell'ordine",
        ),
        (
            "it",
            "Le forze di sicurezza hanno sparato sui manifestanti.",
            "ASSAULT",
            "actors",
            "forze di sicurezza",
        ),
        (
            "fr",
            "Les forces de l'ordre ont arrêté un suspect à Lyon.",
            "COERCE",
            "actors",
            "forces de l'ordre",
        ),
        (
            "en",
            "Three sons of the dictator were arrested.",
            "COERCE",
            "recipients",
            "sons of the dictator",
        ),
    ],
)
def test_a_group_keeps_the_common_noun_that_says_which(
    analyzer: Analyzer, lang: str, text: str, type_: str, role: str, group: str
) -> None:
    events = [e for e in analyse(analyzer, text, lang, PUBLISHED).events if e.type == type_]
    assert [names(getattr(e, role)) for e in events] == [[group]]
