"""The state of one language's time rules and the helpers their handlers share.

:class:`RuleSetBase` holds the lexicon's tables and the compiled look-behind patterns
that extend a mention's span to the left ("the end of" 2025, "lo scorso" 5 marzo);
the handler mixins (:mod:`annals.time.rules_calendar`, :mod:`annals.time.rules_relative`,
:mod:`annals.time.rules_durations`, :mod:`annals.time.rules_clock`) build on it and
:class:`annals.time.rules.RuleSet` assembles them.
"""

from __future__ import annotations

import re

from annals.models import TimeType
from annals.time.lexicon import Lexicon, month_table
from annals.time.mentions import MentionKind, RawMention
from annals.time.patterns import (
    ARTICLE_WORDS,
    ARTICLES,
    FOR_WORDS,
    VAGUE_AMOUNTS,
    normalise_word,
)

FLAGS = re.IGNORECASE | re.UNICODE


class RuleSetBase:
    """The tables of one language and the helpers shared by the handlers."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        lang = lexicon.language
        self._months = month_table(lexicon)
        self._weekdays = {normalise_word(k): v for k, v in lexicon.weekdays.items()}
        self._numbers = {normalise_word(k): v for k, v in lexicon.numbers.items()}
        self._units = {normalise_word(k): v for k, v in lexicon.units.items()}
        self._day_words = {normalise_word(k): v for k, v in lexicon.day_words.items()}
        self._parts = {normalise_word(k): v for k, v in lexicon.part_of_day.items()}
        self._this_parts = {normalise_word(k): v for k, v in lexicon.this_day_parts.items()}
        self._sets = {normalise_word(k): v for k, v in lexicon.set_words.items()}
        self._year_pre = re.compile(rf"^(?:{lexicon.year_pre_re})$", FLAGS)
        self._last = re.compile(rf"^(?:{lexicon.last_pre_re}|{lexicon.last_post_re})$", FLAGS)
        self._next = re.compile(rf"^(?:{lexicon.next_pre_re}|{lexicon.next_post_re})$", FLAGS)
        self._vague = VAGUE_AMOUNTS.get(lang, VAGUE_AMOUNTS["en"])
        self._modifier_before = re.compile(rf"(?<!\w)(?:{lexicon.span_modifier_re})$", FLAGS)
        self._article_before = re.compile(ARTICLES.get(lang, r"(?!x)x"), FLAGS)
        # "lo scorso 5 marzo", "el próximo 3 de abril": the last or next such day
        self._counted_before = re.compile(
            rf"(?<!\w)(?:{ARTICLE_WORDS.get(lang, '(?!x)x')})\s+"
            rf"(?P<w>{lexicon.last_pre_re}|{lexicon.next_pre_re})\s+$",
            FLAGS,
        )
        self._period_before = re.compile(rf"(?:{lexicon.period_pre_re})\s+$", FLAGS)
        self._hedge_before = re.compile(rf"(?<!\w)(?:{lexicon.hedge_re})\s+$", FLAGS)
        self._article_before_amount = re.compile(
            {"en": r"(?<!\w)the\s+$", "es": r"(?<!\w)(?:los|las)\s+$"}.get(lang, r"(?!x)x"),
            FLAGS,
        )
        self._for = FOR_WORDS.get(lang, FOR_WORDS["en"])

    def _mention(
        self, match: re.Match[str], rule: str, type_: TimeType, kind: MentionKind, **fields: object
    ) -> RawMention:
        start = match.start("t")
        if (type_ == "DATE" and kind in ("calendar", "relative")) or (
            kind == "weekday" or rule == "day_word"
        ):  # "late yesterday afternoon", "early Friday"
            start = self._extend_left(self._modifier_before, match.string, start)
        if kind in ("relative", "weekday") or (kind == "calendar" and fields.get("day")):
            start = self._extend_left(self._article_before, match.string, start)
            if type_ == "DATE" and kind == "relative":  # "al final del año próximo"
                start = self._extend_left(self._modifier_before, match.string, start)
        return RawMention(start, match.end("t"), type_, kind, rule, **fields)  # type: ignore[arg-type]

    @staticmethod
    def _extend_left(pattern: re.Pattern[str], text: str, start: int) -> int:
        """Start of ``pattern`` when it ends right at ``start`` ("the end of" 2025)."""
        found = pattern.search(text, max(0, start - 40), start)
        return found.start() if found else start

    def _month(self, text: str) -> int | None:
        return self._months.get(normalise_word(text))

    def _number(self, text: str) -> float | None:
        key = normalise_word(text)
        if key in self._numbers:
            return float(self._numbers[key])
        if key in ("a", "an", "another"):
            return 1.0
        if self.lexicon.language != "en" and re.fullmatch(r"\d{1,3}(?:\.\d{3})+", key):
            return float(key.replace(".", ""))  # "20.000 Jahre": a thousands point
        decimal_comma = re.fullmatch(r"\d+,\d{1,2}", key) is not None
        digits = key.replace(",", ".") if decimal_comma else key.replace(",", "")
        try:
            return float(digits)
        except ValueError:
            return None

    def _unit(self, text: str) -> str | None:
        return self._units.get(normalise_word(text))

    @staticmethod
    def _day(text: str | None) -> int | None:
        if text is None:
            return None
        digits = re.match(r"\d+", text)
        return int(digits.group()) if digits else None

    def _month_ok(self, match: re.Match[str], text: str) -> bool:
        """English month names must be capitalised ("May", not the verb "may")."""
        word = match.group("m")
        if self.lexicon.capitalised_months and not word[0].isupper():
            return False
        is_abbreviation = normalise_word(word) in {
            normalise_word(k) for k in self.lexicon.month_abbreviations
        }
        return not (is_abbreviation and self.lexicon.language != "en" and not word.endswith("."))
