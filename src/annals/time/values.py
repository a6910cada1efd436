"""Conversions between TIMEX3 value strings and :class:`~annals.models.PartialDate`."""

from __future__ import annotations

import datetime as dt
import re

from annals.models import PartialDate

_CALENDAR = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T.*)?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(?:-WE)?$")
_QUARTER = re.compile(r"^(\d{4})-(?:Q[1-4]|H[12])$")


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
