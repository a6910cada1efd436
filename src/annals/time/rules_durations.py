"""Handlers of amounts of time and of reference words: durations ("two weeks"),
vague durations ("for years"), sets ("every Monday", "daily") and references ("now").
"""

from __future__ import annotations

import re
from dataclasses import replace

from annals.models import TimeType
from annals.time.mentions import RawMention
from annals.time.patterns import DURATION_CODES, PLURAL_UNITS, normalise_word
from annals.time.rules_base import RuleSetBase
from annals.time.values import duration_value

_AGE = re.compile(r"[\s-]*old\b|[\s-]*olds\b")
# "Now," opening a sentence: a discourse word ("Now, he said, ...").
_NOW_DISCOURSE = re.compile(r"(?-i:Now),(?!\s*(?-i:[a-z]+\s+)?(?:then|more|than)\b)")
# An opening quote right before a capitalised amount of time: a title ("''60 Minutes''").
_TITLE_QUOTE = re.compile(r"(?:[\"“‘]|``|'')\s*$")
# "last" as a verb before a duration: "will last two days", "expected to last a week".
_VERB_LAST = re.compile(
    r"\b(?:will|would|could|should|may|might|can|to|not|n['’]t|only|which|that)\s+last\s*$",
    re.IGNORECASE,
)


class DurationRules(RuleSetBase):
    """Handlers of the duration, set and reference rules (``duration``,
    ``vague_duration``, ``set``, ``set_word``, ``ref``)."""

    def _duration(self, match: re.Match[str], text: str) -> RawMention | None:
        unit = self._unit(match["u"])
        if unit is None:
            return None
        amount = self._number(match["n"])
        if amount is not None and amount > 1000:
            return None
        if unit == "H" and re.fullmatch(r"\d{1,2}[.:][0-5]\d", match["n"]):
            return None  # "las 06.00 horas": a clock time
        if _AGE.match(text, match.end("t")):
            return None  # "52 years old", "a 136-year-old bank": an age, not a period
        if match["u"][0].isupper() and _TITLE_QUOTE.search(text, 0, match.start("t")):
            return None  # "''60 Minutes''", "“48 Hours”": the title of a show
        half = re.match(r"(\d+)\s+1/2$|(\d+)\s*½$", match["n"])
        if half is not None:
            amount = int(half.group(1) or half.group(2)) + 0.5
        mention = self._mention(
            match, "duration", "DURATION", "literal", literal=duration_value(amount, unit)
        )
        start = self._extend_left(self._period_before, text, mention.start)
        if start != mention.start and _VERB_LAST.search(text, max(0, start - 12), start + 5):
            start = mention.start  # "expected to last two weeks": the verb, not "the last"
        if start == mention.start and amount is not None and self._is_noun_span(match, text):
            start = self._extend_left(self._article_before_amount, text, start)  # "the nine months"
        if start == mention.start:
            start = self._extend_left(self._hedge_before, text, start)  # "nearly two years"
        return replace(mention, start=start) if start != mention.start else mention

    def _is_noun_span(self, match: re.Match[str], text: str) -> bool:
        """ "the nine months" ended..., not "the eight-year war" or "the two days of music"."""
        if self.lexicon.language != "en":
            return True
        if "-" in match["t"] or normalise_word(match["u"]) not in PLURAL_UNITS:
            return False
        return re.match(r"\s+of\b", text[match.end("t") : match.end("t") + 4]) is None

    def _vague_duration(self, match: re.Match[str], text: str) -> RawMention | None:
        word = normalise_word(match["u"])
        unit = self._unit(word)
        if unit is None or word not in PLURAL_UNITS | {
            "decades",
            "decenni",
            "décennies",
            "jahrzehnten",
            "jahrzehnte",
            "décadas",
            "centuries",
            "siglos",
            "secoli",
            "siècles",
            "jahrhunderte",
            "jahrhunderten",
        }:
            return None
        return self._mention(
            match, "vague_duration", "DURATION", "literal", literal=duration_value(None, unit)
        )

    def _set(self, match: re.Match[str], text: str) -> RawMention | None:
        unit_text = match["u"]
        weekday = self._weekdays.get(normalise_word(unit_text))
        if weekday is not None:
            return self._mention(match, "set", "SET", "literal", literal=f"XXXX-WXX-{weekday + 1}")
        month = self._month(unit_text)
        if month is not None:  # "each July"
            if match["n"]:
                return None
            return self._mention(match, "set", "SET", "literal", literal=f"XXXX-{month:02d}")
        unit = self._unit(unit_text)
        amount = self._number(match["n"]) if match["n"] else 1.0
        if unit is None or unit not in DURATION_CODES or amount is None:
            return None
        if (
            not match["n"]
            and normalise_word(unit_text) in PLURAL_UNITS
            and self.lexicon.language in ("de",)
        ):
            return None  # "alle Jahre" is rare; "alle Tage" mostly means "all days"
        return self._mention(match, "set", "SET", "literal", literal=duration_value(amount, unit))

    def _set_word(self, match: re.Match[str], text: str) -> RawMention | None:
        return self._mention(
            match, "set_word", "SET", "literal", literal=self._sets[normalise_word(match["t"])]
        )

    def _ref(self, match: re.Match[str], text: str) -> RawMention | None:
        if self.lexicon.language == "en" and _NOW_DISCOURSE.match(text, match.start("t")):
            return None  # "Now, he said, ...": a turn in the argument, not the present
        values = list(self.lexicon.refs.values())
        for index, value in enumerate(values):
            if match.group(f"r{index}"):
                type_: TimeType = "DURATION" if re.match(r"P[\dX]", value) else "DATE"
                return self._mention(match, "ref", type_, "literal", literal=value)
        return None
