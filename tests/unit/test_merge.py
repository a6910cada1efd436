from __future__ import annotations

from dataclasses import replace

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


ROME = Place("city/rome", "Rome", "ITA")
MILAN = Place("city/milan", "Milan", "ITA")
ITALY_PLACE = Place("country/ITA", "Italy", "ITA")
BERLIN = Place("city/berlin", "Berlin", "DEU")
ITALY = EntityRef("country/ITA", "Italy")
NATO = EntityRef("org/nato", "NATO")
#: Whom each person represents in November 2024.
REPRESENTS = {
    RUTTE.id: frozenset({"org/nato"}),
    MELONI.id: frozenset({"country/ITA"}),
    SCHOLZ.id: frozenset({"country/DEU"}),
}


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (ROME, ROME, True),
        (ROME, ITALY_PLACE, True),  # a city and its country
        (ITALY_PLACE, ROME, True),
        (ROME, MILAN, False),  # two cities of one country
        (ROME, BERLIN, False),
        (ITALY_PLACE, Place("country/DEU", "Germany", "DEU"), False),
        (None, ROME, True),  # an unknown place agrees with any
    ],
)
def test_merge_places_agree(first: Place | None, second: Place | None, expected: bool) -> None:
    from annals.stories.merge import places_agree

    assert places_agree(first, second) is expected


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        (event("d2", actors=(ITALY, NATO), recipients=()), True),  # whom they represent
        (event("d2", actors=(SCHOLZ,), recipients=(ITALY,)), False),  # Germany's man, not NATO's
        (event("d2", actors=(RUTTE,), recipients=(ITALY,)), True),
    ],
)
def test_merge_participants_through_whom_they_represent(second: Event, expected: bool) -> None:
    assert same_event(event(), second, REPRESENTS) is expected


def test_merge_without_affiliations_people_and_countries_stay_apart() -> None:
    assert not same_event(event(), event("d2", actors=(ITALY, NATO), recipients=()))


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # An unresolved subject in Rome and a visit to Italy the same day.
        (
            replace(event(actors=(), recipients=()), location=ROME),
            event("d2", recipients=(ITALY,)),
            True,
        ),
        (
            replace(event(actors=(), recipients=()), location=ROME),
            replace(event("d2"), location=ROME),
            True,
        ),
        # ... but not a meeting in Berlin, nor one without a place or country.
        (
            replace(event(actors=(), recipients=()), location=ROME),
            replace(event("d2"), location=BERLIN),
            False,
        ),
        (replace(event(actors=(), recipients=()), location=ROME), event("d2"), True),  # Meloni: ITA
        (
            replace(event(actors=(), recipients=()), location=ROME),
            event("d2", recipients=(SCHOLZ,)),
            False,
        ),
        # ... and only at day precision.
        (
            replace(event(actors=(), recipients=(), date=PartialDate(2024, 11)), location=ROME),
            event("d2", recipients=(ITALY,)),
            False,
        ),
        (event(actors=(), recipients=()), event("d2", recipients=(ITALY,)), False),  # no place
    ],
)
def test_merge_event_without_participants_by_place(
    first: Event, second: Event, expected: bool
) -> None:
    assert same_event(first, second, REPRESENTS) is expected


def test_merge_affiliations_follow_roles_held_on_the_date() -> None:
    from annals.models import Entity, Role
    from annals.stories.merge import affiliations_of

    rutte = Entity(
        RUTTE.id,
        RUTTE.name,
        "PERSON",
        country="NLD",
        roles=(
            Role("Prime Minister", "NLD", "2010-10-14", "2024-07-02"),
            Role("Secretary General", None, "2024-10-01", None, organisation="org/nato"),
        ),
    )
    assert affiliations_of(rutte, NOVEMBER_5) == {"org/nato"}
    assert affiliations_of(rutte, PartialDate(2023, 5, 1)) == {"country/NLD"}
    assert affiliations_of(rutte, None) == frozenset()


def test_merge_events_does_not_depend_on_order() -> None:
    first = event("d1", amount=1e9)
    second = event("d2", amount=2e9, date=PartialDate(2024, 11))
    assert merge_events(first, second) == merge_events(second, first)


def test_merge_figures_keep_every_source() -> None:
    from annals.stories.merge import merge_figures, source_figures

    first = replace(event("d1"), attributes=EventAttributes(amount=1e9, currency="EUR", dead=2))
    second = replace(event("d2"), attributes=EventAttributes(amount=2e9, currency="USD"))
    figures = merge_figures(source_figures(second), source_figures(first), source_figures(first))
    assert figures == [
        {"doc_id": "d1", "field": "amount", "value": 1e9, "currency": "EUR"},
        {"doc_id": "d2", "field": "amount", "value": 2e9, "currency": "USD"},
        {"doc_id": "d1", "field": "dead", "value": 2, "currency": None},
    ]


def test_merge_affiliations_on_each_events_own_date() -> None:
    from annals.stories.merge import dated_key

    nato = EntityRef("org/nato", "NATO")
    netherlands = EntityRef("country/NLD", "Netherlands")
    may_2023 = PartialDate(2023, 5, 1)
    dated = {
        dated_key(RUTTE.id, NOVEMBER_5): frozenset({"org/nato"}),
        dated_key(RUTTE.id, may_2023): frozenset({"country/NLD"}),
    }
    in_2024 = event(recipients=())
    in_2023 = event(date=may_2023, recipients=())
    assert same_event(in_2024, event("d2", actors=(nato,), recipients=()), dated)
    assert not same_event(in_2023, event("d2", date=may_2023, actors=(nato,), recipients=()), dated)
    assert same_event(
        in_2023, event("d2", date=may_2023, actors=(netherlands,), recipients=()), dated
    )
    # A year-precise report compared with each: each side is widened on its own date.
    vague = event("d3", date=PartialDate(2024), actors=(nato,), recipients=())
    assert same_event(in_2024, vague, dated)


@pytest.mark.parametrize(
    ("type_", "expected"),
    [
        ("CONSULT", True),  # a meeting: every party acts, the roles may be seen either way
        ("AGREE", True),
        ("SUPPORT", False),  # "Meloni thanked Rutte" is not "Rutte praised Meloni"
        ("ACCUSE", False),
        ("AID", False),
    ],
)
def test_merge_directed_acts_with_roles_reversed_stay_apart(type_: str, expected: bool) -> None:
    first = event(type_=type_)
    reversed_roles = event("d2", type_=type_, actors=(MELONI,), recipients=(RUTTE,))
    assert same_event(first, reversed_roles) is expected


def test_merge_directed_acts_by_the_same_actor_join() -> None:
    first = event(type_="SUPPORT")
    assert same_event(first, event("d2", type_="SUPPORT", recipients=()))
    assert same_event(first, event("d2", type_="SUPPORT", actors=(RUTTE, MELONI)))


def test_merge_events_a_participant_keeps_one_role() -> None:
    # "Rutte visited Meloni" and "Rutte and Meloni held talks": the report that tells who
    # received whom decides, in either order, and nobody is both actor and recipient
    for merged in (
        merge_events(event("d1"), event("d2", actors=(RUTTE, MELONI), recipients=())),
        merge_events(event("d1", actors=(RUTTE, MELONI), recipients=()), event("d2")),
    ):
        assert merged.actors == (RUTTE,)
        assert merged.recipients == (MELONI,)


def test_merge_events_an_actor_beside_a_recipient_stays_an_actor() -> None:
    # "Rutte and Meloni met Zelensky" names a recipient: there Meloni acts, and does in the
    # merged event, though the other report has her receive Rutte
    zelensky = EntityRef("person/volodymyr-zelenskyy", "Volodymyr Zelenskyy")
    for merged in (
        merge_events(event("d1"), event("d2", actors=(RUTTE, MELONI), recipients=(zelensky,))),
        merge_events(event("d1", actors=(RUTTE, MELONI), recipients=(zelensky,)), event("d2")),
    ):
        assert merged.actors == (RUTTE, MELONI)
        assert merged.recipients == (zelensky,)


def test_merge_directed_acts_to_different_recipients_stay_apart() -> None:
    # "Rutte thanked Meloni" and "Rutte thanked Scholz" in the same month are two acts
    thanks = event(type_="SUPPORT", date=PartialDate(2024, 11))
    other = event("d2", type_="SUPPORT", date=PartialDate(2024, 11), recipients=(SCHOLZ,))
    assert not same_event(thanks, other)
    # a recipient who represents the other's is the same act
    affiliations = {"person/giorgia-meloni": frozenset({"country/ITA"})}
    to_italy = event("d2", type_="SUPPORT", date=PartialDate(2024, 11), recipients=(ITALY,))
    assert same_event(thanks, to_italy, affiliations)
    # a city may stand for its country: not compared
    kyiv = EntityRef("city/kyiv", "Kyiv")
    ukraine = EntityRef("country/UKR", "Ukraine")
    assert same_event(
        event(type_="ASSAULT", recipients=(kyiv,)),
        event("d2", type_="ASSAULT", recipients=(ukraine,)),
    )


def test_merge_needs_one_report_s_actors_all_among_the_other_s() -> None:
    """Two signings on one day that share a party ("Zelensky and Scholz signed", "Zelensky
    and Macron signed") are two events; a report naming fewer of the parties is the same."""
    zelensky = EntityRef("person/volodymyr-zelenskyy", "Volodymyr Zelenskyy")
    macron = EntityRef("person/emmanuel-macron", "Emmanuel Macron")
    berlin = event(actors=(zelensky, SCHOLZ), recipients=(), type_="AGREE")
    paris = event("d2", actors=(zelensky, macron), recipients=(), type_="AGREE")
    assert not same_event(berlin, paris)
    assert same_event(berlin, event("d3", actors=(zelensky,), recipients=(), type_="AGREE"))
    assert same_event(event("d3", actors=(SCHOLZ,), recipients=(), type_="AGREE"), berlin)
