""" "Overnight": the night before the day the text is at (TimeML: "1989-10-26TNI" after a
Friday, 27 October), the publication day's eve when the text names no day; not an adjective
after an article ("an overnight stay").

Every sentence was written for this test; the anchor is Monday 24 February 2025.
"""

from __future__ import annotations

import pytest
from time_helpers import find_expression

from annals.models import PartialDate
from annals.time.tagger import extract_times

MONDAY = PartialDate(2025, 2, 24)


def test_overnight_in_a_report_is_the_night_before_publication() -> None:
    found = extract_times("Russian drones struck the port of Izmail overnight.", "en", MONDAY)
    expression = find_expression(found, "overnight")
    assert (expression.type, expression.value) == ("TIME", "2025-02-23TNI")


def test_overnight_after_a_named_day_is_the_night_before_it() -> None:
    text = "Shares closed lower on Friday. They were hit by overnight losses in Tokyo."
    found = extract_times(text, "en", MONDAY)
    assert find_expression(found, "Friday").value == "2025-02-21"
    assert find_expression(found, "overnight").value == "2025-02-20TNI"


def test_an_overnight_stay_is_no_time() -> None:
    found = extract_times("The delegation made an overnight stay in Cairo.", "en", MONDAY)
    assert not found, [(e.text, e.value) for e in found]


@pytest.mark.parametrize(
    ("language", "text", "extent"),
    [
        ("it", "I droni russi hanno colpito il porto di Odessa nella notte.", "nella notte"),
        ("it", "Durante la notte sono caduti missili su Leopoli.", "la notte"),
        ("de", "Russland hat in der Nacht erneut Charkiw angegriffen.", "in der Nacht"),
        ("fr", "Des drones ont frappé Odessa dans la nuit.", "la nuit"),
        ("es", "Rusia lanzó drones contra Kiev durante la noche.", "la noche"),
    ],
)
def test_the_night_in_a_report_is_the_night_before_publication(
    language: str, text: str, extent: str
) -> None:
    expression = find_expression(extract_times(text, language, MONDAY), extent)
    assert (expression.type, expression.value) == ("TIME", "2025-02-23TNI")


@pytest.mark.parametrize(
    ("language", "text", "day"),
    [
        ("it", "Nella notte tra sabato e domenica i droni hanno colpito Odessa.", "sabato"),
        ("de", "In der Nacht zum Sonntag griffen Drohnen Kiew an.", "Sonntag"),
        ("fr", "Dans la nuit de samedi à dimanche, des drones ont frappé Odessa.", "samedi"),
    ],
)
def test_a_night_named_by_its_days_is_dated_by_them(language: str, text: str, day: str) -> None:
    found = extract_times(text, language, MONDAY)
    assert all(e.type == "DATE" for e in found), [(e.text, e.value) for e in found]
    assert find_expression(found, day).value.startswith("2025-02-2")
