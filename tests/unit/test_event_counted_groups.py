"""People counted by a number or a quantity noun are still the group acted on: "arrested
dozens of protesters", "des dizaines de manifestants", "cento manifestanti", "cien
manifestantes". Sentences written for this test."""

from __future__ import annotations

import pytest
from event_helpers import analyse, names, one_of_type

from annals.models import PartialDate
from annals.pipeline import Analyzer

PUBLISHED = PartialDate(2024, 5, 10)


@pytest.mark.parametrize(
    ("language", "text", "type_", "recipient"),
    [
        (
            "en",
            "Egyptian police arrested dozens of protesters in Alexandria.",
            "COERCE",
            "protesters",
        ),
        ("en", "Soldiers shot hundreds of villagers near the border.", "ASSAULT", "villagers"),
        ("fr", "La police a arrêté des dizaines de manifestants à Lyon.", "COERCE", "manifestants"),
        ("fr", "L'armée a tué des centaines de civils dans la région.", "ASSAULT", "civils"),
        ("it", "La polizia arresta cento manifestanti a Napoli.", "COERCE", "manifestanti"),
        ("es", "La policía detiene a cien manifestantes en Sevilla.", "COERCE", "manifestantes"),
        ("es", "La policía detuvo a doce estudiantes en Quito.", "COERCE", "estudiantes"),
    ],
)
def test_counted_people_are_the_recipients(
    analyzer: Analyzer, language: str, text: str, type_: str, recipient: str
) -> None:
    event = one_of_type(analyse(analyzer, text, language, PUBLISHED).events, type_)
    assert names(event.recipients) == [recipient]


def test_counted_people_who_act_are_the_actors(analyzer: Analyzer) -> None:
    text = "Des dizaines de milliers de manifestants réclament le départ du président."
    event = one_of_type(analyse(analyzer, text, "fr", PUBLISHED).events, "REQUEST")
    assert names(event.actors) == ["manifestants"]
