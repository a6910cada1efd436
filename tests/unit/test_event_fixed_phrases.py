"""Words of an event inside a set phrase make no event ("sin embargo" is "however", "se
marcha" is "leaves"), and "nobody" negates ("nadie ha sido detenido"). Sentences written
for this test."""

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
