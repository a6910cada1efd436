"""Readers for every input format, and the walk over files, directories, globs and stdin.

``iter_inputs`` never raises for a bad input: every problem becomes an ``InputFailure``
naming the input and the reason, and the other inputs go on.
"""

from __future__ import annotations

import glob
import logging
import os
import re
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from annals.errors import InputError
from annals.ingest.encoding import decode_bytes
from annals.ingest.header import split_header
from annals.ingest.html import declared_charset, extract_html
from annals.ingest.records import parse_json, parse_jsonl
from annals.models import InputFailure, InputFormat, RawDocument

logger = logging.getLogger(__name__)

STDIN_PATH = "<stdin>"
EXTENSIONS: dict[str, InputFormat] = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".jsonl": "jsonl",
}
_SUPPORTED = ", ".join(sorted(EXTENSIONS))
_GLOB_CHARS = re.compile(r"[*?\[]")
_MARKDOWN_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(?=\S)", re.MULTILINE)
_LOOKS_HTML = re.compile(
    r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|article|meta|title|main|div|p|h1)\b",
    re.IGNORECASE | re.DOTALL,
)


def iter_inputs(
    paths: Sequence[str], stdin: BinaryIO | None = None
) -> Iterator[RawDocument | InputFailure]:
    """Read every input named in ``paths``; yield documents and failures in input order.

    A path is a file, a directory (walked recursively in sorted order, hidden entries
    skipped), a glob pattern, or ``-`` for standard input (``stdin``, default
    ``sys.stdin.buffer``), whose format is sniffed from its content.
    """
    for path in paths:
        if path == "-":
            yield from _read_stdin(stdin if stdin is not None else sys.stdin.buffer)
            continue
        for file_path in _expand(path):
            if isinstance(file_path, InputFailure):
                yield file_path
            else:
                yield from _read_file(file_path)


def read_bytes(data: bytes, path: str) -> list[RawDocument]:
    """The documents in ``data``, the content of ``path``; the extension picks the format.

    Raise ``InputError`` for an unsupported extension, empty, binary or undecodable
    content, malformed JSON, a record without text, a wrong field type or an invalid date.
    A ``.jsonl`` file fails on its first bad line; ``read_jsonl`` keeps the good lines.
    """
    fmt = _format_of(path)
    results = _parse(data, path, fmt)
    for result in results:
        if isinstance(result, InputFailure):
            raise InputError(result.path, result.reason)
    return [result for result in results if isinstance(result, RawDocument)]


def read_jsonl(data: bytes, path: str) -> tuple[list[RawDocument], list[InputFailure]]:
    """The documents of a JSONL input and a failure for each bad line (``file.jsonl:LINE``).

    Raise ``InputError`` when the whole input is unusable (empty, binary, undecodable).
    """
    results = _parse(data, path, "jsonl")
    documents = [result for result in results if isinstance(result, RawDocument)]
    failures = [result for result in results if isinstance(result, InputFailure)]
    return documents, failures


def sniff_format(text: str) -> InputFormat:
    """The format of text read without a file name: JSON, JSONL, HTML or plain text."""
    stripped = text.lstrip()
    if stripped.startswith("["):
        return "json"
    if stripped.startswith("{"):
        lines = [line for line in stripped.split("\n") if line.strip()]
        return "jsonl" if len(lines) > 1 and lines[0].rstrip().endswith("}") else "json"
    if _LOOKS_HTML.match(stripped):
        return "html"
    return "text"


def _read_stdin(stream: BinaryIO) -> Iterator[RawDocument | InputFailure]:
    try:
        data = stream.read()
        text = _decode_nonempty(data, STDIN_PATH, None)
        results = _parse_text(text, STDIN_PATH, sniff_format(text))
    except InputError as error:
        yield InputFailure(error.path, error.reason)
        return
    except OSError as error:
        yield InputFailure(STDIN_PATH, f"cannot read standard input: {error.strerror or error}")
        return
    yield from results


def _read_file(path: str) -> Iterator[RawDocument | InputFailure]:
    try:
        fmt = _format_of(path)
        data = Path(path).read_bytes()
        results = _parse(data, path, fmt)
    except InputError as error:
        yield InputFailure(error.path, error.reason)
        return
    except OSError as error:
        yield InputFailure(path, f"cannot read the file: {error.strerror or error}")
        return
    yield from results


def _expand(path: str) -> Iterator[str | InputFailure]:
    """The files that ``path`` names: itself, the files under it, or the glob's matches."""
    if os.path.isdir(path):
        yield from _walk(path)
    elif os.path.exists(path):
        yield path
    elif _GLOB_CHARS.search(path):
        matches = sorted(glob.glob(path, recursive=True))
        if not matches:
            yield InputFailure(path, "no files match this pattern; check the pattern")
        for match in matches:
            if os.path.isdir(match):
                yield from _walk(match)
            else:
                yield match
    else:
        yield InputFailure(path, "no such file or directory; check the path")


def _walk(directory: str) -> Iterator[str]:
    """Files under ``directory``, recursively, in sorted order, without hidden entries."""
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(name for name in dirs if not name.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield os.path.join(root, name)


def _format_of(path: str) -> InputFormat:
    extension = os.path.splitext(path)[1].lower()
    fmt = EXTENSIONS.get(extension)
    if fmt is None:
        kind = f"file type {extension!r}" if extension else "a file without an extension"
        raise InputError(path, f"unsupported {kind}; supported extensions are {_SUPPORTED}")
    return fmt


def _parse(data: bytes, path: str, fmt: InputFormat) -> list[RawDocument | InputFailure]:
    hint = declared_charset(data) if fmt == "html" else None
    text = _decode_nonempty(data, path, hint)
    return _parse_text(text, path, fmt)


def _decode_nonempty(data: bytes, path: str, hint: str | None) -> str:
    if not data:
        raise InputError(path, "empty file; give a file with an article in it")
    text = decode_bytes(data, path, hint)
    if not text.strip():
        raise InputError(path, "empty file (only white space); give a file with an article")
    return text


def _parse_text(text: str, path: str, fmt: InputFormat) -> list[RawDocument | InputFailure]:
    if fmt == "text":
        return [text_document(text, path)]
    if fmt == "html":
        return [extract_html(text, path)]
    results = parse_jsonl(text, path) if fmt == "jsonl" else parse_json(text, path)
    return [
        InputFailure(result.path, result.reason) if isinstance(result, InputError) else result
        for result in results
    ]


def text_document(text: str, path: str) -> RawDocument:
    """A plain-text (or Markdown) document with its optional header parsed.

    Raise ``InputError`` for an invalid header date or a header without article text.
    """
    try:
        date, source, body = split_header(text)
    except ValueError as error:
        raise InputError(path, str(error)) from error
    if path.lower().endswith(".md"):
        body = _MARKDOWN_HEADING.sub("", body)
    if not body.strip():
        raise InputError(path, "the file holds a header but no article text")
    return RawDocument(
        path=path,
        text=body,
        format="text",
        source=source,
        published=date,
        published_basis="header" if date else "unknown",
    )
