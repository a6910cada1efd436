"""Ingest: readers for every format, headers, encodings, HTML, and the walk over inputs."""

from __future__ import annotations

import codecs
import io
import os
from pathlib import Path

import pytest

from annals.errors import InputError
from annals.ingest.encoding import decode_bytes
from annals.ingest.header import split_header
from annals.ingest.html import extract_html
from annals.ingest.readers import iter_inputs, read_bytes, read_jsonl, sniff_format
from annals.models import InputFailure, PartialDate, RawDocument

DATA = Path(__file__).parent / "data" / "ingest"
PNG_BYTES = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00"
)


def _documents(results: list[RawDocument | InputFailure]) -> list[RawDocument]:
    return [result for result in results if isinstance(result, RawDocument)]


def _failures(results: list[RawDocument | InputFailure]) -> list[InputFailure]:
    return [result for result in results if isinstance(result, InputFailure)]


# --------------------------------------------------------------------------- header


@pytest.mark.parametrize(
    ("text", "date", "source", "body"),
    [
        (
            " date 2024-11-05 (Example Wire- Desk) The minister arrived.",
            PartialDate(2024, 11, 5),
            "Example Wire- Desk",
            "The minister arrived.",
        ),
        (
            "date 2024-11-05 (Example Wire) The minister arrived.",
            PartialDate(2024, 11, 5),
            "Example Wire",
            "The minister arrived.",
        ),
        (" date 2022-10 Il ministro.", PartialDate(2022, 10), None, "Il ministro."),
        ("Date 2020-02-29 Der Minister.", PartialDate(2020, 2, 29), None, "Der Minister."),
        (
            " date 2019-07 ( Agence Exemple ) Le ministre.",
            PartialDate(2019, 7),
            "Agence Exemple",
            "Le ministre.",
        ),
        ("date 2021-01-02\nOn the next line.", PartialDate(2021, 1, 2), None, "On the next line."),
    ],
)
def test_ingest_header_variants(
    text: str, date: PartialDate, source: str | None, body: str
) -> None:
    assert split_header(text) == (date, source, body)


@pytest.mark.parametrize(
    "text",
    [
        "The date 2024-11-05 was chosen for the summit.",
        "Ministers met on 2024-11-05 in Rome.",
        "dated 2024-11-05 the letter said",
        "date 2024-11-05T10:00 is not a header",
    ],
)
def test_ingest_header_absent_leaves_text_alone(text: str) -> None:
    assert split_header(text) == (None, None, text)


def test_ingest_header_invalid_date_is_value_error() -> None:
    with pytest.raises(ValueError, match="2024-13-45"):
        split_header(" date 2024-13-45 (Wire) Text.")


def test_ingest_header_invalid_date_is_input_error_from_read_bytes() -> None:
    with pytest.raises(InputError, match="2024-13-45") as caught:
        read_bytes(b" date 2024-13-45 (Wire) Text of the article.", "bad.txt")
    assert caught.value.path == "bad.txt"


# --------------------------------------------------------------------------- formats


def test_ingest_text_file_with_day_header() -> None:
    path = DATA / "header_day.txt"
    [document] = read_bytes(path.read_bytes(), str(path))
    assert document.format == "text"
    assert document.published == PartialDate(2023, 6, 14)
    assert document.published_basis == "header"
    assert document.source == "Example Wire"
    assert document.text.startswith("The foreign ministers of Portugal and Chile signed")
    assert "joint archives" in document.text


def test_ingest_text_file_with_month_header() -> None:
    path = DATA / "header_month.txt"
    [document] = read_bytes(path.read_bytes(), str(path))
    assert document.published == PartialDate(2021, 3)
    assert document.published.precision == "month"
    assert document.source is None
    assert document.text.startswith("Il ministro degli Esteri ha ricevuto")


def test_ingest_text_file_without_header() -> None:
    [document] = read_bytes(b"Ministers met in Oslo.\n", "plain.text")
    assert document.published is None
    assert document.published_basis == "unknown"
    assert document.text.startswith("Ministers met in Oslo.")


def test_ingest_markdown_drops_heading_marks() -> None:
    path = DATA / "briefing.md"
    [document] = read_bytes(path.read_bytes(), str(path))
    assert document.format == "text"
    assert document.text.startswith("Ministers meet in Valletta\n")
    assert "\nNext steps\n" in document.text
    assert "#" not in document.text
    assert "search-and-rescue coordination" in document.text


def test_ingest_html_page() -> None:
    path = DATA / "page.html"
    [document] = read_bytes(path.read_bytes(), str(path))
    assert document.format == "html"
    assert "Los ministros de Defensa de España y Portugal se reunieron" in document.text
    assert "La próxima reunión se celebrará en Vigo" in document.text
    assert "Portada" not in document.text
    assert document.title is not None and "Lisboa" in document.title
    assert document.source == "Diario Ejemplo"
    assert document.url == "https://diario.example/internacional/cumbre-lisboa"
    assert document.published == PartialDate(2023, 9, 21)
    assert document.published_basis == "metadata"
    assert document.language == "es"


def test_ingest_html_keeps_paragraphs_on_separate_lines() -> None:
    path = DATA / "page.html"
    document = extract_html(path.read_text(encoding="utf-8"), str(path))
    lines = [line for line in document.text.split("\n") if line.strip()]
    assert any(line.startswith("Según el comunicado conjunto") for line in lines)


def test_ingest_html_fallback_to_body_paragraphs() -> None:
    html = "<html><body><div><p>Talks in Bern.</p><p>They ended.</p></div></body></html>"
    document = extract_html(html, "tiny.html")
    assert "Talks in Bern." in document.text
    assert "They ended." in document.text


def test_ingest_html_without_text_is_an_error() -> None:
    with pytest.raises(InputError, match="no article text"):
        read_bytes(b"<html><head><title>x</title></head><body>  </body></html>", "empty.html")


def test_ingest_json_list_of_records() -> None:
    path = DATA / "records.json"
    first, second = read_bytes(path.read_bytes(), str(path))
    assert first.path == f"{path}#0"
    assert second.path == f"{path}#1"
    assert first.doc_id == "doc-1"
    assert first.title == "Nordic exercise"
    assert first.source == "Example Nordic News"
    assert first.url == "https://nordic.example/a1"
    assert first.language == "en"
    assert first.published == PartialDate(2024, 2, 6)
    assert first.published_basis == "metadata"
    assert first.format == "json"
    assert second.doc_id == "7"
    assert second.language == "fr"
    assert second.published == PartialDate(2024, 3)


def test_ingest_json_single_object_with_datetime() -> None:
    path = DATA / "single.json"
    [document] = read_bytes(path.read_bytes(), str(path))
    assert document.path == str(path)
    assert document.published == PartialDate(2024, 5, 13)
    assert document.doc_id is None
    assert "Warschau" in document.text


def test_ingest_jsonl_keeps_good_lines_and_names_bad_ones() -> None:
    path = DATA / "records.jsonl"
    documents, failures = read_jsonl(path.read_bytes(), str(path))
    assert [document.doc_id for document in documents] == ["a", "c"]
    assert [document.path for document in documents] == [f"{path}:1", f"{path}:4"]
    assert documents[0].published == PartialDate(2024)
    assert documents[0].format == "jsonl"
    assert [failure.path for failure in failures] == [f"{path}:3", f"{path}:5"]
    assert "malformed JSON" in failures[0].reason
    assert "text" in failures[1].reason


def test_ingest_read_bytes_jsonl_fails_on_first_bad_line() -> None:
    path = DATA / "records.jsonl"
    with pytest.raises(InputError) as caught:
        read_bytes(path.read_bytes(), str(path))
    assert caught.value.path == f"{path}:3"


# --------------------------------------------------------------------------- bad inputs


@pytest.mark.parametrize(
    ("data", "path", "message"),
    [
        (b"", "empty.txt", "empty"),
        (b"  \n\n ", "blank.txt", "empty"),
        (PNG_BYTES, "image.txt", "binary"),
        (b"some text", "notes.docx", "supported extensions are .htm, .html, .json"),
        (b"some text", "README", "without an extension"),
        (b'{"text": "a", "date": }', "broken.json", "line 1, column 23"),
        (b'{\n  "title": "x",\n  "text": \n}', "broken2.json", "line 4"),
        (b'{"title": "no text"}', "notext.json", '"text"'),
        (b'{"text": "   "}', "blank_text.json", '"text"'),
        (b'{"text": 42}', "number_text.json", '"text"'),
        (b'{"text": "ok", "title": 5}', "title.json", '"title" must be a string'),
        (b'{"text": "ok", "id": [1]}', "id.json", '"id" must be'),
        (b'{"text": "ok", "date": "2024-02-30"}', "date.json", "2024-02-30"),
        (b'{"text": "ok", "date": "yesterday"}', "date2.json", "yesterday"),
        (b'{"text": "ok", "date": 20240101}', "date3.json", '"date" must be'),
        (b"[]", "nothing.json", "no records"),
        (b'"just a string"', "scalar.json", "object or a list"),
    ],
)
def test_ingest_bad_input_is_input_error(data: bytes, path: str, message: str) -> None:
    with pytest.raises(InputError) as caught:
        read_bytes(data, path)
    assert message in caught.value.reason
    assert caught.value.path.startswith(path)


def test_ingest_binary_with_nul_bytes_in_text_file() -> None:
    with pytest.raises(InputError, match="binary"):
        read_bytes(b"abc\x00def\x00\x01\x02ghi\x00\x00\x00", "weird.txt")


# --------------------------------------------------------------------------- encodings


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Il caffè è già pronto: perché il ministro non è venuto?", "latin-1"),
        ("El ministro señaló que la reunión fue un éxito “histórico” — dijo.", "cp1252"),
        ("Der Außenminister traf seinen Amtskollegen in Köln und München.", "cp1252"),
        ("Le ministre a déclaré qu’il était très préoccupé par la sécurité.", "cp1252"),
        ("Министр иностранных дел заявил, что переговоры продолжатся в Москве.", "cp1251"),
        ("Minister spraw zagranicznych Polski powiedział, że rozmowy będą trwały.", "cp1250"),
    ],
)
def test_ingest_legacy_encodings(text: str, encoding: str) -> None:
    assert decode_bytes(text.encode(encoding), "legacy.txt") == text


@pytest.mark.parametrize(
    ("prefix", "encoding"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (b"", "utf-16-le"),
    ],
)
def test_ingest_unicode_encodings_and_boms(prefix: bytes, encoding: str) -> None:
    text = "Zürich, 3 mai — la réunion a eu lieu.\nSecond line."
    assert decode_bytes(prefix + text.encode(encoding), "u.txt") == text


def test_ingest_utf16_file_through_read_bytes() -> None:
    data = codecs.BOM_UTF16_LE + " date 2024-01-16 Talks in Kyiv ended.".encode("utf-16-le")
    [document] = read_bytes(data, "wide.txt")
    assert document.published == PartialDate(2024, 1, 16)
    assert document.text == "Talks in Kyiv ended."


def test_ingest_newlines_and_nfc_are_normalised() -> None:
    decomposed = "Cafe\u0301 one\r\ntwo\rthree\n"
    assert decode_bytes(decomposed.encode("utf-8"), "n.txt") == "Café one\ntwo\nthree\n"


def test_ingest_latin1_file_on_disk(tmp_path: Path) -> None:
    path = tmp_path / "vecchio.txt"
    header = " date 2020-05 (Agenzia) Il governo ha già approvato la città."
    path.write_bytes(header.encode("latin-1"))
    [document] = _documents(list(iter_inputs([str(path)])))
    assert document.text == "Il governo ha già approvato la città."
    assert document.source == "Agenzia"


def test_ingest_undecodable_bom_text_is_error() -> None:
    with pytest.raises(InputError, match="decode"):
        decode_bytes(codecs.BOM_UTF8 + b"abc\xff\xfe\xfd", "bad.txt")


# --------------------------------------------------------------------------- iter_inputs


def test_ingest_directory_recursion_sorted_without_hidden() -> None:
    results = list(iter_inputs([str(DATA / "tree")]))
    documents = _documents(results)
    assert not _failures(results)
    assert [os.path.relpath(document.path, DATA / "tree") for document in documents] == [
        "a.txt",
        os.path.join("sub", "b.txt"),
        os.path.join("sub", "c.jsonl") + ":1",
    ]
    assert all("must not be read" not in document.text for document in documents)


def test_ingest_glob_pattern() -> None:
    results = list(iter_inputs([str(DATA / "header_*.txt")]))
    assert [Path(document.path).name for document in _documents(results)] == [
        "header_day.txt",
        "header_month.txt",
    ]


def test_ingest_glob_without_matches_is_failure() -> None:
    pattern = str(DATA / "nothing_*.txt")
    [failure] = list(iter_inputs([pattern]))
    assert isinstance(failure, InputFailure)
    assert failure.path == pattern
    assert "no files match" in failure.reason


def test_ingest_missing_path_is_failure_and_others_go_on() -> None:
    missing = str(DATA / "does_not_exist.txt")
    results = list(iter_inputs([missing, str(DATA / "header_day.txt")]))
    assert isinstance(results[0], InputFailure)
    assert results[0].path == missing
    assert "no such file" in results[0].reason
    assert isinstance(results[1], RawDocument)


def test_ingest_bad_files_do_not_stop_the_others(tmp_path: Path) -> None:
    (tmp_path / "a_empty.txt").write_bytes(b"")
    (tmp_path / "b_image.png").write_bytes(PNG_BYTES)
    (tmp_path / "c_binary.txt").write_bytes(PNG_BYTES)
    (tmp_path / "d_good.txt").write_text("Talks in Lima.", encoding="utf-8")
    results = list(iter_inputs([str(tmp_path)]))
    reasons = {Path(failure.path).name: failure.reason for failure in _failures(results)}
    assert set(reasons) == {"a_empty.txt", "b_image.png", "c_binary.txt"}
    assert "empty" in reasons["a_empty.txt"]
    assert "unsupported" in reasons["b_image.png"]
    assert "binary" in reasons["c_binary.txt"]
    assert [document.text for document in _documents(results)] == ["Talks in Lima."]


def test_ingest_jsonl_bad_line_through_iter_inputs() -> None:
    path = str(DATA / "records.jsonl")
    results = list(iter_inputs([path]))
    assert [type(result).__name__ for result in results] == [
        "RawDocument",
        "InputFailure",
        "RawDocument",
        "InputFailure",
    ]
    assert results[1].path == f"{path}:3"


@pytest.mark.parametrize(
    ("data", "fmt", "paths"),
    [
        (b"Plain text from a pipe about Quito.", "text", ["<stdin>"]),
        (b" date 2024-02 (Wire) Piped text.", "text", ["<stdin>"]),
        (b'{"text": "One JSON object.", "id": "x"}', "json", ["<stdin>"]),
        (b'  [{"text": "A"}, {"text": "B"}]', "json", ["<stdin>#0", "<stdin>#1"]),
        (b'{"text": "A"}\n{"text": "B"}\n', "jsonl", ["<stdin>:1", "<stdin>:2"]),
        (
            b"<!DOCTYPE html><html><body><p>Talks in Accra ended on Friday.</p></body></html>",
            "html",
            ["<stdin>"],
        ),
    ],
)
def test_ingest_stdin_is_sniffed(data: bytes, fmt: str, paths: list[str]) -> None:
    results = list(iter_inputs(["-"], stdin=io.BytesIO(data)))
    documents = _documents(results)
    assert [document.path for document in documents] == paths
    assert {document.format for document in documents} == {fmt}


def test_ingest_stdin_header_is_parsed() -> None:
    [document] = list(iter_inputs(["-"], stdin=io.BytesIO(b" date 2024-02 (Wire) Piped text.")))
    assert isinstance(document, RawDocument)
    assert document.published == PartialDate(2024, 2)
    assert document.text == "Piped text."


@pytest.mark.parametrize("data", [b"", PNG_BYTES])
def test_ingest_bad_stdin_is_failure(data: bytes) -> None:
    [failure] = list(iter_inputs(["-"], stdin=io.BytesIO(data)))
    assert isinstance(failure, InputFailure)
    assert failure.path == "<stdin>"


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        ("<html><body>x</body></html>", "html"),
        ("\n  <!doctype html>\n<html>", "html"),
        ("Less than <b>bold</b> claims.", "text"),
        ('{"text": "x"}', "json"),
        ('{"text": "x"}\n{"text": "y"}', "jsonl"),
        ('{\n  "text": "x"\n}', "json"),
        ("[1, 2]", "json"),
        ("Plain words.", "text"),
    ],
)
def test_ingest_sniff_format(text: str, fmt: str) -> None:
    assert sniff_format(text) == fmt


def test_ingest_html_declared_legacy_charset() -> None:
    page = (
        '<html><head><meta charset="windows-1252"></head>'
        "<body><p>Le caf\xe9 du minist\xe8re a \xe9t\xe9 \x93ferm\xe9\x94 lundi.</p></body></html>"
    )
    [document] = read_bytes(page.encode("latin-1"), "legacy.htm")
    assert document.text == "Le café du ministère a été “fermé” lundi."


def test_ingest_html_reader_comments_are_not_extracted() -> None:
    paragraph = "<p>The defence ministers of Greece and Cyprus met in Nicosia on Friday.</p>" * 3
    page = (
        "<html><body><article><h1>Ministers meet</h1>"
        f"{paragraph}</article>"
        '<div class="comments" id="comments"><h3>Comments</h3>'
        "<p>Reader one: what a waste of time this meeting was.</p></div></body></html>"
    )
    document = extract_html(page, "comments.html")
    assert "Nicosia" in document.text
    assert "waste of time" not in document.text
