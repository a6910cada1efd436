"""The PLOVER type classifier: features, model file, training, and its use by the coder."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from annals.errors import ModelLoadError
from annals.events.classifier import (
    LABELS,
    MODEL_FILE,
    EventTypeClassifier,
    sentence_features,
)
from annals.events.extractor import EventExtractor, TypeTuning, reduced_type
from annals.events.train import Example, bundled_examples, fit
from annals.events.triggers import TriggerMatcher
from annals.models import EVENT_TYPES, EntityMention, PartialDate, PublicationDate
from annals.nlp.parser import Parser

PUBLISHED = PublicationDate(PartialDate(2025, 3, 12), "header")
DATA = Path(__file__).resolve().parents[2] / "src" / "annals" / "events" / "data"


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


@pytest.fixture(scope="module")
def model() -> EventTypeClassifier:
    return EventTypeClassifier.load()


def _mention(text: str, surface: str, kind: str, entity_id: str) -> EntityMention:
    start = text.index(surface)
    country = entity_id.split("/")[1] if entity_id.startswith("country/") else None
    return EntityMention(
        start, start + len(surface), surface, kind, entity_id, surface, 0.9, None, country
    )


# --------------------------------------------------------------------------- model file


def test_event_classifier_bundled_model_is_small_and_complete(model: EventTypeClassifier) -> None:
    path = DATA / MODEL_FILE
    assert path.stat().st_size <= 5 * 1024 * 1024
    assert LABELS[:-1] == EVENT_TYPES and LABELS[-1] == "none"
    assert model.weights.shape == (1 << model.bits, len(LABELS))
    card = DATA / "EVENT_CLASSIFIER_MODEL_CARD.md"
    text = card.read_text(encoding="utf-8")
    for needed in ("CC BY-SA 4.0", "MIT", "python -m annals.events.train", "held-out"):
        assert needed in text


def test_event_classifier_round_trip_keeps_scores(model: EventTypeClassifier) -> None:
    again = EventTypeClassifier.from_dict(json.loads(json.dumps(model.to_dict())))
    features = ["bias", "w:attack", "t:ASSAULT", "w:kill"]
    first = model.score_features(features).probabilities
    second = again.score_features(features).probabilities
    assert all(abs(first[label] - second[label]) < 1e-3 for label in LABELS)


def test_event_classifier_rejects_a_foreign_file(tmp_path: Path) -> None:
    path = tmp_path / "model.json"
    path.write_text(json.dumps({"name": "something.else", "labels": []}), encoding="utf-8")
    with pytest.raises(ModelLoadError, match=r"annals\.events\.train"):
        EventTypeClassifier.load(path)
    path.write_text("not json", encoding="utf-8")
    with pytest.raises(ModelLoadError, match=r"model\.json"):
        EventTypeClassifier.load(path)


def test_event_classifier_examples_cover_every_type_in_five_languages() -> None:
    examples = bundled_examples()
    for language in ("en", "it", "fr", "de", "es"):
        labels = {item["label"] for item in examples if item["lang"] == language}
        assert labels == set(LABELS), language


# --------------------------------------------------------------------------- features


def test_event_classifier_features_name_triggers_by_type(parser: Parser) -> None:
    text = "Giorgia Meloni ha incontrato il presidente francese a Roma."
    parsed = parser.parse(text, "it")
    sentence = parsed.sentences[0]
    candidates = TriggerMatcher().find(parsed, sentence)
    features = sentence_features(parsed, sentence, candidates)
    assert "t:CONSULT" in features  # language-independent: the same in every language
    assert "w:incontrato" in features
    assert "notrigger" not in features
    plain = parser.parse("La città conta due milioni di abitanti.", "it")
    assert "notrigger" in sentence_features(plain, plain.sentences[0], [])


def test_event_classifier_features_read_the_parse(parser: Parser) -> None:
    parsed = parser.parse("The rebels refused to release the hostages.", "en")
    features = sentence_features(parsed, parsed.sentences[0], [])
    assert "root:refuse" in features
    assert "xo:release:hostage" in features


# --------------------------------------------------------------------------- predictions

# Sentences written for this test (not in the training examples), two per language and more
# in English; the type the coder gives a clause (the likeliest PLOVER type).
PREDICTIONS = [
    ("en", "Riot police detained forty demonstrators near the parliament.", "COERCE"),
    ("en", "Artillery shelled the outskirts of the town, killing two civilians.", "ASSAULT"),
    ("en", "The union called a general strike against the pension reform.", "PROTEST"),
    ("en", "The foreign ministers held talks in Geneva on Friday.", "CONSULT"),
    ("en", "The government refused to extradite the former general.", "REJECT"),
    ("en", "The ministry accused the rebels of using civilians as shields.", "ACCUSE"),
    ("it", "L'Unione europea ha adottato nuove sanzioni contro tre banche.", "SANCTION"),
    ("it", "I carabinieri hanno arrestato il sindaco con l'accusa di corruzione.", "COERCE"),
    ("fr", "La police a interpellé une vingtaine de manifestants devant la mairie.", "COERCE"),
    ("fr", "Le Premier ministre a reçu son homologue grec à Matignon.", "CONSULT"),
    ("es", "El gobierno envió toneladas de alimentos a la región afectada.", "AID"),
    ("es", "Miles de agricultores protestaron frente al Congreso.", "PROTEST"),
    ("de", "Die Regierung wies den Vorschlag der Opposition zurück.", "REJECT"),
    ("de", "Bei einem Luftangriff wurden mehrere Zivilisten getötet.", "ASSAULT"),
]
#: Share of PREDICTIONS typed right: a floor to raise, never to lower.
MIN_PREDICTION_ACCURACY = 0.85


def test_event_classifier_types_unseen_sentences(
    parser: Parser, model: EventTypeClassifier
) -> None:
    matcher = TriggerMatcher()
    wrong = []
    for language, text, expected in PREDICTIONS:
        parsed = parser.parse(text, language)
        sentence = parsed.sentences[0]
        label, _ = model.score(parsed, sentence, matcher.find(parsed, sentence)).best_type()
        if label != expected:
            wrong.append(f"{language}: {text} -> {label}, not {expected}")
    accuracy = 1 - len(wrong) / len(PREDICTIONS)
    assert accuracy >= MIN_PREDICTION_ACCURACY, "\n".join(wrong)


def test_event_classifier_fit_learns_separable_labels() -> None:
    examples = [Example(("bias", "w:bomb", f"w:x{n}"), "ASSAULT", "test") for n in range(5)] + [
        Example(("bias", "w:summit", f"w:y{n}"), "CONSULT", "test") for n in range(5)
    ]
    examples += [Example(("bias", "w:weather", f"w:z{n}"), "none", "test") for n in range(5)]
    model = fit(examples, bits=10, epochs=60)
    assert model.score_features(["bias", "w:bomb"]).best()[0] == "ASSAULT"
    assert model.score_features(["bias", "w:summit"]).best()[0] == "CONSULT"
    assert model.score_features(["bias", "w:weather"]).best()[0] == "none"
    assert np.isfinite(model.weights).all()


# --------------------------------------------------------------------------- coder


def test_event_classifier_reduced_type_follows_plover() -> None:
    assert reduced_type("AID", "planned") == "AGREE"
    assert reduced_type("ASSAULT", "planned") == "THREATEN"
    assert reduced_type("RETREAT", "planned") == "CONCEDE"
    assert reduced_type("AID", "occurred") == "AID"


def _toy_classifier(verb: str) -> EventTypeClassifier:
    """A classifier that calls any sentence whose main verb is ``verb`` an ASSAULT and other
    sentences nothing."""
    examples = [Example(("bias", f"root:{verb}", f"w:a{n}"), "ASSAULT", "test") for n in range(6)]
    examples += [Example(("bias", f"w:b{n}"), "none", "test") for n in range(6)]
    return fit(examples, bits=12, epochs=80)


def test_event_classifier_proposes_an_event_without_trigger(parser: Parser) -> None:
    text = "Russia pummelled Kharkiv overnight."
    mentions = [
        _mention(text, "Russia", "GPE", "country/RUS"),
        _mention(text, "Kharkiv", "GPE", "city/kharkiv"),
    ]
    parsed = parser.parse(text, "en")
    assert not TriggerMatcher().find(parsed, parsed.sentences[0])
    verb = next(token.lemma for token in parsed.tokens if token.dep == "ROOT")
    toy = _toy_classifier(verb)
    events = EventExtractor(toy, TypeTuning(propose_min=0.6)).extract(
        "doc", parsed, mentions, (), PUBLISHED
    )
    assert [event.type for event in events] == ["ASSAULT"]
    assert [ref.id for ref in events[0].actors] == ["country/RUS"]
    off = EventExtractor(toy, TypeTuning(propose_min=1.0))
    assert off.extract("doc", parsed, mentions, (), PUBLISHED) == ()


def test_event_classifier_proposes_nothing_in_plain_sentences(parser: Parser) -> None:
    text = "Kharkiv has about a million inhabitants and a large university."
    mentions = [_mention(text, "Kharkiv", "GPE", "city/kharkiv")]
    parsed = parser.parse(text, "en")
    assert EventExtractor().extract("doc", parsed, mentions, (), PUBLISHED) == ()


def test_event_classifier_keeps_one_event_per_meeting(parser: Parser) -> None:
    text = (
        "On Monday Mark Rutte met Olaf Scholz in Berlin. On Tuesday he met Emmanuel Macron "
        "in Paris. On Wednesday he met Pedro Sánchez in Madrid."
    )
    mentions = [
        _mention(text, surface, "PERSON", f"person/{surface.lower().replace(' ', '-')}")
        for surface in ("Mark Rutte", "Olaf Scholz", "Emmanuel Macron", "Pedro Sánchez")
    ]
    parsed = parser.parse(text, "en")
    events = EventExtractor().extract("doc", parsed, mentions, (), PUBLISHED)
    assert [event.type for event in events] == ["CONSULT", "CONSULT", "CONSULT"]
