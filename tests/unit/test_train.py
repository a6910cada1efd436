"""NER training: corpus assembly, label mapping and a tiny run that yields a loadable model."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from annals.errors import ConfigurationError
from annals.nlp.ner_data import TaggedSentence
from annals.nlp.train import (
    AlignmentCounts,
    Recipe,
    build_config,
    build_packaged_model,
    sentence_doc,
    train_ner,
    training_corpus,
    write_docbin,
)

PEOPLE = ("Anna Rossi", "Marco Bianchi", "Luca Verdi", "Sara Neri")
PLACES = ("Roma", "Milano", "Napoli", "Torino")
GROUPS = ("Fiat", "Eni", "Enel", "Telecom")


def _sentence(person: str, place: str, group: str) -> TaggedSentence:
    first, last = person.split()
    tokens = (first, last, "lavora", "per", group, "a", place, ".")
    tags = ("B-PER", "I-PER", "O", "O", "B-ORG", "O", "B-LOC", "O")
    return TaggedSentence(tokens, tags)


def _corpus() -> list[TaggedSentence]:
    return [
        _sentence(person, place, group)
        for person in PEOPLE
        for place, group in zip(PLACES, GROUPS, strict=True)
    ]


def test_sentence_doc_keeps_scored_labels_and_drops_misc() -> None:
    import spacy

    sentence = TaggedSentence(
        ("Anna", "Rossi", "vede", "Expo", "2015", "a", "Roma"),
        ("B-PER", "I-PER", "O", "B-MISC", "I-MISC", "O", "B-LOC"),
    )
    doc = sentence_doc(spacy.blank("it"), sentence)
    assert [(e.text, e.label_) for e in doc.ents] == [("Anna Rossi", "PER"), ("Roma", "LOC")]


def test_sentence_doc_uses_the_runtime_tokenizer() -> None:
    import spacy

    nlp = spacy.blank("pl")
    sentence = TaggedSentence(
        ("Anna", "Nowak-Kowalska", "mieszka", "m.in.", "w", "Bielsku-Białej", "."),
        ("B-PER", "I-PER", "O", "O", "O", "B-LOC", "O"),
    )
    counts = AlignmentCounts()
    doc = sentence_doc(nlp, sentence, counts)
    runtime = nlp.make_doc("Anna Nowak-Kowalska mieszka m.in. w Bielsku-Białej .")
    assert [t.text for t in doc] == [t.text for t in runtime]
    assert "-" in [t.text for t in doc]  # the hyphenated gold tokens are split, as at run time
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Anna Nowak-Kowalska", "PER"),
        ("Bielsku-Białej", "LOC"),
    ]
    assert (counts.entities, counts.exact, counts.expanded, counts.lost) == (2, 2, 0, 0)
    assert counts.split_tokens == len(runtime) - len(sentence.tokens) > 0


class _MergingTokenizer:
    """A stand-in pipeline whose tokenizer keeps "Anna Rossi" as one token."""

    def __init__(self) -> None:
        import spacy

        self.vocab = spacy.blank("it").vocab

    def make_doc(self, text: str) -> object:
        from spacy.tokens import Doc

        assert text.startswith("Anna Rossi ")
        rest = text[len("Anna Rossi ") :].split(" ")
        return Doc(self.vocab, words=["Anna Rossi", *rest], spaces=[True] * len(rest) + [False])


def test_entities_inside_a_runtime_token_are_expanded_or_lost() -> None:
    nlp = _MergingTokenizer()
    counts = AlignmentCounts()
    doc = sentence_doc(
        nlp, TaggedSentence(("Anna", "Rossi", "vede", "Roma"), ("O", "B-PER", "O", "B-LOC")), counts
    )
    assert [(e.text, e.label_) for e in doc.ents] == [("Anna Rossi", "PER"), ("Roma", "LOC")]
    assert (counts.exact, counts.expanded, counts.lost) == (1, 1, 0)
    # two gold entities inside one runtime token: the second cannot be placed
    counts = AlignmentCounts()
    doc = sentence_doc(
        nlp, TaggedSentence(("Anna", "Rossi", "vede"), ("B-PER", "B-LOC", "O")), counts
    )
    assert [(e.text, e.label_) for e in doc.ents] == [("Anna Rossi", "PER")]
    assert (counts.entities, counts.expanded, counts.lost) == (2, 1, 1)


def test_training_examples_see_the_runtime_tokens(tmp_path: Path) -> None:
    """spaCy's corpus reader must not fall back to the gold tokens (gold_preproc)."""
    import spacy
    from spacy.training import Corpus

    nlp = spacy.blank("ru")
    sentence = TaggedSentence(
        ("Он", "живёт", "в", "Нью-Йорке", "и", "т.д."), ("O", "O", "O", "B-LOC", "O", "O")
    )
    counts = write_docbin(nlp, [sentence], tmp_path / "train.spacy")
    assert counts.lost == 0
    example = next(iter(Corpus(str(tmp_path / "train.spacy"))(nlp)))
    runtime = [t.text for t in nlp.make_doc("Он живёт в Нью-Йорке и т.д.")]
    assert [t.text for t in example.predicted] == runtime
    assert [t.text for t in example.reference] == runtime
    assert [e.text for e in example.reference.ents] == ["Нью-Йорке"]


@pytest.mark.slow
@pytest.mark.parametrize("language", ["pl", "ru"])
def test_no_gold_entity_is_lost_on_the_runtime_tokens(shared_dir: Path, language: str) -> None:
    import spacy

    from annals.nlp.ner_data import read_ner_file

    path = shared_dir / "data" / "ner" / "wikineural" / f"{language}.val.conllu.gz"
    nlp = spacy.blank(language)
    counts = AlignmentCounts()
    sentences = read_ner_file(path, limit=2000)
    for sentence in sentences:
        sentence_doc(nlp, sentence, counts)
    assert counts.entities > 1000
    assert counts.lost == 0 and counts.exact == counts.entities
    assert counts.split_tokens > 0  # the runtime tokenizer does split some gold tokens


def test_config_is_the_small_cpu_recipe(tmp_path: Path) -> None:
    config = build_config("de", tmp_path / "t.spacy", tmp_path / "d.spacy", Recipe())
    assert config["nlp"]["lang"] == "de"
    assert config["nlp"]["pipeline"] == ["tok2vec", "ner"]
    embed = config["components"]["tok2vec"]["model"]["embed"]
    assert embed["width"] == 96 and embed["include_static_vectors"] is False
    assert config["components"]["tok2vec"]["model"]["encode"]["depth"] == 4
    assert config["paths"]["train"] == str(tmp_path / "t.spacy")


@pytest.mark.parametrize("language", ["xx", "ja", "uk"])
def test_unknown_language_has_no_recipe(tmp_path: Path, language: str) -> None:
    with pytest.raises(ConfigurationError, match="no NER training recipe"):
        training_corpus(language, tmp_path)


def test_time_box_must_be_positive(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match="max_minutes"):
        train_ner("it", tmp_path / "model", 0)


def test_italian_corpus_adds_kind(shared_dir: Path) -> None:
    train, dev, sources = training_corpus("it", shared_dir / "data" / "ner")
    assert any("WN_train" in source for source in sources)
    assert any("WN_dev" in source for source in sources)
    assert len(train) > 30000 and len(dev) > 2500


@pytest.mark.slow
def test_tiny_training_run_produces_a_loadable_model(tmp_path: Path) -> None:
    import spacy

    from annals.nlp.parser import Parser

    corpus = _corpus()
    output = tmp_path / "it-model"
    recipe = Recipe(width=32, depth=1, rows=500, eval_frequency=4)
    summary = train_ner(
        "it", output, max_minutes=0.4, recipe=recipe, max_steps=12, sentences=(corpus, corpus[:4])
    )
    assert summary["train_sentences"] == 16 and summary["dev_sentences"] == 4
    assert 0.0 <= summary["dev_f1"] <= 1.0
    assert (output / "meta.json").is_file()
    assert not (output / "optimizer").exists()
    nlp = spacy.load(output)
    assert nlp.pipe_names == ["tok2vec", "ner"]
    ner: Any = nlp.get_pipe("ner")
    assert set(ner.labels) == {"PER", "ORG", "LOC"}
    assert "non-commercial" in nlp.meta["license"]
    parsed = Parser(models={"it": str(output)}).parse("Anna Rossi lavora a Roma. Bene.", "it")
    assert len(parsed.sentences) == 2
    assert all(span.type in {"PERSON", "ORG", "LOC"} for span in parsed.entity_spans)


@pytest.mark.slow
def test_training_resumes_from_a_saved_model(tmp_path: Path) -> None:
    import spacy

    corpus = _corpus()
    recipe = Recipe(width=32, depth=1, rows=500, eval_frequency=4)
    first = tmp_path / "first"
    train_ner("it", first, 0.4, recipe=recipe, max_steps=4, sentences=(corpus, corpus[:4]))
    second = tmp_path / "second"
    summary = train_ner(
        "it",
        second,
        0.4,
        recipe=recipe,
        max_steps=4,
        sentences=(corpus, corpus[:4]),
        resume_from=first,
    )
    assert summary["resumed_from"] == str(first)
    assert spacy.load(second).pipe_names == ["tok2vec", "ner"]


@pytest.mark.slow
def test_build_packaged_model_writes_model_and_card(tmp_path: Path) -> None:
    import gzip
    import json

    data = tmp_path / "ner"
    (data / "wikineural").mkdir(parents=True)
    lines = []
    for sentence in _corpus():
        pairs = zip(sentence.tokens, sentence.tags, strict=True)
        lines += [f"{i}\t{tok}\t{tag}" for i, (tok, tag) in enumerate(pairs)]
        lines.append("")
    with gzip.open(data / "wikineural" / "de.val.conllu.gz", "wt", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")
    output = tmp_path / "models" / "de"
    summary = build_packaged_model("de", 0.05, output=output, data_dir=data)
    assert summary["train_sentences"] == 15 and summary["dev_sentences"] == 1
    assert not output.with_name("de.partial").exists()
    card = (output / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert "non-commercial" in card and "CC BY-NC-SA 4.0" in card
    assert "annals train ner --lang de" in card
    assert json.loads((output / "training.json").read_text())["language"] == "de"
