"""Extending the knowledge base from a Wikidata JSON dump (``annals kb import wikidata``).

The dump (``latest-all.json`` with one entity per line between ``[`` and ``]``,
plain, ``.gz`` or ``.bz2``; or plain JSONL) is read once, line by line: the reader
is a generator and nothing but a few small tables stays in memory. People
(P31 = Q5), organisations and places with a label in one of the configured
languages are spooled to a temporary file next to the output; positions (the
values of P39 "position held"), ISO 3166-1 alpha-3 codes (P298) and country
names are kept in small tables. After the read the spool is resolved and the
output is written, streamed, in the shape ``KnowledgeBase.load(extra_paths=…)``
reads (see ``annals.kb.records``).

Ids: an entity the bundled knowledge base already has (same Wikidata id, same
ISO alpha-3 code for a country, or the same normalised name and type with no
conflicting country) keeps its bundled id, and its output record is the bundled
record with the Wikidata names, roles and id merged in (a later file replaces
an entity with the same id, so the bundled fields are copied). Other entities
get ``wikidata/Q…`` ids.

Bad lines (invalid JSON or not an entity object) are skipped and counted; the
summary names the first few. A file whose first lines are all bad is not a
Wikidata dump and fails at once, and so does a corrupt or truncated compressed
stream. To stay fast on a 100 GB dump, after the first ``FULL_PARSE_LINES`` lines
only lines that mention a wanted class or property are parsed, so bad lines
among the others go unnoticed.

The pass over the dump is in :mod:`annals.kb.wikidata_scan`, the ids and records
in :mod:`annals.kb.wikidata_records`; this module runs them and writes the file.
"""

from __future__ import annotations

import json
import logging
import os
import re
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from annals.errors import ConfigurationError, InputError
from annals.kb.wikidata_dump import BadLine
from annals.kb.wikidata_records import RecordContext, decide_ids, load_bundled, output_record
from annals.kb.wikidata_scan import (
    BAD_LINE_SAMPLES,
    COUNTRY_CLASSES,
    DEFAULT_LANGUAGES,
    ORGANISATION_CLASSES,
    PERSON_CLASSES,
    PLACE_CLASSES,
    POSITION_CLASSES,
    PROBE_LINES,
    PROGRESS_EVERY,
    ImportOptions,
    read_spool,
    scan_dump,
)

__all__ = [
    "BAD_LINE_SAMPLES",
    "COUNTRY_CLASSES",
    "DEFAULT_LANGUAGES",
    "LICENCE",
    "MERGED_LICENCE",
    "ORGANISATION_CLASSES",
    "PERSON_CLASSES",
    "PLACE_CLASSES",
    "POSITION_CLASSES",
    "PROBE_LINES",
    "PROGRESS_EVERY",
    "ImportOptions",
    "ImportSummary",
    "dump_version",
    "import_wikidata",
]

logger = logging.getLogger(__name__)

LICENCE = (
    "Entity data from Wikidata (https://www.wikidata.org), dump {dump}, released under "
    "CC0 1.0 (https://creativecommons.org/publicdomain/zero/1.0/)."
)
MERGED_LICENCE = (
    " Records that extend a bundled entity keep that entity's fields, which stay under the "
    "licence of the bundled file they come from ({files}; see annals/kb/data/README.md: "
    "countries.json is ODbL 1.0, the others MIT)."
)

_DUMP_DATE = re.compile(r"(?<!\d)(\d{4})-?(\d\d)-?(\d\d)(?!\d)")


@dataclass(frozen=True, slots=True)
class ImportSummary:
    """What an import read, kept, skipped and wrote."""

    dump: str
    output: str
    version: str
    entities_read: int
    kept: Mapping[str, int]  # entity type → count
    merged: int  # kept entities written under a bundled id
    skipped: Mapping[str, int]  # reason → count
    roles: int
    roles_with_office: int
    roles_unresolved: int  # P39 values whose position item was not in the dump
    bad_lines: int
    bad_line_samples: tuple[BadLine, ...]
    seconds: float

    def line(self) -> str:
        kept = ", ".join(f"{kind} {count:,}" for kind, count in sorted(self.kept.items()))
        skipped = "; ".join(f"{why} {count:,}" for why, count in self.skipped.items())
        text = (
            f"read {self.entities_read:,} entities from {self.dump} in {self.seconds:.1f} s; "
            f"kept {sum(self.kept.values()):,} ({kept or 'none'}; {self.merged:,} extend bundled "
            f"entities); roles {self.roles:,} ({self.roles_with_office:,} with an office key, "
            f"{self.roles_unresolved:,} positions not found); "
            f"skipped {sum(self.skipped.values()):,}"
            f"{f' ({skipped})' if skipped else ''}; bad lines {self.bad_lines:,}"
        )
        if self.bad_line_samples:
            text += " (" + "; ".join(f"line {b.line}: {b.reason}" for b in self.bad_line_samples)
            text += ")"
        return f"{text} → {self.output}"


def dump_version(dump: Path) -> str:
    """``wikidata-2025-01-06 (wikidata-20250106-all.json.gz)``; the file date if none."""
    match = _DUMP_DATE.search(dump.name)
    if match:
        date = "-".join(match.groups())
    else:
        date = time.strftime("%Y-%m-%d", time.gmtime(dump.stat().st_mtime))
    return f"wikidata-{date} ({dump.name})"


def _write(
    out: Path, spool: Path, context: RecordContext, version: str, dump: Path, counts: Counter[str]
) -> None:
    licence = LICENCE.format(dump=dump.name)
    files = sorted({context.bundled.files[kb_id] for kb_id in context.ids.values()})
    if files:
        licence += MERGED_LICENCE.format(files=", ".join(files))
    head = json.dumps(
        {"licence": licence, "version": version, "source": dump.name}, ensure_ascii=False
    )
    partial = out.with_name(out.name + ".part")
    try:
        with partial.open("w", encoding="utf-8") as stream:
            stream.write(head[:-1] + ',\n "entities": [\n')
            for index, rec in enumerate(read_spool(spool)):
                record = output_record(rec, context, counts)
                stream.write(("" if index == 0 else ",\n") + json.dumps(record, ensure_ascii=False))
            stream.write("\n]}\n")
        os.replace(partial, out)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise ConfigurationError(
            f"cannot write the knowledge-base file {out} ({error.strerror or error}); "
            "choose a writable --out path"
        ) from error


def import_wikidata(
    dump: Path,
    out: Path,
    options: ImportOptions | None = None,
    progress: Callable[[int], None] | None = None,
) -> ImportSummary:
    """Read a Wikidata dump and write a knowledge-base extension file to ``out``.

    Raises ``InputError`` for a missing, unreadable, corrupt or non-Wikidata dump and
    ``ConfigurationError`` for invalid options or an unwritable output. ``progress``
    is called with the number of entities read every ``PROGRESS_EVERY`` entities.
    """
    options = options or ImportOptions()
    started = time.monotonic()
    dump, out = Path(dump), Path(out)
    if not dump.is_file():
        raise InputError(str(dump), "no such file; give the path of a Wikidata JSON dump")
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".annals-wikidata-", dir=out.parent) as folder:
        spool = Path(folder) / "entities.jsonl"
        with spool.open("w", encoding="utf-8") as stream:
            scan = scan_dump(dump, options, stream, progress)
        bundled = load_bundled()
        ids, kept_orgs = decide_ids(spool, scan, bundled)
        context = RecordContext(scan, bundled, ids, frozenset(kept_orgs))
        counts: Counter[str] = Counter()
        version = dump_version(dump)
        _write(out, spool, context, version, dump, counts)
    summary = ImportSummary(
        dump=str(dump),
        output=str(out),
        version=version,
        entities_read=scan.read,
        kept=dict(scan.kept),
        merged=counts["merged"],
        skipped=dict(scan.skipped),
        roles=counts["roles"],
        roles_with_office=counts["offices"],
        roles_unresolved=counts["unresolved"],
        bad_lines=scan.bad,
        bad_line_samples=tuple(scan.bad_samples),
        seconds=time.monotonic() - started,
    )
    logger.info("wikidata import: %s", summary.line())
    return summary
