"""The time benchmark: TimeML and XTN readers, TempEval-3 scoring, and a quality gate."""

from __future__ import annotations

from pathlib import Path

import pytest

from annals.benchmark.time_eval import (
    Counts,
    Timex,
    format_time_report,
    match_timexes,
    metrics,
    parse_timeml,
    parse_xtn,
    run_time_benchmark,
)
from annals.errors import ConfigurationError

TIMEML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>TEST001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">
19980108</TIMEX3></DCT>
<TEXT>
Shares <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> for <TIMEX3 tid="t1" type="DURATION" \
value="P3D" functionInDocument="NONE">three days</TIMEX3> at AT&amp;T before \
<TIMEX3 tid="t2" type="DATE" value="1998-01-06" functionInDocument="NONE">Tuesday</TIMEX3>.
</TEXT>
</TimeML>
"""

XTN = [
    '*!-DCTVALUE="2002-01-02"-!*\tO\t-\n',
    "\n",
    "Llegó\tO\t-\n",
    "el\tB-DATE\t2002-01-04\n",
    "viernes\tI-DATE\t2002-01-04\n",
    ",\tO\t-\n",
    "hoy\tB-DATE\t2002-01-02\n",
    ".\tO\t-\n",
    "\n",
    '*!-DCTVALUE="2001-05-10"-!*\tO\t-\n',
    "Durante\tO\t-\n",
    "dos\tB-DURATION\tP2Y\n",
    "años\tI-DURATION\tP2Y\n",
]


def test_timeml_reader_keeps_text_offsets_and_leaves_out_the_dct() -> None:
    doc = parse_timeml(TIMEML, "TEST001")
    assert doc.dct == "1998-01-08"
    assert "AT&T" in doc.text and "<" not in doc.text
    spans = [(doc.text[t.start : t.end], t.type, t.value) for t in doc.timexes]
    assert spans == [("three days", "DURATION", "P3D"), ("Tuesday", "DATE", "1998-01-06")]


def test_xtn_reader_splits_documents_and_joins_tokens() -> None:
    first, second = parse_xtn(XTN, "sample", "es")
    assert (first.dct, second.dct) == ("2002-01-02", "2001-05-10")
    assert first.text == "Llegó el viernes, hoy."
    assert [(first.text[t.start : t.end], t.value) for t in first.timexes] == [
        ("el viernes", "2002-01-04"),
        ("hoy", "2002-01-02"),
    ]
    assert [(second.text[t.start : t.end], t.type) for t in second.timexes] == [
        ("dos años", "DURATION")
    ]


# Gold: [0,10) DATE 2024-01-01, [20,30) DURATION P3D, [40,45) DATE 2024.
GOLD = [
    Timex(0, 10, "DATE", "2024-01-01"),
    Timex(20, 30, "DURATION", "P3D"),
    Timex(40, 45, "DATE", "2024"),
]


@pytest.mark.parametrize(
    ("system", "expected"),
    [
        # all three exact and right
        (GOLD, Counts(3, 3, 3, 3, 3, 3)),
        # one exact, one overlapping with a wrong value, one spurious, one missed
        (
            [
                Timex(0, 10, "DATE", "2024-01-01"),
                Timex(22, 35, "DURATION", "P2D"),
                Timex(50, 55, "DATE", "2025"),
            ],
            Counts(3, 3, 1, 2, 2, 1),
        ),
        # two system timexes inside one gold: only the larger overlap (5 chars) matches it
        (
            [Timex(0, 4, "DATE", "2024-01-01"), Timex(5, 10, "TIME", "2024-01-01T10:00")],
            Counts(3, 2, 0, 1, 0, 0),
        ),
        ([], Counts(3, 0, 0, 0, 0, 0)),
    ],
)
def test_match_timexes_counts_like_tempeval3(system: list[Timex], expected: Counts) -> None:
    assert match_timexes(GOLD, system) == expected


def test_metrics_attribute_f1_is_extraction_f1_times_accuracy() -> None:
    # 4 gold, 5 system, 4 relaxed matches, 2 strict, 3 right values
    figures = metrics(
        Counts(gold=4, system=5, strict=2, relaxed=4, type_correct=4, value_correct=3)
    )
    assert figures["relaxed"]["precision"] == pytest.approx(0.8)
    assert figures["relaxed"]["recall"] == pytest.approx(1.0)
    assert figures["strict"]["f1"] == pytest.approx(2 * 0.4 * 0.5 / 0.9)
    assert figures["value_accuracy"] == pytest.approx(0.75)
    relaxed_f1 = 2 * 0.8 * 1.0 / 1.8
    assert figures["value_f1"] == pytest.approx(relaxed_f1 * 0.75)
    assert figures["type_accuracy"] == pytest.approx(1.0)


def test_metrics_of_nothing_are_zero() -> None:
    figures = metrics(Counts())
    assert figures["relaxed"]["f1"] == 0.0 and figures["value_f1"] == 0.0


def test_benchmark_on_a_folder_without_data_says_so(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match="no TimeML"):
        run_time_benchmark(tmp_path, peer=False)


def test_benchmark_without_peer_environment_reports_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ANNALS_HEIDELTIME_PYTHON", raising=False)
    (tmp_path / "doc.tml").write_text(TIMEML, encoding="utf-8")
    report = run_time_benchmark(tmp_path, peer=True)
    entry = report["sets"][0]
    assert entry["documents"] == 1 and entry["heideltime"] is None
    assert "ANNALS_HEIDELTIME_PYTHON" in entry["heideltime_unavailable"]
    assert "HeidelTime peer unavailable" in format_time_report(report)


# Measured on the first 25 TimeBank documents (the tuning split): value F1 0.756,
# relaxed F1 0.893. The gate sits a little below; raise it when the rules improve.
FLOOR_VALUE_F1 = 0.73
FLOOR_RELAXED_F1 = 0.87


def test_value_f1_on_timebank_stays_above_the_floor(shared_dir: Path) -> None:
    data = shared_dir / "data" / "time" / "tbaq" / "TimeBank"
    report = run_time_benchmark(data, peer=False, limit=25)
    ours = report["sets"][0]["ours"]
    for name in ("strict", "relaxed"):
        assert 0.0 <= ours[name]["f1"] <= 1.0
    assert 0.0 <= ours["type_accuracy"] <= 1.0
    assert ours["value_f1"] >= FLOOR_VALUE_F1
    assert ours["relaxed"]["f1"] >= FLOOR_RELAXED_F1


def test_time_eval_holdout_keeps_the_odd_half_of_aquaint_and_xtn() -> None:
    from typing import Any

    from annals.benchmark.time_eval import DataSet, heldout_part, tuning_part

    def docs(count: int) -> Any:  # stand-ins: only their positions matter
        return tuple(f"doc{index}" for index in range(count))

    timebank = DataSet("TimeBank", "timeml", "en", docs(3))
    aquaint = DataSet("tbaq/AQUAINT", "timeml", "en", docs(5))
    xtn = DataSet("timebank_es_train", "xtn", "es", docs(5))
    assert heldout_part(timebank) is None
    assert tuning_part(timebank) == timebank
    for dataset in (aquaint, xtn):
        half = heldout_part(dataset)
        assert half is not None and [str(doc) for doc in half.documents] == ["doc1", "doc3"]
        assert half.name.endswith("(held-out half)")
        tuning = tuning_part(dataset)
        assert [str(doc) for doc in tuning.documents] == ["doc0", "doc2", "doc4"]


def test_publication_date_figures_hide_the_dct_and_score_the_inference() -> None:
    from annals.benchmark.time_eval import TimexDocument, publication_date_figures

    text = "The ministers, who first met in March 2024, met again on Monday, November 4."
    dated = TimexDocument("a", text, "2024-11-06", "en", ())
    wrong_year = TimexDocument("b", text, "2026-01-10", "en", ())
    undatable = TimexDocument("c", "Ministers met in Berlin.", "2024-11-06", "en", ())
    month_only = TimexDocument("d", "Ministers met.", "2024-11", "en", ())  # no day: not scored
    figures = publication_date_figures([dated, wrong_year, undatable, month_only])
    assert figures["documents"] == 3
    assert figures["answered"] == 2
    assert figures["year"] == 1
    assert figures["confidence_right"] is not None and figures["confidence_wrong"] is not None
