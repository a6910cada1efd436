"""Time rules of the second round: reporting periods, work days, sets per unit and more.

Every sentence is written for this test; values are TIMEX3 values worked out by
hand from the anchor (Monday 30 October 1989 unless a case says otherwise).
"""

from __future__ import annotations

import pytest
from time_helpers import find_expression

from annals.models import PartialDate
from annals.time.tagger import extract_times

MON = PartialDate(1989, 10, 30)  # a Monday
WED = PartialDate(2024, 11, 6)  # a Wednesday


CASES = [
    # Durations counted in work days, in each language that says so.
    ("en", MON, "The refund arrives within five business days.", "five business days", "P5D"),
    ("en", MON, "Ten trading days later the index recovered.", "Ten trading days", "P10D"),
    (
        "it",
        WED,
        "La risposta arriverà entro tre giorni lavorativi.",
        "tre giorni lavorativi",
        "P3D",
    ),
    ("fr", WED, "Le colis arrive sous deux jours ouvrables.", "deux jours ouvrables", "P2D"),
    ("es", WED, "El pago llegará en cuatro días hábiles.", "cuatro días hábiles", "P4D"),
    # One more unit.
    ("en", MON, "The lease can be renewed for an additional year.", "an additional year", "P1Y"),
    ("en", MON, "The strike may go on for another month.", "another month", "P1M"),
    # Vague spans ahead, and quarters of something that happened.
    ("en", MON, "Shops expect brisk sales in the months ahead.", "the months ahead", "PXM"),
    ("en", MON, "The bank lost money for several quarters of the decade.", None, None),
    ("en", MON, "It turned a profit after several quarters of losses.", "several quarters", "PXQ"),
    ("en", MON, "It grew for a few quarters in a row.", "a few quarters", "PXQ"),
    # A frequency said as an amount per unit.
    ("en", MON, "The mine ships 40,000 tons a year to Asia.", "a year", "P1Y"),
    ("en", MON, "Rents rose 3% a month and 9,000 visitors per day came.", "a month", "P1M"),
    ("en", MON, "Rents rose 3% a month and 9,000 visitors per day came.", "per day", "P1D"),
    # "one day" ahead, not a day long.
    ("en", MON, "She says the town will one day host the games.", "one day", "FUTURE_REF"),
    ("en", MON, "The festival lasted one day.", "one day", "P1D"),
]


@pytest.mark.parametrize(("lang", "anchor", "text", "span", "value"), CASES)
def test_round_two_cases(
    lang: str, anchor: PartialDate, text: str, span: str | None, value: str | None
) -> None:
    found = extract_times(text, lang, anchor)
    if span is None:
        assert found == (), [(e.text, e.value) for e in found]
        return
    assert find_expression(found, span).value == value


def test_per_unit_needs_an_amount_and_no_span_word() -> None:
    text = "He stayed for a year, and sales of $2 million a year earlier were flat."
    found = extract_times(text, "en", MON)
    assert all(e.type != "SET" for e in found), [(e.text, e.type) for e in found]


def test_verb_last_is_not_the_last() -> None:
    found = extract_times("The talks are expected to last two weeks.", "en", MON)
    assert find_expression(found, "two weeks").value == "P2W"
    found = extract_times("Prices fell over the last two weeks.", "en", MON)
    assert find_expression(found, "the last two weeks").value == "P2W"


# --------------------------------------------------------------------- reporting periods

QUARTER_TEXT = (
    "Net income fell in the third quarter to $4 million. "
    "The company earned $6 million in the year-ago quarter. "
    "The year-ago figures were restated. "
    "Revenue in the 1988 quarter was $90 million; for the corresponding period last year "
    "costs were higher, and exports in last year's quarter were small."
)


def test_year_ago_quarter_is_not_a_new_reporting_quarter() -> None:
    found = extract_times(QUARTER_TEXT, "en", PartialDate(1989, 11, 1))
    values = [(e.text, e.value) for e in found]
    assert ("the year-ago quarter", "1988-Q3") in values
    assert ("year-ago", "1988-Q3") in values  # not 1987-Q3: a year before the year before


@pytest.mark.parametrize(
    "span", ["the 1988 quarter", "the corresponding period last year", "last year's quarter"]
)
def test_compared_periods_take_the_quarter(span: str) -> None:
    found = extract_times(QUARTER_TEXT, "en", PartialDate(1989, 11, 1))
    assert find_expression(found, span).value == "1988-Q3"


def test_same_period_last_year_without_a_quarter_is_the_year() -> None:
    found = extract_times("Sales matched the same period last year.", "en", MON)
    assert find_expression(found, "the same period last year").value == "1988"


# --------------------------------------------------------------------- more phrases

MORE_CASES = [
    # Unnamed times before now, and "or so".
    ("The ferry sank a month or so ago.", "a month or so ago", "DATE", "1989-09"),
    ("Years ago the mill employed half the town.", "Years ago", "DATE", "PAST_REF"),
    # A unit counted before or after an event is a span; "later" is its signal.
    ("A month later the bridge reopened.", "A month", "DURATION", "P1M"),
    ("He resigned a week before the audit.", "a week", "DURATION", "P1W"),
    # "early"/"late" belong to the weekday they modify (TimeML extents).
    ("The ceasefire collapsed late Saturday.", "late Saturday", "DATE", "1989-10-28"),
    ("Rescuers arrived early Sunday morning.", "early Sunday morning", "TIME", "1989-10-29TMO"),
    # "soon" points ahead; "soon after" is a signal, not a time.
    ("The court may soon rule on the appeal.", "soon", "DATE", "FUTURE_REF"),
    ("Repairs will start as soon as possible.", "as soon as possible", "DATE", "FUTURE_REF"),
    # A month before a noun it dates, after an article or a possessive.
    ("They voted under a July accord with the union.", "July", "DATE", "1989-07"),
    ("The board cancelled its April meeting.", "April", "DATE", "1989-04"),
]


@pytest.mark.parametrize(("text", "span", "type_", "value"), MORE_CASES)
def test_more_phrases(text: str, span: str, type_: str, value: str) -> None:
    found = find_expression(extract_times(text, "en", MON), span)
    assert (found.type, found.value) == (type_, value)


@pytest.mark.parametrize(
    "text",
    [
        "She left soon after the vote.",
        "He said that May would decide.",
        "Nobody knows how soon it ends.",
    ],
)
def test_no_time_in(text: str) -> None:
    found = extract_times(text, "en", MON)
    assert found == (), [(e.text, e.value) for e in found]


def test_the_morning_is_the_day_in_focus() -> None:
    text = "Bonds slumped on Thursday. Traders sold heavily in the morning."
    found = extract_times(text, "en", MON)
    assert find_expression(found, "the morning").value == "1989-10-26TMO"


def test_the_evening_of_a_date_is_one_time() -> None:
    found = extract_times("The fire broke out on the evening of Sept. 4.", "en", MON)
    assert find_expression(found, "the evening of Sept. 4").value == "1989-09-04TEV"


def test_earlier_in_the_day_is_the_day_in_focus() -> None:
    text = "The envoy landed on Oct. 12. Earlier in the day, rebels shelled the port."
    found = extract_times(text, "en", MON)
    assert find_expression(found, "Earlier in the day").value == "1989-10-12"


def test_weekday_counted_from_the_day_in_focus() -> None:
    text = "The index ended at 910 on Friday, up 2% from the previous Friday."
    found = extract_times(text, "en", MON)
    assert find_expression(found, "the previous Friday").value == "1989-10-20"
    text = "The crew landed on Aug. 2 and flew home the following Sunday."
    found = extract_times(text, "en", MON)
    assert find_expression(found, "the following Sunday").value == "1989-08-06"


# --------------------------------------------------------------------- tense

TENSE_CASES = [
    # An adjective in -ed after an article is no past verb.
    ("The bonus would be paid on an undisclosed date in January.", "January", "1990-01"),
    # "through" and "effective" name the nearest such month, whatever the clause's tense.
    ("Lenders have extended credit lines through January.", "January", "1990-01"),
    ("The board named a new chairman, effective Feb. 1.", "Feb. 1", "1990-02-01"),
    # Irregular past forms are past cues.
    ("Exports sank in September and rose in November.", "November", "1988-11"),
]


@pytest.mark.parametrize(("text", "span", "value"), TENSE_CASES)
def test_tense_of_the_clause(text: str, span: str, value: str) -> None:
    assert find_expression(extract_times(text, "en", MON), span).value == value
