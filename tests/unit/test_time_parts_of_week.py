"""The start or end of this week without a word for "this": "en début de semaine", "a
principios de semana".

Every sentence was written for this test; the anchor is Friday 14 March 2025, in ISO week
2025-W11 (Monday 10 to Sunday 16 March).
"""

from __future__ import annotations

import pytest
from time_helpers import find_expression

from annals.models import PartialDate
from annals.time.tagger import extract_times

FRIDAY = PartialDate(2025, 3, 14)


@pytest.mark.parametrize(
    ("language", "text", "span", "value"),
    [
        (
            "fr",
            "Le ministre s'est rendu à Varsovie en début de semaine.",
            "début de semaine",
            "2025-W11",
        ),
        ("fr", "Le texte sera voté en fin de semaine.", "fin de semaine", "2025-W11"),
        ("fr", "Le sommet s'achèvera à la fin de la semaine.", "la fin de la semaine", "2025-W11"),
        ("es", "La reunión se celebró a principios de semana.", "principios de semana", "2025-W11"),
        (
            "es",
            "El acuerdo se firmará a finales de esta semana.",
            "finales de esta semana",
            "2025-W11",
        ),
        # the next or last week stays that week
        (
            "fr",
            "La réunion aura lieu en fin de semaine prochaine.",
            "fin de semaine prochaine",
            "2025-W12",
        ),
        (
            "es",
            "El acuerdo se firmará a finales de la semana que viene.",
            "finales de la semana que viene",
            "2025-W12",
        ),
    ],
)
def test_part_of_this_week(language: str, text: str, span: str, value: str) -> None:
    found = extract_times(text, language, FRIDAY)
    assert find_expression(found, span).value == value


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Le journal paraît une fois par semaine."),
        ("es", "La revista sale dos veces por semana."),
    ],
)
def test_a_week_without_a_modifier_is_no_date(language: str, text: str) -> None:
    found = extract_times(text, language, FRIDAY)
    assert not [e for e in found if e.type == "DATE"], [(e.text, e.value) for e in found]
