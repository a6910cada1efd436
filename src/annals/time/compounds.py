"""Rules for expressions built from several parts: "June last year", "30 June–2 July".

* a month counted from the anchor's year: "June last year", "en junio del año
  pasado", "a giugno dell'anno scorso", "en juin de l'année dernière", "im
  Juni letzten Jahres";
* ranges across months written with a dash: "30 June–2 July", "June 30-July 2"
  (one expression; the end is its end value); "from Aug. 26 to Oct. 20" stays
  two dates, as TimeBank and the Spanish TimeBank mark them;
* centuries: "the 20th century" (``19``), "el siglo XVIII" (``17``), "il XX
  secolo", "le XXe siècle", "das 20. Jahrhundert";
* feasts: fixed ("Christmas", "Navidad", "Ferragosto") and movable ("Easter",
  "Pfingsten"), with or without a year;
* a season of a written year: "the winter of 1994", "el verano de 2024";
* English "in five years" said of the future: a date (a duration otherwise;
  see :func:`annals.time.tagger.TimeTagger.scan`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from annals.time.lexicon import Lexicon, month_table
from annals.time.mentions import RawMention
from annals.time.patterns import YEAR, Handler, Spec, alternation, normalise_word
from annals.time.values import duration_value

_DAY = r"(?:[12]\d|3[01]|0?[1-9])"

# Words after a month that count its year from the anchor's: regex -> year offset.
RELATIVE_YEARS: dict[str, dict[str, int]] = {
    "en": {
        r",?\s+(?:of\s+)?(?:last|past)\s+year": -1,
        r",?\s+(?:of\s+)?this\s+year": 0,
        r",?\s+(?:of\s+)?next\s+year": 1,
    },
    "es": {
        r"\s+del\s+(?:año\s+(?:pasado|anterior)|pasado\s+año)": -1,
        r"\s+(?:de\s+este|del\s+presente|del)\s+año(?:\s+en\s+curso)?(?!\s+\w*\d)": 0,
        r"\s+del\s+(?:año\s+(?:próximo|que\s+viene|entrante)|próximo\s+año)": 1,
    },
    "it": {
        r"\s+(?:dell['’]\s*anno\s+(?:scorso|passato|precedente)|dello\s+scorso\s+anno)": -1,
        r"\s+(?:di\s+quest['’]\s*anno|dell['’]\s*anno\s+in\s+corso)": 0,
        r"\s+(?:dell['’]\s*anno\s+prossimo|del\s+prossimo\s+anno)": 1,
    },
    "fr": {
        r"\s+(?:de\s+)?l['’]\s*(?:année|an)\s+(?:dernière|dernier|passée|passé|précédente)": -1,
        r"\s+(?:de\s+cette\s+année|de\s+l['’]\s*année\s+en\s+cours)": 0,
        r"\s+(?:de\s+)?l['’]\s*(?:année|an)\s+(?:prochaine|prochain)": 1,
    },
    "de": {
        r"\s+(?:letzten|vergangenen|vorigen)\s+Jahres": -1,
        r"\s+(?:dieses|diesen)\s+Jahres": 0,
        r"\s+(?:nächsten|kommenden)\s+Jahres": 1,
    },
}

_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
_CENTURY_NUMERAL = r"(?P<n>\d{1,2}|[XVI]{1,6})"
_CENTURIES = {
    "en": r"(?:the\s+)?(?P<n>\d{1,2})(?:st|nd|rd|th)[\s-]+century|(?:the\s+)?(?P<w>"
    r"eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|"
    r"nineteenth|twentieth|twenty-first)[\s-]+century",
    "es": rf"(?:el\s+)?siglo\s+{_CENTURY_NUMERAL}(?!\w)",
    "it": rf"(?:il\s+)?{_CENTURY_NUMERAL}\s+secolo|(?:il\s+)?secolo\s+"
    r"(?P<n2>\d{1,2}|[XVI]{1,6})(?!\w)",
    "fr": rf"(?:le\s+)?{_CENTURY_NUMERAL}(?:e|ème|eme)\s+siècle",
    "de": r"(?:das\s+)?(?P<n>\d{1,2})\.\s+Jahrhunderts?",
}
_CENTURY_WORDS = {
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "twenty-first": 21,
}

# Feasts: name -> (month, day) for fixed ones, ("easter", days from Easter Sunday) for
# those counted from Easter, (month, weekday, n) for the n-th weekday of a month.
Feast = tuple[int, int] | tuple[str, int] | tuple[int, int, int]
FEASTS: dict[str, dict[str, Feast]] = {
    "en": {
        "christmas day": (12, 25),
        "christmas": (12, 25),
        "christmas eve": (12, 24),
        "boxing day": (12, 26),
        "new year's day": (1, 1),
        "new year's eve": (12, 31),
        "valentine's day": (2, 14),
        "halloween": (10, 31),
        "easter": ("easter", 0),
        "easter sunday": ("easter", 0),
        "easter monday": ("easter", 1),
        "good friday": ("easter", -2),
        "veterans day": (11, 11),
        "armistice day": (11, 11),
        "remembrance day": (11, 11),
        "bastille day": (7, 14),
        "may day": (5, 1),
        "thanksgiving": (11, 3, 4),
        "thanksgiving day": (11, 3, 4),
        "labor day": (9, 0, 1),
        "memorial day": (5, 0, -1),
        "martin luther king day": (1, 0, 3),
        "presidents day": (2, 0, 3),
        "presidents' day": (2, 0, 3),
    },
    "es": {
        "navidad": (12, 25),
        "nochebuena": (12, 24),
        "nochevieja": (12, 31),
        "año nuevo": (1, 1),
        "día de reyes": (1, 6),
        "domingo de resurrección": ("easter", 0),
        "viernes santo": ("easter", -2),
        "jueves santo": ("easter", -3),
        "la ascensión": ("easter", 39),
        "primero de mayo": (5, 1),
        "día del trabajo": (5, 1),
        "día de la hispanidad": (10, 12),
    },
    "it": {
        "natale": (12, 25),
        "vigilia di natale": (12, 24),
        "santo stefano": (12, 26),
        "capodanno": (1, 1),
        "epifania": (1, 6),
        "ferragosto": (8, 15),
        "primo maggio": (5, 1),
        "festa dei lavoratori": (5, 1),
        "festa della liberazione": (4, 25),
        "festa della repubblica": (6, 2),
        "pasqua": ("easter", 0),
        "pasquetta": ("easter", 1),
        "venerdì santo": ("easter", -2),
    },
    "fr": {
        "noël": (12, 25),
        "la saint-sylvestre": (12, 31),
        "le jour de l'an": (1, 1),
        "le nouvel an": (1, 1),
        "la toussaint": (11, 1),
        "la fête du travail": (5, 1),
        "pâques": ("easter", 0),
        "le lundi de pâques": ("easter", 1),
        "le vendredi saint": ("easter", -2),
        "la pentecôte": ("easter", 49),
    },
    "de": {
        "weihnachten": (12, 25),
        "heiligabend": (12, 24),
        "silvester": (12, 31),
        "neujahr": (1, 1),
        "ostern": ("easter", 0),
        "ostersonntag": ("easter", 0),
        "ostermontag": ("easter", 1),
        "karfreitag": ("easter", -2),
        "pfingsten": ("easter", 49),
        "tag der deutschen einheit": (10, 3),
        "tag der arbeit": (5, 1),
    },
}
_FEAST_YEAR = {"en": r"\s+", "es": r"\s+(?:de\s+|del\s+)?", "it": r"\s+(?:del\s+)?"}
# Capitalised in running text; lower case are ordinary words ("christmas shopping" is kept).
# Season word, the words between it and the year, and the articles kept before it.
_SEASONS = {
    "en": (
        r"of\s+|",
        r"(?:the\s+)$",
        {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"},
    ),
    "es": (
        r"de\s+|del\s+",
        r"(?:el|la)\s+$",
        {"primavera": "SP", "verano": "SU", "otoño": "FA", "invierno": "WI"},
    ),
    "it": (
        r"del\s+|",
        r"(?:l['’]\s*|la\s+|il\s+)$",
        {"primavera": "SP", "estate": "SU", "autunno": "FA", "inverno": "WI"},
    ),
    "fr": (
        r"de\s+|",
        r"(?:l['’]\s*|le\s+|au\s+|en\s+)$",
        {"printemps": "SP", "été": "SU", "automne": "FA", "hiver": "WI"},
    ),
    "de": (
        r"",
        r"(?:der|den)\s+$",
        {"frühjahr": "SP", "frühling": "SP", "sommer": "SU", "herbst": "FA", "winter": "WI"},
    ),
}


# Quarters and halves of a year outside English ("el segundo semestre", "das dritte Quartal"):
# the lexicon's ordinals up to four and its quarter and half-year nouns, by value suffix.
_PART_SUFFIXES = {"Q": "Q", "HY": "H"}
_PART_PATTERN = {
    "es": r"(?:el\s+|del\s+)?(?P<o>{o})\s+(?P<u>{u})(?:\s+(?:de|del)\s+(?P<y>{y}))?",
    "it": r"(?:il\s+)?(?P<o>{o})\s+(?P<u>{u})(?:\s+(?:del\s+)?(?P<y>{y}))?",
    "fr": r"(?:le\s+)?(?P<o>{o})\s+(?P<u>{u})(?:\s+(?:de\s+)?(?P<y>{y}))?",
    "de": r"(?:das\s+)?(?P<o>{o})\s+(?P<u>{u})(?:\s+(?P<y>{y}))?",
}
# Decades said in words: "the nineties", "los noventa", "gli anni Novanta".
_DECADE_WORDS = {
    "en": {
        "twenties": 2,
        "thirties": 3,
        "forties": 4,
        "fifties": 5,
        "sixties": 6,
        "seventies": 7,
        "eighties": 8,
        "nineties": 9,
    },
    "es": {
        "veinte": 2,
        "treinta": 3,
        "cuarenta": 4,
        "cincuenta": 5,
        "sesenta": 6,
        "setenta": 7,
        "ochenta": 8,
        "noventa": 9,
    },
    "it": {
        "venti": 2,
        "trenta": 3,
        "quaranta": 4,
        "cinquanta": 5,
        "sessanta": 6,
        "settanta": 7,
        "ottanta": 8,
        "novanta": 9,
    },
    "fr": {
        "vingt": 2,
        "trente": 3,
        "quarante": 4,
        "cinquante": 5,
        "soixante": 6,
        "soixante-dix": 7,
        "quatre-vingt": 8,
        "quatre-vingts": 8,
        "quatre-vingt-dix": 9,
    },
    "de": {
        "zwanziger": 2,
        "dreißiger": 3,
        "vierziger": 4,
        "fünfziger": 5,
        "sechziger": 6,
        "siebziger": 7,
        "achtziger": 8,
        "neunziger": 9,
    },
}
_DECADE_PATTERN = {
    "en": r"the\s+(?:(?:early|late|mid)[\s-]+)?(?P<w>{w})",
    "es": r"(?:la\s+década\s+de\s+)?los\s+(?:años\s+)?(?P<w>{w})",
    "it": r"(?:gli\s+)?anni\s+(?P<w>{w})",
    "fr": r"(?:les\s+)?années\s+(?P<w>{w})",
    "de": r"(?:die\s+)?(?P<w>{w})(?:\s+Jahren?|n)",
}


def _roman(numeral: str) -> int | None:
    total = 0
    values = [_ROMAN.get(char) for char in numeral.lower()]
    if any(value is None for value in values):
        return None
    digits = [value for value in values if value is not None]
    for index, value in enumerate(digits):
        following = digits[index + 1] if index + 1 < len(digits) else 0
        total += -value if value < following else value
    return total


def _month_relative_year(months: Mapping[str, int], offsets: list[int]) -> Handler:
    def handler(match: re.Match[str], text: str) -> RawMention | None:
        month = months.get(normalise_word(match["m"]))
        day_text = match["d"] or match["d2"]
        day = int(day_text) if day_text else None
        if month is None or (day is not None and not 1 <= day <= 31):
            return None
        offset = next(offsets[i] for i in range(len(offsets)) if match[f"r{i}"] is not None)
        return RawMention(
            match.start("t"),
            match.end("t"),
            "DATE",
            "calendar",
            "month_relative_year",
            month=month,
            day=day,
            year_offset=offset,
        )

    return handler


def _cross_month(months: Mapping[str, int]) -> Handler:
    def handler(match: re.Match[str], text: str) -> RawMention | None:
        month = months.get(normalise_word(match["m"]))
        end_month = months.get(normalise_word(match["m2"]))
        day, end_day = int(match["d"]), int(match["d2"])
        if month is None or end_month is None or month == end_month:
            return None
        return RawMention(
            match.start("t"),
            match.end("t"),
            "DATE",
            "calendar",
            "cross_month_range",
            year=int(match["y"]) if match["y"] else None,
            month=month,
            day=day,
            end_month=end_month,
            end_day=end_day,
        )

    return handler


def _century(match: re.Match[str], text: str) -> RawMention | None:
    groups = match.groupdict()
    numeral = groups.get("n") or groups.get("n2") or ""
    if numeral.isdigit():
        number: int | None = int(numeral)
    elif numeral:
        number = _roman(numeral)
    else:
        number = _CENTURY_WORDS.get((groups.get("w") or "").lower())
    if number is None or not 1 <= number <= 22:
        return None
    return RawMention(
        match.start("t"), match.end("t"), "DATE", "literal", "century", literal=f"{number - 1:02d}"
    )


def _feast(table: Mapping[str, Feast]) -> Handler:
    def handler(match: re.Match[str], text: str) -> RawMention | None:
        name = normalise_word(match["f"])
        if not match["f"][0].isupper() and name.split()[0] not in ("la", "le", "el", "il"):
            return None  # "natale" as an adjective, "ostern" never lower case in German
        feast = table.get(name)
        if feast is None:
            return None
        year = int(match["y"]) if match["y"] else None
        if len(feast) == 3:
            parts: dict[str, Any] = {"nth_weekday": feast}
        elif isinstance(feast[0], str):
            parts = {"easter_offset": feast[1]}
        else:
            parts = {"month": feast[0], "day": feast[1]}
        return RawMention(
            match.start("t"), match.end("t"), "DATE", "calendar", "feast", year=year, **parts
        )

    return handler


# What comes before a season named without a year ("over the summer", "en hiver",
# "im Sommer") and what may not follow it ("the fall of Kabul", "the spring offensive").
_BARE_SEASON = {
    "en": (
        r"(?:in|during|over|through|throughout|since|by|until|till|before|after|into|for)"
        r"\s+(?P<art>the\s+)(?:(?:early|late)\s+)?",
        r"\s+(?:of|offensive|campaign|session|sessions|months|season|break|recess|holidays?"
        r"|games|olympics|meeting|meetings|summit|storm|storms|collection|term|semester|"
        r"fashion|wheat|crops?|harvest|sowing|elections?|uprising|clashes)\b",
    ),
    "it": (
        r"(?:in|durante|nel(?:l['’])?|nella|dell['’]|all['’]|fino\s+all['’]|dall['’])\s*"
        r"(?:(?P<art>l['’])\s*)?",
        r"\s+(?:del|dello|della|dell['’]|di|\d)",
    ),
    "fr": (
        r"(?:en|pendant|durant|au|depuis|(?:de|à|dès|jusqu['’]à)\s+l['’]|pendant\s+l['’]"
        r"|durant\s+l['’])\s*(?:(?P<art>l['’]|le\s+)\s*)?",
        r"\s+(?:de|du|des|d['’]|\d)",
    ),
    "de": (r"(?:im|seit\s+dem|bis\s+zum|über\s+den|während\s+des)\s+(?P<art>)", r"\s+\d"),
    "es": (
        r"(?:en|durante|desde|hasta|para)\s+(?:(?P<art>el|la)\s+)?",
        r"\s+(?:de|del|\d)",
    ),
}


def _bare_season(codes: Mapping[str, str]) -> Handler:
    def handler(match: re.Match[str], text: str) -> RawMention | None:
        code = codes.get(normalise_word(match["s"]))
        if code is None:
            return None
        start = match.start("art") if match["art"] else match.start("t")
        return RawMention(start, match.end("t"), "DATE", "relative", "season", unit=code)

    return handler


def _season_year(codes: Mapping[str, str], article: str) -> Handler:
    before = re.compile(rf"(?<!\w){article}", re.IGNORECASE)

    def handler(match: re.Match[str], text: str) -> RawMention | None:
        code = codes.get(match["s"].lower())
        if code is None:
            return None
        start = match.start("t")
        found = before.search(text, max(0, start - 8), start)
        return RawMention(
            found.start() if found else start,
            match.end("t"),
            "DATE",
            "calendar",
            "season_year",
            year=int(match["y"]),
            suffix=code,
        )

    return handler


def _year_part(ordinals: Mapping[str, int], units: Mapping[str, str]) -> Handler:
    def handler(match: re.Match[str], text: str) -> RawMention | None:
        number = ordinals.get(match["o"].lower())
        code = units.get(match["u"].lower())
        if number is None or code is None or (code == "H" and number > 2):
            return None
        return RawMention(
            match.start("t"),
            match.end("t"),
            "DATE",
            "calendar",
            "year_part",
            year=int(match["y"]) if match["y"] else None,
            suffix=f"{code}{number}",
        )

    return handler


def _decade_word(words: Mapping[str, int]) -> Handler:
    def handler(match: re.Match[str], text: str) -> RawMention | None:
        tens = words.get(match["w"].lower())
        if tens is None:
            return None
        return RawMention(
            match.start("t"), match.end("t"), "DATE", "literal", "decade_word", literal=f"19{tens}"
        )

    return handler


def _day_of_month(match: re.Match[str], text: str) -> RawMention | None:
    relative = (match["rel"] or "").lower()
    return RawMention(
        match.start("t"),
        match.end("t"),
        "DATE",
        "calendar",
        "day_of_month",
        day=int(match["d"]),
        offset={"pasado": -1, "próximo": 1}.get(relative),
    )


# Words before "a week" that make it a span: "within a week", "nearly an hour" (kept).
_A_UNIT_BEFORE = re.compile(
    r"(?<!\w)(?:(?:for|within|after|than|just|only|barely|least|as\s+long\s+as|up\s+to)\s+"
    r"(?P<hedge>(?:nearly|almost|about|around|over)\s+)?|(?P<hedge2>(?:nearly|almost|about|"
    r"around|over)\s+))$",
    re.IGNORECASE,
)


# ... or after it: "a week later", "a month after the vote", "a day before the poll".
_A_UNIT_AFTER = re.compile(r"\s+(?:later|after|before)\b", re.IGNORECASE)


def _a_unit(units: Mapping[str, str]) -> Handler:
    """ "within a week", "nearly an hour": one unit, a span (English)."""

    def handler(match: re.Match[str], text: str) -> RawMention | None:
        unit = units.get(match["u"].lower())
        before = _A_UNIT_BEFORE.search(text, max(0, match.start("t") - 30), match.start("t"))
        if unit is None or (before is None and not _A_UNIT_AFTER.match(text, match.end("t"))):
            return None
        start = match.start("t")  # "a year later": the span, "later" its signal
        if before is not None:
            start = next(
                (before.start(g) for g in ("hedge", "hedge2") if before[g] is not None), start
            )
        return RawMention(
            start,
            match.end("t"),
            "DURATION",
            "literal",
            "a_unit",
            literal=duration_value(1, unit),
        )

    return handler


def _in_span(numbers: Mapping[str, int], units: Mapping[str, str]) -> Handler:
    def handler(match: re.Match[str], text: str) -> RawMention | None:
        amount_text = normalise_word(match["n"])
        amount = numbers.get(amount_text) if not amount_text.isdigit() else int(amount_text)
        unit = units.get(normalise_word(match["u"]))
        if amount is None or unit not in ("D", "W", "M", "Y"):
            return None
        return RawMention(
            match.start("t"),
            match.end("t"),
            "DATE",
            "relative",
            "in_span",
            unit=unit,
            offset=amount,
            literal=f"P{amount}{unit}",
        )

    return handler


#: Words that a text must hold for a rule to run (a cheap search before the rule's own).
GATES: dict[str, dict[str, str]] = {
    "en": {
        "month_relative_year": "year",
        "century": "century",
        "in_span": "days?|weeks?|months?|years?",
        "a_unit": "second|minute|hour|day|week|month|year|decade",
    },
    "es": {"month_relative_year": "año", "century": "siglo", "month_day_only": "día"},
    "it": {"month_relative_year": "anno", "century": "secolo"},
    "fr": {"month_relative_year": "an|année", "century": "siècle"},
    "de": {"month_relative_year": "Jahres", "century": r"Jahrhunderts?"},
}


def compound_specs(lexicon: Lexicon) -> list[Spec]:
    """The rules of this module for the language of ``lexicon``."""
    return [
        *_month_specs(lexicon),
        *_named_period_specs(lexicon.language),
        *_year_part_specs(lexicon),
        *_day_of_month_specs(lexicon),
        *_english_span_specs(lexicon),
    ]


def _month_specs(lexicon: Lexicon) -> list[Spec]:
    """A month counted from the anchor's year ("June last year") and ranges across months
    written with a dash ("30 June–2 July")."""
    lang = lexicon.language
    months = month_table(lexicon)
    month_full = alternation(lexicon.months)
    month_any = rf"(?:{month_full}|(?:{alternation(lexicon.month_abbreviations)})\.?)"
    if lexicon.capitalised_months:
        month_any = rf"(?=(?-i:[A-Z])){month_any}"  # "May", not the verb "may"
    day = rf"{_DAY}(?:{lexicon.day_suffix_re})?"
    of = rf"(?:\s*(?:{lexicon.of_re})\s+|\s+)"
    specs: list[Spec] = []
    relative = RELATIVE_YEARS.get(lang)
    if relative:
        body = "|".join(f"(?P<r{i}>{pattern})" for i, pattern in enumerate(relative))
        specs.append(
            (
                "month_relative_year",
                rf"\b(?P<t>(?:(?P<d>{_DAY})(?:{lexicon.day_suffix_re})?{of})?(?P<m>{month_any})"
                rf"(?:\s+(?P<d2>{_DAY})(?:{lexicon.day_suffix_re})?(?!\d))?(?:{body}))(?!\w)",
                _month_relative_year(months, list(relative.values())),
                5,
            )
        )
    # Dashes only: "from Aug. 26 to Oct. 20" stays two dates, as TimeBank marks it.
    join = r"\s*(?:-|–|—)\s*"
    if lang == "en":
        cross = (
            rf"\b(?P<t>(?P<m>{month_any})\s*(?P<d>{day}){join}(?P<m2>{month_any})\s*"
            rf"(?P<d2>{day})(?!\d)(?:,?\s+(?P<y>{YEAR}))?)(?!\w)"
        )
        specs.append(("cross_month_range", cross, _cross_month(months), 5))
    cross_day_first = (
        rf"\b(?P<t>(?P<d>{day}){of}?(?P<m>{month_any}){join}(?:(?:el|le|il)\s+)?(?P<d2>{day})"
        rf"{of}?(?P<m2>{month_any})(?:,?{of}?(?P<y>{YEAR}))?)(?!\w)"
    )
    specs.append(("cross_month_range_day_first", cross_day_first, _cross_month(months), 5))
    return specs


def _named_period_specs(lang: str) -> list[Spec]:
    """Centuries, feasts (with or without a year) and seasons (of a year, or bare)."""
    specs: list[Spec] = []
    specs.append(("century", rf"(?<!\w)(?P<t>{_CENTURIES[lang]})(?!\w)", _century, 4))
    feasts = FEASTS[lang]
    year_gap = _FEAST_YEAR.get(lang, r"\s+")
    specs.append(
        (
            "feast",
            rf"(?<![\w-])(?P<t>(?P<f>{alternation(feasts)})(?:{year_gap}(?P<y>{YEAR}))?)"
            r"(?![\w-])",
            _feast(feasts),
            4,
        )
    )
    between, article, codes = _SEASONS[lang]
    specs.append(
        (
            "season_year",
            rf"\b(?P<t>(?P<s>{alternation(codes)})\s+(?:{between})(?P<y>{YEAR}))(?!\w|[.,]\d)",
            _season_year(codes, article),
            4,
        )
    )
    before, not_after = _BARE_SEASON[lang]
    specs.append(
        (
            "season",
            rf"(?<!\w){before}(?P<t>(?P<s>{alternation(codes)}))(?![\w-]|{not_after})",
            _bare_season(codes),
            2,
        )
    )
    return specs


def _year_part_specs(lexicon: Lexicon) -> list[Spec]:
    """Quarters and halves of a year ("the third quarter of 2024") and decades in words."""
    lang = lexicon.language
    specs: list[Spec] = []
    if lang in _PART_PATTERN:
        ordinals = {k.lower(): n for k, n in lexicon.ordinals.items() if n <= 4}
        units = {
            k.lower(): _PART_SUFFIXES[c] for k, c in lexicon.units.items() if c in _PART_SUFFIXES
        }
        part = _PART_PATTERN[lang].format(o=alternation(ordinals), u=alternation(units), y=YEAR)
        this_year = [p for p, offset in RELATIVE_YEARS[lang].items() if offset == 0]
        part += rf"(?:{'|'.join(this_year)})?"  # "el segundo semestre de este año"
        specs.append(("year_part", rf"(?<!\w)(?P<t>{part})(?!\w)", _year_part(ordinals, units), 4))
    words = _DECADE_WORDS[lang]
    decade = _DECADE_PATTERN[lang].format(w=alternation(words))
    specs.append(("decade_word", rf"(?<!\w)(?P<t>{decade})(?!\w)", _decade_word(words), 3))
    return specs


def _day_of_month_specs(lexicon: Lexicon) -> list[Spec]:
    """Spanish "el pasado día 3", "el próximo día 15", "el día 20": a day of a month."""
    if lexicon.language != "es":
        return []
    month_full = alternation(lexicon.months)
    return [
        (
            "month_day_only",
            rf"(?<!\w)(?P<t>(?:el|del|al)\s+(?:(?P<rel>pasado|próximo)\s+)?día\s+"
            rf"(?P<d>{_DAY}))(?!\w|\s+de\s+(?:{month_full}))",
            _day_of_month,
            4,
        )
    ]


def _english_span_specs(lexicon: Lexicon) -> list[Spec]:
    """English "in five years" said of the future, and "a year" as an amount of one."""
    if lexicon.language != "en":
        return []
    numbers = {normalise_word(k): v for k, v in lexicon.numbers.items()}
    units = {normalise_word(k): v for k, v in lexicon.units.items()}
    return [
        (
            "in_span",
            rf"\bin(?<!first\sin)(?<!time\sin)\s+(?P<t>(?P<n>\d{{1,3}}|{alternation(numbers)})"
            r"\s+(?P<u>days|weeks|months|years|day|week|month|year))(?![\w-]|\s+(?:ago|"
            r"earlier|later|time|old|of|before|after|since|running|and))",
            _in_span(numbers, units),
            3,
        ),
        (
            "a_unit",
            r"\b(?P<t>an?\s+(?P<u>second|minute|hour|day|week|month|year|decade))(?![\w-])",
            _a_unit(units),
            2,
        ),
    ]
