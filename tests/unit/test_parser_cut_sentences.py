"""A parser's sentence split inside a line, right after a word, is no sentence end: the
small French pipeline cuts "Le Premier ministre britannique Keir | Starmer a rencontré …".
A split after a full stop, a quote or a line break stays. And a title's holder named in
apposition ("le chancelier allemand Friedrich Merz") is the participant, not the title's
country. Hand-written sentences."""

from __future__ import annotations

import pytest

from annals.models import PartialDate, RawDocument
from annals.nlp.parser import Parser
from annals.pipeline import Analyzer


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


def _sentences(parser: Parser, text: str, language: str) -> list[str]:
    parsed = parser.parse(text, language)
    return [text[s.start : s.end].strip() for s in parsed.sentences]


def test_a_cut_after_a_word_is_mended(parser: Parser) -> None:
    text = (
        "Le Premier ministre britannique Keir Starmer a rencontré le président ukrainien "
        "Volodymyr Zelensky à Londres."
    )
    assert _sentences(parser, text, "fr") == [text]


@pytest.mark.parametrize(
    ("language", "text", "count"),
    [
        ("en", "Russia attacked Kyiv. Ukraine hit back on Monday.", 2),
        ("en", "Kyiv under fire\nRussia attacked Kyiv on Monday.", 2),
        ("es", 'Biden firmó la ley. "Vamos a enviar la ayuda", afirmó.', 2),
    ],
)
def test_real_sentence_ends_stay(parser: Parser, language: str, text: str, count: int) -> None:
    assert len(_sentences(parser, text, language)) == count


def test_the_title_holder_in_apposition_is_the_participant() -> None:
    text = (
        "Le président Emmanuel Macron a reçu mardi à Paris le chancelier allemand Friedrich Merz."
    )
    analysis = Analyzer().analyze(
        RawDocument(path="t.txt", text=text, format="text"), "fr", PartialDate(2025, 6, 12)
    )
    visits = [e for e in analysis.events if e.type == "CONSULT"]
    assert visits, analysis.events
    names = {ref.name for ref in visits[0].actors} | {ref.name for ref in visits[0].recipients}
    assert "Friedrich Merz" in names and "Germany" not in names
