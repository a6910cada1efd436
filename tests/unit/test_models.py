from __future__ import annotations

import datetime as dt

import pytest

from annals.models import PartialDate, PublicationDate, Role
from annals.time.values import value_to_date


@pytest.mark.parametrize(
    ("text", "precision", "first", "last"),
    [
        ("2024", "year", dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
        ("2024-02", "month", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
        ("2023-02", "month", dt.date(2023, 2, 1), dt.date(2023, 2, 28)),
        ("2024-11-05", "day", dt.date(2024, 11, 5), dt.date(2024, 11, 5)),
    ],
)
def test_models_partial_date_parse_and_bounds(
    text: str, precision: str, first: dt.date, last: dt.date
) -> None:
    date = PartialDate.parse(text)
    assert (date.iso, date.precision, date.first_day(), date.last_day()) == (
        text,
        precision,
        first,
        last,
    )


@pytest.mark.parametrize(
    "text", ["24-11-05", "2024-13", "2024-02-30", "2024/11/05", "", "November"]
)
def test_models_partial_date_rejects_invalid(text: str) -> None:
    with pytest.raises(ValueError):
        PartialDate.parse(text)


def test_models_partial_date_containment() -> None:
    assert PartialDate(2024, 11).contains(PartialDate(2024, 11, 5))
    assert not PartialDate(2024, 11, 5).contains(PartialDate(2024, 11))
    assert PartialDate(2024).overlaps(PartialDate(2024, 3))
    assert not PartialDate(2024, 3).overlaps(PartialDate(2024, 4, 1))


def test_models_publication_date_precision() -> None:
    assert PublicationDate(PartialDate(2022, 10), "header").precision == "month"
    assert PublicationDate.unknown().precision == "unknown"


def test_models_role_held_on_date() -> None:
    role = Role("Secretary General of NATO", None, "2024-10-01", None)
    assert role.held_on(PartialDate(2024, 11, 5))
    assert not role.held_on(PartialDate(2024, 9, 30))
    past = Role("Prime Minister of the Netherlands", "NLD", "2010-10-14", "2024-07-02")
    assert past.held_on(PartialDate(2024, 7))
    assert not past.held_on(PartialDate(2024, 8))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-11-04", PartialDate(2024, 11, 4)),
        ("2024-11-04T10:30", PartialDate(2024, 11, 4)),
        ("2024-11", PartialDate(2024, 11)),
        ("2025", PartialDate(2025)),
        ("2024-W45", PartialDate(2024, 11)),  # 4-10 November 2024
        ("2024-W44", PartialDate(2024)),  # 28 October - 3 November
        ("2024-Q3", PartialDate(2024)),
        ("XXXX-11-04", None),
        ("P3D", None),
        ("PAST_REF", None),
        ("2024-02-30", None),
    ],
)
def test_models_timex_value_to_date(value: str, expected: PartialDate | None) -> None:
    assert value_to_date(value) == expected
