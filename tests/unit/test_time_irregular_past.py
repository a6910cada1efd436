"""Irregular past forms (Spanish strong preterites "impuso", "detuvo"; Italian passato remoto
"impose", "disse") are past: a weekday in their clause is the last one. Sentences written for
this test; anchor Friday 14 March 2025."""

from __future__ import annotations

import pytest
from time_helpers import find_expression

from annals.models import PartialDate
from annals.time.tagger import extract_times

FRIDAY = PartialDate(2025, 3, 14)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "La Unión Europea impuso el lunes nuevas sanciones a Bielorrusia.",
            "el lunes",
            "2025-03-10",
        ),
        ("La policía detuvo el martes a tres personas en Barcelona.", "el martes", "2025-03-11"),
        ("El ministro propuso el miércoles una tregua.", "el miércoles", "2025-03-12"),
        ("Los mediadores dijeron el lunes que habría acuerdo.", "el lunes", "2025-03-10"),
        # the future still points ahead
        ("El presidente viajará el lunes a París.", "el lunes", "2025-03-17"),
    ],
)
def test_weekday_takes_the_tense_of_a_strong_preterite(text: str, span: str, value: str) -> None:
    assert find_expression(extract_times(text, "es", FRIDAY), span).value == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Lunedì il governo impose nuove sanzioni alla Bielorussia.", "Lunedì", "2025-03-10"),
        ("Il ministro disse martedì che la tregua reggeva.", "martedì", "2025-03-11"),
        ("Il premier visiterà lunedì Kiev.", "lunedì", "2025-03-17"),
    ],
)
def test_weekday_takes_the_tense_of_an_irregular_passato_remoto(
    text: str, span: str, value: str
) -> None:
    assert find_expression(extract_times(text, "it", FRIDAY), span).value == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Die EU verhängte am Montag neue Sanktionen gegen Belarus.", "Montag", "2025-03-10"),
        ("Die Polizei nahm am Montag drei Verdächtige fest.", "Montag", "2025-03-10"),
        ("Die Nato kündigte am Montag ein neues Manöver an.", "Montag", "2025-03-10"),
        # a noun ending like a preterite is no past: the offer holds from next Monday
        ("Das Angebot gilt ab Montag.", "Montag", "2025-03-17"),
        ("Der Kanzler reist am Montag nach Paris.", "Montag", "2025-03-17"),
    ],
)
def test_weekday_takes_the_tense_of_a_german_preterite(text: str, span: str, value: str) -> None:
    assert find_expression(extract_times(text, "de", FRIDAY), span).value == value
