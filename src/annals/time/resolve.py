"""Anchoring: turn a :class:`RawMention` into a TIMEX3 value, given the publication date.

Without an anchor, values stay underspecified (``XXXX-11-04``, ``XXXX-WXX-1``)
or become reference words (``PAST_REF``, ``PRESENT_REF``, ``FUTURE_REF``).
Expressions that point both ways ("November 4", "on Thursday") use the tense
of their clause: past looks back from the anchor, future forward, anything
else takes the nearest candidate. A weekday equal to the anchor's weekday is
the anchor day itself (wire copy names the day of publication by its weekday).
"""

from __future__ import annotations

import calendar
import datetime as dt

from annals.models import PartialDate
from annals.time.mentions import RawMention
from annals.time.tense import Tense

_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_NEAR_DAYS = 75  # a date within this many days of the anchor may go against the tense
_NEAR_MONTHS = 2
_SAME_MONTH_DAYS = 31  # a day this close to the anchor is never a year away, whatever the tense


def reference_word(offset: int) -> str:
    """PAST_REF, PRESENT_REF or FUTURE_REF by the sign of ``offset``."""
    if offset < 0:
        return "PAST_REF"
    return "FUTURE_REF" if offset > 0 else "PRESENT_REF"


def direction(tense: Tense) -> int:
    return {"past": -1, "future": 1}.get(tense, 0)


def _valid(year: int, month: int, day: int | None) -> bool:
    return day is None or day <= calendar.monthrange(year, month)[1]


def choose_year(
    month: int, day: int | None, anchor: PartialDate | None, tense: Tense, strict: bool = True
) -> int | None:
    """The year that puts month(-day) nearest the anchor, in the tense's direction.

    Unless ``strict`` (the tense comes from words right next to the date), a
    date close to the anchor in the other direction wins over one most of a
    year away in the tense's direction.
    """
    if anchor is None:
        return None
    if anchor.month is None:
        return anchor.year
    way = direction(tense)
    options: list[tuple[int, int]] = []  # (signed distance, year)
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        if not _valid(year, month, day):
            continue
        if day is not None and anchor.day is not None:
            distance = (dt.date(year, month, day) - anchor.first_day()).days
        else:
            distance = (year * 12 + month) - (anchor.year * 12 + anchor.month)
        options.append((distance, year))
    if not options:
        return anchor.year
    nearest = min(options, key=lambda o: (abs(o[0]), o[1] != anchor.year))
    wanted = [o for o in options if o[0] * way >= 0] if way else []
    if not wanted:
        return nearest[1]
    chosen = min(wanted, key=lambda o: abs(o[0]))
    # News names the coming weeks without a year even in past-tense sentences
    # ("said the offer expires Dec. 7").
    close = _NEAR_DAYS if day is not None and anchor.day is not None else _NEAR_MONTHS
    if not strict and abs(nearest[0]) <= close and abs(chosen[0]) > 3 * abs(nearest[0]):
        return nearest[1]
    if day is not None and anchor.day is not None and abs(nearest[0]) <= _SAME_MONTH_DAYS:
        return nearest[1]  # "had been set to expire Nov. 6", written on Nov. 2
    return chosen[1]


def _calendar_value(mention: RawMention, anchor: PartialDate | None) -> tuple[str, str | None]:
    if mention.suffix is not None:
        year = mention.year if mention.year is not None else _suffix_year(mention, anchor)
        return (f"{year:04d}" if year else "XXXX") + f"-{mention.suffix}", None
    if mention.easter_offset is not None:
        return _easter_value(mention, anchor), None
    if mention.nth_weekday is not None:
        return _nth_weekday_value(mention, mention.nth_weekday, anchor), None
    if mention.month is None and mention.day is not None:
        return _day_of_month_value(mention, anchor), None
    if mention.month is None:
        return (f"{mention.year:04d}" if mention.year is not None else "XXXX"), None
    year = mention.year
    if year is None and mention.year_offset is not None:
        year = anchor.year + mention.year_offset if anchor is not None else None
    elif year is None and mention.offset is not None and anchor is not None:
        year = _counted_month_year(mention.month, mention.offset, anchor, mention.day)
    elif year is None:
        year = choose_year(
            mention.month, mention.day, anchor, mention.tense, mention.tense_is_local
        )
    year_text = f"{year:04d}" if year is not None else "XXXX"
    if (
        year is not None
        and mention.day is not None
        and not _valid(year, mention.month, mention.day)
    ):
        year_text = "XXXX"
    value = f"{year_text}-{mention.month:02d}"
    if mention.day is None:
        return value, None
    end = None
    if mention.end_day is not None:
        end_month = mention.end_month or mention.month
        end_year = year_text
        if year is not None and end_month < mention.month:
            end_year = f"{year + 1:04d}"  # "30 December - 2 January"
        end = f"{end_year}-{end_month:02d}-{mention.end_day:02d}"
    return f"{value}-{mention.day:02d}", end


def easter_sunday(year: int) -> dt.date:
    """Easter Sunday of ``year`` in the Gregorian calendar (the anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday_shift = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * weekday_shift) // 433
    month = (h + weekday_shift - 7 * m + 90) // 25
    day = (h + weekday_shift - 7 * m + 33 * month + 19) % 32
    return dt.date(year, month, day)


def _easter_value(mention: RawMention, anchor: PartialDate | None) -> str:
    """ "Easter", "Good Friday 2024": the feast of the written year, or the one the tense means."""
    offset = dt.timedelta(days=mention.easter_offset or 0)
    year = mention.year
    if year is None and anchor is not None:
        guess = easter_sunday(anchor.year) + offset
        year = choose_year(guess.month, guess.day, anchor, mention.tense, mention.tense_is_local)
    if year is None:
        return "XXXX"
    return (easter_sunday(year) + offset).isoformat()


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The ``n``-th ``weekday`` (0 = Monday) of ``month`` in ``year``; ``n`` = -1 is the last."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    last = following - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def _nth_weekday_value(
    mention: RawMention, rule: tuple[int, int, int], anchor: PartialDate | None
) -> str:
    """ "Thanksgiving", "Labor Day 2024": the feast of the written year, or the tense's one."""
    month, weekday, n = rule
    year = mention.year
    if year is None and anchor is not None:
        guess = nth_weekday(anchor.year, month, weekday, n)
        year = choose_year(guess.month, guess.day, anchor, mention.tense, mention.tense_is_local)
    if year is None:
        return "XXXX"
    return nth_weekday(year, month, weekday, n).isoformat()


def _day_of_month_value(mention: RawMention, anchor: PartialDate | None) -> str:
    """ "el pasado día 3": the latest 3rd before the anchor; "el próximo día 15" the next one."""
    assert mention.day is not None
    if anchor is None or anchor.month is None or anchor.day is None:
        return "XXXX-XX-" + f"{mention.day:02d}"
    way = mention.offset if mention.offset is not None else direction(mention.tense)
    year, month = anchor.year, anchor.month
    if way < 0 and mention.day >= anchor.day:
        year, month = _add_months(year, month, -1)
    elif way > 0 and mention.day <= anchor.day:
        year, month = _add_months(year, month, 1)
    if not _valid(year, month, mention.day):
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{mention.day:02d}"


def _counted_month_year(
    month: int, offset: int, anchor: PartialDate, day: int | None = None
) -> int:
    """The year of "last May" (the latest May before the anchor's month), "next May", "this May";
    with a day, of the latest such day before the anchor's ("le 5 mars dernier", written on
    14 March, is this year's) or the first after it."""
    if anchor.month is None or offset == 0:
        return anchor.year
    if day is not None and anchor.day is not None:
        if offset < 0:
            return anchor.year if (month, day) < (anchor.month, anchor.day) else anchor.year - 1
        return anchor.year if (month, day) > (anchor.month, anchor.day) else anchor.year + 1
    if offset < 0:
        return anchor.year if month < anchor.month else anchor.year - 1
    return anchor.year if month > anchor.month else anchor.year + 1


def _suffix_year(mention: RawMention, anchor: PartialDate | None) -> int | None:
    """The year of a quarter or season named without one: the latest such quarter."""
    if anchor is None:
        return None
    if mention.offset is not None:
        return anchor.year + mention.offset
    suffix = mention.suffix or ""
    if not (suffix.startswith("Q") and anchor.month is not None):
        return anchor.year
    current = (anchor.month - 1) // 3 + 1
    if int(suffix[1:]) <= current or mention.tense == "future":
        return anchor.year
    return anchor.year - 1


def _weekday_value(mention: RawMention, anchor: PartialDate | None) -> str:
    assert mention.weekday is not None
    if anchor is None or anchor.day is None:
        if mention.offset is not None and anchor is None:
            return reference_word(mention.offset) if mention.offset else "PRESENT_REF"
        return f"XXXX-WXX-{mention.weekday + 1}"
    today = anchor.first_day()
    now = today.weekday()
    back = (now - mention.weekday) % 7
    forward = (mention.weekday - now) % 7
    if mention.offset == -1:
        shift = -(back or 7)
    elif mention.offset == 1:
        shift = forward or 7
    elif mention.offset == 0:
        shift = mention.weekday - now
        way = direction(mention.tense)
        if shift * way < 0:  # "España jugará este miércoles", said on a Saturday
            shift += 7 * way
    else:
        way = direction(mention.tense)
        if way < 0:
            shift = -back
        elif way > 0:
            shift = forward
        else:
            shift = -back if back <= forward else forward
    return (today + dt.timedelta(days=shift)).isoformat()


def _add_months(year: int, month: int, offset: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + offset
    return index // 12, index % 12 + 1


def _season_value(code: str, offset: int, anchor: PartialDate) -> str:
    if anchor.month is None:
        return f"{anchor.year + offset:04d}-{code}"
    now = anchor.year * 12 + anchor.month
    starts = sorted(
        (year * 12 + _SEASON_START[code], year) for year in range(anchor.year - 2, anchor.year + 2)
    )
    if offset > 0:
        year = next(y for start, y in starts if start > now)
    elif offset < 0:
        year = [y for start, y in starts if start + 3 <= now][-1]
    else:
        year = anchor.year - 1 if code == "WI" and anchor.month <= 2 else anchor.year
    return f"{year:04d}-{code}"


def _season_by_tense(code: str, anchor: PartialDate, tense: Tense) -> str:
    """ "over the summer", "en hiver": the season the tense points to.

    In the past, the latest one begun by the anchor's month; in the future,
    the next one not yet over; otherwise the one under way, else the nearest.
    """
    if anchor.month is None:
        return f"{anchor.year:04d}-{code}"
    now = anchor.year * 12 + anchor.month
    starts = [(y * 12 + _SEASON_START[code], y) for y in range(anchor.year - 2, anchor.year + 2)]
    way = direction(tense)
    if way < 0:
        year = [y for start, y in starts if start <= now][-1]
    elif way > 0:
        year = next(y for start, y in starts if start + 3 > now)
    else:
        year = min(starts, key=lambda s: 0 if s[0] <= now < s[0] + 3 else abs(s[0] - now))[1]
    return f"{year:04d}-{code}"


def _weekend_offset(anchor: PartialDate, tense: Tense) -> int:
    """Which weekend "the weekend" is: the last one in the past, this week's otherwise."""
    if anchor.day is None:
        return 0
    weekday = anchor.first_day().weekday()
    if weekday >= 5:
        return 0
    way = direction(tense)
    return -1 if way < 0 or (way == 0 and weekday <= 2) else 0


def _relative_value(mention: RawMention, anchor: PartialDate | None) -> str:
    unit, offset = mention.unit, mention.offset or 0
    if unit == "WE" and mention.offset is None and anchor is not None:
        offset = _weekend_offset(anchor, mention.tense)
    if anchor is None:
        return reference_word(offset)
    if unit in _SEASON_START and mention.offset is None:
        return _season_by_tense(unit, anchor, mention.tense)
    if unit in ("D", "H", "MIN", "S"):
        if offset == 0 or unit != "D":
            return anchor.iso  # "today"; "two hours ago" is still the anchor's day
        if anchor.day is None:
            return reference_word(offset)
        return (anchor.first_day() + dt.timedelta(days=offset)).isoformat()
    if unit in ("W", "WE"):
        if anchor.day is None:
            return (
                anchor.iso if offset == 0 and anchor.month is not None else reference_word(offset)
            )
        year, week, _ = (anchor.first_day() + dt.timedelta(weeks=offset)).isocalendar()
        return f"{year:04d}-W{week:02d}" + ("-WE" if unit == "WE" else "")
    if unit == "M":
        if anchor.month is None:
            return anchor.iso if offset == 0 else reference_word(offset)
        year, month = _add_months(anchor.year, anchor.month, offset)
        return f"{year:04d}-{month:02d}"
    if unit == "Q":
        if anchor.month is None:
            return reference_word(offset)
        index = anchor.year * 4 + (anchor.month - 1) // 3 + offset
        return f"{index // 4:04d}-Q{index % 4 + 1}"
    if unit == "HY":  # a half year: "este semestre"
        if anchor.month is None:
            return reference_word(offset)
        index = anchor.year * 2 + (anchor.month - 1) // 6 + offset
        return f"{index // 2:04d}-H{index % 2 + 1}"
    if unit == "Y":
        return f"{anchor.year + offset:04d}"
    if unit == "DE":
        return f"{(anchor.year + 10 * offset) // 10:03d}"
    if unit == "CE":
        return f"{(anchor.year + 100 * offset) // 100:02d}"
    if unit in _SEASON_START:
        return _season_value(unit, offset, anchor)
    return reference_word(offset)


def resolve(mention: RawMention, anchor: PartialDate | None) -> tuple[str, str | None]:
    """The TIMEX3 value and range end value of ``mention`` anchored on ``anchor``."""
    end: str | None = None
    if mention.kind == "literal":
        assert mention.literal is not None
        return mention.literal, None
    if mention.kind == "clock":
        value = anchor.iso if anchor is not None and anchor.day is not None else "XXXX-XX-XX"
    elif mention.kind == "calendar" or (mention.kind == "weekday" and mention.day is not None):
        value, end = _calendar_value(mention, anchor)
    elif mention.kind == "weekday":
        value = _weekday_value(mention, anchor)
    else:
        value = _relative_value(mention, anchor)
    if mention.clock is not None:
        value = with_clock(value, mention.clock)
    return value, end


def with_clock(date_value: str, clock: str) -> str:
    """``2024-11-05`` + ``10:00`` -> ``2024-11-05T10:00``; non-day dates become XXXX-XX-XX."""
    if len(date_value) != 10 or date_value[4] != "-" or "W" in date_value:
        date_value = "XXXX-XX-XX"
    return f"{date_value}T{clock}"
