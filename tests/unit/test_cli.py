"""The CLI in process: exit codes, streams, summaries and errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from annals.cli import app

runner = CliRunner()

ARTICLE_EN = (
    " date 2024-03-07 (Test Wire) Sweden formally joined NATO on Thursday, becoming the "
    "alliance's 32nd member. Prime Minister Ulf Kristersson handed the accession documents "
    "to the US Secretary of State in Washington.\n"
)
ARTICLE_IT = (
    " date 2024-02-24 (Prova) La presidente del Consiglio Giorgia Meloni ha firmato oggi a Kiev "
    "un accordo bilaterale sulla sicurezza con il presidente ucraino Volodymyr Zelensky.\n"
)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    (folder / "a_en.txt").write_text(ARTICLE_EN, encoding="utf-8")
    (folder / "nested").mkdir()
    (folder / "nested" / "b_it.txt").write_text(ARTICLE_IT, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def database(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("db") / "cli.db"
    result = runner.invoke(app, ["ingest", str(corpus), "--db", str(path), "--json"])
    assert result.exit_code == 1, result.output  # empty.txt fails, the others go on
    summary = json.loads(result.stdout)
    assert (summary["read"], summary["stored"], summary["failed"]) == (3, 2, 1)
    failed = [o for o in summary["outcomes"] if o["status"] == "failed"]
    assert failed[0]["path"].endswith("empty.txt") and "empty" in failed[0]["reason"]
    return path


@pytest.mark.parametrize(
    "command",
    [
        [],
        ["ingest"],
        ["analyze"],
        ["export"],
        ["timeline"],
        ["events"],
        ["entities"],
        ["show"],
        ["stats"],
        ["benchmark"],
        ["benchmark", "speed"],
        ["train", "ner"],
        ["train", "events"],
        ["kb", "import", "wikidata"],
    ],
)
def test_cli_help_everywhere(command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0
    assert "Usage" in result.stdout


def test_cli_ingest_again_skips_everything(database: Path, corpus: Path) -> None:
    result = runner.invoke(app, ["ingest", str(corpus / "a_en.txt"), "--db", str(database)])
    assert result.exit_code == 0
    assert "stored 0" in result.stdout and "skipped as duplicate 1" in result.stdout


def test_cli_ingest_missing_path_is_named(database: Path, tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    result = runner.invoke(app, ["ingest", str(missing), "--db", str(database)])
    assert result.exit_code == 1
    assert "nope.txt" in result.stderr


def test_cli_stats_and_export_jsonl(database: Path) -> None:
    stats = json.loads(
        runner.invoke(app, ["stats", "--db", str(database), "--format", "json"]).stdout
    )
    assert stats["documents"] == 2
    assert stats["languages"] == {"en": 1, "it": 1}
    result = runner.invoke(app, ["export", "--db", str(database), "--format", "jsonl"])
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    documents = {r["path"].rsplit("/", 1)[-1]: r for r in records if r["kind"] == "document"}
    assert documents["a_en.txt"]["published"] == "2024-03-07"
    assert documents["a_en.txt"]["source"] == "Test Wire"
    assert documents["b_it.txt"]["language"] == "it"
    assert {r["kind"] for r in records} >= {"document", "entity", "event"}


@pytest.mark.parametrize("fmt", ["csv", "plover"])
def test_cli_export_other_formats_to_file(database: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"export.{fmt}"
    result = runner.invoke(
        app, ["export", "--db", str(database), "--format", fmt, "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    content = out.read_text(encoding="utf-8")
    if fmt == "csv":
        assert content.splitlines()[0].startswith("id,date,")
    else:
        for line in content.splitlines():
            record = json.loads(line)
            assert {"id", "date", "actor", "recipient", "event"} <= set(record)


def test_cli_export_unknown_format_is_a_usage_error(database: Path) -> None:
    result = runner.invoke(app, ["export", "--db", str(database), "--format", "xml"])
    assert result.exit_code == 2
    assert "jsonl, csv, plover" in result.stderr


def test_cli_timeline_lists_dated_events_with_sources(database: Path) -> None:
    result = runner.invoke(app, ["timeline", "--db", str(database)])
    assert result.exit_code == 0, result.output
    assert "2024-" in result.stdout
    assert "sources:" in result.stdout


def test_cli_show_unknown_id_fails_with_its_name(database: Path) -> None:
    result = runner.invoke(app, ["show", "no-such-id", "--db", str(database)])
    assert result.exit_code == 1
    assert "no-such-id" in result.stderr


def test_cli_show_document_prints_its_text(database: Path) -> None:
    export = runner.invoke(app, ["export", "--db", str(database)])
    doc_id = next(
        json.loads(line)["id"]
        for line in export.stdout.splitlines()
        if json.loads(line)["kind"] == "document"
    )
    result = runner.invoke(app, ["show", doc_id, "--db", str(database)])
    assert result.exit_code == 0
    assert doc_id in result.stdout


def test_cli_show_entity_by_id_lists_its_events(database: Path) -> None:
    export = runner.invoke(app, ["export", "--db", str(database)])
    records = [json.loads(line) for line in export.stdout.splitlines()]
    event = next(r for r in records if r["kind"] == "event" and r["actors"])
    actor = event["actors"][0]["id"]
    result = runner.invoke(app, ["show", actor, "--db", str(database)])
    assert result.exit_code == 0, result.output
    assert "events:" in result.stdout and event["type"] in result.stdout
    events = runner.invoke(app, ["events", "--entity", actor, "--db", str(database)])
    assert events.exit_code == 0, events.output
    assert event["id"] in events.stdout


def test_cli_analyze_jsonl_keeps_ids_order_and_reports_bad_lines(tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "first", "text": ARTICLE_EN.split(")", 1)[1], "date": "2024-03-07"}),
        "{not json",
        json.dumps({"id": "third", "text": "", "lang": "en"}),
        json.dumps(
            {"id": 4, "text": "Der Kanzler traf gestern den Präsidenten.", "date": "2024-06-12"}
        ),
    ]
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = runner.invoke(
        app, ["analyze", "--input-format", "jsonl", str(batch), "--format", "jsonl"]
    )
    assert result.exit_code == 1
    outputs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in outputs] == ["first", "line-2", "third", "4"]
    assert "error" in outputs[1] and "error" in outputs[2]
    assert outputs[0]["language"] == "en"
    assert (outputs[0]["published"], outputs[0]["published_basis"]) == ("2024-03-07", "given")
    assert outputs[3]["language"] == "de"
    assert (outputs[3]["published"], outputs[3]["published_basis"]) == ("2024-06-12", "given")


def test_cli_analyze_jsonl_input_writes_one_line_per_record_by_default(tmp_path: Path) -> None:
    # the README's `annals analyze --input-format jsonl batch.jsonl > out.jsonl`
    batch = tmp_path / "batch.jsonl"
    texts = ["Il governo ha firmato un accordo con la Tunisia.", "Police arrested two men."]
    batch.write_text(
        "".join(json.dumps({"id": f"r{i}", "text": t}) + "\n" for i, t in enumerate(texts)),
        encoding="utf-8",
    )
    result = runner.invoke(app, ["analyze", "--input-format", "jsonl", str(batch)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["r0", "r1"]


def test_cli_analyze_text_from_stdin_is_pure_json(tmp_path: Path) -> None:
    result = runner.invoke(app, ["analyze", "-", "--date", "2024-03"], input=ARTICLE_EN)
    assert result.exit_code == 0, result.output
    analysis = json.loads(result.stdout)
    assert analysis["published"] == "2024-03" and analysis["published_basis"] == "given"
    assert analysis["text"].startswith("Sweden formally joined NATO")
    for entity in analysis["entities"]:
        assert analysis["text"][entity["start"] : entity["end"]] == entity["text"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["analyze", "-", "--date", "2024-13-01"], "--date"),
        (["analyze", "-", "--lang", "xx"], "not supported"),
        (["analyze", "-", "--input-format", "csv"], "--input-format"),
        (["timeline", "--from", "last week"], "--from"),
        (["events", "--type", "PARTY"], "PLOVER"),
    ],
)
def test_cli_usage_errors_exit_2(args: list[str], message: str, tmp_path: Path) -> None:
    result = runner.invoke(
        app,
        [*args, "--db", str(tmp_path / "x.db")] if args[0] != "analyze" else args,
        input="Some text.",
    )
    assert result.exit_code == 2, result.output
    assert message in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["benchmark", "accuracy", "parsing", "--data", "."], "unknown task"),
        (["benchmark", "accuracy", "ner", "--data", "."], "--lang"),
        (["benchmark", "accuracy", "time", "--data", "no/such/dir"], "does not exist"),
        (["benchmark", "accuracy", "stories", "--data", ".", "--holdout"], "--holdout"),
        (["benchmark", "accuracy", "time", "--data", "docs", "--holdout"], "no TimeML"),
        (["train", "ner", "--lang", "xx"], "trainable languages"),
    ],
)
def test_cli_benchmark_and_train_usage_errors(args: list[str], message: str) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    assert message in result.stderr


def test_cli_train_events_without_data_names_the_missing_file(tmp_path: Path) -> None:
    result = runner.invoke(app, ["train", "events", "--data", str(tmp_path)])
    assert result.exit_code == 2
    assert "PLOVER_GSR_CAMEO.txt" in result.output.replace("\n", "")
