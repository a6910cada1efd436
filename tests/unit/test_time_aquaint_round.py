"""English time-tagger rules of the AQUAINT round: midday, older years, "as long as a
month", "day-long" adjectives, and two words that are no times here (a show's title,
"Now," opening an argument)."""

from __future__ import annotations

from time_helpers import find_expression

from annals.models import PartialDate
from annals.time.tagger import extract_times

ANCHOR = PartialDate(2021, 6, 9)  # a Wednesday


def _tag(text: str) -> list[tuple[str, str, str]]:
    return [(e.text, e.type, e.value) for e in extract_times(text, "en", ANCHOR)]


def test_midday_is_twelve_o_clock() -> None:
    found = extract_times("The mayor will speak to reporters at midday.", "en", ANCHOR)
    expression = find_expression(found, "midday")
    assert (expression.type, expression.value) == ("TIME", "2021-06-09T12:00")


def test_a_year_before_1900_after_a_preposition() -> None:
    found = extract_times("The lighthouse was built in 1867 and rebuilt later.", "en", ANCHOR)
    assert find_expression(found, "1867").value == "1867"
    found = extract_times("The old bridge has stood since 1790.", "en", ANCHOR)
    assert find_expression(found, "1790").value == "1790"


def test_an_older_number_before_a_counted_noun_is_no_year() -> None:
    assert _tag("In 1650 households the meters were replaced.") == []
    assert _tag("The club sold 1750 tickets.") == []


def test_a_unit_as_long_as_or_up_to() -> None:
    found = extract_times("The repairs could take as long as a week.", "en", ANCHOR)
    assert find_expression(found, "a week").value == "P1W"
    found = extract_times("Visitors may stay up to a month in the shelter.", "en", ANCHOR)
    assert find_expression(found, "a month").value == "P1M"


def test_unit_long_adjectives_are_durations() -> None:
    found = extract_times(
        "After a day-long hearing and a yearlong audit, the decade-long dispute ended.",
        "en",
        ANCHOR,
    )
    assert find_expression(found, "day-long").value == "P1D"
    assert find_expression(found, "yearlong").value == "P1Y"
    assert find_expression(found, "decade-long").value == "P10Y"
    found = extract_times("They held an hour-long call.", "en", ANCHOR)
    assert (find_expression(found, "hour-long").type, found[0].value) == ("DURATION", "PT1H")


def test_a_quoted_title_is_no_duration() -> None:
    assert _tag('She told the programme "48 Hours" that she was innocent.') == []
    found = extract_times("She was questioned for 48 hours.", "en", ANCHOR)
    assert find_expression(found, "48 hours").value == "PT48H"


def test_now_comma_opening_a_sentence_is_a_discourse_word() -> None:
    assert _tag("Now, the minister argued, the reform must wait.") == []
    found = extract_times("Now the ferries run again.", "en", ANCHOR)
    assert find_expression(found, "Now").value == "PRESENT_REF"
