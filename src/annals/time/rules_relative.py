"""Handlers of dates counted from the anchor: day words ("yesterday"), parts of the
day, "last week", "next May", "this year", "two years ago", "in three days", weekdays.
"""

from __future__ import annotations

import re
from dataclasses import replace

from annals.time.mentions import RawMention
from annals.time.patterns import (
    DURATION_CODES,
    PLURAL_LONG_UNITS,
    PLURAL_UNITS,
    next_word,
    normalise_word,
    previous_word,
)
from annals.time.rules_base import RuleSetBase
from annals.time.values import duration_value

#: Day parts counted from the day the text is at, not from the publication day: the night
#: before it ("overnight", "nella notte", "in der Nacht", "dans la nuit", "durante la noche").
_NIGHT_BEFORE = frozenset(
    {"overnight", "nella notte", "durante la notte", "in der nacht", "dans la nuit"}
    | {"pendant la nuit", "durante la noche"}
)
#: Words after which such a night is a named one ("nella notte tra sabato e domenica",
#: "in der Nacht zum Sonntag", "dans la nuit de samedi à dimanche", "durante la noche del
#: sábado"), which the weekdays date.
_NIGHT_NAMED_BY = frozenset(
    {"tra", "fra", "di", "del", "dal", "su", "sul", "al", "scorsa", "successiva", "seguente"}
    | {"zu", "zum", "zur", "auf", "vom", "von", "zwischen", "davor", "danach"}
    | {"de", "du", "d", "entre", "précédente", "suivante", "dernière"}
    | {"anterior", "siguiente", "pasada"}
)
#: Words after which a day part is an adjective ("an overnight stay").
_ARTICLES_BEFORE_ADJECTIVE = frozenset({"a", "an", "the", "its", "their", "his", "her"})


class RelativeRules(RuleSetBase):
    """Handlers of the relative rules (``day_word``, ``day_part``, ``relative_pre``,
    ``relative_post``, ``this_year``, ``this_week``, ``ago_*``, ``in_future``, ``weekday``)."""

    def _day_word(self, match: re.Match[str], text: str) -> RawMention | None:
        word = match["dw"]
        key = normalise_word(word)
        language = self.lexicon.language
        if language == "de" and key == "morgen" and word[0].isupper():
            return None
        if (
            language == "es"
            and key == "mañana"
            and previous_word(text, match.start("t"))
            in {"la", "esta", "de", "por", "una", "cada", "toda", "misma"}
        ):
            return None
        if (
            language == "es"
            and key == "hoy"
            and previous_word(text, match.start("t")) in {"el", "la", "los", "las", "del", "al"}
        ):  # "la hoy extinta Yugoslavia": today's state of things, not the day
            return RawMention(
                match.start("t"), match.end("t"), "DATE", "literal", "ref", literal="PRESENT_REF"
            )
        offset = self._day_words[key]
        pod = self._parts.get(normalise_word(match["pod"])) if match["pod"] else None
        return self._mention(
            match,
            "day_word",
            "TIME" if pod else "DATE",
            "relative",
            unit="D",
            offset=offset,
            clock=pod,
        )

    def _day_part(self, match: re.Match[str], text: str) -> RawMention | None:
        key = normalise_word(match["t"])
        offset, code = self._this_parts[key]
        if previous_word(text, match.start("t")) in _ARTICLES_BEFORE_ADJECTIVE:
            return None  # "an overnight stay", "the overnight shift": no time of its own
        if key in _NIGHT_BEFORE and next_word(text, match.end("t")).lower() in _NIGHT_NAMED_BY:
            return None  # "nella notte tra sabato e domenica": the weekdays date it
        mention = self._mention(
            match, "day_part", "TIME", "relative", unit="D", offset=offset, clock=code
        )
        preposition = re.match(
            r"(?:por|per|pour|am|durante|pendant|dans)\s+", match["t"], re.IGNORECASE
        )
        if preposition is not None:  # "por la tarde": the preposition is context
            return replace(mention, start=mention.start + preposition.end())
        if normalise_word(match["t"]) in _NIGHT_BEFORE:
            # "closed lower Friday … depressed by overnight losses": the night before the
            # day the text is at, the publication day when it names none
            return replace(mention, anaphoric=True)
        return mention

    def _relative(self, match: re.Match[str], text: str) -> RawMention | None:
        modifier = match.groupdict().get("pre") or match.groupdict().get("post") or ""
        modifier = normalise_word(modifier)
        if self._last.match(modifier):
            offset = -1
        elif self._next.match(modifier):
            offset = 1
        else:
            offset = 0
        if match["mon"]:
            return self._relative_month(match, text, offset)
        if self.lexicon.language == "en" and previous_word(text, match.start("t")) == "the":
            return None  # "the last year", "the next week": periods, left to other rules
        unit_text = match["u"]
        weekday = self._weekdays.get(normalise_word(unit_text))
        if weekday is not None:
            return self._mention(
                match, "relative_weekday", "DATE", "weekday", weekday=weekday, offset=offset
            )
        unit = self._unit(unit_text)
        if unit is None:
            return None
        return self._mention(match, "relative", "DATE", "relative", unit=unit, offset=offset)

    def _relative_month(self, match: re.Match[str], text: str, offset: int) -> RawMention | None:
        """ "last May", "el pasado mes de septiembre", "mai dernier": a month counted from now."""
        word = match["mon"]
        if self.lexicon.capitalised_months and not word[0].isupper():
            return None
        mention = self._mention(
            match, "relative_month", "DATE", "calendar", month=self._month(word), offset=offset
        )
        start = self._extend_left(self._article_before, text, mention.start)
        start = self._extend_left(self._modifier_before, text, start)
        return replace(mention, start=start)

    def _this_year(self, match: re.Match[str], text: str) -> RawMention | None:
        return self._this_period(match, text, "this_year", "Y")

    def _this_week(self, match: re.Match[str], text: str) -> RawMention | None:
        """ "en début de semaine", "a principios de semana": the start or end of this week."""
        return self._this_period(match, text, "this_week", "W")

    def _this_period(
        self, match: re.Match[str], text: str, rule: str, unit: str
    ) -> RawMention | None:
        """The current year or week, when a span modifier stands before the bare word."""
        start = match.start("t")
        if self._extend_left(self._modifier_before, text, start) == start:
            return None
        return self._mention(match, rule, "DATE", "relative", unit=unit, offset=0)

    def _ago(self, match: re.Match[str], text: str) -> RawMention | None:
        unit = self._unit(match["u"])
        if match["n"] is None and (
            self.lexicon.language != "en"
            or normalise_word(match["u"]) not in PLURAL_UNITS | PLURAL_LONG_UNITS | {"days"}
            or not match["t"].lower().endswith("ago")
        ):
            return None  # only "months ago", "years ago": an unnamed time before
        amount = self._number(match["n"]) if match["n"] is not None else None
        if unit is None or unit not in DURATION_CODES:
            return None
        if amount is None and self.lexicon.language == "es":
            # "hace unos días" -> PXD, not PAST_REF: the Spanish TimeBank's annotation
            # convention (a choice of that corpus, not of the language)
            mention = self._mention(
                match, "ago", "DURATION", "literal", literal=duration_value(None, unit)
            )
        elif amount is None:
            mention = self._mention(match, "ago", "DATE", "literal", literal="PAST_REF")
        else:
            mention = self._mention(
                match, "ago", "DATE", "relative", unit=unit, offset=-int(amount)
            )
        start = self._extend_left(self._hedge_before, text, mention.start)  # "nearly two years ago"
        return replace(mention, start=start)

    def _in_future(self, match: re.Match[str], text: str) -> RawMention | None:
        unit = self._unit(match["u"])
        amount = self._number(match["n"])
        if unit is None or amount is None or unit not in DURATION_CODES:
            return None
        return self._mention(match, "in_future", "DATE", "relative", unit=unit, offset=int(amount))

    def _weekday(self, match: re.Match[str], text: str) -> RawMention | None:
        weekday = self._weekdays[normalise_word(match["w"])]
        if self.lexicon.language == "en" and not match["w"][0].isupper():
            return None
        before = previous_word(text, match.start("t"))
        if self.lexicon.language == "es" and before == "los":
            return self._mention(match, "set", "SET", "literal", literal=f"XXXX-WXX-{weekday + 1}")
        pod = self._parts.get(normalise_word(match["pod"])) if match["pod"] else None
        return self._mention(
            match, "weekday", "TIME" if pod else "DATE", "weekday", weekday=weekday, clock=pod
        )
