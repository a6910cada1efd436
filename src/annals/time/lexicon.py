"""Per-language words for temporal expressions: months, weekdays, numbers, units, cues.

This module holds the :class:`Lexicon` type; the words of each language are in
:mod:`annals.time.lexicons` (one module per language), whose
:func:`~annals.time.lexicons.get_lexicon` returns the lexicon of a language.
Regex fragments (fields ending in ``_re``) are inserted into the tagger's
patterns as they are, so they must not contain capturing groups.
"""

from __future__ import annotations

import functools
import types
from collections.abc import Mapping
from dataclasses import dataclass, field

from annals.time.patterns import normalise_word

# Units: TIMEX3 duration letters after normalisation. "DE" and "CE" become years.
UNIT_CODES = (
    "S",
    "MIN",
    "H",
    "D",
    "W",
    "M",
    "Y",
    "DE",
    "CE",
    "WE",
    "SP",
    "SU",
    "FA",
    "WI",
    "Q",
    "HY",
)
# "Q" is a quarter and "HY" a half year: relative units only ("este semestre"), never durations.


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The words of one language that the time rules need."""

    language: str
    months: Mapping[str, int]
    month_abbreviations: Mapping[str, int]
    weekdays: Mapping[str, int]  # 0 = Monday
    numbers: Mapping[str, int]
    units: Mapping[str, str]  # word form -> unit code (see UNIT_CODES)
    day_words: Mapping[str, int]  # "yesterday" -> -1
    part_of_day: Mapping[str, str]  # "morning" -> "MO"
    this_day_parts: Mapping[str, tuple[int, str]]  # "tonight" -> (0, "NI")
    last_pre_re: str
    next_pre_re: str
    this_pre_re: str
    last_post_re: str = r"(?!x)x"
    next_post_re: str = r"(?!x)x"
    ago_pre_re: str = r"(?!x)x"
    ago_post_re: str = r"(?!x)x"
    future_in_re: str = r"(?!x)x"  # "in three days" read as a date after the anchor
    every_re: str = r"(?!x)x"
    set_words: Mapping[str, str] = field(default_factory=dict)  # "weekly" -> "P1W"
    refs: Mapping[str, str] = field(default_factory=dict)  # regex -> PAST_REF/...
    year_pre_re: str = r"(?!x)x"  # words after which a bare number is a year
    span_modifier_re: str = r"(?!x)x"  # "the end of", "fine", "Ende" (kept in the span)
    this_year_re: str = r"(?!x)x"  # "the year" after a span modifier
    this_week_re: str = r"(?!x)x"  # "semaine" of "en début de semaine": this week
    period_pre_re: str = r"(?!x)x"  # "the past" in "the past three years"
    period_post_re: str = r"(?!x)x"  # "dernières" in "les trois dernières années"
    range_join_re: str = r"-|–|and|to"
    day_suffix_re: str = r"st|nd|rd|th"
    of_re: str = r"of"  # between day and month, month and year
    month_of_re: str = r"(?!x)x"  # "mes de" in "el pasado mes de mayo"
    hedge_re: str = r"(?!x)x"  # "más de" in "hace más de 30 años", "nearly" (kept in the span)
    ordinals: Mapping[str, int] = field(default_factory=dict)
    anniversary_re: str = r"(?!x)x"
    capitalised_months: bool = False
    month_first: bool = False  # "January 16" and 01/16/2025 (English)


def merge_numbers(base: Mapping[str, int], extra: Mapping[str, int]) -> dict[str, int]:
    """The number words of ``base`` and ``extra`` in one mapping (``extra`` wins)."""
    merged = dict(base)
    merged.update(extra)
    return merged


def month_table(lexicon: Lexicon) -> Mapping[str, int]:
    """Month names and abbreviations of ``lexicon`` by their lookup key ("sept" -> 9)."""
    return _month_table(tuple(lexicon.months.items()), tuple(lexicon.month_abbreviations.items()))


@functools.cache
def _month_table(
    months: tuple[tuple[str, int], ...], abbreviations: tuple[tuple[str, int], ...]
) -> Mapping[str, int]:
    table = {normalise_word(k): v for k, v in months}
    table.update({normalise_word(k): v for k, v in abbreviations})
    return types.MappingProxyType(table)  # shared by every caller: read-only
