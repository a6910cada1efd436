"""The publication-date inference says how far its evidence goes: years named in passing
leave it unknown, weekday-dated days in a text that names no year give a guess of low
confidence (none where the weekday's year lies years after the last one named), and
stronger evidence gives a higher confidence."""

from __future__ import annotations

import datetime as dt

import pytest

from annals.models import PublicationDate
from annals.time.docdate import infer_publication_date

TODAY = dt.date(2026, 6, 1)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # years of past facts only: the article could be from any later year
        ("The dam was finished in 1994 and enlarged in 2003 after the floods.", "en"),
        ("La diga fu completata nel 1994 e ampliata nel 2003.", "it"),
        # a plan's year only: the article may be from that year or any before it
        ("The ministry said the new terminal will open in 2031.", "en"),
        # the first year the weekday agrees with is years after the last one named
        ("The rebels, who seized the port in 1998, attacked it again on Monday, November 4.", "en"),
    ],
)
def test_docdate_abstains_without_evidence_for_a_year(text: str, language: str) -> None:
    assert infer_publication_date(text, language, not_after=TODAY) == PublicationDate.unknown()


@pytest.mark.parametrize(
    ("text", "language", "year"),
    [
        # a weekday-dated day and no year: the latest year it fits, a guess
        ("The mayor opened the bridge on Friday (March 14) before a small crowd.", "en", 2025),
        ("El puente se inauguró el viernes 14 de marzo ante poca gente.", "es", 2025),
    ],
)
def test_docdate_guesses_with_a_low_confidence(text: str, language: str, year: int) -> None:
    found = infer_publication_date(text, language, not_after=TODAY)
    assert found.date is not None and found.date.year == year
    assert found.basis == "inferred"
    assert 0 < found.confidence < 0.5


def test_docdate_a_weekday_and_the_year_named_give_the_year() -> None:
    text = (
        "The harbour strike that began in 2025 spread to the rail yards on Friday (March 14), "
        "union leaders said."
    )
    found = infer_publication_date(text, "en", not_after=TODAY)
    assert found.basis == "inferred"
    assert found.date is not None and (found.date.year, found.date.month) == (2025, 3)


def test_docdate_confidence_is_higher_when_the_named_year_itself_agrees() -> None:
    # Friday, March 14 is a day of 2025: named (the strike of 2025) or the year after 2024
    same_year = infer_publication_date(
        "The strike that began in 2025 spread to the rail yards on Friday (March 14).",
        "en",
        not_after=TODAY,
    )
    year_after = infer_publication_date(
        "The strike that began in 2024 spread to the rail yards on Friday (March 14).",
        "en",
        not_after=TODAY,
    )
    assert same_year.date is not None and year_after.date is not None
    assert same_year.date.year == year_after.date.year == 2025
    assert same_year.confidence > year_after.confidence >= 0.5


def test_docdate_a_plan_year_is_no_floor_for_the_weekday() -> None:
    # "will reopen in 2025" points ahead: no floor, so only a guess, not after 2025
    text = "The museum will reopen in 2025. Its director resigned on Friday (March 14)."
    found = infer_publication_date(text, "en", not_after=dt.date(2031, 6, 1))
    assert found.date is not None and found.date.year == 2025
    assert found.confidence < 0.5


def test_docdate_a_day_dated_in_full_in_the_latest_year_named() -> None:
    text = (
        "Mercoledì 12 marzo 2025 il consiglio comunale ha approvato il bilancio. "
        "Il sindaco era stato eletto nel 2021."
    )
    found = infer_publication_date(text, "it", not_after=TODAY)
    assert found.date is not None and (found.date.year, found.date.month) == (2025, 3)
    assert found.confidence < 0.8
    # an older full date, with a later year named as a fact: no answer
    older = (
        "Mercoledì 12 marzo 2025 il consiglio comunale ha approvato il bilancio. "
        "Il sindaco è stato rieletto nel 2027."
    )
    assert infer_publication_date(older, "it", not_after=dt.date(2030, 1, 1)).date is None
