"""One document's undated re-mentions ("during his visit", "our meeting") join the dated event."""

from __future__ import annotations

from dataclasses import replace

import pytest

from annals.models import EntityRef, Event, EventAttributes, EventMention, PartialDate, Place
from annals.stories.merge import merge_within, refers_to

RUTTE = EntityRef("person/mark-rutte", "Mark Rutte")
MELONI = EntityRef("person/giorgia-meloni", "Giorgia Meloni")
SCHOLZ = EntityRef("person/olaf-scholz", "Olaf Scholz")
RUSSIA = EntityRef("country/RUS", "Russia")
ROME = Place("city/rome", "Rome", "ITA")
BERLIN = Place("city/berlin", "Berlin", "DEU")
DAY = PartialDate(2024, 11, 5)


def event(
    start: int,
    date: PartialDate | None = None,
    actors: tuple[EntityRef, ...] = (RUTTE,),
    recipients: tuple[EntityRef, ...] = (),
    type_: str = "CONSULT",
    status: str = "occurred",
    mode: str | None = "meet",
    location: Place | None = None,
) -> Event:
    return Event(
        id=f"d1-{start:04d}",
        type=type_,
        mode=mode,
        status=status,  # type: ignore[arg-type]
        date=date,
        actors=actors,
        recipients=recipients,
        mentions=(EventMention("d1", start, start + 10, f"sentence {start}", "en", 0.7),),
        confidence=0.7,
        attributes=EventAttributes(),
        location=location,
    )


#: "Rutte met Meloni in Rome on Tuesday."
DATED = event(500, DAY, actors=(RUTTE,), recipients=(MELONI,), location=ROME)


@pytest.mark.parametrize(
    ("undated", "expected"),
    [
        (event(10, actors=(MELONI,)), True),  # "Our meeting was devoted to …" (Meloni said)
        (event(10, actors=(MELONI, RUTTE)), True),  # "Meloni and Rutte discussed …"
        (event(10, actors=(RUTTE,), recipients=(SCHOLZ, MELONI)), True),  # a meeting may add one
        (event(10, actors=(SCHOLZ,)), False),  # another party
        (event(10, actors=(), recipients=()), False),  # nothing to tie it to
        (event(10, actors=(MELONI,), type_="AGREE"), False),  # another type
        (event(10, actors=(MELONI,), status="planned"), False),  # "they will meet again"
        (event(10, actors=(MELONI,), status="negated"), False),
        (event(10, actors=(MELONI,), status="hypothetical"), False),
        (event(10, actors=(MELONI,), location=BERLIN), False),  # another city
        (event(10, actors=(MELONI,), location=ROME), True),
        (event(10, actors=(MELONI,), mode="phone"), False),  # a call is no part of a visit
        (event(10, DAY, actors=(MELONI,)), False),  # dated: the usual merge decides
    ],
)
def test_refers_to(undated: Event, expected: bool) -> None:
    dated = replace(DATED, mode="visit") if undated.mode == "phone" else DATED
    assert refers_to(undated, dated) is expected


def test_a_directed_re_mention_adds_no_party() -> None:
    agreement = event(0, DAY, actors=(RUTTE, MELONI), type_="AGREE", mode=None)
    # "Meloni agreed …" refers back; "Meloni agreed with Russia" names someone new
    assert refers_to(event(90, actors=(MELONI,), type_="AGREE", mode=None), agreement)
    alien = event(90, actors=(MELONI,), recipients=(RUSSIA,), type_="AGREE", mode=None)
    assert not refers_to(alien, agreement)


def test_undated_mention_joins_the_dated_event_and_keeps_its_details() -> None:
    remention = event(10, actors=(MELONI, SCHOLZ), mode="talks")
    other = event(900, actors=(RUTTE,), type_="AID", mode=None)
    joined = merge_within((remention, DATED, other))
    assert len(joined) == 2
    meeting = next(e for e in joined if e.type == "CONSULT")
    assert meeting.id == DATED.id
    assert meeting.date == DAY and meeting.location == ROME and meeting.mode == "meet"
    assert meeting.actors[0] == RUTTE  # the dated event's participants first
    assert {ref.id for ref in (*meeting.actors, *meeting.recipients)} == {
        RUTTE.id,
        MELONI.id,
        SCHOLZ.id,
    }
    assert [m.start for m in meeting.mentions] == [10, 500]
    assert other in joined  # an undated event of another type stays


def test_undated_mention_of_two_dated_events_stays_apart() -> None:
    second = replace(
        DATED,
        id="d1-0700",
        date=PartialDate(2024, 11, 7),
        mentions=(EventMention("d1", 700, 710, "sentence 700", "en", 0.7),),
    )
    remention = event(10, actors=(MELONI,))
    joined = merge_within((DATED, second, remention))
    assert remention in joined and len(joined) == 3


def test_a_planned_meetings_re_mention_joins_it() -> None:
    planned = replace(DATED, status="planned")
    remention = event(10, actors=(MELONI,), status="planned")
    assert refers_to(remention, planned)
    assert not refers_to(event(10, actors=(MELONI,)), planned)  # one happened, one is to come
    assert len(merge_within((planned, remention))) == 1
