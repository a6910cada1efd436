"""Unnamed collective actors in languages coded without a parse (it, de, es).

"I manifestanti hanno bloccato…", "Rebellen griffen … an", "La policía turca detuvo…": the
group is the actor, with the country named next to it; an institution noun alone ("die
Regierung") is one named before, so it is no group. Sentences written for this test.
"""

from __future__ import annotations

import pytest

from annals.models import GROUP_PREFIX, Analysis, PartialDate, RawDocument
from annals.pipeline import Analyzer

PUBLISHED = PartialDate(2025, 3, 12)


def _events(analyzer: Analyzer, text: str, language: str) -> Analysis:
    return analyzer.analyze(
        RawDocument(path="t.txt", text=text, format="text"), language, PUBLISHED
    )


CASES = [
    ("it", "Gli agenti hanno arrestato tre giornalisti a Istanbul.", "COERCE", "agenti"),
    ("it", "I ribelli hanno attaccato un convoglio militare.", "ASSAULT", "ribelli"),
    ("es", "Los manifestantes protestaron frente al Congreso en Lima.", "PROTEST", "manifestantes"),
    ("es", "La policía detuvo a dos sospechosos en Marsella.", "COERCE", "policía"),
    ("de", "Demonstranten protestierten am Sonntag vor dem Parlament.", "PROTEST", "demonstranten"),
    ("de", "Am Montag griffen Rebellen einen Stützpunkt der Armee an.", "ASSAULT", "rebellen"),
]


@pytest.mark.parametrize(("language", "text", "type_", "expected"), CASES)
def test_group_is_the_actor(
    analyzer: Analyzer, language: str, text: str, type_: str, expected: str
) -> None:
    analysis = _events(analyzer, text, language)
    events = [e for e in analysis.events if e.type == type_]
    assert events, f"no {type_} in {[(e.type, e.trigger) for e in analysis.events]}"
    actors = [ref.id for ref in events[0].actors]
    assert actors and actors[0].startswith(GROUP_PREFIX), actors
    assert expected.lower() in actors[0].lower(), actors


def test_institution_noun_alone_is_no_group(analyzer: Analyzer) -> None:
    analysis = _events(analyzer, "Die Regierung verhängte neue Sanktionen.", "de")
    for event in analysis.events:
        assert not any(ref.id.startswith(GROUP_PREFIX) for ref in event.actors)


def test_named_actor_before_the_trigger_wins(analyzer: Analyzer) -> None:
    text = "La Russia ha attaccato i manifestanti a Kiev."
    analysis = _events(analyzer, text, "it")
    assert analysis.events
    assert analysis.events[0].actors[0].id == "country/RUS"
