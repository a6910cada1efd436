"""Handlers of calendar dates: ISO and numeric dates, months with days and years,
bare and older years, decades.
"""

from __future__ import annotations

import re
from dataclasses import replace

from annals.time.mentions import RawMention
from annals.time.patterns import normalise_word, previous_word
from annals.time.rules_base import RuleSetBase

#: Articles a date's span takes in; a preposition joined to one ("dal", "del") stays out.
_PURE_ARTICLES = frozenset({"il", "lo", "la", "el", "le"})
# A number before these words counts things: "1500 soldiers" is no year.
_COUNTED = re.compile(
    r"\s*(?:[a-z]+[\s-]+)?(?:people|persons|men|women|children|troops|soldiers|police|"
    r"officers|workers|employees|jobs|residents|refugees|votes|seats|units|cars|homes|houses|"
    r"shares|tons|tonnes|barrels|metres|meters|km|kilometres|kilometers|miles|feet|euros?|"
    r"dollars|pounds|yuan|yen|persone|soldati|morti|feriti|abitanti|voti|metri|chilometri|"
    r"personnes|soldats|morts|blessés|habitants|voix|mètres|kilomètres|Menschen|Personen|"
    r"Soldaten|Tote|Toten|Verletzte|Einwohner|Stimmen|Meter|Kilometer|Dollar|Euro|personas|"
    r"soldados|muertos|heridos|habitantes|votos|metros|kilómetros|dólares)\b",
    re.IGNORECASE,
)
_WORD_AFTER = re.compile(r"\s+(?P<w>[a-zà-öø-ÿ]+)\b")
# Lower-case words that may follow an older year ("in 1898 and", "since 1870 the").
_AFTER_OLD_YEAR = frozenset(
    {
        "and",
        "or",
        "to",
        "the",
        "a",
        "an",
        "when",
        "as",
        "after",
        "before",
        "until",
        "by",
        "in",
        "on",
        "at",
        "with",
        "from",
        "for",
        "that",
        "which",
        "who",
        "he",
        "she",
        "it",
        "they",
        "we",
        "there",
        "his",
        "her",
        "its",
        "their",
        "was",
        "were",
        "had",
        "is",
        "are",
        "e",
        "et",
        "und",
        "y",
        "o",
        "ou",
        "oder",
        "il",
        "la",
        "le",
        "les",
        "der",
        "die",
        "das",
        "el",
        "los",
        "las",
    }
)
# A date that names a street or square ("Avenida 17 de Junio", "Via XX Settembre").
_STREET = re.compile(
    r"\b(?:Avenida|Calle|Plaza|Paseo|Via|Viale|Piazza|Corso|Rue|Place|Avenue|Boulevard|Straße|"
    r"Platz)\s+(?:del\s+|de\s+|du\s+|des\s+)?(?:\d{1,2}\s+(?:de\s+)?)?$"
)
_DETERMINERS_EN = frozenset({"a", "an", "its", "their", "his", "her", "our"})
#: Languages that write the months in lower case.
_LOWERCASE_MONTHS = frozenset({"it", "fr", "es"})


def _capitalised_after_name(text: str, start: int) -> bool:
    """Is the word at ``start`` capitalised, after a capitalised word of the same line that
    does not open a sentence ("Di Maggio", "De Marzo")?"""
    if not text[start : start + 1].isupper():
        return False
    before = re.search(r"(\S+)\s+$", text[max(0, start - 40) : start])
    if before is None or not before.group(1)[:1].isupper():
        return False
    opening = re.search(r"(?:^|[.!?:]\s+|\n)\S+\s+$", text[max(0, start - 40) : start])
    return opening is None


class CalendarRules(RuleSetBase):
    """Handlers of the calendar rules (``iso``, ``numeric``, ``month_day``, ``day_month``,
    ``year``, ``old_year``, ``decade``)."""

    def _iso(self, match: re.Match[str], text: str) -> RawMention | None:
        year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
        if not (1 <= month <= 12 and 1 <= day <= 31 and 1000 <= year <= 2999):
            return None
        return self._mention(match, "iso", "DATE", "calendar", year=year, month=month, day=day)

    def _numeric(self, match: re.Match[str], text: str) -> RawMention | None:
        first, second, year_text = int(match["a"]), int(match["b"]), match["y"]
        if match["sep"] == "." and len(year_text) == 2:
            return None
        year = (
            int(year_text) + (2000 if int(year_text) < 50 else 1900)
            if len(year_text) == 2
            else int(year_text)
        )
        month_first = self.lexicon.month_first and match["sep"] == "/"
        if first > 12 or (not month_first and second <= 12):
            day, month = first, second
        else:
            month, day = first, second
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        return self._mention(match, "numeric", "DATE", "calendar", year=year, month=month, day=day)

    def _calendar(self, match: re.Match[str], text: str) -> RawMention | None:
        street = _STREET.search(text, max(0, match.start("t") - 30), match.start("t"))
        if not self._month_ok(match, text) or street is not None:
            return None
        month = self._month(match["m"])
        groups = match.groupdict()
        day = self._day(groups.get("d"))
        end_day = self._day(groups.get("d2"))
        year = int(match["y"]) if groups.get("y") else None
        if month is None or (day is not None and not 1 <= day <= 31):
            return None
        if end_day is not None and (day is None or not day < end_day <= 31):
            return None
        offset, modifier = None, None
        if year is None and day is not None:
            offset, modifier = self._counted(groups.get("post"), match, text)
        mention = self._mention(
            match,
            "calendar",
            "DATE",
            "calendar",
            year=year,
            month=month,
            day=day,
            end_day=end_day,
            offset=offset,
        )
        if modifier is not None:  # "lo scorso 5 marzo"; "dal [prossimo 1 aprile]"
            pure = modifier.group(0).split()[0].lower() in _PURE_ARTICLES
            start = modifier.start() if pure else modifier.start("w")
            mention = replace(mention, start=min(start, mention.start))
        return mention

    def _counted(
        self, post: str | None, match: re.Match[str], text: str
    ) -> tuple[int | None, re.Match[str] | None]:
        """-1 for "the last" such day ("le 5 mars dernier", "lo scorso 5 marzo"), +1 for the
        next ("il 3 aprile prossimo", "el próximo 3 de abril"), else None; with the article
        and word before the day that say so, if they stand before it."""
        modifier = None
        if post is None:
            start = match.start("t")
            modifier = self._counted_before.search(text, max(0, start - 30), start)
            post = modifier["w"] if modifier is not None else None
        if post is None:
            return None, None
        word = " ".join(post.split())
        if self._last.match(word):
            return -1, modifier
        return (1, modifier) if self._next.match(word) else (None, None)

    def _month_first(self, match: re.Match[str], text: str) -> RawMention | None:
        if match["d"] or match["y"]:
            return self._calendar(match, text)
        if _STREET.search(text, max(0, match.start("t") - 30), match.start("t")):
            return None
        if not self._month_ok(match, text) or normalise_word(match["m"]) not in {
            normalise_word(k) for k in self.lexicon.months
        }:
            return None
        start = match.start("t")
        if (
            self._extend_left(self._modifier_before, text, start) == start
            and not self._year_pre.match(previous_word(text, start))
            and not self._month_as_modifier(text, start, match.end("t"))
        ):
            return None
        if self.lexicon.language in _LOWERCASE_MONTHS and _capitalised_after_name(text, start):
            return None  # "il giudice Di Maggio": a surname, where months are lower case
        return self._mention(match, "month", "DATE", "calendar", month=self._month(match["m"]))

    def _month_as_modifier(self, text: str, start: int, end: int) -> bool:
        """ "a June agreement", "its March meeting": a month naming a thing's date (English)."""
        return (
            self.lexicon.language == "en"
            and previous_word(text, start) in _DETERMINERS_EN
            and re.match(
                r"\s+(?!(?:and|or|of|to|in|on|for|with|would|will|was|is|has|had|said|says)\b)"
                r"(?-i:[a-z]{3,})\b",
                text[end : end + 30],
            )
            is not None
        )

    def _year(self, match: re.Match[str], text: str) -> RawMention | None:
        start, end = match.start("t"), match.end("t")
        before = text[max(0, start - 3) : start]
        if re.search(r"[$€£¥#№]\s*$|\d[.,]?$|[Nn]o\.\s*$", before):
            return None
        after = text[end : end + 40]
        if re.match(
            r"\s*(?:%|percent|per\s*cent|pour\s*cent|prozent|por\s*ciento)", after, re.IGNORECASE
        ):
            return None
        if _COUNTED.match(after):
            return None  # "1500 soldiers", "2000 Menschen": a count, not a year
        return self._mention(match, "year", "DATE", "calendar", year=int(match["y"]))

    def _old_year(self, match: re.Match[str], text: str) -> RawMention | None:
        """ "in 1898", not "in 1600 cases": the next word is no counted noun."""
        after = _WORD_AFTER.match(text, match.end("t"))
        if after is not None and after["w"] not in _AFTER_OLD_YEAR:
            return None
        return self._year(match, text)

    def _decade(self, match: re.Match[str], text: str) -> RawMention | None:
        digits = next(match[g] for g in ("dec", "dec2", "dec3", "dec4", "dec5", "dec6") if match[g])
        if len(digits) == 2:
            digits = ("20" if int(digits) <= 10 else "19") + digits  # "los años 20": the 1920s
        mention = self._mention(match, "decade", "DATE", "literal", literal=digits[:3])
        start = self._extend_left(self._modifier_before, text, mention.start)
        if start != mention.start:
            start = self._extend_left(self._article_before_amount, text, start)  # "the early 1980s"
        return replace(mention, start=start)
