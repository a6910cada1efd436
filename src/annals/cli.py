"""Command line: parse → service → print / exit code.

Exit codes: 0 success; 1 some inputs failed; 2 usage or configuration error.
JSON output goes to standard output only; logs, warnings and progress go to
standard error.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, Literal

import typer
from rich.console import Console

from annals.config import load_settings
from annals.errors import AnnalsError, ConfigurationError, InputError, NotFoundError, StoreError
from annals.export import check_format
from annals.models import Event
from annals.pipeline import IngestSummary, Outcome
from annals.serialize import analysis_to_json, document_to_json, entity_to_json, event_to_json
from annals.service import AnnalsService, parse_date_option
from annals.store.base import StoredDocument, StoredEntity

logger = logging.getLogger("annals")

app = typer.Typer(
    name="annals",
    help="Annals: a source-cited database of political, diplomatic and security events.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
benchmark_app = typer.Typer(help="Measure speed and accuracy on public data.", no_args_is_help=True)
app.add_typer(benchmark_app, name="benchmark")
train_app = typer.Typer(help="Train the models Annals packages.", no_args_is_help=True)
app.add_typer(train_app, name="train")
kb_app = typer.Typer(help="Extend the knowledge base.", no_args_is_help=True)
app.add_typer(kb_app, name="kb")
kb_import_app = typer.Typer(help="Import entities from public sources.", no_args_is_help=True)
kb_app.add_typer(kb_import_app, name="import")

DbOption = Annotated[
    str | None,
    typer.Option("--db", help="SQLite file or database URL (default: $ANNALS_DB, else annals.db)."),
]
OutputFormat = Literal["pretty", "json"]

_state: dict[str, Any] = {"verbosity": 0}


def _console(stderr: bool = False) -> Console:
    return Console(stderr=stderr, highlight=False, soft_wrap=not stderr)


@app.callback()
def main_options(
    verbose: Annotated[int, typer.Option("--verbose", "-v", count=True, help="More logging.")] = 0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only errors.")] = False,
) -> None:
    """Turn news articles into a source-cited database of events."""
    level = (
        logging.ERROR if quiet else (logging.WARNING, logging.INFO, logging.DEBUG)[min(verbose, 2)]
    )
    logging.basicConfig(
        level=level, stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s"
    )
    logging.getLogger("annals").setLevel(level)


@contextmanager
def _service(**flags: Any) -> Iterator[AnnalsService]:
    """Build settings and the service; translate errors into exit codes at this edge."""
    try:
        settings = load_settings(flags)
        with AnnalsService(settings) as service:
            yield service
    except (ConfigurationError, StoreError) as error:
        _console(stderr=True).print(f"[red]error:[/red] {error}", markup=True)
        raise typer.Exit(2) from error
    except (NotFoundError, InputError) as error:
        _console(stderr=True).print(f"[red]error:[/red] {error}", markup=True)
        raise typer.Exit(1) from error
    except AnnalsError as error:
        _console(stderr=True).print(f"[red]error:[/red] {error}", markup=True)
        raise typer.Exit(1) from error


# ---------------------------------------------------------------------------- ingest


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, globs, or - for stdin.")],
    db: DbOption = None,
    workers: Annotated[int | None, typer.Option(help="Worker processes for analysis.")] = None,
    lang: Annotated[
        str | None, typer.Option("--lang", help="Force the language (e.g. en).")
    ] = None,
    source: Annotated[str | None, typer.Option(help="Source name for every document.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
) -> None:
    """Read, extract and store articles. Re-ingesting the same content stores nothing new."""
    with _service(db=db, workers=workers, language=lang) as service:
        stdin = sys.stdin.buffer if "-" in paths else None
        with _progress() as on_outcome:
            summary = service.ingest(paths, stdin=stdin, source=source, progress=on_outcome)
    _print_summary(summary, as_json)
    if summary.failures:
        raise typer.Exit(1)


@contextmanager
def _progress() -> Iterator[Any]:
    if not sys.stderr.isatty():
        yield None
        return
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    counts = {"stored": 0, "skipped": 0, "failed": 0}
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        console=_console(stderr=True),
        transient=True,
    ) as progress:
        task = progress.add_task("reading…", total=None)

        def update(outcome: Outcome) -> None:
            counts[outcome.status] += 1
            progress.update(
                task,
                description=(
                    f"stored {counts['stored']} · skipped {counts['skipped']} · "
                    f"failed {counts['failed']} · {outcome.path}"
                ),
            )

        yield update


def _print_summary(summary: IngestSummary, as_json: bool) -> None:
    if as_json:
        data = {
            "read": summary.read,
            "stored": summary.count("stored"),
            "skipped": summary.count("skipped"),
            "failed": summary.count("failed"),
            "outcomes": [
                {
                    "path": o.path,
                    "status": o.status,
                    "doc_id": o.doc_id,
                    "stage": o.stage,
                    "reason": o.reason,
                }
                for o in summary.outcomes
            ],
        }
        sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
        return
    console = _console()
    console.print(
        f"read {summary.read} · stored {summary.count('stored')} · "
        f"skipped as duplicate {summary.count('skipped')} · failed {summary.count('failed')}"
    )
    for outcome in summary.failures:
        _console(stderr=True).print(
            f"failed: {outcome.path} ({outcome.stage}): {outcome.reason}", markup=False
        )


# ---------------------------------------------------------------------------- analyze


@app.command()
def analyze(
    file: Annotated[str, typer.Argument(help="A file, or - for stdin.")] = "-",
    lang: Annotated[
        str | None, typer.Option("--lang", help="Language (overrides detection).")
    ] = None,
    date: Annotated[
        str | None, typer.Option(help="Publication date: 2025, 2025-01 or 2025-01-16.")
    ] = None,
    input_format: Annotated[str, typer.Option("--input-format", help="text or jsonl.")] = "text",
    output: Annotated[
        str | None,
        typer.Option(
            "--format",
            help="json, jsonl or pretty [default: json; jsonl for --input-format jsonl].",
        ),
    ] = None,
) -> None:
    """Analyse text without storing it."""
    if input_format not in ("text", "jsonl"):
        _usage_error(f"--input-format {input_format!r} is not valid; use text or jsonl")
    if output is None:
        # one output line per input line (CONTRACTS.md), unless asked otherwise
        output = "jsonl" if input_format == "jsonl" else "json"
    if output not in ("json", "jsonl", "pretty"):
        _usage_error(f"--format {output!r} is not valid; use json, jsonl or pretty")
    failed = False
    with _service(language=lang) as service:
        given_date = parse_date_option(date, "--date")
        if input_format == "jsonl":
            stream = sys.stdin if file == "-" else _open_text(file)
            for record in service.analyze_jsonl(stream, given_date):
                failed = failed or "error" in record
                _emit(record, output)
        else:
            data = sys.stdin.buffer.read() if file == "-" else _read_bytes(file)
            for raw in service.read_documents(data, file):
                analysis = service.analyze(raw, given_date)
                _emit(analysis_to_json(analysis, doc_id=raw.doc_id), output)
    if failed:
        raise typer.Exit(1)


def _open_text(path: str) -> Any:
    try:
        return open(path, encoding="utf-8")
    except OSError as error:
        raise InputError(path, f"cannot open: {error.strerror}") from error


def _read_bytes(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as error:
        _console(stderr=True).print(f"error: {path}: cannot read: {error.strerror}", markup=False)
        raise typer.Exit(1) from error


def _emit(record: dict[str, Any], output: str) -> None:
    if output == "pretty":
        _print_analysis(record)
    elif output == "json" and "error" not in record:
        sys.stdout.write(json.dumps(record, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


def _print_analysis(record: dict[str, Any]) -> None:
    console = _console()
    if "error" in record:
        console.print(f"{record['id']}: error: {record['error']}", markup=False)
        return
    console.print(
        f"[bold]{record['id']}[/bold]  language {record['language']}  published "
        f"{record['published'] or 'unknown'} ({record['published_basis']})"
    )
    for event in record["events"]:
        console.print(
            f"  {event['date'] or '    ?     ':<10}  {event['type']:<9} {event['summary']}",
            markup=False,
        )
    for quote in record["quotes"]:
        speaker = quote["speaker"]["name"] if quote["speaker"] else "?"
        console.print(f"  quote  {speaker}: “{quote['text'][:100]}”", markup=False)
    names = sorted({e["name"] for e in record["entities"]})
    console.print(f"  entities: {', '.join(names)}", markup=False)


def _usage_error(message: str) -> None:
    _console(stderr=True).print(f"error: {message}", markup=False)
    raise typer.Exit(2)


# ---------------------------------------------------------------------------- export and queries


@app.command()
def export(
    db: DbOption = None,
    fmt: Annotated[str, typer.Option("--format", help="jsonl, csv or plover.")] = "jsonl",
    out: Annotated[
        Path | None, typer.Option("--out", help="Output file (default: stdout).")
    ] = None,
) -> None:
    """Export the database."""
    with _service(db=db) as service:
        chosen = check_format(fmt)
        if out is None:
            count = service.export(chosen, sys.stdout)
        else:
            with out.open("w", encoding="utf-8", newline="") as handle:
                count = service.export(chosen, handle)
        logger.info("exported %s records", count)


@app.command()
def timeline(
    query: Annotated[str | None, typer.Argument(help="Words to look for in events.")] = None,
    entity: Annotated[
        str | None, typer.Option(help="Only events with this actor/recipient.")
    ] = None,
    event_type: Annotated[str | None, typer.Option("--type", help="PLOVER event type.")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="Earliest date.")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Latest date.")] = None,
    db: DbOption = None,
    output: Annotated[str, typer.Option("--format", help="pretty or json.")] = "pretty",
) -> None:
    """Dated list of events, with their sources."""
    with _service(db=db) as service:
        entries = service.timeline(
            text=query,
            entity=entity,
            event_type=event_type,
            date_from=parse_date_option(date_from, "--from"),
            date_to=parse_date_option(date_to, "--to"),
        )
        if output == "json":
            for entry in entries:
                record = event_to_json(entry.event)
                record["sources"] = [document_to_json(doc) for doc in entry.sources]
                sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
            return
        from annals.render import render_timeline

        render_timeline(_console(), entries)


@app.command()
def events(
    query: Annotated[str | None, typer.Argument(help="Words to look for.")] = None,
    entity: Annotated[str | None, typer.Option(help="Only events with this participant.")] = None,
    event_type: Annotated[str | None, typer.Option("--type", help="PLOVER event type.")] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many.")] = None,
    db: DbOption = None,
    output: Annotated[str, typer.Option("--format", help="pretty or json.")] = "pretty",
) -> None:
    """List events (dated or not)."""
    with _service(db=db) as service:
        found = service.events(text=query, entity=entity, event_type=event_type, limit=limit)
        for item in found:
            if output == "json":
                sys.stdout.write(json.dumps(event_to_json(item), ensure_ascii=False) + "\n")
            else:
                _print_event_line(item)


def _print_event_line(item: Event) -> None:
    date = item.date.iso if item.date else "?"
    sources = len({m.doc_id for m in item.mentions})
    _console().print(
        f"{item.id}  {date:<10}  {item.type:<9} {item.status:<9} {item.summary}  [{sources} src]",
        markup=False,
    )


@app.command()
def entities(
    query: Annotated[str | None, typer.Argument(help="Part of a name.")] = None,
    db: DbOption = None,
    output: Annotated[str, typer.Option("--format", help="pretty or json.")] = "pretty",
) -> None:
    """List entities with their mention counts."""
    with _service(db=db) as service:
        for stored in service.entities(query):
            if output == "json":
                record = entity_to_json(stored.entity, stored.mentions)
                sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
            else:
                entity = stored.entity
                _console().print(
                    f"{entity.id:<40} {entity.type:<8} {stored.mentions:>4}  {entity.name}",
                    markup=False,
                )


@app.command()
def show(
    item_id: Annotated[str, typer.Argument(help="A document, event or entity id.")],
    db: DbOption = None,
    output: Annotated[str, typer.Option("--format", help="pretty or json.")] = "pretty",
) -> None:
    """Show one document (with its text), event (with evidence) or entity."""
    from annals.render import render_document, render_entity, render_event

    with _service(db=db) as service:
        item = service.show(item_id)
        if output == "json":
            if isinstance(item, StoredDocument):
                record = document_to_json(item)
                record["text"] = item.text
            elif isinstance(item, StoredEntity):
                record = entity_to_json(item.entity, item.mentions)
            else:
                record = event_to_json(item)
            sys.stdout.write(json.dumps(record, ensure_ascii=False, indent=2) + "\n")
            return
        console = _console()
        if isinstance(item, StoredDocument):
            render_document(console, item, service.events(doc_id=item.id))
        elif isinstance(item, StoredEntity):
            render_entity(console, item, service.events(entity=item.entity.id))
        else:
            render_event(console, item, service.store)


@app.command()
def stats(
    db: DbOption = None,
    output: Annotated[str, typer.Option("--format", help="pretty or json.")] = "pretty",
) -> None:
    """Counts of documents, entities, events and quotes."""
    with _service(db=db) as service:
        numbers = service.stats()
        data = {
            "documents": numbers.documents,
            "entities": numbers.entities,
            "entity_mentions": numbers.entity_mentions,
            "events": numbers.events,
            "event_mentions": numbers.event_mentions,
            "quotes": numbers.quotes,
            "languages": numbers.languages,
            "event_types": numbers.event_types,
        }
        if output == "json":
            sys.stdout.write(json.dumps(data) + "\n")
            return
        console = _console()
        for key, value in data.items():
            if isinstance(value, dict):
                value = ", ".join(f"{k} {v}" for k, v in sorted(value.items())) or "-"
            console.print(f"{key:<16} {value}", markup=False)


# ---------------------------------------------------------------------------- benchmark


@benchmark_app.command("speed")
def benchmark_speed(
    corpus: Annotated[Path, typer.Option("--corpus", help="A file or folder of articles.")],
    workers: Annotated[int, typer.Option(help="Worker processes.")] = 1,
    limit: Annotated[int | None, typer.Option(help="Use at most this many documents.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Throughput and peak memory of the full pipeline against bare spaCy NER."""
    from annals.benchmark.speed import format_report, run_speed_benchmark

    try:
        report = run_speed_benchmark(corpus, workers=workers, limit=limit)
    except (ConfigurationError, InputError) as error:
        _usage_error(str(error))
        return
    if as_json:
        sys.stdout.write(json.dumps(report, indent=2) + "\n")
    else:
        _console().print(format_report(report), markup=False)


ACCURACY_TASKS = ("ner", "time", "events", "stories")


@benchmark_app.command("accuracy")
def benchmark_accuracy(
    task: Annotated[str, typer.Argument(help="ner, time, events or stories.")],
    data: Annotated[Path, typer.Option("--data", help="A dataset file or folder.")],
    lang: Annotated[str | None, typer.Option("--lang", help="Language of the data.")] = None,
    limit: Annotated[int | None, typer.Option(help="Use at most this many items.")] = None,
    holdout: Annotated[
        bool, typer.Option("--holdout", help="Score only the part held out from development.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Accuracy on public data, with the anchor from EVALUATION.md beside it."""
    from annals.benchmark.accuracy import run_accuracy_benchmark

    if task not in ACCURACY_TASKS:
        _usage_error(f"unknown task {task!r}; choose one of: {', '.join(ACCURACY_TASKS)}")
    if not data.exists():
        _usage_error(f"--data {str(data)!r} does not exist")
    try:
        report, text = run_accuracy_benchmark(task, data, lang, limit, holdout)
    except (ConfigurationError, InputError) as error:
        _usage_error(str(error))
        return
    if as_json:
        sys.stdout.write(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    else:
        _console().print(text, markup=False)


@train_app.command("ner")
def train_ner_command(
    lang: Annotated[str, typer.Option("--lang", help="Language to train (it, de, es, ...).")],
    minutes: Annotated[float, typer.Option(help="Wall-clock time box for training.")] = 15.0,
    data: Annotated[
        Path | None,
        typer.Option("--data", help="The shared data folder (default: ../shared/data)."),
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", help="Model folder (default: the packaged one).")
    ] = None,
    resume: Annotated[bool, typer.Option(help="Start from the current model's weights.")] = False,
    general_weight: Annotated[
        int, typer.Option(help="Copies of the WikiNEuRal training part (0 leaves it out).")
    ] = 1,
    news_weight: Annotated[
        int, typer.Option(help="Copies of the KIND news training part (Italian only).")
    ] = 1,
    learn_rate: Annotated[float, typer.Option(help="Adam learning rate.")] = 0.001,
) -> None:
    """Train a NER pipeline from the public NER data, with its model card."""
    from annals.nlp.train import TRAINABLE_LANGUAGES, Recipe, build_packaged_model

    if lang not in TRAINABLE_LANGUAGES:
        _usage_error(f"--lang {lang!r}: trainable languages are {', '.join(TRAINABLE_LANGUAGES)}")
    recipe = Recipe(general_weight=general_weight, news_weight=news_weight, learn_rate=learn_rate)
    try:
        summary = build_packaged_model(
            lang, minutes, resume=resume, output=output, data_dir=data, recipe=recipe
        )
    except (ConfigurationError, InputError) as error:
        _usage_error(str(error))
        return
    _console().print(
        f"trained {lang}: dev F1 {summary.get('dev_f1', 0):.3f} in {summary.get('steps')} steps, "
        f"{summary.get('size_bytes', 0) / 1e6:.1f} MB at {summary.get('output')}",
        markup=False,
    )


@train_app.command("events")
def train_events_command(
    data: Annotated[
        Path | None,
        typer.Option("--data", help="The shared data folder (default: ../shared/data)."),
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", help="Model file (default: the packaged one).")
    ] = None,
) -> None:
    """Train the event-type classifier from the PLOVER gold sentences and the NGEC stories
    (their development split only), with the bundled example sentences."""
    from annals.events.train import DEFAULT_GSR, DEFAULT_NGEC
    from annals.events.train import main as train_events

    arguments: list[str] = []
    if data is not None:
        arguments += ["--gsr", str(data / "events" / "plover" / DEFAULT_GSR.name)]
        arguments += ["--ngec", str(data / "events" / "ngec" / DEFAULT_NGEC.name)]
    if output is not None:
        arguments += ["--out", str(output)]
    try:
        train_events(arguments)
    except (ConfigurationError, InputError) as error:
        _usage_error(str(error))


@kb_import_app.command("wikidata")
def kb_import_wikidata(
    dump: Annotated[
        Path, typer.Argument(help="Wikidata JSON dump (.json, .json.gz, .json.bz2, .jsonl).")
    ],
    out: Annotated[Path, typer.Option("--out", help="Knowledge-base file to write (JSON).")],
    languages: Annotated[
        str, typer.Option(help="Comma-separated languages whose labels and aliases are kept.")
    ] = "en,it,fr,de,es,ru",
    min_sitelinks: Annotated[
        int, typer.Option(help="Keep only entities with at least this many Wikipedia links.")
    ] = 1,
    org_class: Annotated[
        list[str] | None, typer.Option("--org-class", help="Extra organisation class (QID).")
    ] = None,
    place_class: Annotated[
        list[str] | None, typer.Option("--place-class", help="Extra place class (QID).")
    ] = None,
) -> None:
    """Extend the knowledge base from a Wikidata dump, streamed: people, organisations and
    places with labels in the chosen languages, and offices with their dates. Use the output
    through ANNALS_KB_PATH or the kb_paths setting."""
    from annals.kb.wikidata import (
        ORGANISATION_CLASSES,
        PLACE_CLASSES,
        ImportOptions,
        import_wikidata,
    )

    console = _console(stderr=True)
    try:
        options = ImportOptions(
            languages=tuple(lang.strip() for lang in languages.split(",") if lang.strip()),
            organisation_classes=ORGANISATION_CLASSES | frozenset(org_class or ()),
            place_classes=PLACE_CLASSES | frozenset(place_class or ()),
            min_sitelinks=min_sitelinks,
        )

        def report(read: int) -> None:
            console.print(f"read {read:,} entities…", markup=False)

        summary = import_wikidata(dump, out, options, progress=report)
    except ConfigurationError as error:
        console.print(f"[red]error:[/red] {error}", markup=True)
        raise typer.Exit(2) from error
    except InputError as error:
        console.print(f"[red]error:[/red] {error}", markup=True)
        raise typer.Exit(1) from error
    _console().print(summary.line(), markup=False)


def main() -> None:
    app()
