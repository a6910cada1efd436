"""Texts longer than spaCy's limit are parsed in pieces and joined back into one parse.

A real article scraped with its comments ran to two million characters: spaCy refuses a
text over one million, and the document was lost. Sentences written for this test.
"""

from __future__ import annotations

import pytest

from annals.nlp import parser as parser_module
from annals.nlp.parser import Parser, chunks

PARAGRAPH = (
    "Il ministro degli Esteri Antonio Tajani ha incontrato a Roma il collega francese.\n"
    "La Commissione europea ha approvato un nuovo pacchetto di aiuti per l'Ucraina. "
    "Il vertice della NATO si terrà a Bruxelles in luglio.\n"
)


def test_chunks_cover_the_text_and_cut_at_line_breaks() -> None:
    text = PARAGRAPH * 40
    pieces = chunks(text, 500)
    assert len(pieces) > 1
    assert "".join(piece for _, piece in pieces) == text
    for offset, piece in pieces:
        assert text[offset : offset + len(piece)] == piece
        assert len(piece) <= 500
    assert all(piece.endswith("\n") for _, piece in pieces[:-1])


def test_a_text_that_fits_is_one_piece() -> None:
    assert chunks("Breve testo.", 500) == [(0, "Breve testo.")]


def test_a_line_without_breaks_is_cut_after_a_sentence_end() -> None:
    text = "La riunione è finita. " * 60
    pieces = chunks(text, 300)
    assert "".join(piece for _, piece in pieces) == text
    assert all(piece.endswith(". ") for _, piece in pieces[:-1])


@pytest.mark.parametrize("language", ["it", "en"])
def test_a_long_text_parses_as_if_whole(monkeypatch: pytest.MonkeyPatch, language: str) -> None:
    text = PARAGRAPH * 30
    whole = Parser().parse(text, language)
    monkeypatch.setattr(parser_module, "CHUNK_CHARS", 600)
    pieced = Parser().parse(text, language)
    assert pieced.text == text
    assert [t.text for t in pieced.tokens] == [t.text for t in whole.tokens]
    assert [(t.start, t.end) for t in pieced.tokens] == [(t.start, t.end) for t in whole.tokens]
    assert all(t.index == i for i, t in enumerate(pieced.tokens))
    for sentence in pieced.sentences:
        inside = pieced.tokens[sentence.first_token : sentence.last_token]
        assert all(t.sentence == sentence.index for t in inside)
        assert all(sentence.first_token <= t.head < sentence.last_token for t in inside), (
            "heads stay within their sentence"
        )
    assert [s.index for s in pieced.sentences] == list(range(len(pieced.sentences)))
    assert len(pieced.sentences) == len(whole.sentences)
    spans = {(e.start, e.end, e.text) for e in pieced.entity_spans}
    assert all(text[start:end] == name for start, end, name in spans)
    assert spans == {(e.start, e.end, e.text) for e in whole.entity_spans}
