"""NER benchmark: readers, BIO decoding, exact-span scoring, and a floor on KIND dev."""

from __future__ import annotations

from pathlib import Path

import pytest

from annals.benchmark.ner_eval import (
    Scorer,
    format_ner_report,
    gold_spans,
    run_ner_benchmark,
    to_scored,
)
from annals.errors import ConfigurationError, InputError
from annals.nlp.ner_data import (
    TaggedSentence,
    TokenSpan,
    bio_spans,
    detect_ner_format,
    parse_ner_lines,
    read_ner_file,
    split_checkpoint,
    split_holdout,
    split_tail,
    token_offsets,
)

KIND_TEXT = "Il\tO\nsindaco\tO\nGiuseppe\tB-PER\nSala\tI-PER\n\nMilano\tB-LOC\nvota\tO\n"
WIKINEURAL_TEXT = "0\tLa\tO\n1\tFIAT\tB-ORG\n2\ta\tO\n3\tTorino\tB-LOC\n\n0\tOk\tO\n"


def test_reads_kind_lines() -> None:
    sentences = parse_ner_lines(KIND_TEXT.splitlines(keepends=True))
    assert sentences == [
        TaggedSentence(("Il", "sindaco", "Giuseppe", "Sala"), ("O", "O", "B-PER", "I-PER")),
        TaggedSentence(("Milano", "vota"), ("B-LOC", "O")),
    ]


def test_reads_wikineural_lines() -> None:
    sentences = parse_ner_lines(WIKINEURAL_TEXT.splitlines())
    assert [s.tokens for s in sentences] == [("La", "FIAT", "a", "Torino"), ("Ok",)]
    assert sentences[0].tags == ("O", "B-ORG", "O", "B-LOC")


@pytest.mark.parametrize(
    "text",
    ["one column only\n", "a\tb\tc\td\n", "Roma\tLOC\n"],
)
def test_rejects_malformed_lines(text: str) -> None:
    with pytest.raises(InputError):
        parse_ner_lines(text.splitlines())


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("kind.tsv", KIND_TEXT, "kind"),
        ("wiki.conllu", WIKINEURAL_TEXT, "wikineural"),
    ],
)
def test_detects_format_and_reads_files(
    tmp_path: Path, name: str, text: str, expected: str
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    assert detect_ner_format(path) == expected
    assert len(read_ner_file(path)) == 2
    assert len(read_ner_file(path, limit=1)) == 1


def test_missing_file_is_a_configuration_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match="does not exist"):
        read_ner_file(tmp_path / "absent.tsv.gz")


@pytest.mark.parametrize(
    ("tags", "expected"),
    [
        (["B-PER", "I-PER", "O", "B-LOC"], [(0, 2, "PER"), (3, 4, "LOC")]),
        (["O", "I-ORG", "I-ORG"], [(1, 3, "ORG")]),  # a stray I- opens an entity
        (["B-PER", "I-ORG"], [(0, 1, "PER"), (1, 2, "ORG")]),
        (["B-PER", "B-PER"], [(0, 1, "PER"), (1, 2, "PER")]),
        (["O", "O"], []),
        (["B-MISC", "I-MISC", "I-MISC"], [(0, 3, "MISC")]),
    ],
)
def test_bio_spans(tags: list[str], expected: list[tuple[int, int, str]]) -> None:
    assert bio_spans(tags) == [TokenSpan(*span) for span in expected]


def test_gold_spans_are_character_offsets_of_space_joined_tokens() -> None:
    sentence = TaggedSentence(
        ("Mario", "Draghi", "visita", "Roma", "e", "la", "Fiat", "Expo"),
        ("B-PER", "I-PER", "O", "B-LOC", "O", "O", "B-ORG", "B-MISC"),
    )
    # "Mario Draghi visita Roma e la Fiat Expo"
    assert gold_spans(sentence) == [(0, 12, "PER"), (20, 24, "LOC"), (30, 34, "ORG")]
    assert token_offsets(("ab", "c")) == [(0, 2), (3, 4)]


def test_predicted_types_are_mapped_to_scored_labels() -> None:
    predicted = [
        (0, 3, "PERSON"),
        (4, 5, "GPE"),
        (6, 7, "FAC"),
        (8, 9, "NORP"),
        (10, 11, "MISC"),
        (12, 13, "ORG"),
        (14, 15, "DATE"),
    ]
    assert to_scored(predicted) == [(0, 3, "PER"), (4, 5, "LOC"), (6, 7, "LOC"), (12, 13, "ORG")]


def test_scorer_counts_exact_spans_only() -> None:
    scorer = Scorer()
    gold = [(0, 5, "PER"), (10, 15, "LOC"), (20, 25, "ORG")]
    predicted = [(0, 5, "PER"), (10, 14, "LOC"), (20, 25, "LOC")]
    scorer.add(gold, predicted)
    report = scorer.report()
    # PER right; LOC boundary wrong and ORG typed as LOC: 1 tp, 2 fp, 2 fn
    assert report["per_type"]["PER"] == {
        "precision": 1.0,
        "recall": 1.0,
        "f1": 1.0,
        "tp": 1,
        "fp": 0,
        "fn": 0,
    }
    assert (report["per_type"]["LOC"]["tp"], report["per_type"]["LOC"]["fp"]) == (0, 2)
    assert (report["per_type"]["LOC"]["fn"], report["per_type"]["ORG"]["fn"]) == (1, 1)
    micro = report["micro"]
    assert (micro["tp"], micro["fp"], micro["fn"]) == (1, 2, 2)
    assert micro["precision"] == pytest.approx(1 / 3, abs=1e-4)
    assert micro["f1"] == pytest.approx(1 / 3, abs=1e-4)


def test_scorer_with_nothing_predicted_scores_zero() -> None:
    scorer = Scorer()
    scorer.add([(0, 4, "LOC")], [])
    scorer.add([], [(0, 4, "MISC")])  # unscored on both sides
    micro = scorer.report()["micro"]
    assert (micro["tp"], micro["fp"], micro["fn"], micro["f1"]) == (0, 0, 1, 0.0)


def test_holdout_takes_every_tenth_sentence() -> None:
    sentences = [TaggedSentence((str(i),), ("O",)) for i in range(25)]
    train, dev = split_holdout(sentences)
    assert [s.tokens[0] for s in dev] == ["9", "19"]
    assert len(train) == 23


def test_checkpoint_slice_is_neither_trained_on_nor_held_out() -> None:
    sentences = [TaggedSentence((str(i),), ("O",)) for i in range(1, 31)]  # 1-based positions
    train, checkpoint, held_out = split_checkpoint(sentences)
    assert [s.tokens[0] for s in checkpoint] == ["5", "15", "25"]
    assert held_out == split_holdout(sentences)[1]  # what `--holdout` scores
    assert [s.tokens[0] for s in held_out] == ["10", "20", "30"]
    assert len(train) == 24
    positions = [{s.tokens[0] for s in part} for part in (train, checkpoint, held_out)]
    assert not positions[0] & positions[1] and not positions[0] & positions[2]
    assert positions[0] | positions[1] | positions[2] == {str(i) for i in range(1, 31)}


@pytest.mark.parametrize("remainder", [0, 10, -1])
def test_checkpoint_slice_cannot_be_the_held_out_one(remainder: int) -> None:
    with pytest.raises(ConfigurationError, match="between 1 and 9"):
        split_checkpoint([], remainder=remainder)


@pytest.mark.parametrize(
    ("count", "share", "dev_first"), [(25, 0.2, 20), (100, 0.25, 75), (5, 0.01, 4)]
)
def test_tail_split_keeps_the_last_sentences_together(
    count: int, share: float, dev_first: int
) -> None:
    sentences = [TaggedSentence((str(i),), ("O",)) for i in range(count)]
    train, dev = split_tail(sentences, share)
    assert [s.tokens[0] for s in dev] == [str(i) for i in range(dev_first, count)]
    assert train + dev == sentences


@pytest.mark.parametrize("share", [0.0, 1.0, -0.1])
def test_tail_split_needs_a_share_between_0_and_1(share: float) -> None:
    with pytest.raises(ConfigurationError, match="between 0 and 1"):
        split_tail([TaggedSentence(("a",), ("O",))] * 3, share)


def test_report_is_formatted_side_by_side() -> None:
    per_type = {label: {"f1": 0.5} for label in ("PER", "ORG", "LOC")}
    system = {
        "name": "ner only",
        "model": "annals-ner-it",
        "micro": {"precision": 0.9, "recall": 0.8, "f1": 0.847},
        "per_type": per_type,
        "words_per_second": 12345.0,
    }
    speed = {"model": "fr_core_news_sm (ner only)", "words_per_second": 6789.0}
    report = {
        "data": "x.tsv",
        "format": "kind",
        "language": "it",
        "sentences": 3,
        "words": 30,
        "gold_entities": {"PER": 1, "ORG": 2, "LOC": 3},
        "goal_f1": 0.88,
        "systems": [system, {**speed, "name": "speed ref", "micro": None, "per_type": None}],
    }
    text = format_ner_report(report)
    assert "annals-ner-it" in text and "0.847" in text and "12345" in text
    assert "no small spaCy pipeline" in text
    assert "fr_core_news_sm" in text and "(timed only)" in text and "6789" in text


@pytest.mark.slow
def test_kind_news_dev_slice_floor(shared_dir: Path) -> None:
    from annals.nlp.parser import packaged_model_path

    if packaged_model_path("it") is None:
        pytest.skip("the Italian NER model is not built (scripts/train_ner.sh it)")
    data = shared_dir / "data" / "ner" / "kind" / "WN_dev.tsv.gz"
    report = run_ner_benchmark(data, "it", limit=300)
    systems = {system["name"]: system for system in report["systems"]}
    assert report["format"] == "kind" and report["sentences"] == 300
    assert systems["ner only"]["micro"]["f1"] >= NER_ONLY_FLOOR
    assert systems["ner+kb"]["micro"]["f1"] >= NER_KB_FLOOR


#: Measured on the first 300 sentences of KIND WN_dev (0.741 ner only, 0.715 ner+kb with the
#: committed model trained on the runtime tokens, see its card; 0.731 and 0.705 before),
#: pinned a little below: raise them, never lower them.
NER_ONLY_FLOOR = 0.72
NER_KB_FLOOR = 0.695


#: Held-out WikiNEuRal slices (first 400 held-out sentences), measured with the committed
#: models trained on the runtime tokens (pl 0.887, ru 0.793 ner only; the models trained on
#: the gold tokens scored 0.849 and 0.719 here), pinned a little below: raise, never lower.
HELDOUT_FLOORS = {"pl": 0.87, "ru": 0.77}


@pytest.mark.slow
@pytest.mark.parametrize("language", sorted(HELDOUT_FLOORS))
def test_wikineural_heldout_slice_floor(shared_dir: Path, language: str) -> None:
    from annals.nlp.parser import packaged_model_path

    if packaged_model_path(language) is None:
        pytest.skip(f"the {language} NER model is not built (scripts/train_ner.sh {language})")
    data = shared_dir / "data" / "ner" / "wikineural" / f"{language}.val.conllu.gz"
    report = run_ner_benchmark(data, language, limit=400, holdout=True)
    systems = {system["name"]: system for system in report["systems"]}
    assert report["sentences"] == 400 and report["format"] == "wikineural"
    assert systems["ner only"]["micro"]["f1"] >= HELDOUT_FLOORS[language]
