"""Publication-date inference from the dates an article mentions."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from annals.models import PartialDate, PublicationDate
from annals.time.docdate import infer_publication_date, load_reference_events

TODAY = dt.date(2026, 6, 1)
_HEADER = re.compile(r"^\s*date \d{4}-\d\d(?:-\d\d)?(?: \([^)]*\))?")


def test_docdate_weekday_date_pairs_fix_the_year() -> None:
    # the weekday agrees with the year the text names (2024), not with 2019 or 2030
    text = (
        "The envoy, who took office in 2024, arrived in Vienna on Monday (November 4) to "
        "open the talks. "
        "On Tuesday (November 5) he met the foreign minister and toured the port."
    )
    found = infer_publication_date(text, "en", not_after=TODAY)
    assert found.basis == "inferred"
    assert found.date is not None and found.date.year == 2024 and found.date.month == 11
    assert 0.0 < found.confidence <= 1.0


def test_docdate_relative_wording_gives_the_latest_weekday_dated_day() -> None:
    text = (
        "The envoy took office in 2024 and visited two capitals earlier this week. He was in "
        "Vienna on Monday (November 4). On Tuesday (November 5) he flew on to Prague."
    )
    found = infer_publication_date(text, "en", not_after=TODAY)
    assert found.date == PartialDate(2024, 11, 5)


def test_docdate_month_day_and_a_deadline_year_give_no_date() -> None:
    # A deadline's year and a month-day without a year fit many years: no answer.
    text = (
        "The defence minister arrived in Warsaw on Jan. 16 for talks on air defence. "
        "The cabinet has extended the aid programme until the end of 2025."
    )
    found = infer_publication_date(text, "en", not_after=TODAY)
    assert found == PublicationDate.unknown()


def test_docdate_anniversary_of_reference_event() -> None:
    text = (
        "The sanctions package was adopted on the eve of the second anniversary of "
        "Russia's full-scale invasion of Ukraine."
    )
    found = infer_publication_date(text, "en", not_after=TODAY)
    assert found.date is not None and found.date.year == 2024


def test_docdate_italian_anniversary() -> None:
    text = "Il governo ha ricordato il terzo anniversario dell'invasione russa dell'Ucraina."
    found = infer_publication_date(text, "it", not_after=TODAY)
    assert found.date is not None and found.date.year == 2025


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The minister praised the soldiers and thanked the allies for their support."),
        ("fr", "Le ministre a salué les soldats et remercié les alliés."),
        ("de", "Der Minister lobte die Soldaten."),
    ],
)
def test_docdate_without_dates_is_unknown(language: str, text: str) -> None:
    found = infer_publication_date(text, language, not_after=TODAY)
    assert found.date is None and found.basis == "unknown" and found.precision == "unknown"


def test_docdate_never_after_not_after() -> None:
    text = (
        "The envoy, appointed in 2019, arrived on Monday (November 4) and left on "
        "Tuesday (November 5)."
    )
    found = infer_publication_date(text, "en", not_after=dt.date(2020, 1, 1))
    assert found.date is not None and found.date.last_day() <= dt.date(2020, 1, 1)
    assert found.date.year == 2019
    # before November 2019 the days agree with no year from 2019 on: unknown
    early = infer_publication_date(text, "en", not_after=dt.date(2019, 6, 1))
    assert early.date is None


def test_docdate_reference_events_load() -> None:
    events = {event.id: event for event in load_reference_events()}
    assert events["russian-full-scale-invasion-of-ukraine"].date == dt.date(2022, 2, 24)
    assert events["annexation-of-crimea"].date == dt.date(2014, 3, 18)


def _seed(shared_dir: Path, prefix: str) -> str:
    paths = sorted((shared_dir / "seeds").glob(f"{prefix}_*.txt"))
    if not paths:
        pytest.skip(f"seed {prefix} is not present")
    return _HEADER.sub("", paths[0].read_text(encoding="utf-8"))


def test_docdate_seed_with_weekday_dates(shared_dir: Path) -> None:
    # The seed names no year: its weekday-dated days fit 2019 as well as 2024, so the
    # inference may abstain, but never answer another year.
    found = infer_publication_date(_seed(shared_dir, "001"), "en", not_after=TODAY)
    if found.date is None:
        assert found.basis == "unknown"
    elif found.date.precision == "day":
        assert dt.date(2024, 11, 4) <= found.date.first_day() <= dt.date(2024, 11, 10)
    else:
        assert found.date == PartialDate(2024, 11)


def test_docdate_seed_with_month_days(shared_dir: Path) -> None:
    # Month-days without a year and a deadline year: no answer, or the right month.
    found = infer_publication_date(_seed(shared_dir, "004"), "en", not_after=TODAY)
    assert found.date is None or (found.date.year, found.date.month) == (2025, 1)


def test_docdate_seed_with_anniversary(shared_dir: Path) -> None:
    found = infer_publication_date(_seed(shared_dir, "003"), "en", not_after=TODAY)
    assert found.date is not None and found.date.year == 2024


def test_docdate_latest_past_year_bounds_the_year() -> None:
    # Years of past facts alone cannot date the text; with a weekday-dated day, the
    # latest of them (2010, not 1981 named most often) bounds the year from below.
    facts = (
        "The president, in power since 1981, survived an attempt on his life in 1995. "
        "His party had won the elections of 1981 and 1987 by wide margins. "
        "Protesters said the parliamentary vote held in 2010 was rigged."
    )
    assert infer_publication_date(facts, "en", not_after=TODAY).date is None
    text = facts + " They marched again on Tuesday, February 1."
    found = infer_publication_date(text, "en", not_after=TODAY)
    assert found.date is not None and found.date.year == 2011


def test_docdate_deadline_year_is_not_in_the_past() -> None:
    # A plan's year and a running span's end point ahead: they bound nothing from below,
    # but the text is from no later year (Tuesday, February 1: 2011, a guess)
    planned = infer_publication_date(
        "The government said elections will be held in 2012. Protesters marched on "
        "Tuesday, February 1.",
        "en",
        not_after=TODAY,
    )
    assert planned.date is not None and planned.date.year == 2011
    assert planned.confidence < 0.5
    deadline = infer_publication_date(
        "Il governo ha prorogato gli aiuti fino al 2012. Martedì 1 febbraio i ministri si "
        "sono riuniti.",
        "it",
        not_after=TODAY,
    )
    assert deadline.date is not None and deadline.date.year == 2011
    assert deadline.confidence < 0.5


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Norway's 2025 aid plan for Ukraine\n\nOSLO, Monday, March 3 (Reuters) - Norway on"
            " Monday"
            " pledged new funds for Ukraine's energy grid, its prime minister said.",
            "en",
            PartialDate(2025, 3, 3),
        ),
        (
            "Il bilancio della difesa polacca del 2025\nVARSAVIA, mercoledì 12 febbraio - Il"
            " governo polacco ha annunciato ieri un nuovo piano di difesa.",
            "it",
            PartialDate(2025, 2, 12),
        ),
    ],
)
def test_docdate_a_dateline_gives_the_day(text: str, language: str, expected: PartialDate) -> None:
    found = infer_publication_date(text, language, not_after=TODAY)
    assert found.date == expected, found


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Allies back Kyiv's air defence\n\nVILNIUS, July 11, 2023 - NATO leaders agreed"
            " on Tuesday to send more air defence systems to Ukraine, diplomats said.",
            "en",
            PartialDate(2023, 7, 11),
        ),
        (
            "MADRID, 3 de marzo de 2024 - El Gobierno aprobó un nuevo paquete de ayuda.",
            "es",
            PartialDate(2024, 3, 3),
        ),
    ],
)
def test_docdate_a_dateline_dated_in_full_gives_the_date(
    text: str, language: str, expected: PartialDate
) -> None:
    found = infer_publication_date(text, language, not_after=TODAY)
    assert found.date == expected, found
    assert found.confidence is not None and found.confidence >= 0.8


def test_docdate_a_full_date_later_in_the_lead_is_no_dateline() -> None:
    text = "The summit opened on Monday. Leaders will sign the plan on July 11, 2023 in Vilnius."
    found = infer_publication_date(text, "en", not_after=TODAY)
    assert found.confidence is None or found.confidence < 0.8, found


def test_docdate_a_date_later_in_the_lead_is_no_dateline() -> None:
    text = (
        "Norway pledged new funds for Ukraine's energy grid, as the 2025 budget talks"
        " began. The talks end on March 3."
    )
    found = infer_publication_date(text, "en", not_after=TODAY)
    assert found.date is None or found.date.day is None, found
