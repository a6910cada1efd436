"""The events benchmark: readers, split, metrics (worked out by hand) and a quality gate."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annals.benchmark.events_eval import (
    GoldRecord,
    Prediction,
    actor_match,
    format_events_report,
    load_records,
    map_label,
    names_match,
    read_gsr,
    read_ngec,
    run_events_benchmark,
    select,
    split_of,
    type_metrics,
)
from annals.errors import ConfigurationError, InputError

GSR_TEXT = json.dumps(
    [
        {"id": "doc-1", "event": "DOCUMENT", "eventText": "internal documentation"},
        {
            "id": "gold-1",
            "event": "DEMAND",
            "source": [{"actorText": "Freedonian", "code": "FRE"}],
            "target": [{"actorText": "Sylvania", "code": "SYL"}],
            "text": "Freedonian officials demanded that Sylvania open its border.",
            "language": "en",
        },
        {
            "id": "gold-2",
            "event": "FIGHT",
            "source": [{"actorText": "rebels"}],
            "target": "",
            "text": "Rebels fought army units near the river.",
        },
        {"id": "gold-3", "event": "UNKNOWN-TYPE", "text": "Something else happened."},
    ]
)

NGEC_TEXT = (
    "disclaimer,text,title,source,prompt,label,mode\n"
    'note,"Workers walked out of three factories on Monday.",T,AP,'
    '"Workers Strike in Port City\n\n(AP) --",PROTEST,STRIKE\n'
    'note,"The two governments signed a fishing accord.",T,AFP,'
    '"Neighbours Sign Accord\n\n(AFP) --",AGREE,\n'
    'note,"",T,AFP,"Empty story",AGREE,\n'
)


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("DEMAND", "REQUEST"),
        ("DISAPPROVE", "ACCUSE"),
        ("INVESTIGATE", "ACCUSE"),
        ("FIGHT", "ASSAULT"),
        ("agree", "AGREE"),
        ("DOCUMENT", None),
    ],
)
def test_events_eval_map_label(label: str, expected: str | None) -> None:
    assert map_label(label) == expected


def test_events_eval_read_gsr_maps_labels_and_actors() -> None:
    records = read_gsr(GSR_TEXT)
    assert [r.id for r in records] == ["gold-1", "gold-2"]
    assert records[0].label == "REQUEST"
    assert records[0].actors == ("Freedonian",)
    assert records[0].recipients == ("Sylvania",)
    assert records[1].label == "ASSAULT"
    assert records[1].recipients == ()
    assert records[1].language == "en"


def test_events_eval_read_ngec_joins_headline_and_body() -> None:
    records = read_ngec(NGEC_TEXT)
    assert [r.label for r in records] == ["PROTEST", "AGREE"]
    assert records[0].text.startswith("Workers Strike in Port City")
    assert records[0].text.endswith("on Monday.")
    assert records[0].mode == "strike"
    assert records[1].mode is None
    assert records[0].id != records[1].id


def test_events_eval_read_ngec_needs_label_column() -> None:
    with pytest.raises(InputError):
        read_ngec("text,title\nsome text,a title\n")


def test_events_eval_load_records_from_zip(tmp_path: Path) -> None:
    import zipfile

    archive = tmp_path / "stories.csv.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.writestr("stories.csv", NGEC_TEXT)
    assert len(load_records(archive)) == 2
    plain = tmp_path / "gold.txt"
    plain.write_text(GSR_TEXT, encoding="utf-8")
    assert len(load_records(plain)) == 2
    with pytest.raises(ConfigurationError):
        load_records(tmp_path / "missing.txt")


def test_events_eval_split_is_stable_and_about_one_fifth() -> None:
    ids = [f"record-{number}" for number in range(2000)]
    held = [i for i in ids if split_of(i) == "heldout"]
    assert 0.15 < len(held) / len(ids) < 0.25
    assert [split_of(i) for i in ids[:50]] == [split_of(i) for i in ids[:50]]
    records = [GoldRecord(id=i, text="x", label="AGREE", language="en") for i in ids]
    dev, heldout = select(records, "dev"), select(records, "heldout")
    assert len(dev) + len(heldout) == len(records)
    assert not {r.id for r in dev} & {r.id for r in heldout}
    with pytest.raises(ConfigurationError):
        select(records, "test")


def test_events_eval_type_metrics_by_hand() -> None:
    gold = ["AGREE", "AGREE", "ASSAULT", "PROTEST"]
    predicted = ["AGREE", "ASSAULT", "ASSAULT", "none"]
    metrics = type_metrics(gold, predicted)
    # AGREE: P 1/1, R 1/2, F1 2/3; ASSAULT: P 1/2, R 1/1, F1 2/3; PROTEST: 0
    assert metrics["type_accuracy"] == 0.5
    assert metrics["no_prediction"] == 1
    assert metrics["per_type"]["AGREE"]["precision"] == 1.0
    assert metrics["per_type"]["AGREE"]["recall"] == 0.5
    assert metrics["per_type"]["ASSAULT"]["precision"] == 0.5
    assert metrics["per_type"]["PROTEST"]["f1"] == 0.0
    assert set(metrics["per_type"]) == {"AGREE", "ASSAULT", "PROTEST"}
    assert metrics["macro_f1"] == pytest.approx((2 / 3 + 2 / 3 + 0) / 3, abs=1e-3)


def test_events_eval_type_metrics_perfect_and_mismatched_lengths() -> None:
    assert type_metrics(["SANCTION", "AID"], ["SANCTION", "AID"])["macro_f1"] == 1.0
    with pytest.raises(ValueError):
        type_metrics(["AID"], [])


@pytest.mark.parametrize(
    ("gold", "names", "expected"),
    [
        ("United States", ["United States"], True),
        ("the United States", ["United States of America"], True),
        ("French minister", ["French"], True),
        ("Tokyo", ["Kyoto"], False),
        ("Iran", ["Ukraine", "Iraq"], False),
        ("", ["Iran"], False),
    ],
)
def test_events_eval_names_match(gold: str, names: list[str], expected: bool) -> None:
    assert names_match(gold, names) is expected


def test_events_eval_actor_match_only_counts_correct_types_with_gold_actors() -> None:
    records = [
        GoldRecord("a", "t", "AGREE", "en", actors=("Hungarian",)),
        GoldRecord("b", "t", "AGREE", "en", actors=("Romania",)),
        GoldRecord("c", "t", "ASSAULT", "en", actors=("rebels",)),  # wrong type: not counted
        GoldRecord("d", "t", "AID", "en"),  # no gold actor: not counted
    ]
    predictions = [
        Prediction("AGREE", ("Hungary", "Hungarian"), ("country/HUN",), 1),
        Prediction("AGREE", ("Bulgaria",), ("country/BGR",), 1),
        Prediction("COERCE", ("rebels",), (), 1),
        Prediction("AID", ("Italy",), (), 1),
    ]
    result = actor_match(records, predictions)
    assert (result["eligible"], result["right"], result["actor_match"]) == (2, 1, 0.5)
    by_id = actor_match(
        records, predictions, [frozenset(), frozenset({"country/BGR"}), frozenset(), frozenset()]
    )
    assert by_id["right"] == 2


def test_events_eval_report_names_anchor() -> None:
    report = {
        "data": "gold.txt",
        "split": "heldout",
        "texts": 4,
        "languages": ["en"],
        "type_accuracy": 0.5,
        "no_prediction": 1,
        "macro_f1": 0.444,
        "actor_match": None,
        "right": 0,
        "eligible": 0,
        "docs_per_second": 3.0,
        "seconds": 1.3,
        "anchor": "dictionary coders",
        "goal": {"macro_f1": 0.8, "actor_match": 0.75},
        "per_type": {
            "AGREE": {"precision": 1, "recall": 0.5, "f1": 0.667, "support": 2, "predicted": 1}
        },
    }
    text = format_events_report(report)
    assert "dictionary coders" in text
    assert "0.444" in text
    assert "AGREE" in text


#: Measured on the held-out PLOVER gold sentences: accuracy 0.483, macro-F1 0.449 (58 texts)
#: minus a margin; raise it when the coder improves, never lower it.
GSR_HELDOUT_MACRO_F1_FLOOR = 0.40
GSR_HELDOUT_ACCURACY_FLOOR = 0.43


def test_events_eval_quality_gate_on_plover_gold(shared_dir: Path) -> None:
    data = shared_dir / "data" / "events" / "plover" / "PLOVER_GSR_CAMEO.txt"
    if not data.is_file():
        pytest.skip(f"{data} is not present")
    report = run_events_benchmark(data, split="heldout")
    assert report["texts"] >= 40
    assert report["macro_f1"] >= GSR_HELDOUT_MACRO_F1_FLOOR
    assert report["type_accuracy"] >= GSR_HELDOUT_ACCURACY_FLOOR


def test_mixed_language_files_report_each_language(tmp_path: Path) -> None:
    import json as json_module

    from annals.benchmark.events_eval import format_events_report, run_events_benchmark

    records = [
        {
            "id": "a",
            "event": "ASSAULT",
            "language": "en",
            "text": "Russian forces shelled the city of Kharkiv on Monday.",
            "source": [{"actorText": "Russian"}],
        },
        {
            "id": "b",
            "event": "CONSULT",
            "language": "it",
            "text": "Il presidente francese ha incontrato a Roma la presidente del Consiglio.",
            "source": [{"actorText": "presidente francese"}],
        },
    ]
    path = tmp_path / "mixed.json"
    path.write_text(json_module.dumps(records), encoding="utf-8")
    report = run_events_benchmark(path)
    assert set(report["by_language"]) == {"en", "it"}
    assert all(row["texts"] == 1 for row in report["by_language"].values())
    text = format_events_report(report)
    assert "\n  en " in text and "\n  it " in text
