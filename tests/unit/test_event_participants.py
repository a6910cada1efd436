"""Participants that only the event coder names (unnamed groups) become entities of the
document, so that entity listings, `annals show` and exports know every participant."""

from __future__ import annotations

from annals.models import (
    Entity,
    EntityMention,
    EntityRef,
    Event,
    EventMention,
    LinkResult,
)
from annals.pipeline import with_event_participants

TEXT = "Rebels in the Ivory Coast attacked a village. Georgia's police arrested them."


def _event(actors: tuple[EntityRef, ...], start: int, end: int) -> Event:
    return Event(
        id="e1",
        type="ASSAULT",
        mode=None,
        status="occurred",
        date=None,
        actors=actors,
        recipients=(),
        mentions=(EventMention("d1", start, end, TEXT[start:end], "en", 0.8),),
        confidence=0.8,
    )


def test_group_actor_becomes_an_entity_with_a_mention_in_its_sentence() -> None:
    country = EntityMention(14, 25, "Ivory Coast", "GPE", "country/CIV", "Ivory Coast", 0.9)
    linked = LinkResult((country,), (Entity("country/CIV", "Ivory Coast", "GPE"),))
    rebels = EntityRef("group/CIV/rebel", "Rebels in the Ivory Coast")
    result = with_event_participants(TEXT, linked, [_event((rebels,), 0, 45)])
    added = [m for m in result.mentions if m.entity_id == "group/CIV/rebel"]
    assert [(m.start, m.end, m.country) for m in added] == [(0, 25, "CIV")]
    assert Entity("group/CIV/rebel", "Rebels in the Ivory Coast", "ORG", country="CIV") in (
        result.entities
    )
    assert [m.start for m in result.mentions] == sorted(m.start for m in result.mentions)


def test_known_participants_and_names_outside_the_sentence_add_nothing() -> None:
    linked = LinkResult((), ())
    elsewhere = EntityRef("group/police", "Georgia's police")  # not in the evidence sentence
    unchanged = with_event_participants(TEXT, linked, [_event((elsewhere,), 0, 45)])
    assert unchanged is linked
    named = EntityRef("country/CIV", "Ivory Coast")  # linked ids are the linker's business
    assert with_event_participants(TEXT, linked, [_event((named,), 0, 45)]) is linked
