"""Where an expression starts and ends: the words TimeML corpora keep in its extent.

TimeBank keeps "fiscal" before a year ("fiscal 1989"). ("early Tuesday" is
left as "Tuesday": TimeBank keeps "early", AQUAINT does not.)

The rules find the core of an expression; the Spanish TimeBank also keeps the
article of a year ("el 2000"), the word after a date that says which one ("el 9
de julio próximo"), the words that anchor a span ("un día después", "estos
cuatro años"), "el mes de" before a month and "el día de" before "ayer". The
same words exist in Italian and French and get the same treatment there.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from annals.time.mentions import RawMention

_FLAGS = re.IGNORECASE | re.UNICODE
Predicate = Callable[[RawMention], bool]


def _is_year(mention: RawMention) -> bool:
    return mention.rule == "year"


def _is_day_date(mention: RawMention) -> bool:
    return mention.kind in ("calendar", "weekday") and mention.day is not None


def _is_month(mention: RawMention) -> bool:
    return mention.kind == "calendar" and mention.month is not None and mention.day is None


def _is_duration(mention: RawMention) -> bool:
    return mention.type == "DURATION" and mention.rule in ("duration", "vague_span")


def _is_day_word(mention: RawMention) -> bool:
    return mention.rule == "day_word" and mention.clock is None


@dataclass(frozen=True, slots=True)
class _Extension:
    applies: Predicate
    before: re.Pattern[str] | None = None  # must end where the mention starts
    after: re.Pattern[str] | None = None  # must start where the mention ends
    strip: re.Pattern[str] | None = None  # removed from the mention's start first


def _extension(
    applies: Predicate,
    before: str | None = None,
    after: str | None = None,
    strip: str | None = None,
) -> _Extension:
    return _Extension(
        applies,
        re.compile(rf"(?<!\w)(?:{before})$", _FLAGS) if before else None,
        re.compile(rf"(?:{after})(?!\w)", _FLAGS) if after else None,
        re.compile(rf"(?:{strip})", _FLAGS) if strip else None,
    )


_EXTENSIONS: dict[str, tuple[_Extension, ...]] = {
    "en": (_extension(_is_year, before=r"fiscal\s+"),),
    "es": (
        _extension(_is_year, before=r"el\s+"),
        _extension(_is_day_date, after=r"\s+(?:próxim[oa]s?|pasad[oa]s?)"),
        _extension(_is_day_date, before=r"los\s+días\s+"),
        _extension(_is_month, before=r"(?:el\s+)?mes\s+de\s+"),
        _extension(
            _is_duration, before=r"(?:estos|estas)\s+", after=r"\s+(?:después|antes|más\s+tarde)"
        ),
        _extension(
            _is_day_word,
            before=r"(?:el\s+día|la\s+jornada|al\s+día)\s+de\s+",
            after=r"\s+mismo",
            strip=r"(?:el|la|los|las|del|al)\s+",
        ),
    ),
    "it": (
        _extension(_is_day_date, after=r"\s+(?:prossim[oa]|scors[oa])"),
        _extension(_is_month, before=r"(?:il\s+)?mese\s+di\s+"),
        _extension(_is_duration, after=r"\s+(?:dopo|prima|più\s+tardi)"),
    ),
    "fr": (
        _extension(_is_day_date, after=r"\s+(?:prochain|dernier)"),
        _extension(_is_month, before=r"(?:le\s+)?mois\s+(?:de\s+|d['’]\s*)"),
        _extension(_is_duration, after=r"\s+(?:plus\s+tard|après|avant)"),
    ),
}


def adjust_extents(text: str, mentions: Sequence[RawMention], language: str) -> list[RawMention]:
    """``mentions`` with their extents widened by the language's conventions, never overlapping.

    A following mention that the widened extent covers whole ("próximo" after a
    date) is absorbed; one that it would cut leaves the extent as it was.
    """
    rules = _EXTENSIONS.get(language)
    if not rules:
        return list(mentions)
    out: list[RawMention] = []
    index = 0
    while index < len(mentions):
        mention = mentions[index]
        start, end = _widened(text, mention, rules, out[-1].end if out else 0)
        following = index + 1
        while following < len(mentions) and mentions[following].start < end:
            if mentions[following].end > end:
                end = mention.end
                following = index + 1
                break
            following += 1
        if (start, end) != (mention.start, mention.end):
            mention = replace(mention, start=start, end=end)
        out.append(mention)
        index = following
    return out


def _widened(
    text: str, mention: RawMention, rules: Sequence[_Extension], floor: int
) -> tuple[int, int]:
    start, end = mention.start, mention.end
    for rule in rules:
        if not rule.applies(mention):
            continue
        if rule.strip is not None:
            stripped = rule.strip.match(text, start, end)
            start = stripped.end() if stripped else start
        if rule.before is not None:
            found = rule.before.search(text, max(floor, start - 30), start)
            start = found.start() if found else start
        if rule.after is not None:
            found = rule.after.match(text, end)
            end = found.end() if found else end
    return start, end
