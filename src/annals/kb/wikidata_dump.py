"""Reading a Wikidata JSON dump line by line, and reading values out of its statements.

A dump (``latest-all.json``: a ``[`` line, one entity object per line ending with
``,``, a ``]`` line; plain, ``.gz`` or ``.bz2``, told apart by their first bytes)
or a JSONL file of entities is read as a stream: :func:`read_dump` is a generator
and holds one line at a time.
"""

from __future__ import annotations

import bz2
import gzip
import json
import re
import zlib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, cast

from annals.errors import InputError
from annals.models import PartialDate

MULTILINGUAL = "mul"  # Wikidata's label "in all languages" (names of people, places)
FULL_PARSE_LINES = 1000  # every line is parsed until then (catches a wrong file early)

_TIME = re.compile(r"^([+-])(\d{1,16})-(\d\d)-(\d\d)T")


@dataclass(frozen=True, slots=True)
class BadLine:
    line: int
    reason: str


@dataclass(frozen=True, slots=True)
class DumpEntity:
    line: int
    data: dict[str, Any]


# --------------------------------------------------------------------------- reading


def _open(path: Path) -> IO[bytes]:
    try:
        with path.open("rb") as probe:
            magic = probe.read(3)
        if magic[:2] == b"\x1f\x8b":
            return cast(IO[bytes], gzip.open(path, "rb"))
        if magic == b"BZh":
            return cast(IO[bytes], bz2.open(path, "rb"))
        return path.open("rb")
    except OSError as error:
        raise InputError(
            str(path),
            f"cannot read the Wikidata dump ({error.strerror or error}); check the path "
            "(a latest-all.json[.gz|.bz2] dump or a JSONL file of entities)",
        ) from error


def read_dump(
    path: Path, needles: Sequence[bytes] = (), full_parse_lines: int = FULL_PARSE_LINES
) -> Iterator[DumpEntity | BadLine]:
    """Entities of a dump, one at a time, and the lines that are not entities.

    After ``full_parse_lines`` lines, a line that contains none of ``needles`` is
    yielded as an empty entity (``data == {}``) without being parsed.
    """
    number = 0
    with _open(path) as stream:
        try:
            for number, raw in enumerate(stream, start=1):
                line = raw.strip()
                if line.endswith(b","):
                    line = line[:-1].rstrip()
                if line in (b"", b"[", b"]"):
                    continue
                if needles and number > full_parse_lines and not _mentions(line, needles):
                    yield DumpEntity(number, {})
                    continue
                yield _parse_line(number, line)
        except (OSError, EOFError, zlib.error) as error:
            raise InputError(
                str(path),
                f"the compressed dump is corrupt or truncated after line {number:,} ({error}); "
                "download it again (compare its checksum with the published one)",
            ) from error


def _mentions(line: bytes, needles: Sequence[bytes]) -> bool:
    for needle in needles:  # noqa: SIM110 (a plain loop: faster than any() or one regex)
        if needle in line:
            return True
    return False


def _parse_line(number: int, line: bytes) -> DumpEntity | BadLine:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as error:
        return BadLine(number, f"invalid JSON: {error.msg} at column {error.colno}")
    except UnicodeDecodeError:
        return BadLine(number, "not UTF-8 text")
    if not isinstance(data, dict) or not isinstance(data.get("id"), str):
        return BadLine(number, "not an entity object with an 'id'")
    return DumpEntity(number, data)


# --------------------------------------------------------------------------- statements


def statements(claims: Mapping[str, Any], prop: str) -> list[dict[str, Any]]:
    values = claims.get(prop)
    if not isinstance(values, list):
        return []
    kept = [s for s in values if isinstance(s, dict) and s.get("rank") != "deprecated"]
    preferred = [s for s in kept if s.get("rank") == "preferred"]
    return preferred + [s for s in kept if s.get("rank") != "preferred"]


def datavalue(snak: Any) -> Any:
    if not isinstance(snak, dict) or snak.get("snaktype") != "value":
        return None
    datavalue = snak.get("datavalue")
    return datavalue.get("value") if isinstance(datavalue, dict) else None


def item_id(snak: Any) -> str | None:
    value = datavalue(snak)
    if isinstance(value, dict):
        if isinstance(value.get("id"), str):
            return str(value["id"])
        if isinstance(value.get("numeric-id"), int):
            return f"Q{value['numeric-id']}"
    return None


def item_ids(claims: Mapping[str, Any], prop: str) -> list[str]:
    found = (item_id(statement.get("mainsnak")) for statement in statements(claims, prop))
    return list(dict.fromkeys(item for item in found if item))


def string_value(claims: Mapping[str, Any], prop: str) -> str | None:
    for statement in statements(claims, prop):
        value = datavalue(statement.get("mainsnak"))
        if isinstance(value, str):
            return value
    return None


def wikidata_time(value: Any) -> str | None:
    """``{"time": "+2022-10-22T00:00:00Z", "precision": 11}`` → ``"2022-10-22"``.

    Precision 11 is a day, 10 a month, 9 a year; a decade or century (8, 7) becomes
    its first year, anything coarser, BCE or out of range is ``None``.
    """
    if not isinstance(value, dict) or not isinstance(value.get("time"), str):
        return None
    match = _TIME.match(value["time"])
    precision = value.get("precision")
    if match is None or match.group(1) == "-" or not isinstance(precision, int) or precision < 7:
        return None
    year, month, day = int(match.group(2)), int(match.group(3)), int(match.group(4))
    try:
        if precision >= 11 and month and day:
            return PartialDate(year, month, day).iso
        if precision >= 10 and month:
            return PartialDate(year, month).iso
        return PartialDate(year).iso
    except ValueError:
        return None


def qualifier_snaks(statement: Mapping[str, Any], prop: str) -> list[Any]:
    qualifiers = statement.get("qualifiers")
    values = qualifiers.get(prop) if isinstance(qualifiers, dict) else None
    return values if isinstance(values, list) else []


def qualifier_time(statement: Mapping[str, Any], prop: str) -> tuple[str | None, bool]:
    """The qualifier's date, and whether it says "some unknown value"."""
    for snak in qualifier_snaks(statement, prop):
        if isinstance(snak, dict) and snak.get("snaktype") == "somevalue":
            return None, True
        date = wikidata_time(datavalue(snak))
        if date:
            return date, False
    return None, False


def language_names(
    entity: Mapping[str, Any], key: str, languages: Sequence[str]
) -> dict[str, list[str]]:
    field_value = entity.get(key)
    if not isinstance(field_value, dict):
        return {}
    names: dict[str, list[str]] = {}
    for lang in (*languages, MULTILINGUAL):
        value = field_value.get(lang)
        entries = value if isinstance(value, list) else [value]
        texts = [
            e["value"] for e in entries if isinstance(e, dict) and isinstance(e.get("value"), str)
        ]
        texts = [text.strip() for text in texts if len(text.strip()) >= 2]
        if texts:
            names[lang] = list(dict.fromkeys(texts))
    return names
