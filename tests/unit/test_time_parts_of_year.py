"""Seasons named without a year, parts of the current month or week, German weekday compounds.

Sentences written for this test in news style; values worked out by hand from
the anchor, Wednesday 6 November 2024 unless a case says otherwise.
"""

from __future__ import annotations

import pytest
from time_helpers import find_expression

from annals.models import PartialDate
from annals.time.tagger import extract_times

WED = PartialDate(2024, 11, 6)
MARCH = PartialDate(2025, 3, 12)


CASES = [
    # A season without a year: the one the tense points to.
    ("en", WED, "Over the summer, the army regrouped near the river.", "the summer", "2024-SU"),
    ("en", WED, "Fighting is expected to ease during the winter.", "the winter", "2024-WI"),
    ("en", MARCH, "Shelling intensified during the winter.", "the winter", "2024-WI"),
    ("en", MARCH, "Both sides will regroup over the summer.", "the summer", "2025-SU"),
    ("it", WED, "Nel corso dell'estate le truppe si sono ritirate.", "estate", "2024-SU"),
    ("it", WED, "In inverno i combattimenti rallenteranno.", "inverno", "2024-WI"),
    ("fr", WED, "Au cours de l'été, l'armée s'est repliée.", "été", "2024-SU"),
    ("fr", MARCH, "Les négociations reprendront en automne.", "automne", "2025-FA"),
    ("de", WED, "Im Sommer zog sich die Armee zurück.", "Sommer", "2024-SU"),
    ("es", WED, "Durante el verano, el ejército se replegó.", "el verano", "2024-SU"),
    # The end, start or middle of the current month or week.
    ("en", WED, "The sanctions expire at the end of the month.", "the end of the month", "2024-11"),
    ("en", WED, "A deal is due by the end of this week.", "the end of this week", "2024-W45"),
    ("it", WED, "L'accordo sarà firmato entro la fine del mese.", "la fine del mese", "2024-11"),
    ("fr", WED, "Le texte sera voté d'ici la fin du mois.", "la fin du mois", "2024-11"),
    ("de", WED, "Das Paket soll bis Ende des Monats stehen.", "Ende des Monats", "2024-11"),
    ("de", WED, "Zum Monatsende laufen die Sanktionen aus.", "Monatsende", "2024-11"),
    ("es", WED, "El acuerdo se firmará a finales de mes.", "finales de mes", "2024-11"),
    # German writes the part of the day into the weekday.
    ("de", WED, "Am Dienstagabend traf der Minister ein.", "Dienstagabend", "2024-11-05TEV"),
]


@pytest.mark.parametrize(("language", "anchor", "text", "span", "value"), CASES)
def test_value(language: str, anchor: PartialDate, text: str, span: str, value: str) -> None:
    assert find_expression(extract_times(text, language, anchor), span).value == value


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "After the fall of Kabul, thousands fled."),
        ("en", "In the spring offensive, troops advanced."),
        ("it", "Durante l'estate del 2022 nulla cambiò."),  # a year follows: another rule
        ("de", "Dienstagabends trifft sich der Ausschuss."),  # habitual, not one evening
    ],
)
def test_not_a_bare_season_or_day(language: str, text: str) -> None:
    found = extract_times(text, language, WED)
    assert not [e for e in found if e.value.endswith(("-FA", "-SP")) or "TEV" in e.value]
    if language == "it":
        assert [e.value for e in found] == ["2022-SU"]


@pytest.mark.parametrize(
    ("anchor", "text", "span", "value"),
    [
        # The fourth Thursday of November, the last Monday of May, the first Monday of September.
        (
            PartialDate(2000, 1, 7),
            "The boy was found on Thanksgiving Day at sea.",
            "Thanksgiving Day",
            "1999-11-25",
        ),
        (
            PartialDate(2024, 5, 2),
            "Parades are planned for Memorial Day.",
            "Memorial Day",
            "2024-05-27",
        ),
        (WED, "On Labor Day 2023 the strike ended.", "Labor Day 2023", "2023-09-04"),
        (WED, "Veterans Day ceremonies will be held downtown.", "Veterans Day", "2024-11-11"),
    ],
)
def test_feasts_on_a_weekday_of_a_month(
    anchor: PartialDate, text: str, span: str, value: str
) -> None:
    assert find_expression(extract_times(text, "en", anchor), span).value == value


def test_nth_weekday_counts_from_either_end_of_the_month() -> None:
    from annals.time.resolve import nth_weekday

    assert nth_weekday(2024, 11, 3, 4).isoformat() == "2024-11-28"
    assert nth_weekday(2024, 12, 0, -1).isoformat() == "2024-12-30"  # December wraps the year
    assert nth_weekday(2023, 9, 0, 1).isoformat() == "2023-09-04"


def test_a_couple_of_units_is_two() -> None:
    found = extract_times("Over the next couple of years, sales will rise.", "en", WED)
    assert find_expression(found, "the next couple of years").value == "P2Y"
    found = extract_times("Prices fell in the past few weeks.", "en", WED)
    assert find_expression(found, "the past few weeks").value == "PXW"


@pytest.mark.parametrize(
    ("language", "text", "span", "value"),
    [
        ("it", "In serata il governo ha approvato il decreto.", "In serata", "2024-11-06TEV"),
        (
            "it",
            "Martedì in mattinata i ministri si sono riuniti.",
            "Martedì in mattinata",
            "2024-11-05TMO",
        ),
        ("fr", "En soirée, le gouvernement a adopté le décret.", "En soirée", "2024-11-06TEV"),
        (
            "fr",
            "Mardi en matinée, les ministres se sont réunis.",
            "Mardi en matinée",
            "2024-11-05TMO",
        ),
        ("es", "Los ataques comenzaron de madrugada.", "de madrugada", "2024-11-06TMO"),
        (
            "es",
            "El martes de madrugada hubo explosiones.",
            "El martes de madrugada",
            "2024-11-05TMO",
        ),
    ],
)
def test_parts_of_day_said_the_news_way(language: str, text: str, span: str, value: str) -> None:
    assert find_expression(extract_times(text, language, WED), span).value == value
