"""TIMEX3 value strings: conversions to and from :class:`~annals.models.PartialDate`, and
duration values built from an amount and a unit."""

from __future__ import annotations

import datetime as dt
import re

from annals.models import PartialDate

_CALENDAR = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T.*)?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(?:-WE)?$")
_QUARTER = re.compile(r"^(\d{4})-(?:Q[1-4]|H[12])$")
# Half of a unit in the next smaller one: "2 1/2 years" is P2Y6M, "an hour and a half" PT1H30M.
_HALVES = {"Y": "6M", "D": "T12H", "H": "30M", "MIN": "30S"}


def value_to_date(value: str) -> PartialDate | None:
    """Turn a TIMEX3 calendar value into a PartialDate, or None when it names no date.

    ``2024-11-04`` and ``2024-11-04T10:00`` give a day, ``2024-11`` a month and
    ``2024`` a year. An ISO week (``2024-W45``) gives its month when the whole
    week lies in one month, else its year; a quarter or half year (``2024-H2``)
    gives its year. Durations,
    sets, underspecified values (``XXXX-11-04``) and reference words
    (``PAST_REF``) give None.
    """
    match = _CALENDAR.match(value)
    if match:
        year, month, day = match.groups()
        try:
            return PartialDate(int(year), int(month) if month else None, int(day) if day else None)
        except ValueError:
            return None
    match = _WEEK.match(value)
    if match:
        year, week = int(match.group(1)), int(match.group(2))
        try:
            monday = dt.date.fromisocalendar(year, week, 1)
        except ValueError:
            return None
        sunday = monday + dt.timedelta(days=6)
        if monday.month == sunday.month:
            return PartialDate(monday.year, monday.month)
        return PartialDate(monday.year) if monday.year == sunday.year else None
    match = _QUARTER.match(value)
    if match:
        return PartialDate(int(match.group(1)))
    return None


def date_to_value(date: PartialDate) -> str:
    """The TIMEX3 value of a calendar date at its precision."""
    return date.iso


def duration_value(amount: float | None, unit: str) -> str:
    """The TIMEX3 duration value: ``P3D``, ``PT48H``, ``P30Y`` (decades), ``PXY`` (vague)."""
    if unit in ("DE", "CE") and amount is not None:
        amount, unit = amount * (10 if unit == "DE" else 100), "Y"
    letter = {"S": "S", "MIN": "M", "H": "H"}.get(unit, unit)
    if amount is not None and amount % 1 == 0.5 and unit in _HALVES:
        whole = f"{int(amount)}{letter}" if amount >= 1 else ""
        return f"{'PT' if unit in ('MIN', 'H') else 'P'}{whole}{_HALVES[unit]}"  # "2 1/2 years"
    count = "X" if amount is None else f"{amount:g}"
    prefix = "PT" if unit in ("S", "MIN", "H") else "P"
    return f"{prefix}{count}{letter}"
