"""The shortcuts that make ingest faster give what the plain way gives: one time scan shared
by dating and tagging, batched entity upserts, the gazetteer's skip of unknown tokens, and one
word pass for a story profile's terms and sketch."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select

from annals.kb.gazetteer import Gazetteer, GazetteerMatch
from annals.kb.knowledge_base import AliasEntry
from annals.kb.text import tokenize
from annals.models import Analysis, Entity, PartialDate, PublicationDate
from annals.store import schema
from annals.store.sql import open_store
from annals.stories.cluster import build_profile, content_words, shingle_sketch
from annals.time import tagger as tagger_module
from annals.time.docdate import infer_publication_date
from annals.time.tagger import RECENT_TEXTS, TimeTagger, extract_times, tagger_for

_TEXT = (
    "On Monday (November 4) the ministers met in Rome. Last week they had agreed on a plan, "
    "and on 12 December 2024 they will meet again for three days."
)


def test_time_scan_runs_the_rules_once_for_dating_and_tagging(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = _TEXT + " (a text of this test alone)"
    calls: list[str] = []
    original = TimeTagger._match_rules

    def counting(self: TimeTagger, scanned: str) -> tuple[object, ...]:
        calls.append(scanned)
        return original(self, scanned)

    monkeypatch.setattr(TimeTagger, "_match_rules", counting)
    published = infer_publication_date(text, "en", not_after=dt.date(2025, 1, 1))
    times = extract_times(text, "en", published.date, [(0, 49), (50, len(text))])
    assert calls == [text]
    fresh = TimeTagger("en").tag(text, published.date, [(0, 49), (50, len(text))])
    assert times == fresh
    assert [t.text for t in times][:2] == ["Monday (November 4)", "Last week"]


def test_time_shared_scan_keeps_tense_per_call() -> None:
    """The cached expressions carry no tense: each call takes it from its own sentences."""
    text = "Talks resume on Friday. Officials said they met on Friday."
    tagger = tagger_for("en")
    whole = tagger.scan(text, [(0, len(text))])
    split = tagger.scan(text, [(0, 23), (24, len(text))])
    assert whole == TimeTagger("en").scan(text, [(0, len(text))])
    assert split == TimeTagger("en").scan(text, [(0, 23), (24, len(text))])
    assert [m.tense for m in split] != [m.tense for m in whole]


def test_time_shared_scan_is_bounded() -> None:
    tagger = TimeTagger("en")
    for number in range(RECENT_TEXTS + 10):
        tagger.scan(f"Report {number} of 5 March 2024.")
    assert tagger._recent.cache_info().currsize == RECENT_TEXTS


def test_time_tagger_for_maps_languages_like_extract_times() -> None:
    assert tagger_for("IT-it") is tagger_module._tagger("it")
    assert tagger_for("xx") is tagger_module._tagger("en")


def _analysis(doc_id: str, entities: tuple[Entity, ...]) -> Analysis:
    return Analysis(
        id=doc_id,
        path=f"{doc_id}.txt",
        language="en",
        published=PublicationDate(PartialDate.parse("2024-11-05"), "given"),
        text=f"Text of {doc_id}.",
        removed=(),
        entities=(),
        times=(),
        events=(),
        quotes=(),
        entity_records=entities,
        content_hash=doc_id * 4,
    )


def test_store_upserts_entities_in_batches_with_the_union_of_aliases(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "a.db"))
    first = (
        Entity("person/a", "Anna A", "PERSON", aliases=("Anna A", "A.")),
        Entity("person/a", "Anna A", "PERSON", aliases=("Anna",)),  # repeated in one document
        Entity("org/b", "Bee Org", "ORG", country="IT", aliases=("Bee",)),
    )
    assert store.add_analysis(_analysis("doc1", first))
    second = (
        Entity("org/b", "Bee Org renamed", "ORG", aliases=("BO",)),
        Entity("person/c", "Carl C", "PERSON"),
        Entity("org/b", "Bee Org", "ORG", aliases=("Bee Organisation",)),
    )
    assert store.add_analysis(_analysis("doc2", second))
    with store._engine.connect() as connection:
        rows = {
            row.id: row
            for row in connection.execute(select(schema.entities).order_by(schema.entities.c.id))
        }
    store.close()
    assert sorted(rows) == ["org/b", "person/a", "person/c"]
    assert json.loads(rows["person/a"].aliases) == ["A.", "Anna", "Anna A"]
    assert json.loads(rows["org/b"].aliases) == ["BO", "Bee", "Bee Organisation"]
    assert rows["org/b"].name == "Bee Org" and rows["org/b"].country == "IT"
    assert json.loads(rows["person/c"].aliases) == []


def _naive_find(gazetteer: Gazetteer, text: str) -> list[GazetteerMatch]:
    tokens = tokenize(text)
    matches, position = [], 0
    while position < len(tokens):
        match = gazetteer.match_at(text, tokens, position)
        if match is None:
            position += 1
        else:
            matches.append(match)
            position = match.last
    return matches


@pytest.mark.parametrize(
    "text",
    [
        "The United Nations and the UN met the United States delegation in New York.",
        "the united nations said NATO, not nato; New York New York.",
        "",
        "United",
    ],
)
def test_gazetteer_find_matches_a_scan_of_every_position(text: str) -> None:
    gazetteer = Gazetteer(
        [
            AliasEntry("United Nations", "org/un", "name"),
            AliasEntry("UN", "org/un", "acronym"),
            AliasEntry("United States", "country/US", "name"),
            AliasEntry("NATO", "org/nato", "acronym"),
            AliasEntry("New York", "city/nyc", "name"),
            AliasEntry("New York New York", "song/nyny", "name"),
        ]
    )
    found = gazetteer.find(text, tokenize(text))
    assert found == _naive_find(gazetteer, text)


def test_cluster_profile_terms_and_sketch_from_one_word_pass() -> None:
    text = "Ministers met in Rome.\nThe ministers of Italy and France met again in Rome on Monday."
    profile = build_profile(replace(_analysis("doc1", ()), text=text))
    assert profile.sketch == shingle_sketch(text)
    assert {term for term, _ in profile.terms} == set(content_words(text, "en"))
