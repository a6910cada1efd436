"""English time-tagger rules of the AQUAINT value round: two days joined by "and" are two
expressions ("the talks on May 12 and 13"), each with its own day, as TimeML marks
them; the second is read in the tense of the first."""

from __future__ import annotations

import pytest
from time_helpers import find_expression

from annals.models import PartialDate
from annals.time.tagger import extract_times

ANCHOR = PartialDate(2021, 6, 9)  # a Wednesday


def _tag(text: str, language: str = "en") -> list[tuple[str, str]]:
    return [(e.text, e.value) for e in extract_times(text, language, ANCHOR)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "The ministers will gather in Oslo on July 14 and 15 to sign the accord.",
            "en",
            [("July 14", "2021-07-14"), ("15", "2021-07-15")],
        ),
        (
            "Voters went to the polls on 3 and 4 April, the commission said.",
            "en",
            [("3", "2021-04-03"), ("4 April", "2021-04-04")],
        ),
        (
            "Les ministres se retrouveront les 14 et 15 juillet à Oslo.",
            "fr",
            [("les 14", "2021-07-14"), ("15 juillet", "2021-07-15")],
        ),
    ],
)
def test_two_days_joined_by_and_are_two_expressions(
    text: str, language: str, expected: list[tuple[str, str]]
) -> None:
    assert _tag(text, language) == expected


def test_a_range_of_days_stays_one_expression() -> None:
    found = extract_times("The fair runs July 14-15 in the old harbour.", "en", ANCHOR)
    assert [e.text for e in found] == ["July 14-15"]
    assert find_expression(found, "July 14-15").value == "2021-07-14"


def test_the_second_day_of_a_list_keeps_the_first_ones_tense() -> None:
    # "be held" after "15" must not turn the second day into last year's
    found = extract_times(
        "The summit will take place on Sept. 20 and 21 and be held in Vienna.", "en", ANCHOR
    )
    assert find_expression(found, "21").value == "2021-09-21"
