"""A capitalised function word opening a sentence is no name, even when a recogniser tags
it ("Erano le dieci", "Acaso el gobierno"); acronyms and real names stay. Sentences
written for this test."""

from __future__ import annotations

from annals.kb.knowledge_base import KnowledgeBase
from annals.kb.linker import EntityLinker
from annals.models import EntitySpan, ParsedText, PartialDate
from annals.nlp.parser import Parser


def _with_span(parsed: ParsedText, word: str, type_: str = "PERSON") -> ParsedText:
    start = parsed.text.index(word)
    span = EntitySpan(start, start + len(word), word, type_, 0.9, "test")  # type: ignore[arg-type]
    return ParsedText(
        parsed.language,
        parsed.text,
        parsed.sentences,
        parsed.tokens,
        (*parsed.entity_spans, span),
        parsed.has_parser,
    )


def _linked(text: str, language: str, word: str) -> list[str]:
    parsed = _with_span(Parser().parse(text, language), word)
    result = EntityLinker(KnowledgeBase.load()).link(parsed, PartialDate(2025, 3, 1))
    return [m.text for m in result.mentions]


def test_a_stop_word_opening_a_sentence_is_no_name() -> None:
    text = "La polizia arrivò tardi. Erano le dieci quando Mario Draghi parlò."
    assert "Erano" not in _linked(text, "it", "Erano")


def test_a_stop_word_at_the_text_start_is_no_name() -> None:
    assert "Cuando" not in _linked("Cuando llegó la noticia, nadie habló.", "es", "Cuando")


def test_a_name_opening_a_sentence_stays() -> None:
    text = "La polizia arrivò tardi. Draghi parlò per primo."
    assert "Draghi" in _linked(text, "it", "Draghi")


def _mentions(text: str, language: str) -> list[str]:
    result = EntityLinker(KnowledgeBase.load()).link(
        Parser().parse(text, language), PartialDate(2025, 3, 1)
    )
    return [m.text for m in result.mentions]


def test_a_title_at_a_line_end_names_no_one_on_the_next_line() -> None:
    # a dateline's "PM" (the time of day, and a prime minister's title) ends its line
    text = "March 3, 2025 11:18 PM\nThe woman who fired at the guards will face trial."
    assert "The" not in _mentions(text, "en")


def test_a_title_still_names_the_person_after_it() -> None:
    assert "Hallwood" in " ".join(_mentions("Minister Hallwood spoke on Monday.", "en"))
