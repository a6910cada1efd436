"""JSON and JSONL records: ``{"text", "title"?, "date"?, "url"?, "source"?, "lang"?, "id"?}``."""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from typing import Any

from annals.errors import InputError
from annals.models import InputFormat, PartialDate, RawDocument

_OPTIONAL_STRINGS = ("title", "url", "source", "lang")
_LINE_BREAKS = re.compile(r"\r\n?")
_ISO_PARTIAL = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


def parse_json(text: str, path: str) -> list[RawDocument | InputError]:
    """The records of a ``.json`` document: one object, or a list of objects.

    A malformed document raises ``InputError``; a bad record in a list comes back as an
    ``InputError`` in its place (path ``file.json#INDEX``) so the good records can go on.
    """
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(
            path, f"malformed JSON at line {error.lineno}, column {error.colno}: {error.msg}"
        ) from error
    if isinstance(value, dict):
        return [record_to_document(value, path, "json")]
    if not isinstance(value, list):
        raise InputError(
            path, f"JSON must be an object or a list of objects, not {type(value).__name__}"
        )
    if not value:
        raise InputError(path, "the JSON list holds no records")
    results: list[RawDocument | InputError] = []
    for index, item in enumerate(value):
        record_path = f"{path}#{index}"
        try:
            results.append(record_to_document(item, record_path, "json"))
        except InputError as error:
            results.append(error)
    return results


def parse_jsonl(text: str, path: str) -> list[RawDocument | InputError]:
    """One result per non-blank line of a ``.jsonl`` document (path ``file.jsonl:LINE``)."""
    results: list[RawDocument | InputError] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        line_path = f"{path}:{number}"
        try:
            value = json.loads(line)
        except json.JSONDecodeError as error:
            results.append(
                InputError(line_path, f"malformed JSON at column {error.colno}: {error.msg}")
            )
            continue
        try:
            results.append(record_to_document(value, line_path, "jsonl"))
        except InputError as error:
            results.append(error)
    return results


def record_to_document(value: Any, path: str, fmt: InputFormat) -> RawDocument:
    """Validate one JSON record and turn it into a ``RawDocument``."""
    if not isinstance(value, dict):
        raise InputError(path, f"a record must be a JSON object, not {type(value).__name__}")
    text = value.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(path, 'the record has no non-empty string "text" field; add the article')
    strings = {name: _optional_string(value, name, path) for name in _OPTIONAL_STRINGS}
    published = _record_date(value.get("date"), path)
    language = strings["lang"].lower() if strings["lang"] else None
    return RawDocument(
        path=path,
        text=unicodedata.normalize("NFC", _LINE_BREAKS.sub("\n", text)),
        format=fmt,
        doc_id=_record_id(value.get("id"), path),
        title=strings["title"],
        url=strings["url"],
        source=strings["source"],
        language=language,
        published=published,
        published_basis="metadata" if published else "unknown",
    )


def parse_date(value: str) -> PartialDate:
    """``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or a full ISO datetime (its date); else ValueError."""
    value = value.strip()
    try:
        if _ISO_PARTIAL.match(value):
            return PartialDate.parse(value)
        return PartialDate.from_date(dt.datetime.fromisoformat(value).date())
    except ValueError as error:
        raise ValueError(
            f"invalid date {value!r} ({error}); give YYYY, YYYY-MM, YYYY-MM-DD or an ISO datetime"
        ) from error


def _optional_string(record: dict[str, Any], name: str, path: str) -> str | None:
    value = record.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError(
            path, f'field "{name}" must be a string or null, not {type(value).__name__}'
        )
    return value.strip() or None


def _record_id(value: Any, path: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise InputError(
            path, f'field "id" must be a string or an integer, not {type(value).__name__}'
        )
    return str(value).strip() or None


def _record_date(value: Any, path: str) -> PartialDate | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InputError(
            path, f'field "date" must be an ISO date string, not {type(value).__name__}'
        )
    try:
        return parse_date(value)
    except ValueError as error:
        raise InputError(path, str(error)) from error
