"""Compiled patterns of one language and the handlers that turn matches into mentions.

Each rule's regex marks the expression's extent with the named group ``t``;
text outside ``t`` is context (a preposition such as "at" or "alle"). A handler
reads the groups and returns a :class:`RawMention`, or None to reject the
match (a quantity rather than a year, a noun rather than a time).

The handlers live in mixins by kind of expression, on one base that holds the
language's tables (:mod:`annals.time.rules_base`): calendar dates
(:mod:`annals.time.rules_calendar`), dates counted from the anchor
(:mod:`annals.time.rules_relative`), durations, sets and references
(:mod:`annals.time.rules_durations`) and times of day (:mod:`annals.time.rules_clock`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from annals.time.adjectives import adjective_specs
from annals.time.anaphora import anaphora_specs
from annals.time.compounds import GATES, compound_specs
from annals.time.lexicon import Lexicon
from annals.time.patterns import (
    DURATION_CODES,
    PLURAL_LONG_UNITS,
    PLURAL_UNITS,
    RELATIVE_CODES,
    Handler,
    Spec,
    alternation,
)
from annals.time.periods import period_specs
from annals.time.phrases import phrase_specs
from annals.time.rules_base import FLAGS
from annals.time.rules_calendar import CalendarRules
from annals.time.rules_clock import ClockRules
from annals.time.rules_durations import DurationRules
from annals.time.rules_relative import RelativeRules

_YEAR = r"(?:1[89]|20|21)\d\d"
_BARE_YEAR = r"(?:19|20)\d\d"
# Prepositions that make a number of 1500-1899 a year ("in 1898", "seit 1871").
_OLD_YEAR_PRE = {
    "en": r"in|since|until|till|during|before|after|from|of|by",
    "it": r"nel|dal|fino\s+al|del|entro\s+il",
    "fr": r"en|depuis|jusqu['’]en|avant|après",
    "de": r"seit|bis|vor|nach|im\s+Jahr(?:e)?",
    "es": r"en|desde|hasta|antes\s+de|después\s+de",
}
_CLOCK_HOUR = r"[01]?\d|2[0-3]"
_MINUTE = r"[0-5]\d"
# Days counted on a calendar of work: "five trading days", "tre giorni lavorativi".
_DAY_KIND_PRE = {"en": r"(?:trading|business|working|school)\s+(?=days?\b)"}
_DAY_KIND_POST = {
    "it": r"(?<=giorni)\s+(?:lavorativi|feriali)|(?<=giorno)\s+(?:lavorativo|feriale)",
    "fr": r"(?<=jours)\s+(?:ouvrables|ouvrés)|(?<=jour)\s+(?:ouvrable|ouvré)",
    "es": r"(?<=días)\s+(?:hábiles|laborables)|(?<=día)\s+(?:hábil|laborable)",
}
# One more of a unit: "an additional year", "another week" (a count of one).
_ONE_MORE = {
    "en": r"an?(?=\s+(?:additional|extra|further)\s+(?:day|week|month|year|decade)\b)"
    r"|another(?=\s+(?:week|month|year|decade)\b)"
}


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    handler: Handler
    priority: int
    gate: re.Pattern[str] | None = None  # the rule runs only on texts where this matches


class RuleSet(CalendarRules, RelativeRules, DurationRules, ClockRules):
    """All rules of one language, compiled once."""

    def __init__(self, lexicon: Lexicon) -> None:
        super().__init__(lexicon)
        self.rules: tuple[Rule, ...] = tuple(self._build())

    # ------------------------------------------------------------------ fragments

    def _fragments(self) -> dict[str, str]:
        lex = self.lexicon
        abbreviations = alternation(lex.month_abbreviations)
        month_any = rf"(?:{alternation(lex.months)}|(?:{abbreviations})\.?)"
        day = rf"(?:[12]\d|3[01]|0?[1-9])(?:{lex.day_suffix_re})?"
        number = rf"\d+\s+1/2|\d+\s*½|\d+(?:[.,]\d+)?|{alternation(lex.numbers)}"
        units = alternation(self._units)
        rel_units = alternation(
            w
            for w, c in lex.units.items()
            if c in RELATIVE_CODES and w.lower() not in PLURAL_UNITS | PLURAL_LONG_UNITS
        )
        dur_units = alternation(w for w, c in lex.units.items() if c in DURATION_CODES)
        return {
            "MONTH": month_any,
            "MONTHFULL": alternation(lex.months),
            "MONTHOF": rf"(?:(?:{lex.month_of_re})\s*)?",
            "DAY": day,
            "NUM": number,
            "UNIT": units,
            "RELUNIT": rel_units,
            "DURUNIT": dur_units,
            "WEEKDAY": alternation(lex.weekdays),
            "JOIN": lex.range_join_re,
            "OF": lex.of_re,
            "MOD": lex.span_modifier_re,
            "YEAR": _YEAR,
            "LAST": lex.last_pre_re,
            "NEXT": lex.next_pre_re,
            "THIS": lex.this_pre_re,
            "LASTPOST": lex.last_post_re,
            "NEXTPOST": lex.next_post_re,
            "POD": alternation(lex.part_of_day),
        }

    def _build(self) -> list[Rule]:
        f = self._fragments()
        lex = self.lexicon
        specs = [
            *self._calendar_specs(f),
            *self._relative_specs(f),
            *self._amount_specs(f),
            *self._time_of_day_specs(f),
            *period_specs(lex.language),
            *phrase_specs(lex),
            *adjective_specs(lex.language),
            *compound_specs(lex),
            *anaphora_specs(lex),
        ]
        return self._compile(specs)

    def _calendar_specs(self, f: dict[str, str]) -> list[Spec]:
        """Dates on the calendar: ISO, numeric, month and day, years, decades."""
        lex = self.lexicon
        return [
            ("iso", r"\b(?P<t>(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d))(?![\d])", self._iso, 5),
            (
                "numeric",
                r"\b(?P<t>(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)"
                r"(?P<y>\d{4}|\d\d))(?![\d]|[.,]\d)",
                self._numeric,
                5,
            ),
            (
                "month_day",
                rf"\b(?P<t>(?P<m>{f['MONTH']})(?:\s*(?P<d>{f['DAY']})(?!\d)"
                rf"(?:\s*(?:{f['JOIN']})\s*(?P<d2>{f['DAY']}))?(?!\d))?(?:\s*,?\s+(?:(?:{f['OF']})"
                rf"\s+)?(?P<y>{f['YEAR']}))?)(?![\w])",
                self._month_first,
                4,
            ),
            (  # "5 March 2024"; "le 5 mars dernier", "il 3 aprile prossimo": the last or next
                "day_month",
                rf"\b(?<!\d[-–])(?P<t>(?P<d>{f['DAY']})(?:\s*(?:{f['JOIN']})\s*(?P<d2>{f['DAY']}))?"
                rf"\s*(?:(?:{f['OF']})\s+)?(?P<m>{f['MONTH']})(?:,?\s+(?:(?:{f['OF']})\s+)?"
                rf"(?P<y>{f['YEAR']})|\s+(?P<post>{f['LASTPOST']}|{f['NEXTPOST']}))?)(?!\w)",
                self._calendar,
                4,
            ),
            ("year", rf"\b(?P<t>(?P<y>{_BARE_YEAR}))(?!\w|[.,]\d)", self._year, 2),
            (  # an older year needs a preposition: "independence in 1898", "since 1870"
                "old_year",
                rf"\b(?:{_OLD_YEAR_PRE.get(lex.language, '(?!x)x')})\s+"
                r"(?P<t>(?P<y>1[5-8]\d\d))(?!\w|[.,]\d)",
                self._old_year,
                2,
            ),
            (
                "decade",
                r"(?:\b|(?<=\s)(?=['’][2-9]0s))(?P<t>(?:(?:the|gli|les|los|die|den)\s+)?(?:(?:anni|années|años|"
                r"década\s+de(?:\s+los)?)\s+['’]?(?P<dec>(?:19|20)?\d0)(?!\d)|(?P<dec2>(?:1[89]|20)"
                r"\d0)(?:['’]?s|er(?:[\s-]?Jahren?)?)|(?<=the\s)['’]?(?P<dec3>[2-9]0)['’]?s"
                r"|['’](?P<dec4>[2-9]0)s|(?P<dec5>[2-9]0)er[\s-]?Jahren?"
                r"|(?<=los\s)['’]?(?P<dec6>[2-9]0)(?=\s*(?:[,.;:)»”\"]|y\s+(?:los\s+)?[2-9]0\b)))"
                r")(?!\w)",
                self._decade,
                2,
            ),
        ]

    def _relative_specs(self, f: dict[str, str]) -> list[Spec]:
        """Dates counted from the anchor: day words, "last week", "two years ago"."""
        lex = self.lexicon
        return [
            (
                "day_word",
                rf"\b(?P<t>(?P<dw>{alternation(self._day_words)})"
                rf"(?:\s+(?P<pod>{f['POD']}))?)(?!\w)",
                self._day_word,
                3,
            ),
            ("day_part", rf"\b(?P<t>{alternation(self._this_parts)})(?!\w)", self._day_part, 3),
            (
                "relative_pre",
                rf"\b(?P<t>(?:(?P<ew>earlier|later|early|late)"
                rf"\s+)?(?P<pre>{f['LAST']}|{f['NEXT']}|{f['THIS']})\s*(?P<u>{f['MONTHOF']}"
                rf"(?P<mon>{f['MONTHFULL']})|{f['RELUNIT']}|{f['WEEKDAY']})(?:-ci|-là)?)(?!\w)",
                self._relative,
                3,
            ),
            (
                "relative_post",
                rf"\b(?P<t>(?P<u>{f['MONTHOF']}(?P<mon>{f['MONTHFULL']})|{f['RELUNIT']}|{f['WEEKDAY']})\s+"
                rf"(?P<post>{f['LASTPOST']}|{f['NEXTPOST']}))(?!\w)",
                self._relative,
                3,
            ),
            ("this_year", rf"\b(?P<t>(?:{lex.this_year_re}))(?!\w)", self._this_year, 3),
            ("this_week", rf"\b(?P<t>(?:{lex.this_week_re}))(?!\w)", self._this_week, 3),
            (
                "ago_post",
                rf"\b(?P<t>(?:(?P<n>{f['NUM']}|a|an|{self._vague})\s+)?(?P<u>{f['UNIT']})\s+"
                rf"(?:or\s+so\s+)?(?:{lex.ago_post_re}))(?!\w)",
                self._ago,
                4,
            ),
            (
                "ago_pre",
                rf"\b(?P<t>(?:{lex.ago_pre_re})\s+(?:(?:{lex.hedge_re})\s+)?(?P<n>{f['NUM']}|{self._vague})\s+"
                rf"(?P<u>{f['UNIT']}))(?!\w)",
                self._ago,
                4,
            ),
            (
                "in_future",
                rf"\b(?P<t>(?:{lex.future_in_re})\s+(?P<n>{f['NUM']})\s+"
                rf"(?P<u>{f['UNIT']}))(?!\w)",
                self._in_future,
                4,
            ),
        ]

    def _amount_specs(self, f: dict[str, str]) -> list[Spec]:
        """Amounts of time, sets and reference words."""
        lex = self.lexicon
        one_more = _ONE_MORE.get(lex.language, r"(?!x)x")
        day_kind_pre = _DAY_KIND_PRE.get(lex.language, r"(?!x)x")
        day_kind_post = _DAY_KIND_POST.get(lex.language, r"(?!x)x")
        return [
            (
                "duration",
                rf"\b(?P<t>(?P<n>{f['NUM']}|{one_more}|"
                rf"{self._vague})\s*-?\s*(?:(?:{lex.period_post_re})\s+)?"
                rf"(?:{day_kind_pre})?(?P<u>{f['DURUNIT']})"
                rf"(?:\s+(?:{lex.period_post_re}))?(?:{day_kind_post})?)"
                r"(?!\w)",
                self._duration,
                2,
            ),
            (
                "vague_duration",
                rf"\b(?:{self._for})\s+(?P<t>(?P<u>{f['DURUNIT']}))(?!\w)",
                self._vague_duration,
                1,
            ),
            (
                "set",
                rf"\b(?P<t>(?:{lex.every_re})\s+(?:(?P<n>{f['NUM']})\s+)?"
                rf"(?P<u>{f['UNIT']}|{f['WEEKDAY']}|{f['MONTHFULL']}))(?!\w)",
                self._set,
                3,
            ),
            ("set_word", rf"\b(?P<t>{alternation(self._sets)})(?!\w)", self._set_word, 3),
            (
                "ref",
                r"\b(?P<t>"
                + "|".join(f"(?P<r{i}>{r})" for i, r in enumerate(lex.refs))
                + r")(?!\w)"
                if lex.refs
                else r"(?!x)x",
                self._ref,
                1,
            ),
        ]

    def _time_of_day_specs(self, f: dict[str, str]) -> list[Spec]:
        """Weekdays (with a part of the day), clock times and each language's clock phrases."""
        lex = self.lexicon
        return [
            (
                "weekday",
                # German writes the part of day into the word: "Dienstagabend"
                rf"\b(?P<t>(?P<w>{f['WEEKDAY']})(?:\s{'*' if lex.language == 'de' else '+'}"
                rf"(?P<pod>{f['POD']}))?)(?!\w)",
                self._weekday,
                2,
            ),
            (
                "clock",
                rf"\b(?P<t>(?P<h>{_CLOCK_HOUR})(?:[:]|\.(?=\d\d\s*(?:GMT|UTC)))(?P<mi>{_MINUTE})"
                r"(?:\s*(?P<ap>[ap]\.?m\.?(?!\w))|\s*(?:Uhr|h|horas|hrs?)\b)?"
                r"(?:\s*(?:GMT|UTC)\b)?)(?!\d)",
                self._clock,
                3,
            ),
            *self._clock_specs(lex.language),
        ]

    def _gates(self) -> dict[str, str]:
        """Per rule, words without which it cannot match: the rule runs only on texts that
        have one."""
        lex = self.lexicon
        gates = {
            "ago_post": lex.ago_post_re,
            "ago_pre": lex.ago_pre_re,
            "in_future": lex.future_in_re,
            "set": lex.every_re,
            "this_year": lex.this_year_re,
            "this_week": lex.this_week_re,
            "vague_duration": self._for,
            "relative_post": f"{lex.last_post_re}|{lex.next_post_re}",
            "decade": r"\d*\d0(?:['’]?s|er)|anni|années|años|década|los",
            "quarter": r"quarter|Q[1-4]",
            "quarter_relative": r"quarter",
            "quarters": r"quarters?",
        }
        gates.update(GATES.get(lex.language, {}))
        return gates

    def _compile(self, specs: list[Spec]) -> list[Rule]:
        gates = self._gates()
        rules = []
        for name, pattern, handler, priority in specs:
            gate = gates.get(name)
            if gate is not None and re.fullmatch(r"\(\?!x\)x", gate):
                continue  # the language has no words for this rule
            rules.append(
                Rule(
                    name,
                    re.compile(pattern, FLAGS),
                    handler,
                    priority,
                    re.compile(rf"\b(?:{gate})\b", FLAGS) if gate else None,
                )
            )
        return rules

    def _clock_specs(self, language: str) -> list[tuple[str, str, Handler, int]]:
        hour = rf"(?P<h>{_CLOCK_HOUR})(?:[:.](?P<mi>{_MINUTE}))?"
        table: dict[str, list[str]] = {
            "en": [
                rf"\b(?P<t>(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>{_MINUTE}))?\s*"
                r"(?P<ap>[ap]\.m\.|[ap]\.m\b|[ap]m\b))",
                r"\b(?P<t>(?P<noon>noon|midday|midnight))\b",
                r"\b(?P<t>(?P<h>1[0-2]|0?[1-9])\s+o['’]clock)\b",
            ],
            "it": [
                rf"\b(?:alle|dalle|entro\s+le|verso\s+le|fino\s+alle|le)\s+(?P<t>(?:ore\s+)?"
                rf"{hour})(?![\d,.]?\d)(?!\s*%)",
                rf"\b(?P<t>ore\s+{hour})(?![\d,.]?\d)",
            ],
            "fr": [
                rf"\b(?P<t>(?P<h>{_CLOCK_HOUR})\s?h\s?(?P<mi>{_MINUTE})?)(?!\w)",
                rf"\b(?:à|vers|dès|jusqu['’]à)\s+(?P<t>(?P<h>{_CLOCK_HOUR})\s+heures?"
                rf"(?:\s+(?P<mi>{_MINUTE}))?)(?!\w)",
            ],
            "de": [rf"\b(?P<t>{hour}\s*Uhr)(?!\w)"],
            "es": [
                rf"\b(?:a|hasta|desde|entre|y|de|sobre|hacia|para)\s+(?P<t>las?\s+{hour}"
                r"(?:\s+(?:horas?|h)"
                r"(?:\s+local(?:es)?)?)?(?:\s+de\s+"
                r"la\s+(?P<pod>mañana|tarde|noche))?)(?![\d,.]?\d)",
                # "(18.45 horas)": hours and minutes with the word for hours need no article
                rf"(?<![\d,.])(?P<t>(?P<h>{_CLOCK_HOUR})[.:](?P<mi>{_MINUTE})\s+horas?"
                r"(?:\s+local(?:es)?)?)(?!\w)",
            ],
        }
        return [
            (f"clock_{language}_{i}", p, self._clock_phrase, 4)
            for i, p in enumerate(table.get(language, table["en"]))
        ]
