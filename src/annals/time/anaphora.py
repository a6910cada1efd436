"""Expressions dated from the text's own last date, not from the publication date.

"Crosetto arrived on 16 January. On the same day, Starmer signed…": "the same
day" is 16 January, whatever day the article came out. Such anaphoric
expressions ("that day", "the next day", "later that year", "il giorno dopo",
"le lendemain", "am selben Tag", "al día siguiente") name a day, week, month or
year counted from the *reference time*: the last date the text mentioned before
them that is precise enough for the unit (a day for "that day", a month for
"that month"). With no such date, the publication date is the reference, as
for "today".

The rules here recognise the expressions; :func:`resolve_in_order` resolves a
text's mentions in order, each anaphoric one against its reference.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from annals.models import PartialDate
from annals.time.lexicon import Lexicon
from annals.time.mentions import RawMention
from annals.time.patterns import Handler, Spec
from annals.time.resolve import resolve, with_clock

# Part of a pattern -> unit code; the words are matched case-insensitively.
_UNIT_WORDS: dict[str, dict[str, str]] = {
    "en": {"day": "D", "week": "W", "month": "M", "year": "Y"},
    "it": {"giorno": "D", "settimana": "W", "mese": "M", "anno": "Y"},
    "fr": {"jour": "D", "semaine": "W", "mois": "M", "année": "Y", "an": "Y"},
    "de": {"tag": "D", "woche": "W", "monat": "M", "jahr": "Y"},
    "es": {
        "día": "D",
        "dia": "D",
        "jornada": "D",
        "fecha": "D",
        "semana": "W",
        "mes": "M",
        "año": "Y",
    },
}
_PARTS_OF_DAY = {
    "en": {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"},
    "it": {"mattina": "MO", "mattino": "MO", "pomeriggio": "AF", "sera": "EV", "notte": "NI"},
    "fr": {"matin": "MO", "après-midi": "AF", "soir": "EV", "nuit": "NI"},
    "de": {"morgen": "MO", "vormittag": "MO", "nachmittag": "AF", "abend": "EV", "nacht": "NI"},
    "es": {"mañana": "MO", "tarde": "AF", "noche": "NI"},
}

# (pattern, offset) per language. Named groups: ``u`` the unit word, ``p`` a part of day
# (the day is then the unit). ``t`` is the expression's extent.
_PATTERNS: dict[str, list[tuple[str, int]]] = {
    "en": [
        (
            r"(?P<t>(?:(?:earlier|later)\s+)?(?:that(?:\s+(?:same|very))?|the\s+(?:same|very))"
            r"\s+(?:(?P<u>day|week|month|year)|(?P<p>morning|afternoon|evening|night)))"
            r"(?!\s+(?:of|when|in\s+which)\b)",
            0,
        ),
        (
            r"(?P<t>the\s+(?:(?:next|following|ensuing)\s+(?:(?P<u>day)"
            r"|(?P<p>morning|afternoon|evening|night))|(?:following|ensuing)\s+"
            r"(?P<u2>week|month|year)))(?!\s+(?:or\s+(?:so|two)|of)\b)",
            1,
        ),
        (
            # "earlier in the day", "later in the week": the day or week in focus
            r"(?P<t>(?:earlier|later)\s+in\s+the\s+(?P<u>day|week|month))"
            r"(?!\s+(?:of|before|after)\b)",
            0,
        ),
        (
            r"(?P<t>the\s+(?:previous|preceding|prior)\s+(?P<u>day|week|month|year)"
            r"|the\s+day\s+before)(?=\s*[,.;:)]|\s+(?:and|but)\b)",
            -1,
        ),
    ],
    "it": [
        (
            r"(?:(?:nello|nella|nel|nell['’])\s*)?(?P<t>(?:(?:lo|la|il|l['’])\s*)?"
            r"(?:stess[oa]|medesim[oa])\s+(?P<u>giorno|settimana|mese|anno)"
            r"|quel(?:l['’]|la)?\s*(?:stess[oa]\s+)?(?P<u2>giorno|settimana|mese|anno)"
            r"|(?:quella\s+stessa|quella)\s+(?P<p>mattina|sera|notte))",
            0,
        ),
        (
            r"(?P<t>(?:il|l['’]|la)\s*(?P<u>giorno|settimana|mese|anno)\s+"
            r"(?:dopo|seguente|successiv[oa])|l['’]indomani)",
            1,
        ),
        (
            r"(?P<t>(?:il|l['’]|la)\s*(?P<u>giorno|settimana|mese|anno)\s+"
            r"(?:prima|precedente))(?!\s+(?:di|del|della|dell['’]|che)\b)",
            -1,
        ),
    ],
    "fr": [
        (
            r"(?P<t>(?:le\s+)?même\s+(?P<u>jour|mois)|la\s+même\s+(?P<u2>semaine|année)"
            r"|le\s+jour\s+même|(?:ce|cette)\s+(?P<u3>jour|semaine|mois|année)-là"
            r"|(?:ce|cette)\s+(?P<p>matin|soir|nuit)-là)",
            0,
        ),
        (
            r"(?P<t>le\s+lendemain|(?:le|la|l['’])\s*(?P<u>jour|semaine|mois|année)\s+"
            r"suivante?)(?!\s+(?:de|du|des|d['’])\b)",
            1,
        ),
        (
            r"(?P<t>la\s+veille|(?:le|la|l['’])\s*(?P<u>jour|semaine|mois|année)\s+"
            r"précédente?)(?!\s+(?:de|du|des|d['’])\b)",
            -1,
        ),
    ],
    "de": [
        (
            r"(?P<t>(?:selben|gleichen)\s+(?:(?P<u>Tag|Monat|Jahr|Woche)"
            r"|(?P<p>Morgen|Vormittag|Nachmittag|Abend|Nacht))|(?:diesem|jenem)\s+(?P<u2>Tag))",
            0,
        ),
        (
            r"(?P<t>(?:nächsten|darauffolgenden)\s+(?P<u>Tag)|folgenden\s+(?P<u2>Tag|Monat|Jahr"
            r"|Woche)|tags\s+darauf|(?P<u3>Tag|Jahr|Monat)\s+darauf)",
            1,
        ),
        (r"(?P<t>Vortag|(?P<u>Tag)\s+(?:zuvor|davor))", -1),
    ],
    "es": [
        (
            r"(?P<t>(?:el|ese|aquel)\s+mismo\s+(?P<u>día|dia|mes|año)"
            r"|(?:esa|aquella|la)\s+misma\s+(?:(?P<u2>semana|jornada|fecha)|(?P<p>mañana|tarde|noche))"
            r"|(?:ese|aquel)\s+(?P<u3>día|dia|año|mes)|(?:esa|aquella)\s+(?:(?P<u4>semana|jornada|fecha)"
            r"|(?P<p2>mañana|tarde|noche)))(?!\s+(?:de|del|en\s+que|que)\b)",
            0,
        ),
        (
            r"(?P<t>(?:al|el|la)\s+(?P<u>día|dia|jornada|semana|mes|año)\s+siguiente)",
            1,
        ),
        (
            r"(?P<t>(?:el|la)\s+(?P<u>día|dia|jornada|semana|mes|año)\s+anterior"
            r"(?!\s+(?:a|al|de|del)\b)|víspera(?!\s+(?:de|del)\b))",
            -1,
        ),
    ],
}
# Counted only from the date that follows them: "the day after Christmas", "the day
# before last Tuesday's hearing". Without one they are left underspecified.
_FORWARD_PATTERNS: dict[str, list[tuple[str, int]]] = {
    "en": [
        (r"(?P<t>the\s+day\s+after)(?=\s+(?:the\s+)?(?:\d|(?-i:[A-Z])|last\b|next\b))", 1),
        (r"(?P<t>the\s+day\s+before)(?=\s+(?:the\s+)?(?:\d|(?-i:[A-Z])|last\b|next\b))", -1),
    ],
}
ANAPHORIC, FORWARD = "anaphoric", "anaphoric_forward"  # rule names
# "in the morning": a part of the day in focus; "the morning of March 3" (joined later).
_THE_PART_EN = r"(?<!\w)(?P<t>the\s+(?P<p>morning|afternoon|evening|night))(?![\w-])"
_IN_BEFORE = re.compile(r"\b(?:in|during)\s+$", re.IGNORECASE)
_NOT_THE_PART = re.compile(
    r"\s+(?:of|when|session|edition|papers?|news|trading|shift|hours|before|after)\b",
    re.IGNORECASE,
)
_OF_DATE = re.compile(r"\s+of\s+(?:\d|(?-i:[A-Z]))", re.IGNORECASE)
_UNIT_GROUPS = ("u", "u2", "u3", "u4")


def _handler(language: str, offset: int, rule: str) -> Handler:
    units = _UNIT_WORDS[language]
    parts = _PARTS_OF_DAY[language]

    def handler(match: re.Match[str], text: str) -> RawMention | None:
        unit = None
        for group in _UNIT_GROUPS:
            word = match.groupdict().get(group)
            if word:
                unit = units.get(word.lower())
                if unit is None and word.lower() in parts:
                    return _day_part(match, parts[word.lower()], offset, rule)
                break
        part = match.groupdict().get("p") or match.groupdict().get("p2")
        if part:
            return _day_part(match, parts[part.lower()], offset, rule)
        if unit is None:  # "le lendemain", "la veille", "am Vortag", "tags darauf"
            unit = "D"
        return RawMention(
            match.start("t"),
            match.end("t"),
            "DATE",
            "relative",
            rule,
            unit=unit,
            offset=offset,
            anaphoric=True,
        )

    return handler


def _day_part(match: re.Match[str], part: str, offset: int, rule: str) -> RawMention:
    return RawMention(
        match.start("t"),
        match.end("t"),
        "TIME",
        "relative",
        rule,
        unit="D",
        offset=offset,
        clock=part,
        anaphoric=True,
    )


def _the_part_of_day(match: re.Match[str], text: str) -> RawMention | None:
    before = text[max(0, match.start("t") - 10) : match.start("t")]
    if _OF_DATE.match(text, match.end("t")):
        pass
    elif not _IN_BEFORE.search(before) or _NOT_THE_PART.match(text, match.end("t")):
        return None
    if match["p"].lower() == "night" and not _OF_DATE.match(text, match.end("t")):
        return None  # "in the night" is often any night
    return _day_part(match, _PARTS_OF_DAY["en"][match["p"].lower()], 0, ANAPHORIC)


_WEEKDAY_AROUND_EN = (
    r"(?<!\w)(?P<t>the\s+(?P<dir>previous|preceding|prior|following|next)\s+"
    r"(?P<w>(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)))(?![\w-])"
)
_WEEKDAY_NUMBERS = {
    name: index
    for index, name in enumerate(
        ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    )
}


def _weekday_around(match: re.Match[str], text: str) -> RawMention | None:
    """ "the previous Friday", "the following Monday": counted from the day in focus."""
    offset = 1 if match["dir"].lower() in ("following", "next") else -1
    return RawMention(
        match.start("t"),
        match.end("t"),
        "DATE",
        "weekday",
        ANAPHORIC,
        weekday=_WEEKDAY_NUMBERS[match["w"].lower()],
        offset=offset,
        anaphoric=True,
    )


def anaphora_specs(lexicon: Lexicon) -> list[Spec]:
    """The anaphoric expressions of the language of ``lexicon`` (none for others)."""
    language = lexicon.language
    specs: list[Spec] = []
    for rule, table in ((ANAPHORIC, _PATTERNS), (FORWARD, _FORWARD_PATTERNS)):
        for pattern, offset in table.get(language, ()):
            handler = _handler(language, offset, rule)
            specs.append((rule, rf"(?<!\w){pattern}(?![\w-])", handler, 4))
    if language == "en":
        specs.append((ANAPHORIC, _THE_PART_EN, _the_part_of_day, 3))
        specs.append((ANAPHORIC, _WEEKDAY_AROUND_EN, _weekday_around, 4))
    return specs


# ------------------------------------------------------------------ reference time

# What a reference must give for each unit: a day, a month or a year.
_NEEDS = {"D": 10, "W": 10, "WE": 10, "M": 7, "Q": 7, "HY": 7, "Y": 4}
_CALENDAR_VALUE = re.compile(r"^\d{4}(?:-\d\d(?:-\d\d)?)?(?=$|T)")


# Between "the day after" / "al día siguiente" and the date it is counted from.
_OF_FOLLOWING = re.compile(
    r"^\s*(?:(?:of|de|del|du|des|di|della|dello|dell['’]|von|vom|nach)\b[^\S\n]*)?"
    r"(?:[^\W\d]+[^\S\n]+){0,2}$"
)
_FOLLOWING_GAP = 30  # characters


def resolve_in_order(
    text: str, mentions: Sequence[RawMention], anchor: PartialDate | None
) -> list[tuple[str, str | None]]:
    """The values of the mentions of ``text`` (in text order) and their range ends.

    An anaphoric mention is counted from a date of the text: the one that
    follows it at once ("the day after Thanksgiving", "al día siguiente del 11
    de septiembre"), else the latest earlier one precise enough for its unit
    (anaphoric values count too, so "the next day … the following day" walks
    on), else the anchor. Every other mention is counted from the anchor.
    """
    values: list[tuple[str, str | None] | None] = [
        None if mention.anaphoric else resolve(mention, anchor) for mention in mentions
    ]
    if anchor is None or anchor.day is None:
        _weekdays_by_dates(mentions, values, anchor)
    seen: list[str] = []
    for index, mention in enumerate(mentions):
        value = values[index]
        if value is None:
            reference = _following(text, mentions, values, index)
            if reference is None and mention.rule == FORWARD:
                value = values[index] = ("XXXX-XX-XX", None)
            else:
                if reference is None:
                    reference = _latest(seen, _NEEDS.get(mention.unit or "D", 10), anchor)
                value = values[index] = resolve(mention, reference)
        if mention.type in ("DATE", "TIME"):
            found = _CALENDAR_VALUE.match(value[0])
            if found is not None:
                seen.append(found.group())
    return [value for value in values if value is not None]


_DAY = re.compile(r"^\d{4}-\d\d-\d\d$")


def _weekdays_by_dates(
    mentions: Sequence[RawMention],
    values: list[tuple[str, str | None] | None],
    anchor: PartialDate | None,
) -> None:
    """A weekday the anchor cannot place takes the text's own date on that weekday.

    "Il 12 e il 13 ottobre i ministri si incontreranno … Mercoledì, …" in an
    article dated only "October 2022": Wednesday is 12 October, the nearest
    date of the text that falls on a Wednesday (within the anchor's month or
    year when it has one).
    """
    dated: list[tuple[int, dt.date]] = []
    for mention, value in zip(mentions, values, strict=True):
        if value is None:
            continue
        for part in (value[0], value[1]):
            if part and _DAY.match(part):
                day = dt.date.fromisoformat(part)
                if anchor is None or anchor.iso == day.isoformat()[: len(anchor.iso)]:
                    dated.append((mention.start, day))
    if not dated:
        return
    for index, mention in enumerate(mentions):
        if mention.kind != "weekday" or mention.day is not None or mention.offset is not None:
            continue
        same = [
            (abs(start - mention.start), date)
            for start, date in dated
            if date.weekday() == mention.weekday
        ]
        if same:
            iso = min(same)[1].isoformat()
            values[index] = (with_clock(iso, mention.clock) if mention.clock else iso, None)


def _following(
    text: str,
    mentions: Sequence[RawMention],
    values: Sequence[tuple[str, str | None] | None],
    index: int,
) -> PartialDate | None:
    if index + 1 >= len(mentions) or values[index + 1] is None:
        return None
    mention, after = mentions[index], mentions[index + 1]
    value = values[index + 1]
    assert value is not None
    found = _CALENDAR_VALUE.match(value[0])
    if (
        found is None
        or len(found.group()) < _NEEDS.get(mention.unit or "D", 10)
        or after.start - mention.end > _FOLLOWING_GAP
        or not _OF_FOLLOWING.match(text[mention.end : after.start])
    ):
        return None
    return PartialDate.parse(found.group())


def _latest(seen: Sequence[str], need: int, anchor: PartialDate | None) -> PartialDate | None:
    for earlier in reversed(seen):
        if len(earlier) >= need:
            return PartialDate.parse(earlier[:need])
    return anchor
