"""A visit and a meeting of the same person on the same day: one event only when the meeting
is part of the visit (its other participants are the hosts), never a call held from afar."""

from __future__ import annotations

from dataclasses import replace

import pytest

from annals.models import EntityRef, Event, EventMention, PartialDate, Place
from annals.stories.merge import merge_within, same_event, visit_apart

SANCHEZ = EntityRef("person/pedro-sanchez", "Pedro Sánchez")
LULA = EntityRef("person/lula-da-silva", "Luiz Inácio Lula da Silva")
CARNEY = EntityRef("person/mark-carney", "Mark Carney")
MERCOSUR = EntityRef("org/mercosur", "Mercosur")
OECD = EntityRef("org/oecd", "OECD")
BRAZIL = EntityRef("country/BRA", "Brazil")
CANADA = EntityRef("country/CAN", "Canada")
SPAIN = EntityRef("country/ESP", "Spain")
BRASILIA = EntityRef("city/brasilia", "Brasília")
BRASILIA_PLACE = Place("city/brasilia", "Brasília", "BRA")
MARCH_3 = PartialDate(2025, 3, 3)
#: Whom each represents on that day.
REPRESENTS = {
    SANCHEZ.id: frozenset({"country/ESP"}),
    LULA.id: frozenset({"country/BRA", "org/mercosur"}),
    CARNEY.id: frozenset({"country/CAN"}),
}


def consult(
    doc: str,
    mode: str | None,
    actors: tuple[EntityRef, ...],
    recipients: tuple[EntityRef, ...] = (),
    location: Place | None = None,
    language: str = "en",
    start: int = 0,
) -> Event:
    return Event(
        id=f"{doc}-{start}",
        type="CONSULT",
        mode=mode,
        status="occurred",
        date=MARCH_3,
        actors=actors,
        recipients=recipients,
        mentions=(EventMention(doc, start, start + 10, "sentence", language, 0.7),),
        confidence=0.7,
        location=location,
    )


VISIT = consult("d1", "visit", (SANCHEZ,), (BRASILIA,))


@pytest.mark.parametrize(
    ("meeting", "expected"),
    [
        # a video conference he chaired from the capital he visited
        (consult("d2", "phone", (SANCHEZ, OECD)), False),
        (consult("d2", "phone", (SANCHEZ,), (LULA,)), False),  # even with the host
        # a meeting of an organisation that no visitor or host represents
        (consult("d2", "multilateral", (SANCHEZ, OECD)), False),
        (consult("d2", "meet", (SANCHEZ, OECD)), False),
        (consult("d2", None, (SANCHEZ,), (OECD,)), False),
        # the host, when the visit's country is not known: part of the visit
        (consult("d2", "meet", (SANCHEZ, LULA)), True),
        (consult("d2", "meet", (SANCHEZ, BRAZIL)), True),
        (consult("d2", "meet", (SANCHEZ,)), True),
        # the organisation the host represents
        (consult("d2", "meet", (SANCHEZ, LULA, MERCOSUR)), True),
    ],
)
def test_visit_and_meeting_without_the_visits_country(meeting: Event, expected: bool) -> None:
    assert same_event(VISIT, meeting, REPRESENTS) is expected
    assert same_event(meeting, VISIT, REPRESENTS) is expected  # either order


@pytest.mark.parametrize(
    ("meeting", "expected"),
    [
        (consult("d2", "meet", (SANCHEZ, LULA)), True),  # the host of the visit's country
        (consult("d2", "meet", (SANCHEZ,), (BRAZIL,)), True),
        (consult("d2", "meet", (SANCHEZ, CARNEY)), False),  # Canada's man in Brazil
        (consult("d2", "meet", (SANCHEZ, CANADA)), False),
        (consult("d2", "meet", (SANCHEZ, EntityRef("group/BRA/government", "gobierno"))), True),
    ],
)
def test_visit_to_a_known_country_keeps_meetings_with_others_apart(
    meeting: Event, expected: bool
) -> None:
    visit = replace(VISIT, location=BRASILIA_PLACE)
    assert same_event(visit, meeting, REPRESENTS) is expected


def test_the_same_visit_reported_twice_in_two_languages_merges() -> None:
    english = consult("d1", "visit", (SANCHEZ,), (BRASILIA,), location=BRASILIA_PLACE)
    spanish = consult("d2", "visit", (SANCHEZ,), (BRAZIL, LULA), language="es")
    assert same_event(english, spanish, REPRESENTS)
    assert not visit_apart(english, spanish, REPRESENTS)


def test_two_meetings_are_compared_as_before() -> None:
    first = consult("d1", "phone", (SANCHEZ, OECD))
    second = consult("d2", "multilateral", (SANCHEZ, OECD))
    assert same_event(first, second, REPRESENTS)
    assert not visit_apart(first, second, REPRESENTS)


def test_visit_apart_only_for_consultations() -> None:
    aid = replace(VISIT, type="AID")
    assert not visit_apart(aid, replace(consult("d2", "phone", (SANCHEZ, OECD)), type="AID"))


def test_visit_and_conference_in_one_document_stay_two_events() -> None:
    visit = consult("d1", "visit", (SANCHEZ,), (BRASILIA,), start=200)
    conference = consult("d1", "phone", (SANCHEZ, OECD), start=100)
    merged = merge_within((conference, visit))
    assert len(merged) == 2
    kept = next(e for e in merged if e.mode == "visit")
    assert kept.actors == (SANCHEZ,)
    assert kept.recipients == (BRASILIA,)
