from __future__ import annotations

import pytest

from annals.models import EntityRef, Event, EventAttributes, EventMention, PartialDate, Place
from annals.stories.merge import merge_events, merge_within, same_event

RUTTE = EntityRef("person/mark-rutte", "Mark Rutte")
MELONI = EntityRef("person/giorgia-meloni", "Giorgia Meloni")
SCHOLZ = EntityRef("person/olaf-scholz", "Olaf Scholz")
NOVEMBER_5 = PartialDate(2024, 11, 5)


def event(
    doc: str = "d1",
    start: int = 0,
    date: PartialDate | None = NOVEMBER_5,
    actors: tuple[EntityRef, ...] = (RUTTE,),
    recipients: tuple[EntityRef, ...] = (MELONI,),
    type_: str = "CONSULT",
    status: str = "occurred",
    amount: float | None = None,
) -> Event:
    return Event(
        id=f"{doc}-{start}",
        type=type_,
        mode="visit",
        status=status,
        date=date,  # type: ignore[arg-type]
        actors=actors,
        recipients=recipients,
        mentions=(EventMention(doc, start, start + 10, "sentence", "en", 0.7),),
        confidence=0.7,
        attributes=EventAttributes(amount=amount),
    )


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        (event("d2"), True),
        (event("d2", date=PartialDate(2024, 11)), True),  # month agrees with the day
        (event("d2", date=PartialDate(2024, 11, 4)), False),  # another day
        (event("d2", date=None), False),
        (event("d2", actors=(SCHOLZ,), recipients=()), False),  # no shared participant
        (event("d2", type_="AGREE"), False),
        (event("d2", status="planned"), False),
        (event("d2", status="negated"), False),
        (event("d2", actors=(MELONI,), recipients=(RUTTE,)), True),  # roles seen the other way
        (event("d2", actors=(SCHOLZ,), recipients=(MELONI,)), False),  # another visitor, same host
        (event("d2", actors=(), recipients=(MELONI,)), True),  # actor unknown, same host
    ],
)
def test_merge_same_event(second: Event, expected: bool) -> None:
    assert same_event(event(), second) is expected


def test_merge_places_in_different_countries_stay_apart() -> None:
    rome = Place("city/rome", "Rome", "ITA")
    berlin = Place("city/berlin", "Berlin", "DEU")
    from dataclasses import replace

    assert not same_event(replace(event(), location=rome), replace(event("d2"), location=berlin))


def test_merge_events_keeps_every_mention_and_first_figure() -> None:
    merged = merge_events(
        event(amount=1e9, date=PartialDate(2024, 11)),
        event("d2", amount=2e9, recipients=(MELONI, SCHOLZ)),
    )
    assert [m.doc_id for m in merged.mentions] == ["d1", "d2"]
    assert merged.attributes.amount == 1e9
    assert merged.recipients == (MELONI, SCHOLZ)
    assert merged.date == PartialDate(2024, 11, 5)  # the more precise date wins
    assert merged.id == "d1-0"


def test_merge_within_one_document() -> None:
    merged = merge_within((event(start=0), event(start=50), event(start=90, type_="AID")))
    assert [len(e.mentions) for e in merged] == [2, 1]
