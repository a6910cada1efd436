"""Story clustering: profiles, similarity, incremental stories, order independence, copies."""

from __future__ import annotations

import random

import pytest

from annals.errors import ConfigurationError
from annals.models import Analysis, EntityMention, EntityType, PartialDate, PublicationDate
from annals.stories.cluster import (
    CorpusStatistics,
    DocumentProfile,
    SimilarityWeights,
    StoryClusterer,
    build_profile,
    content_words,
    date_gap_days,
    is_near_duplicate,
    profile_similarity,
)
from annals.stories.similarity import ProfileVectors


def _profile(
    doc_id: str,
    entities: dict[str, float],
    terms: dict[str, float],
    day: str | None = "2024-11-05",
    language: str = "en",
) -> DocumentProfile:
    return DocumentProfile(
        doc_id=doc_id,
        language=language,
        published=PartialDate.parse(day) if day else None,
        title=doc_id,
        entities=tuple(sorted(entities.items())),
        terms=tuple(sorted(terms.items())),
    )


MEETING = {"kb/rutte": 2.0, "kb/meloni": 2.0, "kb/rome": 1.5}
FLOOD = {"local/LOC/po-valley": 2.0, "local/PERSON/anna-verdi": 1.5}
EN = _profile("en1", MEETING, {"rutte": 2.0, "meloni": 2.0, "talks": 1.5, "defence": 1.0})
IT = _profile(
    "it1", MEETING, {"rutte": 2.0, "meloni": 2.0, "colloqui": 1.5, "difesa": 1.0}, language="it"
)
OTHER = _profile("en2", FLOOD, {"flood": 2.0, "river": 1.5, "evacuated": 1.0})


def test_cluster_same_event_in_two_languages_joins_one_story() -> None:
    clusterer = StoryClusterer()
    first, second, third = clusterer.add(EN), clusterer.add(IT), clusterer.add(OTHER)
    assert first == second
    assert third != first
    summary = next(s for s in clusterer.summaries() if s.id == first)
    assert summary.languages == ("en", "it")
    assert set(summary.doc_ids) == {"en1", "it1"}
    assert summary.date_from == summary.date_to == PartialDate(2024, 11, 5)


def test_cluster_members_of_a_document_are_its_story() -> None:
    clusterer = StoryClusterer()
    story = clusterer.add(EN)
    clusterer.add(OTHER)
    clusterer.add(IT)
    assert clusterer.members_of("it1") == clusterer.members_of("en1") == ["en1", "it1"]
    assert clusterer.members_of("en2") == ["en2"]
    assert clusterer.stories()[story] == clusterer.members_of("en1")


def test_cluster_same_people_months_apart_stay_apart() -> None:
    later = _profile("en3", MEETING, dict(EN.terms), day="2025-03-20")
    assert profile_similarity(EN, later) == 0.0
    clusterer = StoryClusterer()
    assert clusterer.add(EN) != clusterer.add(later)
    assert len(clusterer.recluster()) == 2


@pytest.mark.parametrize(
    ("first", "second", "gap"),
    [("2024-11-05", "2024-11-05", 0), ("2024-11", "2024-11-20", 0), ("2024-11-01", "2024-11-08", 7),
     ("2024-12-31", "2024-11", 31), (None, "2024-11-05", None)],
)  # fmt: skip
def test_cluster_date_gap(first: str | None, second: str, gap: int | None) -> None:
    parse = PartialDate.parse
    assert date_gap_days(parse(first) if first else None, parse(second)) == gap


def test_cluster_lexical_part_only_within_a_language() -> None:
    # Same words, no shared entity: alike in one language, unrelated across two.
    words = {"earthquake": 2.0, "magnitude": 1.0, "collapsed": 1.0}
    english = _profile("a", {}, words)
    assert profile_similarity(english, _profile("b", {}, words)) > 0.5
    assert profile_similarity(english, _profile("c", {}, words, language="it")) == 0.0


def test_cluster_common_entities_weigh_less_with_statistics() -> None:
    first = _profile("a", {"country/UKR": 1.0, "local/PERSON/x": 1.0}, {})
    second = _profile("b", {"country/UKR": 1.0, "local/PERSON/y": 1.0}, {})
    statistics = CorpusStatistics()
    for number in range(20):
        statistics.add(_profile(f"n{number}", {"country/UKR": 1.0}, {}))
    statistics.add(first)
    statistics.add(second)
    plain = profile_similarity(first, second)
    weighted = profile_similarity(first, second, statistics)
    assert weighted < plain / 2


def test_cluster_kept_vectors_give_the_same_similarities() -> None:
    corpus = _corpus()
    statistics = CorpusStatistics()
    for profile in corpus:
        statistics.add(profile)
    kept: dict[str, ProfileVectors] = {}
    pairs = [(a, b) for a in corpus for b in corpus if a.doc_id < b.doc_id]
    fresh = [profile_similarity(a, b, statistics) for a, b in pairs]
    assert [profile_similarity(a, b, statistics, vectors=kept) for a, b in pairs] == fresh
    assert kept and set(kept) <= {p.doc_id for p in corpus}  # each weighted once, then kept
    assert any(score > 0 for score in fresh)


def _stories_as_sets(stories: dict[str, list[str]]) -> set[frozenset[str]]:
    return {frozenset(docs) for docs in stories.values()}


def _corpus() -> list[DocumentProfile]:
    """Three stories of three documents each, with varied wording, plus one loner."""
    profiles = []
    topics = [
        ("q", {"local/LOC/ruritania": 2.0, "local/PERSON/mayor-ruri": 1.0}, ["quake", "rubble"]),
        ("s", {"kb/council": 2.0, "kb/russia": 1.0}, ["sanctions", "banks"]),
        ("v", {"kb/rutte": 2.0, "kb/rome": 1.0}, ["visit", "summit"]),
    ]
    for prefix, entities, words in topics:
        for number in range(3):
            terms = {word: 2.0 for word in words} | {f"{prefix}extra{number}": 1.0}
            profiles.append(_profile(f"{prefix}{number}", entities, terms))
    profiles.append(_profile("z0", {"local/ORG/club": 1.0}, {"football": 2.0}))
    return profiles


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_cluster_recluster_is_order_independent(seed: int) -> None:
    profiles = _corpus()
    reference = StoryClusterer()
    for profile in profiles:
        reference.add(profile)
    expected = reference.recluster()
    assert _stories_as_sets(expected) == {
        frozenset({"q0", "q1", "q2"}),
        frozenset({"s0", "s1", "s2"}),
        frozenset({"v0", "v1", "v2"}),
        frozenset({"z0"}),
    }
    shuffled = profiles[:]
    random.Random(seed).shuffle(shuffled)
    clusterer = StoryClusterer()
    for profile in shuffled:
        clusterer.add(profile)
    assert clusterer.recluster() == expected  # same groups and same story ids


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_cluster_settling_in_chunks_matches_one_batch(seed: int) -> None:
    profiles = _corpus()
    batch = StoryClusterer()
    for profile in profiles:
        batch.add(profile)
    batch.settle(p.doc_id for p in profiles)
    expected = batch.stories()
    shuffled = profiles[:]
    random.Random(seed).shuffle(shuffled)
    chunked = StoryClusterer()
    for start in range(0, len(shuffled), 4):  # several ingest runs, each settled at its end
        chunk = shuffled[start : start + 4]
        for profile in chunk:
            chunked.add(profile)
        chunked.settle(p.doc_id for p in chunk)
    assert {k: sorted(v) for k, v in chunked.stories().items()} == {
        k: sorted(v) for k, v in expected.items()
    }


def test_cluster_settle_reports_copies_of_the_earliest_member() -> None:
    original = _profile("b-original", MEETING, dict(EN.terms), day="2024-11-05")
    copy = _profile("a-copy", MEETING, dict(EN.terms), day="2024-11-06")
    clusterer = StoryClusterer()
    clusterer.add(copy)
    clusterer.add(original)
    placed = clusterer.settle(["a-copy", "b-original"])
    # The earlier publication is the original whatever came first, and names the story.
    assert placed == {
        "b-original": ("story-b-original", None),
        "a-copy": ("story-b-original", "b-original"),
    }


def test_cluster_restore_keeps_recorded_stories_and_goes_on() -> None:
    clusterer = StoryClusterer()
    clusterer.restore([(EN, "story-it1"), (IT, "story-it1"), (OTHER, None)])
    assert clusterer.story_of("en1") == clusterer.story_of("it1") == "story-it1"
    assert clusterer.story_of("en2") == "story-en2"
    later = _profile("en4", MEETING, {"rutte": 2.0, "meloni": 2.0, "talks": 1.0})
    assert clusterer.add(later) == "story-it1"
    # A story whose founding document is gone is named by its earliest remaining member.
    again = StoryClusterer()
    again.restore([(EN, "story-gone"), (IT, "story-gone")])
    assert again.story_of("en1") == again.story_of("it1") == "story-en1"
    with pytest.raises(ValueError, match="already"):
        again.restore([(EN, None)])


def test_cluster_adding_a_known_document_keeps_its_story() -> None:
    clusterer = StoryClusterer()
    story = clusterer.add(EN)
    assert clusterer.add(EN) == story
    assert len(clusterer) == 1
    assert clusterer.story_of("en1") == story
    with pytest.raises(KeyError, match="never added"):
        clusterer.story_of("missing")


@pytest.mark.parametrize(
    ("options", "message"),
    [({"threshold": 0.0}, "thresholds"), ({"link_threshold": 1.5}, "thresholds")],
)
def test_cluster_rejects_bad_thresholds(options: dict[str, float], message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        StoryClusterer(**options)


def test_cluster_rejects_a_window_past_the_maximum_gap() -> None:
    with pytest.raises(ConfigurationError, match="window_days"):
        SimilarityWeights(window_days=60, max_gap_days=30)


# ----------------------------------------------------------------- profiles from analyses


def _mention(text: str, start: int, kind: EntityType, entity_id: str) -> EntityMention:
    return EntityMention(start, start + len(text), text, kind, entity_id, text, 0.9, None)


def _analysis(doc_id: str, text: str, language: str = "en", title: str | None = None) -> Analysis:
    mentions = []
    for name, kind, entity_id in [
        ("Mark Rutte", "PERSON", "kb/rutte"),
        ("Italy", "GPE", "country/ITA"),
    ]:
        start = text.find(name)
        if start >= 0:
            mentions.append(_mention(name, start, kind, entity_id))  # type: ignore[arg-type]
    return Analysis(
        id=doc_id,
        path=f"{doc_id}.txt",
        language=language,
        published=PublicationDate(PartialDate(2024, 11, 5), "header"),
        text=text,
        removed=(),
        entities=tuple(mentions),
        entity_records=(),
        times=(),
        events=(),
        quotes=(),
        content_hash=doc_id,
        title=title,
    )


ARTICLE = (
    "Mark Rutte met the Prime Minister of Italy in Rome on Tuesday. The two leaders discussed "
    "air defence deliveries, the next aid package and the financing of the alliance. Rutte "
    "thanked Italy for its contribution to the air policing mission over the Baltic states."
)


def test_cluster_profile_of_an_analysis() -> None:
    profile = build_profile(_analysis("d1", ARTICLE, title="Rutte in Rome"))
    entities = dict(profile.entities)
    assert entities["kb/rutte"] > entities["country/ITA"]  # a person says more than a country
    terms = dict(profile.terms)
    assert "the" not in terms and "and" not in terms
    assert terms["rome"] > terms["financing"]  # title words count more
    assert profile.published == PartialDate(2024, 11, 5)
    assert profile.title == "Rutte in Rome"


@pytest.mark.parametrize(
    ("language", "text", "kept", "dropped"),
    [
        ("en", "The minister said that the talks were useful", {"minister", "talks", "useful"},
         {"the", "said", "that", "were"}),
        ("it", "Il ministro ha detto che i colloqui sono stati utili", {"ministro", "colloqui"},
         {"il", "che", "sono", "stati"}),
        ("fr", "Le ministre a dit que les discussions étaient utiles", {"ministre", "discussions"},
         {"le", "que", "les", "étaient"}),
        ("de", "Der Minister sagte, dass die Gespräche nützlich waren", {"minister", "gespräche"},
         {"der", "dass", "die", "waren"}),
        ("es", "El ministro dijo que las conversaciones fueron útiles",
         {"ministro", "conversaciones"}, {"el", "que", "las", "dijo"}),
    ],
)  # fmt: skip
def test_cluster_content_words(language: str, text: str, kept: set[str], dropped: set[str]) -> None:
    words = set(content_words(text, language))
    assert kept <= words
    assert not dropped & words


def test_cluster_near_duplicates() -> None:
    original = build_profile(_analysis("a", ARTICLE))
    copy = build_profile(_analysis("b", ARTICLE + " Copyright 2024 Example Agency."))
    rewritten = build_profile(
        _analysis(
            "c",
            "NATO's secretary general Mark Rutte visited Rome, where talks with the Italian "
            "government centred on air defence and the Baltic air policing mission.",
        )
    )
    translated_label = build_profile(_analysis("d", ARTICLE, language="it"))
    assert is_near_duplicate(original, copy)
    assert not is_near_duplicate(original, rewritten)
    assert not is_near_duplicate(original, translated_label)
