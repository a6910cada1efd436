"""NER training: corpus assembly, label mapping and a tiny run that yields a loadable model."""

from __future__ import annotations

from dataclasses import replace
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
    slow = build_config("de", tmp_path / "t.spacy", tmp_path / "d.spacy", Recipe(learn_rate=2e-4))
    assert slow["training"]["optimizer"]["learn_rate"] == 2e-4
    assert (
        config["training"]["optimizer"]["learn_rate"] > slow["training"]["optimizer"]["learn_rate"]
    )


def test_config_sets_affix_rows_and_dropout(tmp_path: Path) -> None:
    default = build_config("ru", tmp_path / "t.spacy", tmp_path / "d.spacy", Recipe(rows=8000))
    assert default["components"]["tok2vec"]["model"]["embed"]["rows"] == [8000, 4000, 4000, 4000]
    assert default["training"]["dropout"] == 0.1
    recipe = Recipe(rows=16000, affix_rows=2000, dropout=0.3)
    config = build_config("ru", tmp_path / "t.spacy", tmp_path / "d.spacy", recipe)
    assert config["components"]["tok2vec"]["model"]["embed"]["rows"] == [16000, 2000, 2000, 2000]
    assert config["training"]["dropout"] == 0.3


def test_config_with_character_embedding(tmp_path: Path) -> None:
    from annals.nlp.train import CHARACTER_BYTES, CHARACTER_WIDTH

    recipe = Recipe(rows=16000, embed="characters")
    config = build_config("ru", tmp_path / "t.spacy", tmp_path / "d.spacy", recipe)
    embed = config["components"]["tok2vec"]["model"]["embed"]
    assert embed["@architectures"] == "spacy.CharacterEmbed.v2"
    assert (embed["rows"], embed["width"], embed["feature"]) == (16000, 96, "NORM")
    assert (embed["nM"], embed["nC"]) == (CHARACTER_WIDTH, CHARACTER_BYTES)
    assert embed["include_static_vectors"] is False


@pytest.mark.parametrize("language", ["xx", "ja", "uk"])
def test_unknown_language_has_no_recipe(tmp_path: Path, language: str) -> None:
    with pytest.raises(ConfigurationError, match="no NER training recipe"):
        training_corpus(language, tmp_path)


def test_time_box_must_be_positive(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match="max_minutes"):
        train_ner("it", tmp_path / "model", 0)


def test_italian_corpus_adds_kind_and_keeps_wn_dev_held_out(shared_dir: Path) -> None:
    from annals.nlp.ner_data import read_ner_file

    data = shared_dir / "data" / "ner"
    train, dev, sources = training_corpus("it", data)
    assert any("WN_train" in source for source in sources)
    assert not any("WN_dev" in source for source in sources)
    assert len(train) > 30000 and len(dev) > 2000
    kind = data / "kind"
    held_out = {s.tokens for s in read_ner_file(kind / "WN_dev.tsv.gz")}
    news = read_ner_file(kind / "WN_train.tsv.gz")
    news_dev = {s.tokens for s in news[len(news) - round(len(news) / 10) :]}
    dev_tokens = {s.tokens for s in dev}
    assert news_dev <= dev_tokens  # the last tenth of WN_train is the news dev set
    # a WN_dev sentence is seen only where KIND repeats it in another file (38 in WN_train)
    seen = dev_tokens | {s.tokens for s in train}
    elsewhere = {s.tokens for s in news}
    for part in ("ADG", "FIC"):
        elsewhere |= {s.tokens for s in read_ner_file(kind / f"{part}_train.tsv.gz")}
    elsewhere |= {s.tokens for s in read_ner_file(data / "wikineural" / "it.val.conllu.gz")}
    assert held_out & seen <= elsewhere
    assert len(held_out & seen) < len(held_out) / 20


def _write_kind(folder: Path, name: str, sentences: list[TaggedSentence]) -> None:
    import gzip

    lines = []
    for sentence in sentences:
        lines += [f"{tok}\t{tag}" for tok, tag in zip(sentence.tokens, sentence.tags, strict=True)]
        lines.append("")
    with gzip.open(folder / name, "wt", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")


def _italian_data(tmp_path: Path) -> Path:
    """A tiny stand-in for shared/data/ner: WikiNEuRal it, KIND WN/ADG/FIC train and WN_dev."""
    import gzip

    data = tmp_path / "ner"
    (data / "wikineural").mkdir(parents=True)
    (data / "kind").mkdir()
    corpus = _corpus()
    lines = []
    for sentence in corpus:
        pairs = zip(sentence.tokens, sentence.tags, strict=True)
        lines += [f"{i}\t{tok}\t{tag}" for i, (tok, tag) in enumerate(pairs)]
        lines.append("")
    with gzip.open(data / "wikineural" / "it.val.conllu.gz", "wt", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")
    news = [
        TaggedSentence(("Il", "governo", "di", place, "."), ("O", "B-ORG", "O", "B-LOC", "O"))
        for place in (*PLACES, "Bari", "Pisa", "Siena", "Lucca", "Parma", "Como")
    ]
    _write_kind(data / "kind", "WN_train.tsv.gz", news)
    _write_kind(data / "kind", "ADG_train.tsv.gz", corpus[:2])
    _write_kind(data / "kind", "FIC_train.tsv.gz", corpus[2:3])
    held_out = [TaggedSentence(("Visto", "a", "Ancona"), ("O", "O", "B-LOC"))]
    _write_kind(data / "kind", "WN_dev.tsv.gz", held_out)
    return data


def test_italian_corpus_weights_repeat_news_and_general_data(tmp_path: Path) -> None:
    data = _italian_data(tmp_path)
    once, dev_once, _ = training_corpus("it", data, Recipe(general_weight=1, news_weight=1))
    thrice, dev_thrice, sources = training_corpus(
        "it", data, Recipe(general_weight=1, news_weight=3)
    )
    news_only, dev_news_only, _ = training_corpus(
        "it", data, Recipe(general_weight=0, news_weight=2)
    )
    # 16 WikiNEuRal sentences (13 train; 5th and 15th dev; 10th held out, unread);
    # 10 news (the last one dev); ADG 2; FIC 1
    assert len(once) == 13 + 9 + 2 + 1
    assert len(thrice) == 13 + 3 * 9 + 2 + 1
    assert len(news_only) == 2 * 9 + 2 + 1
    assert dev_once == dev_thrice == dev_news_only
    assert len(dev_once) == 3
    assert dev_once[-1].tokens == ("Il", "governo", "di", "Como", ".")
    assert not any(s.tokens == ("Visto", "a", "Ancona") for s in [*thrice, *dev_thrice])
    assert not any("WN_dev" in source for source in sources)
    assert any("x3" in source for source in sources)


def test_checkpoint_is_chosen_outside_the_benchmark_holdout(tmp_path: Path) -> None:
    """Training neither trains on nor picks its checkpoint on what `--holdout` scores."""
    from annals.nlp.ner_data import read_ner_file, split_holdout

    data = _italian_data(tmp_path)
    wikineural = read_ner_file(data / "wikineural" / "it.val.conllu.gz")
    held_out = split_holdout(wikineural)[1]
    train, dev, sources = training_corpus("it", data)
    assert held_out == [wikineural[9]]
    assert wikineural[9] not in train and wikineural[9] not in dev
    assert dev[:2] == [wikineural[4], wikineural[14]]  # positions 5 and 15: the checkpoint slice
    assert not set(dev[:2]) & set(train)
    assert "every 10th held out, never read" in sources[0]


@pytest.mark.parametrize(
    "recipe", [Recipe(general_weight=-1), Recipe(news_weight=-2)], ids=["general", "news"]
)
def test_negative_weights_are_refused(tmp_path: Path, recipe: Recipe) -> None:
    with pytest.raises(ConfigurationError, match="weights must be 0 or more"):
        training_corpus("it", _italian_data(tmp_path), recipe)


def test_a_recipe_without_data_is_refused(tmp_path: Path) -> None:
    import shutil

    data = _italian_data(tmp_path)
    wikineural = data / "wikineural"
    shutil.copy(wikineural / "it.val.conllu.gz", wikineural / "de.val.conllu.gz")
    assert training_corpus("de", data, Recipe(general_weight=1))[0]
    with pytest.raises(ConfigurationError, match="no training sentences"):
        training_corpus("de", data, Recipe(general_weight=0))


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
def test_tiny_character_embedding_run_produces_a_loadable_model(tmp_path: Path) -> None:
    import spacy

    corpus = _corpus()
    output = tmp_path / "it-model"
    recipe = Recipe(width=32, depth=1, rows=500, eval_frequency=4, embed="characters")
    train_ner(
        "it", output, max_minutes=0.4, recipe=recipe, max_steps=8, sentences=(corpus, corpus[:4])
    )
    nlp = spacy.load(output)
    embed = nlp.config["components"]["tok2vec"]["model"]["embed"]
    assert embed["@architectures"] == "spacy.CharacterEmbed.v2"
    assert len(nlp("Anna Rossi lavora a Roma.")) == 6


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
    assert summary["train_sentences"] == 13 and summary["dev_sentences"] == 2
    assert summary["checkpoint_remainder"] == 5
    assert not output.with_name("de.partial").exists()
    card = (output / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert "non-commercial" in card and "CC BY-NC-SA 4.0" in card
    assert "annals train ner --lang de" in card
    assert "sentences 5, 15, 25, ... (they choose the checkpoint" in card
    assert "slightly optimistic" not in card
    assert json.loads((output / "training.json").read_text())["language"] == "de"
    again = build_packaged_model("de", 0.05, output=output, data_dir=data, resume=True)
    assert [phase["resumed"] for phase in again["phases"]] == [False, True]
    assert "2. " in (output / "MODEL_CARD.md").read_text(encoding="utf-8")


def _summary(**extra: Any) -> dict[str, Any]:
    return {
        "language": "it",
        "size_bytes": 8_000_000,
        "sources": ["kind/WN_train.tsv.gz (train x3)"],
        "train_sentences": 10,
        "train_words": 100,
        "dev_sentences": 2,
        "steps": 40,
        "best_step": 20,
        "elapsed_minutes": 2.0,
        "dev_precision": 0.5,
        "dev_recall": 0.5,
        "dev_f1": 0.5,
        "dev_per_type": {"PER": 0.5},
        "recipe": {"width": 96, "depth": 4, "rows": 5000, "general_weight": 1, "news_weight": 3},
        **extra,
    }


def test_model_card_lists_data_mix_and_phases(tmp_path: Path) -> None:
    import json

    from annals.nlp.train import write_model_card

    phases = [
        {"minutes": 66.0, "steps": 12699, "sources": ["kind/WN_dev.tsv.gz (dev)"]},
        {
            "minutes": 30.0,
            "steps": 6000,
            "best_step": 5600,
            "resumed": True,
            "general_weight": 1,
            "news_weight": 3,
            "learn_rate": 0.0003,
        },
    ]
    (tmp_path / "training.json").write_text(json.dumps(_summary(phases=phases)))
    card = write_model_card(tmp_path).read_text(encoding="utf-8")
    assert "KIND WN (news) x3" in card and "WikiNEuRal training part x1" in card
    assert "1. 66.0 min, 12699 updates (earlier recipe: kind/WN_dev.tsv.gz (dev))" in card
    assert (
        "2. 30.0 min, 6000 updates (WikiNEuRal x1, KIND WN x3, learning rate 0.0003, resumed;"
        in card
    )
    assert "KIND WN_dev is not read by training" in card


@pytest.fixture
def captured_build(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """What the command line passes to ``build_packaged_model`` (which does not run)."""
    from annals.nlp import train

    seen: dict[str, Any] = {}

    def fake_build(language: str, minutes: float, **options: Any) -> dict[str, Any]:
        seen.update(options, language=language)
        return {}

    monkeypatch.setattr(train, "build_packaged_model", fake_build)
    return seen


@pytest.mark.parametrize(
    ("argv", "weights"),
    [
        (["it"], None),
        (["it", "--news-weight", "5"], (None, 5)),
        (["it", "--general-weight", "0", "--news-weight", "2"], (0, 2)),
        (["de", "--general-weight", "2"], (2, None)),
        (["it", "--learn-rate", "0.0002"], None),
    ],
)
def test_command_line_weights_reach_the_recipe(
    captured_build: dict[str, Any], argv: list[str], weights: tuple[int | None, int | None] | None
) -> None:
    from annals.nlp import train

    seen = captured_build
    assert train.main(argv) == 0
    recipe = seen["recipe"]
    default = Recipe()
    general, news = weights or (None, None)
    assert recipe.general_weight == (default.general_weight if general is None else general)
    assert recipe.news_weight == (default.news_weight if news is None else news)
    assert recipe.width == default.width
    assert recipe.learn_rate == (0.0002 if "--learn-rate" in argv else default.learn_rate)


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["ru"], {}),
        (["ru", "--depth", "6"], {"depth": 6}),
        (["ru", "--rows", "8000", "--width", "128"], {"rows": 8000, "width": 128}),
    ],
    ids=["defaults", "depth", "rows-and-width"],
)
def test_command_line_capacity_reaches_the_recipe(
    captured_build: dict[str, Any], argv: list[str], expected: dict[str, int]
) -> None:
    from annals.nlp import train

    seen = captured_build
    assert train.main(argv) == 0
    recipe = seen["recipe"]
    defaults = {"width": 96, "depth": 4, "rows": 5000}  # the recipe of the packaged models
    for field, default in defaults.items():
        assert getattr(recipe, field) == expected.get(field, default), field
    assert recipe.learn_rate == Recipe().learn_rate
    config = build_config("ru", Path("t.spacy"), Path("d.spacy"), recipe)
    encode = config["components"]["tok2vec"]["model"]["encode"]
    assert encode["depth"] == expected.get("depth", 4)
    assert config["components"]["tok2vec"]["model"]["embed"]["rows"][0] == expected.get(
        "rows", 5000
    )


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["ru"], Recipe()),
        (["ru", "--affix-rows", "2000"], Recipe(affix_rows=2000)),
        (["ru", "--dropout", "0.3"], Recipe(dropout=0.3)),
        (["ru", "--embed", "characters"], Recipe(embed="characters")),
    ],
    ids=["defaults", "affix-rows", "dropout", "characters"],
)
def test_command_line_embedding_and_dropout_reach_the_recipe(
    captured_build: dict[str, Any], argv: list[str], expected: Recipe
) -> None:
    from annals.nlp import train

    assert train.main(argv) == 0
    assert captured_build["recipe"] == expected


@pytest.mark.parametrize(
    "argv",
    [
        ["ru", "--width", "0"],
        ["ru", "--depth", "0"],
        ["ru", "--rows", "0"],
        ["ru", "--affix-rows", "0"],
        ["ru", "--dropout", "1"],
        ["ru", "--dropout", "-0.1"],
        ["ru", "--embed", "bytes"],
    ],
)
def test_command_line_refuses_bad_capacity(argv: list[str]) -> None:
    from annals.nlp import train

    with pytest.raises(SystemExit):
        train.main(argv)


def test_pretrained_tok2vec_is_refused_with_resume_or_without_weights(tmp_path: Path) -> None:
    weights = tmp_path / "tok2vec.bin"
    with pytest.raises(ConfigurationError, match="no pretrained tok2vec weights"):
        train_ner("it", tmp_path / "model", 1.0, init_tok2vec=weights)
    weights.write_bytes(b"")
    with pytest.raises(ConfigurationError, match="cannot be resumed"):
        train_ner("it", tmp_path / "model", 1.0, init_tok2vec=weights, resume_from=tmp_path)


def test_command_line_init_tok2vec_reaches_the_build(
    captured_build: dict[str, Any], tmp_path: Path
) -> None:
    from annals.nlp import train

    seen = captured_build
    assert train.main(["it", "--init-tok2vec", str(tmp_path / "t.bin")]) == 0
    assert seen["init_tok2vec"] == tmp_path / "t.bin"
    assert train.main(["it"]) == 0
    assert seen["init_tok2vec"] is None
    with pytest.raises(SystemExit):
        train.main(["it", "--resume", "--init-tok2vec", str(tmp_path / "t.bin")])


def _initialized(recipe: Recipe, tmp_path: Path) -> Any:
    from spacy.util import load_model_from_config

    config = build_config("it", tmp_path / "t.spacy", tmp_path / "d.spacy", recipe)
    nlp = load_model_from_config(config, auto_fill=True)
    nlp.initialize()
    return nlp


def test_pretrained_tok2vec_weights_are_loaded_or_refused(tmp_path: Path) -> None:
    from annals.errors import ModelLoadError
    from annals.nlp.train import load_pretrained_tok2vec

    small = Recipe(width=32, depth=1, rows=500)
    source = _initialized(small, tmp_path).get_pipe("tok2vec").model
    weights = tmp_path / "tok2vec.bin"
    weights.write_bytes(source.to_bytes())
    nlp = _initialized(replace(small, seed=7), tmp_path)
    assert nlp.get_pipe("tok2vec").model.to_bytes() != weights.read_bytes()
    load_pretrained_tok2vec(nlp, weights)
    assert nlp.get_pipe("tok2vec").model.to_bytes() == weights.read_bytes()
    wider = _initialized(replace(small, width=48), tmp_path)
    with pytest.raises(ModelLoadError, match="same width, depth and rows"):
        load_pretrained_tok2vec(wider, weights)


@pytest.mark.slow
def test_training_starts_from_a_pretrained_tok2vec(tmp_path: Path) -> None:
    import json

    import spacy

    from annals.nlp.train import write_model_card

    corpus = _corpus()
    recipe = Recipe(width=32, depth=1, rows=500, eval_frequency=4)
    weights = tmp_path / "tok2vec.bin"
    weights.write_bytes(_initialized(recipe, tmp_path).get_pipe("tok2vec").model.to_bytes())
    described = {
        "minutes": 1.0,
        "updates": 10,
        "epochs": 0.5,
        "sentences": 100,
        "corpus_words": 2000,
        "corpora": [{"path": "dice/x.jsonl.gz", "what": "news", "licence": "DICE: CC BY-NC-SA"}],
    }
    weights.with_suffix(".json").write_text(json.dumps(described))
    output = tmp_path / "model"
    summary = train_ner(
        "it",
        output,
        0.4,
        recipe=recipe,
        max_steps=4,
        sentences=(corpus, corpus[:4]),
        init_tok2vec=weights,
    )
    assert summary["pretrained_tok2vec"]["weights"] == str(weights)
    assert summary["pretrained_tok2vec"]["corpora"][0]["licence"] == "DICE: CC BY-NC-SA"
    assert spacy.load(output).pipe_names == ["tok2vec", "ner"]
    summary.update(size_bytes=1, max_minutes=0.4)
    (output / "training.json").write_text(json.dumps(summary))
    card = write_model_card(output).read_text(encoding="utf-8")
    assert "pretrained on raw text (no labels)" in card
    assert "`shared/data/corpora/dice/x.jsonl.gz`" in card and "DICE: CC BY-NC-SA" in card
    assert "--init-tok2vec" in card and "scripts/pretrain_ner_it.py" in card


def test_model_card_without_pretraining_says_so(tmp_path: Path) -> None:
    import json

    from annals.nlp.train import write_model_card

    (tmp_path / "training.json").write_text(json.dumps(_summary()))
    card = write_model_card(tmp_path).read_text(encoding="utf-8")
    assert "no pretrained vectors" in card and "pretrained on raw text" not in card
    assert "annals train ner --lang it" in card


@pytest.mark.parametrize(
    ("recipe", "rebuild", "embedding"),
    [
        (
            {"width": 96, "depth": 4, "rows": 5000, "affix_rows": 2500, "dropout": 0.1},
            "`annals train ner --lang ru --minutes 20`",
            "5000 rows for NORM and 2500 each for PREFIX, SUFFIX and SHAPE",
        ),
        (
            {"width": 96, "depth": 4, "rows": 16000, "affix_rows": 2000, "dropout": 0.3},
            "python -m annals.nlp.train ru --minutes 20 --rows 16000 --affix-rows 2000 "
            "--dropout 0.3`",
            "16000 rows for NORM and 2000 each for PREFIX, SUFFIX and SHAPE",
        ),
        (
            {"embed": "characters", "width": 96, "depth": 4, "rows": 16000, "affix_rows": 2000},
            "python -m annals.nlp.train ru --minutes 20 --embed characters --rows 16000`",
            "a hash embedding of NORM, 16000 rows, beside 32-wide vectors of the first and "
            "last 8 UTF-8 bytes",
        ),
    ],
    ids=["default", "rows-and-dropout", "characters"],
)
def test_model_card_rebuild_command_names_the_recipe(
    tmp_path: Path, recipe: dict[str, Any], rebuild: str, embedding: str
) -> None:
    import json

    from annals.nlp.train import write_model_card

    summary = _summary(language="ru", recipe=recipe, max_minutes=20)
    (tmp_path / "training.json").write_text(json.dumps(summary))
    card = write_model_card(tmp_path).read_text(encoding="utf-8")
    assert rebuild in card
    assert embedding in card
    assert "the best checkpoint was chosen on the benchmark's held-out sentences" in card


def test_prefix_rows_give_the_rows_of_spacys_small_pipelines(tmp_path: Path) -> None:
    recipe = Recipe(prefix_rows=1000)
    config = build_config("en", tmp_path / "t.spacy", tmp_path / "d.spacy", recipe)
    assert config["components"]["tok2vec"]["model"]["embed"]["rows"] == [5000, 1000, 2500, 2500]
    default = build_config("en", tmp_path / "t.spacy", tmp_path / "d.spacy", Recipe())
    assert default["components"]["tok2vec"]["model"]["embed"]["rows"] == [5000, 2500, 2500, 2500]


def test_command_line_prefix_rows_reach_the_recipe(captured_build: dict[str, Any]) -> None:
    from annals.nlp import train

    assert train.main(["en", "--prefix-rows", "1000"]) == 0
    assert captured_build["recipe"] == Recipe(prefix_rows=1000)
    with pytest.raises(SystemExit):
        train.main(["en", "--prefix-rows", "0"])


def test_model_card_of_a_tok2vec_started_from_a_spacy_pipeline(tmp_path: Path) -> None:
    import json

    from annals.nlp.train import write_model_card

    pretrained = {"pipeline": "en_core_web_sm", "version": "3.8.0", "licence": "MIT"}
    recipe = {"width": 96, "depth": 4, "rows": 5000, "affix_rows": 2500, "prefix_rows": 1000}
    summary = _summary(
        language="en", recipe=recipe, pretrained_tok2vec=pretrained, checkpoint_remainder=5
    )
    (tmp_path / "training.json").write_text(json.dumps(summary))
    card = write_model_card(tmp_path).read_text(encoding="utf-8")
    assert "starts from the weights of spaCy's `en_core_web_sm` (MIT licence)" in card
    assert "python scripts/spacy_ner_tok2vec.py en_core_web_sm /tmp/tok2vec.bin" in card
    assert "--prefix-rows 1000 --init-tok2vec /tmp/tok2vec.bin" in card
    assert "1000 for PREFIX and 2500 each for SUFFIX and SHAPE" in card
    assert "merges its names into the entities of the language's spaCy pipeline" in card
    assert 'default: `["fr"]`' in card
    assert "pretrained on raw text" not in card
