"""Event merging across articles: the same events whatever the order of ingest."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

from annals.models import (
    Analysis,
    Entity,
    EntityRef,
    Event,
    EventAttributes,
    EventMention,
    PartialDate,
    Place,
    PublicationDate,
    Role,
)
from annals.serialize import event_to_json
from annals.store.sql import SqlStore, open_store

DAY = PartialDate(2024, 11, 5)
RUTTE = Entity(
    "person/mark-rutte",
    "Mark Rutte",
    "PERSON",
    country="NLD",
    roles=(
        Role("Prime Minister of the Netherlands", "NLD", "2010-10-14", "2024-07-02"),
        Role("Secretary General of NATO", None, "2024-10-01", None, organisation="org/nato"),
    ),
)
MELONI = Entity(
    "person/giorgia-meloni",
    "Giorgia Meloni",
    "PERSON",
    country="ITA",
    roles=(Role("Prime Minister of Italy", "ITA", "2022-10-22", None),),
)
ITALY = Entity("country/ITA", "Italy", "GPE", country="ITA")
NATO = Entity("org/nato", "NATO", "ORG")
RUSSIA = Entity("country/RUS", "Russia", "GPE", country="RUS")
ROME = Place("city/rome", "Rome", "ITA")
KHARKIV = Place("city/kharkiv", "Kharkiv", "UKR")
ODESA = Place("city/odesa", "Odesa", "UKR")


def _ref(entity: Entity) -> EntityRef:
    return EntityRef(entity.id, entity.name)


def _event(
    doc: str,
    type_: str = "CONSULT",
    date: PartialDate = DAY,
    actors: tuple[Entity, ...] = (),
    recipients: tuple[Entity, ...] = (),
    location: Place | None = None,
    dead: int | None = None,
) -> Event:
    return Event(
        id=f"{doc}-event",
        type=type_,  # type: ignore[arg-type]
        mode=None,
        status="occurred",
        date=date,
        actors=tuple(_ref(e) for e in actors),
        recipients=tuple(_ref(e) for e in recipients),
        mentions=(EventMention(doc, 10, 40, f"a sentence of {doc}", "en", 0.8),),
        confidence=0.8,
        location=location,
        attributes=EventAttributes(dead=dead),
        summary=f"what {doc} says",
    )


def _analysis(event: Event, records: tuple[Entity, ...]) -> Analysis:
    doc = event.mentions[0].doc_id
    return Analysis(
        id=doc,
        path=f"{doc}.txt",
        language="en",
        published=PublicationDate(DAY, "header"),
        text=f"Some text of {doc} that is long enough to hold the event mention.",
        removed=(),
        entities=(),
        entity_records=records,
        times=(),
        events=(event,),
        quotes=(),
        content_hash=f"hash-{doc}",
    )


def _corpus() -> list[Analysis]:
    people = (RUTTE, MELONI, ITALY, NATO, RUSSIA)
    return [
        # One meeting told three ways: people, whom they represent, and an unresolved "they".
        _analysis(_event("m1", actors=(RUTTE,), recipients=(MELONI,), location=ROME), people),
        _analysis(_event("m2", actors=(ITALY, NATO)), people),
        _analysis(_event("m3", location=ROME), people),
        # The same people on another day: another meeting.
        _analysis(
            _event("m4", date=PartialDate(2024, 11, 12), actors=(RUTTE,), recipients=(MELONI,)),
            people,
        ),
        # Similar attacks in two cities the same day stay apart; two reports of one disagree.
        _analysis(_event("a1", "ASSAULT", actors=(RUSSIA,), location=KHARKIV, dead=3), people),
        _analysis(_event("a2", "ASSAULT", actors=(RUSSIA,), location=ODESA, dead=5), people),
        _analysis(_event("a3", "ASSAULT", actors=(RUSSIA,), location=KHARKIV, dead=4), people),
    ]


def _ingest(
    path: Path, analyses: list[Analysis], settle_each: bool = False
) -> list[dict[str, Any]]:
    store: SqlStore = open_store(str(path))
    for analysis in analyses:
        assert store.add_analysis(analysis)
        if settle_each:
            store.settle()
    store.settle()
    records = [event_to_json(e) for e in store.iter_events()]
    store.close()
    return records


def _summary(records: list[dict[str, Any]]) -> set[tuple[Any, ...]]:
    return {
        (
            record["id"],
            record["type"],
            record["date"],
            frozenset(m["doc_id"] for m in record["mentions"]),
            frozenset((f["doc_id"], f["field"], f["value"]) for f in record["figures"]),
        )
        for record in records
    }


def _orders() -> list[list[int]]:
    count = len(_corpus())
    shuffler = random.Random(7)
    orders = [list(range(count)), list(reversed(range(count)))]
    for _ in range(4):
        order = list(range(count))
        shuffler.shuffle(order)
        orders.append(order)
    return orders


def test_merging_groups_reports_of_the_same_event(tmp_path: Path) -> None:
    records = _ingest(tmp_path / "batch.db", _corpus())
    groups = {frozenset(m["doc_id"] for m in r["mentions"]) for r in records}
    assert groups == {
        frozenset({"m1", "m2", "m3"}),
        frozenset({"m4"}),
        frozenset({"a1", "a3"}),
        frozenset({"a2"}),
    }


def test_merging_tells_a_merged_event_from_every_source(tmp_path: Path) -> None:
    records = _ingest(tmp_path / "batch.db", _corpus())
    meeting = next(r for r in records if {m["doc_id"] for m in r["mentions"]} == {"m1", "m2", "m3"})
    # One line for the merged record, naming its participants from every source.
    assert "Mark Rutte" in meeting["summary"] and "Giorgia Meloni" in meeting["summary"]
    assert "NATO" in meeting["summary"] and "what m" not in meeting["summary"]


def test_merging_keeps_conflicting_figures_with_their_sources(tmp_path: Path) -> None:
    records = _ingest(tmp_path / "batch.db", _corpus())
    kharkiv = next(r for r in records if {m["doc_id"] for m in r["mentions"]} == {"a1", "a3"})
    figures = {(f["doc_id"], f["field"], f["value"]) for f in kharkiv["figures"]}
    assert figures == {("a1", "dead", 3), ("a3", "dead", 4)}
    assert kharkiv["attributes"]["dead"] in (3, 4)  # one source's value, never an average


@pytest.mark.parametrize("order", _orders(), ids=lambda order: "-".join(map(str, order)))
def test_merging_does_not_depend_on_ingest_order(tmp_path: Path, order: list[int]) -> None:
    corpus = _corpus()
    expected = _summary(_ingest(tmp_path / "batch.db", corpus))
    got = _summary(_ingest(tmp_path / "ordered.db", [corpus[i] for i in order]))
    assert got == expected
    one_by_one = _ingest(tmp_path / "one-by-one.db", [corpus[i] for i in order], settle_each=True)
    assert _summary(one_by_one) == expected


def test_merging_waits_for_settle_and_a_deleted_source_is_taken_out(tmp_path: Path) -> None:
    store: SqlStore = open_store(str(tmp_path / "settle.db"))
    for analysis in _corpus():
        store.add_analysis(analysis)
    assert len(list(store.iter_events())) == 7  # each report stands alone until settled
    assert store.settle() == 7
    assert store.settle() == 0
    store.delete_document("a3")
    kharkiv = [e for e in store.iter_events() if e.location == KHARKIV]
    assert [(sorted({m.doc_id for m in e.mentions}), e.attributes.dead) for e in kharkiv] == [
        (["a1"], 3)
    ]
    assert [(f.doc_id, f.value) for f in kharkiv[0].figures] == [("a1", 3)]
    store.close()


def test_merging_survives_reopening_the_database(tmp_path: Path) -> None:
    corpus = _corpus()
    path = tmp_path / "incremental.db"
    _ingest(path, corpus[:3])
    incremental = _summary(_ingest(path, corpus[3:]))
    assert incremental == _summary(_ingest(tmp_path / "batch.db", corpus))
