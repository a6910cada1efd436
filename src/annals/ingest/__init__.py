"""Ingest stage: read every input format, parse headers and metadata, clean the body."""

from __future__ import annotations

from annals.ingest.cleaning import clean_text
from annals.ingest.encoding import decode_bytes
from annals.ingest.header import split_header
from annals.ingest.html import extract_html
from annals.ingest.readers import iter_inputs, read_bytes, read_jsonl, sniff_format, text_document

__all__ = [
    "clean_text",
    "decode_bytes",
    "extract_html",
    "iter_inputs",
    "read_bytes",
    "read_jsonl",
    "sniff_format",
    "split_header",
    "text_document",
]
