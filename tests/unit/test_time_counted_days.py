"""A day of a month called the last or the next one: "le 5 mars dernier", "il prossimo 10 marzo".

Every sentence was written for this test; values were worked out by hand from the anchor,
Friday 14 March 2025: "the last 5 March" is nine days before it, "the last 20 March" a year
before, "the next 10 March" a year after.
"""

from __future__ import annotations

import pytest
from time_helpers import find_expression

from annals.models import PartialDate
from annals.time.tagger import extract_times

FRIDAY = PartialDate(2025, 3, 14)

CASES = [
    (
        "fr",
        "Le 5 mars dernier, le gouvernement a adopté le texte.",
        "Le 5 mars dernier",
        "2025-03-05",
    ),
    (
        "fr",
        "Le 20 mars dernier, le gouvernement a adopté le texte.",
        "Le 20 mars dernier",
        "2024-03-20",
    ),
    ("fr", "Le 10 mars prochain, les électeurs voteront.", "Le 10 mars prochain", "2026-03-10"),
    ("fr", "Le sommet aura lieu le 3 avril prochain.", "le 3 avril prochain", "2025-04-03"),
    (
        "it",
        "Lo scorso 5 marzo il governo ha approvato il decreto.",
        "Lo scorso 5 marzo",
        "2025-03-05",
    ),
    (
        "it",
        "Lo scorso 20 marzo il governo ha approvato il decreto.",
        "Lo scorso 20 marzo",
        "2024-03-20",
    ),
    ("it", "Il decreto è stato approvato il 20 marzo scorso.", "il 20 marzo scorso", "2024-03-20"),
    (
        "it",
        "Il prossimo 10 marzo si voterà in tutta la regione.",
        "Il prossimo 10 marzo",
        "2026-03-10",
    ),
    (
        "it",
        "Il vertice si terrà il 3 aprile prossimo a Roma.",
        "il 3 aprile prossimo",
        "2025-04-03",
    ),
    # a preposition joined to the article stays out of the span
    ("it", "Le nuove regole valgono dal prossimo 1 aprile.", "prossimo 1 aprile", "2025-04-01"),
    (
        "es",
        "El pasado 20 de marzo el Gobierno aprobó el paquete.",
        "El pasado 20 de marzo",
        "2024-03-20",
    ),
    (
        "es",
        "El 20 de marzo pasado el Gobierno aprobó el paquete.",
        "El 20 de marzo pasado",
        "2024-03-20",
    ),
    (
        "es",
        "La cumbre se celebrará el próximo 10 de marzo.",
        "el próximo 10 de marzo",
        "2026-03-10",
    ),
]


@pytest.mark.parametrize(("language", "text", "span", "value"), CASES)
def test_last_or_next_day_of_a_month(language: str, text: str, span: str, value: str) -> None:
    found = extract_times(text, language, FRIDAY)
    expression = find_expression(found, span)
    assert expression.value == value
    # one expression: "prossimo" is no reference word of its own here
    assert [e.text for e in found] == [span]


@pytest.mark.parametrize(
    ("language", "text", "span", "value"),
    [
        ("it", "Il 20 marzo il governo approverà il decreto.", "Il 20 marzo", "2025-03-20"),
        ("fr", "Le 5 mars, le gouvernement a adopté le texte.", "Le 5 mars", "2025-03-05"),
        ("it", "Il prossimo vertice sarà a Roma.", "prossimo", "FUTURE_REF"),
    ],
)
def test_days_without_last_or_next_keep_their_reading(
    language: str, text: str, span: str, value: str
) -> None:
    assert find_expression(extract_times(text, language, FRIDAY), span).value == value
