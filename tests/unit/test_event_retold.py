"""One event told twice in a sentence, once without its actors, is one event: "Le
ministre s'est rendu à Varsovie, où il a rencontré Sikorski" is one meeting
(``merge_duplicates``). Events built here by hand, and one sentence written for this test."""

from __future__ import annotations

from event_helpers import analyse

from annals.events.extractor_assembly import merge_duplicates
from annals.models import EntityRef, Event, EventMention, PartialDate
from annals.pipeline import Analyzer


def _refs(ids: list[str]) -> tuple[EntityRef, ...]:
    return tuple(EntityRef(id=i, name=i) for i in ids)


def _event(type_: str, actors: list[str], recipients: list[str], status: str = "occurred") -> Event:
    return Event(
        id=f"{type_}/{'+'.join(actors)}/{'+'.join(recipients)}/{status}",
        type=type_,  # type: ignore[arg-type]
        mode=None,
        status=status,  # type: ignore[arg-type]
        date=PartialDate(2024, 5, 10),
        actors=_refs(actors),
        recipients=_refs(recipients),
        mentions=(EventMention("d", 0, 1, "s", "fr", 0.8),),
        confidence=0.8,
    )


def test_an_actorless_retelling_gives_way_to_the_fuller_event() -> None:
    visit = _event("CONSULT", [], ["person/sikorski"])
    meeting = _event("CONSULT", ["person/sikorski"], [])
    assert merge_duplicates([visit, meeting]) == [meeting]
    assert merge_duplicates([meeting, visit]) == [meeting]


def test_other_events_stay() -> None:
    fuller = _event("ASSAULT", ["country/RUS"], ["country/UKR"])
    elsewhere = _event("ASSAULT", [], ["city/lviv"])  # another target
    planned = _event("ASSAULT", [], ["country/UKR"], status="planned")
    other_type = _event("ACCUSE", [], ["country/UKR"])
    for other in (elsewhere, planned, other_type):
        assert merge_duplicates([fuller, other]) == [fuller, other]
        assert merge_duplicates([other, fuller]) == [other, fuller]


def test_a_trip_and_the_meeting_it_was_for_are_one_event(analyzer: Analyzer) -> None:
    text = "Le ministre s'est rendu à Varsovie, où il a rencontré Radosław Sikorski."
    events = analyse(analyzer, text, "fr", PartialDate(2024, 5, 10)).events
    assert [e.type for e in events] == ["CONSULT"]
