"""The bundled example sentences (round 2) and what the retrained classifier learnt from them."""

from __future__ import annotations

from collections import Counter

import pytest

from annals.events.classifier import LABELS, EventTypeClassifier
from annals.events.extractor import TypeTuning
from annals.events.train import bundled_examples
from annals.events.triggers import TriggerMatcher
from annals.models import EVENT_TYPES
from annals.nlp.parser import Parser

LANGUAGES = {"en", "it", "fr", "de", "es"}


def test_event_examples_are_valid_and_unique() -> None:
    examples = bundled_examples()
    for item in examples:
        assert set(item) == {"lang", "label", "text"}, item
        assert item["lang"] in LANGUAGES, item
        assert item["label"] in LABELS, item
        assert item["text"].strip() == item["text"] and len(item["text"]) > 15, item
    keys = Counter((item["lang"], item["text"].lower()) for item in examples)
    assert [key for key, count in keys.items() if count > 1] == []


def test_event_examples_cover_every_type_richly_in_english() -> None:
    examples = bundled_examples()
    english = Counter(item["label"] for item in examples if item["lang"] == "en")
    assert sum(english.values()) >= 350
    assert all(english[label] >= 15 for label in EVENT_TYPES), english
    assert english["none"] >= 25
    for language in LANGUAGES - {"en"}:
        labels = Counter(item["label"] for item in examples if item["lang"] == language)
        assert all(labels[label] >= 5 for label in EVENT_TYPES), (language, labels)


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


# Sentences written for this test (not in the examples file) that the previous model typed
# right but too unsure to propose an event in a sentence no trigger matched.
@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Crowds gathered outside the governor's office demanding the release of the "
            "arrested students.",
            "PROTEST",
        ),
        ("The government banned the student union and arrested its leaders.", "COERCE"),
        (
            "The mayor appealed to residents to stay indoors and asked the army for help.",
            "REQUEST",
        ),
    ],
)
def test_event_classifier_is_sure_of_unseen_english_sentences(
    parser: Parser, text: str, label: str
) -> None:
    parsed = parser.parse(text, "en")
    sentence = parsed.sentences[0]
    candidates = TriggerMatcher().find(parsed, sentence)
    best, probability = EventTypeClassifier.load().score(parsed, sentence, candidates).best()
    assert best == label
    assert probability >= TypeTuning().propose_min
