"""Values that depend on the expressions before them, not on the anchor alone.

Business news compares a reporting period with the same period a year before:
"third-quarter profit rose to $5 million from $4 million a year ago". There,
"a year ago" (like "the year-earlier period" or "the 1988 quarter") names the
third quarter of the previous year, not the previous year as a whole. This
module rewrites such values once every expression has its own value.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from annals.time.mentions import RawMention

_QUARTER_VALUE = re.compile(r"^(\d{4})-(Q[1-4])$")
_YEAR_VALUE = re.compile(r"^\d{4}$")
_REACH = 400  # characters back to the quarter being compared, in the same paragraph
_FAR_REACH = 1500  # ... or in an earlier paragraph, when a comparison word comes first
_COMPARED = re.compile(
    r"(?:from|with|than|over|against|versus|vs\.?)\s+(?:(?:[^.;!?]|\.(?=\d)){0,50}\s)?$",
    re.IGNORECASE,
)
# Rules whose "a year before" value stands for the reporting period of that year.
_YEAR_BACK_RULES = frozenset({"ago", "year_ago_period"})
# "last year" stands for the compared quarter only after a comparison word.
_COMPARED_RULES = frozenset({"relative"})
_SAME_PERIOD_RULES = frozenset({"latest_period", "year_period"})
_YEAR_BACK_OR_COMPARED_RULES = _YEAR_BACK_RULES | _COMPARED_RULES


def compare_periods(
    text: str, mentions: Sequence[RawMention], values: list[tuple[str, str | None]]
) -> None:
    """Rewrite, in place, year-back and period values that follow a quarter.

    ``values[i]`` is the (value, end value) of ``mentions[i]``. "a year ago"
    after "the third quarter" of 1989 becomes ``1988-Q3``; "the latest period"
    becomes that quarter; "the 1988 period" becomes ``1988-Q3``. Without a
    quarter within reach (and in the same paragraph) the values stay as they are.
    """
    latest: tuple[int, str, str] | None = None  # (end offset, year, quarter)
    for index, mention in enumerate(mentions):
        value = values[index][0]
        quarter = _QUARTER_VALUE.match(value)
        if quarter is not None and mention.rule not in _SAME_PERIOD_RULES:
            if _is_compared_quarter(latest, quarter.group(1), quarter.group(2)):
                continue  # "the year-ago quarter" is the comparison, not a new report
            latest = (mention.end, quarter.group(1), quarter.group(2))
            continue
        if latest is None:
            continue
        compared = _COMPARED.search(text, max(0, mention.start - 80), mention.start) is not None
        if not _within_reach(text, latest[0], mention.start, compared):
            continue
        if mention.rule in _COMPARED_RULES and not compared:
            continue
        replacement = _compared_value(mention, value, latest[1], latest[2])
        if replacement is not None:
            values[index] = (replacement, None)


def _is_compared_quarter(latest: tuple[int, str, str] | None, year: str, quarter: str) -> bool:
    """Whether ``year``-``quarter`` is the same quarter a year before the reported one."""
    return latest is not None and quarter == latest[2] and int(year) == int(latest[1]) - 1


def _within_reach(text: str, end: int, start: int, compared: bool) -> bool:
    if compared:
        return start - end <= _FAR_REACH
    return start - end <= _REACH and "\n\n" not in text[end:start]


def _compared_value(mention: RawMention, value: str, year: str, quarter: str) -> str | None:
    if (
        mention.rule in _YEAR_BACK_OR_COMPARED_RULES
        and mention.unit == "Y"
        and mention.offset == -1
    ):
        return f"{int(year) - 1:04d}-{quarter}"
    if mention.rule == "latest_period":
        return f"{year}-{quarter}"
    if mention.rule == "year_period" and _YEAR_VALUE.match(value):
        return f"{value}-{quarter}"
    return None
