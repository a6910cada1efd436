"""A dash-introduced quote ends where its attribution begins: "— Nous ne céderons pas, a
affirmé Emmanuel Macron." quotes the words before the comma and names the speaker after
it. An attribution in the middle of the line ("…, dit-il, aux côtés de …") keeps the
line whole. Hand-written sentences."""

from __future__ import annotations

import pytest

from annals.events.quotes import find_quote_spans
from annals.models import PartialDate, RawDocument
from annals.pipeline import Analyzer


@pytest.mark.parametrize(
    ("language", "text", "quoted", "speaker"),
    [
        (
            "fr",
            "— Nous ne céderons rien sur ce point, a affirmé Emmanuel Macron.",
            "Nous ne céderons rien sur ce point",
            "Emmanuel Macron",
        ),
        (
            "it",
            "– Non lasceremo sola l'Ucraina, ha detto Giorgia Meloni.",
            "Non lasceremo sola l'Ucraina",
            "Giorgia Meloni",
        ),
        (
            "es",
            "— Seguiremos apoyando a Ucrania, dijo Pedro Sánchez.",
            "Seguiremos apoyando a Ucrania",
            "Pedro Sánchez",
        ),
    ],
)
def test_the_attribution_ends_a_dash_quote(
    language: str, text: str, quoted: str, speaker: str
) -> None:
    analysis = Analyzer().analyze(
        RawDocument(path="t.txt", text=text, format="text"), language, PartialDate(2025, 6, 14)
    )
    assert [(q.text, q.speaker and q.speaker.name) for q in analysis.quotes] == [(quoted, speaker)]


def test_an_attribution_inside_the_line_keeps_the_line_whole() -> None:
    text = "— Nous resterons, dit-il, aux côtés de l'Ukraine jusqu'au bout."
    spans = find_quote_spans(text)
    assert len(spans) == 1 and text[spans[0].start : spans[0].end].endswith("jusqu'au bout.")
