"""Adjectives and "per unit" phrases that TimeML annotates as times.

TimeBank and the Spanish TimeBank mark temporal adjectives as reference
points ("the current crisis" PRESENT_REF, "la reciente cumbre" PAST_REF,
"los próximos Juegos" FUTURE_REF) and frequencies as sets ("an annual
meeting", "160.000 barriles diarios", "four shows a year": P1Y, P1D). These
rules carry the same words to every language with its own lexicon.
"""

from __future__ import annotations

import re

from annals.time.mentions import RawMention
from annals.time.patterns import Handler, Spec
from annals.time.values import duration_value

# Adjective pattern -> reference value. Nouns such as "el pasado" are refs of the lexicon.
_REFERENCES: dict[str, dict[str, str]] = {
    "en": {r"current": "PRESENT_REF", r"recent": "PAST_REF"},
    "es": {
        r"actual(?:es)?": "PRESENT_REF",
        r"(?:más\s+)?recientes?|recién|antaño|[uú]ltimamente|(?:aquel\s+)?entonces": "PAST_REF",
        r"(?<=\bdel\s)pasado|(?<=\bla\s)pasada|(?<=\blas\s)pasadas|(?<=\blos\s)pasados": "PAST_REF",
        r"(?<!Oriente\s)(?<!\bmás\s)(?<!\bmuy\s)próxim[oa]s?(?!\s+(?:a|al|de)\b)|futur[oa]s?|"
        r"(?<=\ba\s)(?:largo|medio|corto)\s+plazo": "FUTURE_REF",
        r"(?<=\bhasta\s)el\s+momento|(?<=\bde\s)momento|(?<=\bpor\s)el\s+momento|"
        r"estos\s+momentos|(?<=\bhasta\s)este\s+momento|(?<=\ben\s)este\s+momento": "PRESENT_REF",
    },
    "it": {
        r"attual[ei]": "PRESENT_REF",
        r"recent[ei]": "PAST_REF",
        r"prossim[oaie]|futur[oaie]|(?<=\ba\s)(?:lungo|medio|breve)\s+termine": "FUTURE_REF",
        r"(?<=\bper\s)il\s+momento|(?<=\bal\s)momento(?!\s+(?:d|in|che))"
        r"|(?<=\bin\s)questo\s+momento": "PRESENT_REF",
    },
    "fr": {
        r"actuel(?:le)?s?": "PRESENT_REF",
        r"récente?s?": "PAST_REF",
        r"prochaine?s?|future?s?|(?<=\bà\s)(?:long|moyen|court)\s+terme": "FUTURE_REF",
        r"(?<=\bpour\s)le\s+moment|(?<=\ben\s)ce\s+moment": "PRESENT_REF",
    },
    "de": {
        r"aktuelle[nrs]?|derzeitige[nrs]?|heutige[nrs]?": "PRESENT_REF",
        r"jüngste[nrs]?": "PAST_REF",
        r"künftige[nrs]?|zukünftige[nrs]?|(?<=\bauf\s)lange\s+Sicht": "FUTURE_REF",
    },
}
# Frequency adjectives and "per unit" phrases -> set value (TimeBank leaves English ones out).
_SETS: dict[str, dict[str, str]] = {
    "es": {
        r"anual(?:es)?|al\s+año|por\s+año": "P1Y",
        r"mensual(?:es)?|al\s+mes|por\s+mes": "P1M",
        r"semanal(?:es)?|a\s+la\s+semana|por\s+semana": "P1W",
        r"diari[oa]s?|por\s+día": "P1D",
    },
    "it": {
        r"annual[ei]|all['’]anno": "P1Y",
        r"mensil[ei]|al\s+mese": "P1M",
        r"settimanal[ei]|alla\s+settimana": "P1W",
        r"quotidian[oaie]|al\s+giorno": "P1D",
    },
    "fr": {
        r"annuel(?:le)?s?|par\s+an": "P1Y",
        r"mensuel(?:le)?s?|par\s+mois": "P1M",
        r"hebdomadaires?|par\s+semaine": "P1W",
        r"quotidien(?:ne)?s?|par\s+jour": "P1D",
    },
    "de": {
        r"jährliche[nrs]?|pro\s+Jahr": "P1Y",
        r"monatliche[nrs]?|pro\s+Monat": "P1M",
        r"wöchentliche[nrs]?|pro\s+Woche": "P1W",
        r"tägliche[nrs]?|pro\s+Tag": "P1D",
    },
}
# A determiner before "diario" or "quotidien" makes it a newspaper.
_DETERMINERS = frozenset(
    {"el", "los", "un", "este", "su", "del", "al", "cada", "il", "lo", "i", "questo", "suo"}
    | {"dello", "le", "la", "les", "une", "ce", "son", "du", "au", "the", "a", "an", "its"}
)


def _handler(table: dict[str, str], type_name: str) -> Handler:
    values = list(table.values())

    def handler(match: re.Match[str], text: str) -> RawMention | None:
        before = re.search(r"(\w+)\s+$", text[max(0, match.start("t") - 30) : match.start("t")])
        word = match["t"]
        if word.lower().startswith(("diari", "quotidi")) and (
            word[0].isupper() or (before is not None and before.group(1).lower() in _DETERMINERS)
        ):
            return None  # "el diario", "le quotidien", "Diario de ...": a newspaper
        for index, value in enumerate(values):
            if match.group(f"a{index}"):
                return RawMention(
                    match.start("t"),
                    match.end("t"),
                    "SET" if type_name == "SET" else "DATE",
                    "literal",
                    "adjective",
                    literal=value,
                )
        return None

    return handler


def _pattern(table: dict[str, str]) -> str:
    body = "|".join(f"(?P<a{index}>{pattern})" for index, pattern in enumerate(table))
    return rf"(?<!\w)(?P<t>{body})(?![\w-])"


# English "a year" after an amount: "$30 million a year", "4,000 cars a day" (a set).
_PER_UNIT_EN = (
    r"(?<!\w)(?P<t>(?:a|per)\s+(?P<u>year|month|week|day))(?![\w-])"
    r"(?!\s+(?:ago|earlier|later|before|after|from|or\s+(?:so|two|more)|and\s+a\s+half|of|"
    r"on|to\s+(?:the\s+day|date)|that|when|since|into|until|more|less|longer|old|"
    r"apart)\b)"
)
_PER_UNIT_VALUES = {"year": "P1Y", "month": "P1M", "week": "P1W", "day": "P1D"}
# ... the amount: a number (and at most two words) or a percentage, right before it.
_AMOUNT_BEFORE = re.compile(
    r"(?:\d|%|\b(?:hundred|thousand|million|billion|trillion|dozen|percent|cents?|"
    r"dollars|pounds|euros|tons|tonnes|barrels))[\w,.%]*\s+(?:[a-z][\w-]*\s+){0,2}$",
    re.IGNORECASE,
)
# Words before "a year" that make it a span or an amount of time: "for a year", "half a year".
_NOT_PER_UNIT_AFTER = re.compile(
    r"\b(?:for|in|within|over|than|about|nearly|almost|around|after|once|twice|half|only|"
    r"just|least|under|up)\s+$",
    re.IGNORECASE,
)


def _per_unit(match: re.Match[str], text: str) -> RawMention | None:
    start = match.start("t")
    window = text[max(0, start - 40) : start]
    if _AMOUNT_BEFORE.search(window) is None or _NOT_PER_UNIT_AFTER.search(window):
        return None
    value = _PER_UNIT_VALUES[match["u"].lower()]
    return RawMention(start, match.end("t"), "SET", "literal", "per_unit", literal=value)


# "a day-long meeting", "the yearlong inquiry": one unit, a duration.
_UNIT_LONG_EN = r"(?<![\w-])(?P<t>(?P<u>hour|day|week|month|year|decade)-?long)(?![\w-])"
_UNIT_LONG_CODES = {"hour": "H", "day": "D", "week": "W", "month": "M", "year": "Y", "decade": "DE"}


def _unit_long(match: re.Match[str], text: str) -> RawMention | None:
    value = duration_value(1, _UNIT_LONG_CODES[match["u"].lower()])
    return RawMention(
        match.start("t"), match.end("t"), "DURATION", "literal", "unit_long", literal=value
    )


def adjective_specs(language: str) -> list[Spec]:
    """Reference adjectives and frequency words of ``language`` (none for other languages)."""
    specs: list[Spec] = []
    if language in _REFERENCES:
        table = _REFERENCES[language]
        specs.append(("adjective_ref", _pattern(table), _handler(table, "DATE"), 1))
    if language in _SETS:
        table = _SETS[language]
        specs.append(("adjective_set", _pattern(table), _handler(table, "SET"), 1))
    if language == "en":
        specs.append(("per_unit", _PER_UNIT_EN, _per_unit, 1))
        specs.append(("unit_long", _UNIT_LONG_EN, _unit_long, 2))
    return specs
