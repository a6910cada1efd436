"""Joins of neighbouring mentions into one expression, after the rules have run.

* a clock time and the day it belongs to: "10 p.m. Wednesday", "noon Thursday",
  "5 p.m. EST Nov. 9", "las seis de la mañana de ayer" (one TIME);
* a day word and its weekday in apposition: "hoy, jueves", "today, Thursday";
* a day and a part of day said after it: "martedì in mattinata", "mardi en matinée";
* durations said in parts: "dos horas y 30 minutos" (``PT2H30M``), "two years
  and three months" (``P2Y3M``);
* Spanish ranges of days written with a word ("el 9 y 10 de junio", "del 6 al
  9 de abril") become two expressions, as the Spanish TimeBank marks them;
  the first keeps the range's end. Two days joined by "and" in the other
  languages ("April 24 and 25", "3 et 4 mars") are two expressions too, as
  AQUAINT marks them; a range with "-" or "to" stays one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from annals.time.mentions import RawMention

# What may stand between a clock time and its day, per language.
_CLOCK_DAY_GAP = {
    language: re.compile(gap, re.IGNORECASE)
    for language, gap in {
        "en": r"\s*(?:(?:[ECMP][SD]T|GMT|UTC)\b\s*)?,?\s*",
        "es": r"\s+(?:del?\s+)?|\s*,\s*",
        "it": r"(?!x)x",  # Italian names the day first ("lunedì alle 15")
        "fr": r"\s*,?\s*",
        "de": r"\s+(?:am\s+)?|\s*,\s*",
    }.items()
}
_PART_OF_DAY_GAP = re.compile(r"\s+(?:del?|di|del|du|de\s+la|of)\s+", re.IGNORECASE)
_WEEKDAY_PART_GAP = re.compile(r"\s+|\s*,\s*")
_APPOSITION_GAP = re.compile(r"\s*,?\s*|\s*\(\s*")
_DURATION_JOIN = re.compile(r"\s*,?\s+(?:and|y|e|et|und)\s+", re.IGNORECASE)
_DURATION_PART = re.compile(r"^P(T?)(\d+)([YMWDHS])$")
_DATE_UNITS = "YMWD"
_TIME_UNITS = "HMS"
#: The rule of the second day of a list; it shares the tense of the first ("on July 14
#: and 15": the words after "15" are not its verb).
DAY_LIST_RULE = "day_list"
_DAY_LIST = {
    language: re.compile(
        rf"\d(?:º|°|st|nd|rd|th|er|\.)?\s*(?P<join>{join})\s+(?P<rest>(?:{article}\s+)?\d)",
        re.IGNORECASE,
    )
    for language, join, article in (
        ("es", "y|al|a", "el"),
        ("en", "and", "the"),
        ("it", "e|ed", "il|l['’]"),
        ("fr", "et", "le"),
        ("de", r"und", "(?!x)x"),
    )
}


def _is_day(mention: RawMention) -> bool:
    """A mention that names one day and has no clock time of its own."""
    if mention.clock is not None or mention.type != "DATE":
        return False
    if mention.kind == "weekday":
        return mention.offset is None or mention.day is not None
    if mention.kind == "relative":
        return mention.unit == "D"
    return mention.kind == "calendar" and mention.day is not None and mention.end_day is None


def join_mentions(text: str, mentions: Sequence[RawMention], language: str) -> list[RawMention]:
    """The mentions of ``text`` (sorted, without overlaps) with neighbours joined."""
    clock_gap = _CLOCK_DAY_GAP.get(language, _CLOCK_DAY_GAP["en"])
    out: list[RawMention] = []
    index = 0
    while index < len(mentions):
        current = mentions[index]
        following = mentions[index + 1] if index + 1 < len(mentions) else None
        if following is not None:
            gap = text[current.end : following.start]
            joined = _join_pair(current, following, gap, clock_gap)
            if joined is not None:
                out.append(joined)
                index += 2
                continue
        out.append(current)
        index += 1
    day_list = _DAY_LIST.get(language)
    if day_list is not None:
        out = [part for mention in out for part in _split_day_list(text, mention, day_list)]
    return out


def _join_pair(
    first: RawMention, second: RawMention, gap: str, clock_gap: re.Pattern[str]
) -> RawMention | None:
    if first.kind == "clock" and _is_day(second) and clock_gap.fullmatch(gap):
        return replace(second, start=first.start, type="TIME", clock=first.clock, rule="clock_day")
    if (
        (first.rule == "day_part" or (first.anaphoric and first.clock is not None))
        and first.offset == 0
        and _is_day(second)
        and _PART_OF_DAY_GAP.fullmatch(gap)
    ):  # "la mañana del miércoles", "la matinée du 5 mars"
        return replace(second, start=first.start, type="TIME", clock=first.clock, rule="part_day")
    if (
        _is_day(first)
        and second.rule == "day_part"
        and second.offset == 0
        and _WEEKDAY_PART_GAP.fullmatch(gap)
    ):  # "martedì in mattinata", "mardi en matinée": the weekday's morning
        return replace(first, end=second.end, type="TIME", clock=second.clock, rule="day_part_of")
    if (
        first.rule == "day_word"
        and first.clock is None
        and second.kind == "weekday"
        and second.offset is None
        and second.day is None
        and _APPOSITION_GAP.fullmatch(gap)
    ):
        return replace(first, end=second.end, rule="day_word_weekday")
    if first.type == "DURATION" and second.type == "DURATION" and _DURATION_JOIN.fullmatch(gap):
        value = _sum_durations(first.literal or "", second.literal or "")
        if value is not None:
            return replace(first, end=second.end, literal=value, rule="duration_parts")
    return None


def _sum_durations(first: str, second: str) -> str | None:
    """ "P2Y" and "P3M" -> "P2Y3M"; "PT2H" and "PT30M" -> "PT2H30M"; None if not in order."""
    left, right = _DURATION_PART.match(first), _DURATION_PART.match(second)
    if left is None or right is None:
        return None
    order = _TIME_UNITS if left.group(1) else _DATE_UNITS
    if left.group(1) != right.group(1) or right.group(3) not in order:
        if left.group(1) or not right.group(1):
            return None
        return f"{first}{second[1:]}"  # "P1D" and "PT12H" -> "P1DT12H"
    if order.index(left.group(3)) >= order.index(right.group(3)):
        return None
    return f"{first}{right.group(2)}{right.group(3)}"


def _split_day_list(text: str, mention: RawMention, day_list: re.Pattern[str]) -> list[RawMention]:
    if mention.kind != "calendar" or mention.end_day is None or mention.end_month is not None:
        return [mention]
    join = day_list.search(text, mention.start, mention.end)
    if join is None:
        return [mention]
    first = replace(mention, end=len(text[: join.start("join")].rstrip()))
    second_start = join.start("join") if join["join"].lower() in ("al", "a") else join.start("rest")
    second = replace(
        mention, start=second_start, day=mention.end_day, end_day=None, rule=DAY_LIST_RULE
    )
    return [first, second]
