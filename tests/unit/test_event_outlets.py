"""News outlets and platforms (``media/…`` in the knowledge base) report events and carry
what others say: they are never the actor of an attack, a protest or a deployment, though
they may accuse or be acted on. Sentences written for this test."""

from __future__ import annotations

import pytest
from event_helpers import analyse, one_of_type

from annals.events.roles import may_act
from annals.models import EntityMention, PartialDate
from annals.pipeline import Analyzer

PUBLISHED = PartialDate(2025, 3, 12)


def _mention(entity_id: str, type_: str = "ORG") -> EntityMention:
    return EntityMention(0, 3, "BBC", type_, entity_id, "BBC", 1.0, kb_id=entity_id)


def test_an_outlet_may_accuse_but_not_attack() -> None:
    assert may_act(_mention("media/bbc"), "ACCUSE")
    assert not may_act(_mention("media/bbc"), "ASSAULT")
    assert not may_act(_mention("media/bbc"), "PROTEST")
    assert may_act(_mention("org/nato"), "ASSAULT")
    assert not may_act(_mention("local/fac/cnn-center", "FAC"), "ACCUSE")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "Secondo Al Jazeera, nella notte gli scontri sono ripresi vicino al porto."),
        ("es", "Según la BBC, los enfrentamientos continuaron durante la noche."),
        ("en", "CNN reported that clashes resumed overnight near the port."),
    ],
)
def test_an_outlet_reporting_clashes_is_not_a_side(
    analyzer: Analyzer, lang: str, text: str
) -> None:
    for event in analyse(analyzer, text, lang, PUBLISHED).events:
        assert not any(a.id.startswith("media/") for a in event.actors), (event.type, event.trigger)


def test_an_outlet_that_accuses_is_the_actor(analyzer: Analyzer) -> None:
    text = "The New York Times accused the Egyptian government of censorship."
    event = one_of_type(analyse(analyzer, text, "en", PUBLISHED).events, "ACCUSE")
    assert [a.id for a in event.actors] == ["media/new-york-times"]


def test_a_blocked_platform_is_the_recipient(analyzer: Analyzer) -> None:
    text = "The Egyptian government blocked Facebook on Tuesday."
    event = one_of_type(analyse(analyzer, text, "en", PUBLISHED).events, "COERCE")
    assert [r.id for r in event.recipients] == ["media/facebook"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "L'armée a présenté des excuses sur sa page Facebook officielle."),
        ("en", "The army apologised on its official Twitter account on Sunday."),
        ("it", "Secondo la BBC, l'esercito ha bombardato il porto."),
    ],
)
def test_an_outlet_that_carries_the_news_is_no_party(
    analyzer: Analyzer, lang: str, text: str
) -> None:
    events = analyse(analyzer, text, lang, PUBLISHED).events
    assert events
    for event in events:
        parties = [p.id for p in (*event.actors, *event.recipients)]
        assert not any(p.startswith("media/") for p in parties), (event.type, parties)


def test_an_apology_posted_on_a_platform_is_not_addressed_to_it(analyzer: Analyzer) -> None:
    text = "Il Consiglio militare ha pubblicato un messaggio di scuse su Facebook."
    for event in analyse(analyzer, text, "it", PUBLISHED).events:
        assert "media/facebook" not in [r.id for r in event.recipients], event.trigger
