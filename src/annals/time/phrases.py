"""Rules for phrases named by a noun rather than a number: "the year", "the weekend".

* "the year" (and "the fiscal year", "el año", "l'année") is the anchor's year;
  "the year ended Sept. 30" is a twelve-month period, a DURATION;
* "year-end" is the anchor's year;
* "the weekend" is the weekend the tense points to;
* "the year-earlier period", "the 1988 quarter", "the latest period" compare
  reporting periods; :mod:`annals.time.context` gives them the quarter compared;
* English years said in words ("nineteen ninety-six", "the year two thousand").
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from annals.time.lexicon import Lexicon
from annals.time.mentions import RawMention
from annals.time.patterns import YEAR, Handler, Spec, alternation

# Words after "the year" that make it another expression or a relative clause.
_NOT_AFTER_THE_YEAR = {
    "en": r"\s*[-'’]|\s+(?:\d|two\s+thousand|nineteen|before|after|earlier|later|ago|in\s+which|"
    r"of\s+the|and\s+a\s+half)",
    "es": r"\s+(?:\d|pasado|próximo|anterior|siguiente|que\s+viene|entrante|en\s+que|de\s+\d|"
    r"y\s+medio)",
    "it": r"\s+(?:\d|scorso|prossimo|precedente|successivo|passato|venturo|in\s+cui|e\s+mezzo)",
    "fr": r"\s+(?:\d|dernière|prochaine|précédente|suivante|passée|où|et\s+demie)",
}
_THE_YEAR = {
    "en": r"(?:(?:earlier|later)\s+in\s+)?the\s+"
    r"(?P<mod>(?:(?:full|fiscal|current|calendar|latest|entire|whole)\s+)*)year",
    "es": r"(?:todo\s+)?el\s+(?P<mod>)año(?:\s+en\s+curso)?",
    "it": r"(?:tutto\s+)?l['’](?P<mod>)anno(?:\s+in\s+corso)?",
    "fr": r"(?:toute\s+)?l['’](?P<mod>)année(?:\s+en\s+cours)?",
    "de": r"(?:das|im)\s+(?P<mod>)ganzen?\s+Jahr",
}
_YEAR_ENDED = {"en": r"\s+(?:ended|ending)\b", "es": r"\s+(?:cerrado|terminado)\b"}
_WEEKEND = {
    "en": r"(?<!\w)(?:over|during|ahead\s+of|on|at|for|until|by|after|before|through)\s+"
    r"(?P<t>the\s+weekend)",
    "es": r"(?P<t>el\s+fin\s+de\s+semana)",
    "it": r"(?P<t>il\s+(?:fine\s+settimana|week-?end))",
    "fr": r"(?P<t>le\s+week-?end)",
    "de": r"(?<!\w)(?:am|übers|über\s+das|das)\s+(?P<t>Wochenende)",
}
# A part of the current month or week: "the end of the month", "la fine del mese".
_PART_OF_CURRENT = {
    "en": r"(?P<t>(?:the\s+)?(?:end|beginning|start|middle|close)\s+of\s+(?:the|this)\s+"
    r"(?P<u>month|week))",
    "it": r"(?P<t>(?:la\s+)?(?:fine|inizio|metà)\s+(?:del|di\s+questo)\s+(?P<u>mese)"
    r"|(?:la\s+)?(?:fine|inizio|metà)\s+(?:della|di\s+questa)\s+(?P<u2>settimana))",
    "fr": r"(?P<t>(?:la\s+|le\s+)?(?:fin|début|mi-?)\s*(?:du|de\s+ce)\s+(?P<u>mois)"
    r"|(?:la\s+|le\s+)?(?:fin|début)\s+de\s+(?:la|cette)\s+(?P<u2>semaine))",
    "de": r"(?P<t>(?:Ende|Anfang|Mitte)\s+(?:des|dieses)\s+(?P<u>Monats)"
    r"|(?:Ende|Anfang|Mitte)\s+(?:der|dieser)\s+(?P<u2>Woche)|(?P<u3>Monats)ende)",
    "es": r"(?P<t>(?:el\s+)?(?:fin(?:al)?(?:es)?|principios|inicio|mediados)\s+de(?:l|\s+este)?\s+"
    r"(?P<u>mes)|(?:el\s+)?(?:fin(?:al)?(?:es)?|principios|inicio|mediados)\s+de\s+(?:la|esta)"
    r"\s+(?P<u2>semana))",
}
_NOT_AFTER_WEEKEND = r"(?![\w-]|\s+(?:pasado|próximo|que\s+viene|scorso|prossimo|dernier|prochain))"


def _the_year(match: re.Match[str], text: str) -> RawMention | None:
    start, end = match.start("t"), match.end("t")
    if match.group("ended") is not None:
        return RawMention(start, end, "DURATION", "literal", "the_year", literal="P1Y")
    modifiers = (match["mod"] or "").lower().split()
    offset = -1 if "latest" in modifiers else 0
    return RawMention(start, end, "DATE", "relative", "the_year", unit="Y", offset=offset)


def _year_end(match: re.Match[str], text: str) -> RawMention | None:
    return RawMention(
        match.start("t"), match.end("t"), "DATE", "relative", "year_end", unit="Y", offset=0
    )


def _weekend(match: re.Match[str], text: str) -> RawMention | None:
    return RawMention(match.start("t"), match.end("t"), "DATE", "relative", "weekend", unit="WE")


def _part_of_current(match: re.Match[str], text: str) -> RawMention | None:
    word = (match["u"] or match.groupdict().get("u2") or match.groupdict().get("u3") or "").lower()
    unit = "W" if word in ("week", "settimana", "semaine", "woche", "semana") else "M"
    return RawMention(
        match.start("t"), match.end("t"), "DATE", "relative", "part_of_current", unit=unit, offset=0
    )


def _year_ago_period(match: re.Match[str], text: str) -> RawMention | None:
    return RawMention(
        match.start("t"), match.end("t"), "DATE", "relative", "year_ago_period", unit="Y", offset=-1
    )


def _latest_period(match: re.Match[str], text: str) -> RawMention | None:
    return RawMention(
        match.start("t"), match.end("t"), "DATE", "relative", "latest_period", unit="Q", offset=-1
    )


def _year_period(match: re.Match[str], text: str) -> RawMention | None:
    return RawMention(
        match.start("t"), match.end("t"), "DATE", "calendar", "year_period", year=int(match["y"])
    )


def _some_future_day(match: re.Match[str], text: str) -> RawMention | None:
    return RawMention(
        match.start("t"), match.end("t"), "DATE", "literal", "some_day", literal="FUTURE_REF"
    )


def _spoken_year(numbers: Mapping[str, int], months: Mapping[str, int]) -> Handler:
    def handler(match: re.Match[str], text: str) -> RawMention | None:
        century = match["c"]
        if century:
            rest = numbers.get(re.sub(r"\s+", " ", match["r"].lower()))
            if rest is None:
                return None
            year = (19 if century.lower() == "nineteen" else 20) * 100 + rest
        else:
            year = 2000 + (numbers.get(match["u"].lower(), 0) if match["u"] else 0)
        month = months.get(match["m"].lower()) if match["m"] else None
        return RawMention(
            match.start("t"),
            match.end("t"),
            "DATE",
            "calendar",
            "spoken_year",
            year=year,
            month=month,
        )

    return handler


def phrase_specs(lexicon: Lexicon) -> list[Spec]:
    """The rules of this module for the language of ``lexicon``."""
    lang = lexicon.language
    specs: list[Spec] = []
    if lang in _THE_YEAR:
        ended = _YEAR_ENDED.get(lang, r"(?!x)x")
        not_after = _NOT_AFTER_THE_YEAR.get(lang, r"(?!x)x")
        specs.append(
            (
                "the_year",
                rf"(?<!\w)(?P<t>{_THE_YEAR[lang]})(?:(?P<ended>(?={ended}))|(?!\w|{not_after}))",
                _the_year,
                2,
            )
        )
    specs.append(("weekend", _WEEKEND[lang] + _NOT_AFTER_WEEKEND, _weekend, 2))
    if lang in _PART_OF_CURRENT:
        pattern = rf"(?<!\w){_PART_OF_CURRENT[lang]}(?![\w-])"
        specs.append(("part_of_current", pattern, _part_of_current, 3))
    if lang == "en":
        specs += _english_specs(lexicon)
    return specs


def _english_specs(lexicon: Lexicon) -> list[Spec]:
    numbers = {k: v for k, v in lexicon.numbers.items() if 10 <= v <= 99 or k == "hundred"}
    numbers["hundred"] = 0
    units = {k: v for k, v in lexicon.numbers.items() if 1 <= v <= 19 and " " not in k}
    months = dict(lexicon.months)
    return [
        (
            # "she will one day lead the party": an unnamed day ahead, not a day's length
            "some_day",
            r"(?<!\w)(?:will|would|could|may|might|should|shall|can|to|hope|hopes|hoped|"
            r"he|she|they|we)\s+(?P<t>one\s+day)(?!\s+(?:after|before|later|earlier|of|in|a|"
            r"per|ago|when|and|or|to|for|at|on)\b)(?=\s+[a-z])",
            _some_future_day,
            3,
        ),
        (
            "year_end",
            r"(?<!\w)(?:(?:by|at|around|since|until|before|after|through)\s+)(?P<t>year[\s-]end"
            r"|year['’]s\s+end)(?!\w)",
            _year_end,
            3,
        ),
        (
            "year_ago_period",
            r"(?<!\w)(?P<t>(?:the\s+)?(?:comparable\s+|corresponding\s+|same\s+)?"
            r"year[\s-](?:earlier|ago)\s+period|year-(?:earlier|ago)"
            r"|(?:the\s+)?(?:comparable|corresponding|same|like)\s+(?:period|quarter)\s+"
            r"(?:(?:of|in)\s+)?(?:last\s+year|a\s+year\s+(?:ago|earlier|before))"
            r"|last\s+year['’]s\s+(?:period|quarter))(?![\w-])",
            _year_ago_period,
            3,
        ),
        (
            "latest_period",
            r"(?<!\w)(?P<t>the\s+(?:latest|most\s+recent|just-ended|current)\s+period)(?!\w)",
            _latest_period,
            3,
        ),
        (
            "year_period",
            rf"(?<!\w)(?P<t>the\s+(?P<y>{YEAR})\s+(?:period|quarter))(?!\w)",
            _year_period,
            3,
        ),
        (
            "spoken_year",
            rf"(?<!\w)(?P<t>(?:(?P<m>{alternation(months)})\s+|the\s+year\s+)?(?:"
            rf"(?P<c>nineteen|twenty)\s+(?P<r>{alternation(numbers)})|(?<=year\s)two\s+thousand"
            rf"(?:\s+(?:and\s+)?(?P<u>{alternation(units)}))?))(?![\w-])",
            _spoken_year(lexicon.numbers, months),
            3,
        ),
    ]
