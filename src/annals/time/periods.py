"""Rules for reporting periods: quarters and vague spans ("the past few weeks").

Business and economic news dates results by quarter: "third-quarter profit",
"the latest quarter", "the year-earlier quarter". TimeML values are
``1989-Q3``; a quarter without a year is the latest one of that number
(resolved in :mod:`annals.time.resolve`), and "the quarter" alone is the
latest quarter that has ended. Spans of unknown length ("the past few
weeks", "recent months") are TIMEX3 durations with an X count (``PXW``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from annals.time.mentions import RawMention
from annals.time.patterns import YEAR

Handler = Callable[["re.Match[str]", str], "RawMention | None"]
Spec = tuple[str, str, Handler, int]

_ORDINAL = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}
_ORDINAL |= {"fourth": 4, "4th": 4, "last": 4, "final": 4}

# Words between "the" and "quarter", and the quarter they point to from the anchor's
# quarter: the latest ended quarter is -1, the same one a year before it -5.
_QUARTER_WORDS = {
    "latest": -1,
    "last": -1,
    "previous": -1,
    "past": -1,
    "recent": -1,
    "most recent": -1,
    "just-ended": -1,
    "just ended": -1,
    "current": 0,
    "this": 0,
    "next": 1,
    "coming": 1,
    "year-earlier": -5,
    "year-ago": -5,
    "year earlier": -5,
    "year ago": -5,
}
_QUARTER_WORDS_RE = "|".join(
    sorted((re.escape(w).replace(r"\ ", r"\s+") for w in _QUARTER_WORDS), key=len, reverse=True)
)

_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
_COUNTS |= {"nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_EN_VAGUE_UNITS = {"days": "D", "weeks": "W", "months": "M", "quarters": "Q", "years": "Y"}
_EN_VAGUE_UNITS |= {"decades": "DE"}
_ES_VAGUE_UNITS = {
    "horas": "H",
    "días": "D",
    "semanas": "W",
    "meses": "M",
    "años": "Y",
    "décadas": "DE",
}


def _quarter_number(word: str) -> int | None:
    word = word.lower()
    if word.isdigit():
        return int(word)
    return _ORDINAL.get(word)


def _ordinal_quarter(match: re.Match[str], text: str) -> RawMention | None:
    number = _quarter_number(match["q"] or match["q2"] or "")
    if number is None or not 1 <= number <= 4:
        return None
    year_text = match["y"] or match["y2"] or match["yp"]
    relative = (match["rel"] or "").lower()
    offset = None
    if match["ago"]:
        offset = -1
    elif relative:
        offset = {"this": 0, "last": -1, "next": 1}[relative]
    return RawMention(
        match.start("t"),
        match.end("t"),
        "DATE",
        "calendar",
        "quarter",
        year=int(year_text) if year_text else None,
        suffix=f"Q{number}",
        offset=offset,
    )


# "the quarter ended July 31": the calendar quarter holding most of it (May to
# July is the second quarter: the quarter of its middle month).
_ENDED_MONTH = re.compile(
    r"\s+(?:ended|ending|that\s+ended|which\s+ended)\s+(?P<m>Jan|Feb|March|Mar|April|Apr|May|"
    r"June|Jun|July|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
)
_MONTH_PREFIX = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _relative_quarter(match: re.Match[str], text: str) -> RawMention | None:
    words = re.sub(r"\s+", " ", (match["mod"] or "").lower())
    determiner = match["det"].lower()
    ended = _ENDED_MONTH.match(text, match.end("t"))
    if ended is not None and not words and determiner == "the":
        month = _MONTH_PREFIX.index(ended["m"][:3].lower()) + 1
        return RawMention(
            match.start("t"),
            match.end("t"),
            "DATE",
            "calendar",
            "quarter_ended",
            suffix=f"Q{(month + 10) % 12 // 3 + 1}",
        )
    offset = _QUARTER_WORDS.get(words, -1) if words else {"this": 0, "next": 1}.get(determiner, -1)
    return RawMention(
        match.start("t"),
        match.end("t"),
        "DATE",
        "relative",
        "quarter_relative",
        unit="Q",
        offset=offset,
    )


def _vague_span(units: dict[str, str]) -> Handler:
    def handler(match: re.Match[str], text: str) -> RawMention | None:
        unit = match["u"] or match.groupdict().get("u2") or ""
        code = units.get(unit.lower())
        if code is None:
            return None
        value = ("PT" if code in ("H", "MIN") else "P") + "X" + code
        if re.search(r"\bcouple\s+of\b", match["t"], re.IGNORECASE):
            value = "P20Y" if code == "DE" else f"P2{code}"  # "the next couple of years": two
        return RawMention(
            match.start("t"), match.end("t"), "DURATION", "literal", "vague_span", literal=value
        )

    return handler


def _bare_unit_span(units: dict[str, str]) -> Handler:
    def handler(match: re.Match[str], text: str) -> RawMention | None:
        code = units.get(match["u"].lower() + "s")
        if code is None:
            return None
        value = "P10Y" if code == "DE" else f"P1{code}"  # "the past decade", as "a decade"
        return RawMention(
            match.start("t"), match.end("t"), "DURATION", "literal", "period", literal=value
        )

    return handler


def _quarters_span(match: re.Match[str], text: str) -> RawMention | None:
    """ "the past two quarters" (P2Q), "several quarters" (PXQ), "every quarter" (a set)."""
    if match["every"]:
        return RawMention(
            match.start("t"), match.end("t"), "SET", "literal", "quarters", literal="P1Q"
        )
    amount = match["n"].lower()
    count = _COUNTS.get(amount) if not amount.isdigit() else int(amount)
    value = f"P{count}Q" if count is not None else "PXQ"
    return RawMention(
        match.start("t"), match.end("t"), "DURATION", "literal", "quarters", literal=value
    )


def period_specs(language: str) -> list[Spec]:
    """The rules of this module for ``language`` (quarters are English only for now)."""
    if language == "en":
        return _english_specs()
    if language == "es":
        units = "|".join(_ES_VAGUE_UNITS)
        return [
            (
                "vague_span",
                rf"\b(?P<t>(?:(?:los|las)\s+)?(?:últim[oa]s|próxim[oa]s|recientes)\s+(?P<u>{units})"
                rf"|(?:los|las)\s+(?P<u2>{units})\s+recientes)(?!\w)",
                _vague_span(_ES_VAGUE_UNITS),
                3,
            )
        ]
    return []


def _english_specs() -> list[Spec]:
    ordinal = "|".join(_ORDINAL)
    vague_units = "|".join(_EN_VAGUE_UNITS)
    return [
        (
            "quarter",
            rf"\b(?P<t>(?:the\s+)?(?:(?P<yp>{YEAR})\s+|(?P<rel>this|last|next)\s+year['’]s\s+"
            rf"|(?P<ago>(?:comparable\s+)?year[\s-](?:earlier|ago)\s+))?(?:(?:fiscal|calendar)\s+)?"
            rf"(?P<q>{ordinal})[\s-]+(?:fiscal\s+)?(?:-?\s*)?quarter(?:\s+of\s+(?:fiscal\s+)?"
            rf"(?P<y>{YEAR}))?|Q(?P<q2>[1-4])\s+(?P<y2>{YEAR}))(?![\w-])",
            _ordinal_quarter,
            4,
        ),
        (
            "quarter_relative",
            rf"\b(?P<t>(?P<det>the|this|last|next|that)\s+(?:(?P<mod>{_QUARTER_WORDS_RE})\s+)?"
            rf"(?:fiscal\s+)?quarter)(?![\w-]|\s+(?:of\s+a|century|mile|point|final))",
            _relative_quarter,
            3,
        ),
        (
            "vague_span",
            rf"\b(?P<t>(?:the\s+)?(?:(?:past|last|next|coming|previous)\s+(?:few|several|"
            rf"couple\s+of)|coming|recent)\s+(?P<u>{vague_units})"
            rf"|the\s+(?:(?:next|coming)\s+)?(?:few\s+|several\s+)?(?P<u2>{vague_units})\s+ahead)"
            r"(?!\w)",
            _vague_span(_EN_VAGUE_UNITS),
            3,
        ),
        (
            "quarters",
            rf"\b(?P<t>(?:the\s+(?:past|last|next|coming|previous|first|latest)\s+)?"
            rf"(?P<n>\d{{1,2}}|{'|'.join(_COUNTS)}|several|(?:a\s+)?few)\s+(?:(?:consecutive|straight|"
            rf"successive|more|additional)\s+)?quarters|(?P<every>every|each)\s+quarter)"
            rf"(?![\w-]|\s+(?:century|mile|point)s?\b)(?!(?<!several\squarters)(?<!few\squarters)"
            rf"\s+of\b)(?!\s+of\s+(?:the|a|an|its|his|her|their|this|that|these|those)\b)",
            _quarters_span,
            4,
        ),
        (
            "period",
            r"\b(?P<t>the\s+(?:past|last|next|coming|previous)\s+(?P<u>day|week|month|year|"
            r"decade))(?![\w-])",
            _bare_unit_span(_EN_VAGUE_UNITS),
            3,
        ),
    ]
