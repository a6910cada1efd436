"""The fast paths of the event coder's lookups give what the plain scans gave: mentions
within a span, phrase matches with prefixes and suffixes, and trigger patterns per word
(remembered per word, the memo bounded)."""

from __future__ import annotations

import pytest

from annals.events import triggers
from annals.events.lexicon import PhraseSet
from annals.events.roles import MentionIndex
from annals.events.triggers import TriggerMatcher
from annals.models import EntityMention
from annals.nlp.parser import Parser


def _mention(start: int, end: int, text: str) -> EntityMention:
    return EntityMention(start, end, text, "GPE", f"local/GPE/{text.lower()}", text, 0.9)


def test_mentions_in_span_are_those_inside_it_in_text_order() -> None:
    text = "Italy and France met Spain in Rome."
    parsed = Parser().parse(text, "en")
    mentions = [
        _mention(28, 32, "Rome"),
        _mention(0, 5, "Italy"),
        _mention(21, 26, "Spain"),
        _mention(10, 16, "France"),
    ]
    index = MentionIndex(parsed, mentions)
    assert [m.text for m in index.in_span(0, len(text))] == ["Italy", "France", "Spain", "Rome"]
    assert [m.text for m in index.in_span(6, 27)] == ["France", "Spain"]
    assert [m.text for m in index.in_span(11, 27)] == ["Spain"]  # France starts before
    assert index.in_span(33, 35) == []


def test_phrase_find_matches_words_prefixes_suffixes_and_phrases() -> None:
    phrases = PhraseSet.build(["aid", "milit*", "*hilfe", "air defence"])
    words = [
        "they",
        "sent",
        "aid",
        "and",
        "military",
        "gear",
        "and",
        "waffenhilfe",
        "plus",
        "air",
        "defence",
        "systems",
    ]
    assert phrases.find(words) == [(2, 3), (4, 5), (7, 8), (9, 11)]
    assert phrases.find(["nothing", "here"]) == []


def test_trigger_patterns_per_word_are_remembered_and_the_memo_is_bounded(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(triggers, "_WORD_CACHE_SIZE", 3)
    matcher = TriggerMatcher()
    parsed = Parser().parse("Rebels attacked the base and attacked it again.", "en")
    index = matcher._index["en"]
    first = [index.candidates(token) for token in parsed.tokens]
    assert len(index._cache) <= 3
    assert first == [index.candidates(token) for token in parsed.tokens]
    assert any(matcher._patterns["en"][n].type == "ASSAULT" for n in first[1])
