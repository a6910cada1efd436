"""Compiled patterns of one language and the handlers that turn matches into mentions.

Each rule's regex marks the expression's extent with the named group ``t``;
text outside ``t`` is context (a preposition such as "at" or "alle"). A handler
reads the groups and returns a :class:`RawMention`, or None to reject the
match (a quantity rather than a year, a noun rather than a time).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from annals.models import TimeType
from annals.time.adjectives import adjective_specs
from annals.time.anaphora import anaphora_specs
from annals.time.compounds import GATES, compound_specs
from annals.time.lexicon import Lexicon, month_table
from annals.time.mentions import MentionKind, RawMention
from annals.time.patterns import (
    ARTICLE_WORDS,
    ARTICLES,
    DURATION_CODES,
    FOR_WORDS,
    PLURAL_LONG_UNITS,
    PLURAL_UNITS,
    RELATIVE_CODES,
    TIME_FOLLOWERS,
    VAGUE_AMOUNTS,
    Handler,
    alternation,
    next_word,
    normalise_word,
    previous_word,
)
from annals.time.periods import period_specs
from annals.time.phrases import phrase_specs
from annals.time.values import duration_value

#: Articles a date's span takes in; a preposition joined to one ("dal", "del") stays out.
_PURE_ARTICLES = frozenset({"il", "lo", "la", "el", "le"})
_FLAGS = re.IGNORECASE | re.UNICODE
# Seconds after hours and minutes, with no clock word: a race or record time ("2:09:57 h").
_RACE_TIME = re.compile(r":[0-5]\d(?:[.,]\d+)?(?!\s*(?:GMT|UTC|Uhr))")
_YEAR = r"(?:1[89]|20|21)\d\d"
_BARE_YEAR = r"(?:19|20)\d\d"
_AGE = re.compile(r"[\s-]*old\b|[\s-]*olds\b")
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
# "Now," opening a sentence: a discourse word ("Now, he said, ...").
_NOW_DISCOURSE = re.compile(r"(?-i:Now),(?!\s*(?-i:[a-z]+\s+)?(?:then|more|than)\b)")
# An opening quote right before a capitalised amount of time: a title ("''60 Minutes''").
_TITLE_QUOTE = re.compile(r"(?:[\"“‘]|``|'')\s*$")
# Prepositions that make a number of 1500-1899 a year ("in 1898", "seit 1871").
_OLD_YEAR_PRE = {
    "en": r"in|since|until|till|during|before|after|from|of|by",
    "it": r"nel|dal|fino\s+al|del|entro\s+il",
    "fr": r"en|depuis|jusqu['’]en|avant|après",
    "de": r"seit|bis|vor|nach|im\s+Jahr(?:e)?",
    "es": r"en|desde|hasta|antes\s+de|después\s+de",
}
_CLOCK_HOUR = r"[01]?\d|2[0-3]"
# A date that names a street or square ("Avenida 17 de Junio", "Via XX Settembre").
_STREET = re.compile(
    r"\b(?:Avenida|Calle|Plaza|Paseo|Via|Viale|Piazza|Corso|Rue|Place|Avenue|Boulevard|Straße|"
    r"Platz)\s+(?:del\s+|de\s+|du\s+|des\s+)?(?:\d{1,2}\s+(?:de\s+)?)?$"
)
_MINUTE = r"[0-5]\d"
_DETERMINERS_EN = frozenset({"a", "an", "its", "their", "his", "her", "our"})
# "last" as a verb before a duration: "will last two days", "expected to last a week".
_VERB_LAST = re.compile(
    r"\b(?:will|would|could|should|may|might|can|to|not|n['’]t|only|which|that)\s+last\s*$",
    re.IGNORECASE,
)
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


#: Words after which a day part is an adjective ("an overnight stay").
_ARTICLES_BEFORE_ADJECTIVE = frozenset({"a", "an", "the", "its", "their", "his", "her"})


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    handler: Handler
    priority: int
    gate: re.Pattern[str] | None = None  # the rule runs only on texts where this matches


class RuleSet:
    """All rules of one language, compiled once."""

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
        self._year_pre = re.compile(rf"^(?:{lexicon.year_pre_re})$", _FLAGS)
        self._last = re.compile(rf"^(?:{lexicon.last_pre_re}|{lexicon.last_post_re})$", _FLAGS)
        self._next = re.compile(rf"^(?:{lexicon.next_pre_re}|{lexicon.next_post_re})$", _FLAGS)
        self._vague = VAGUE_AMOUNTS.get(lang, VAGUE_AMOUNTS["en"])
        self._modifier_before = re.compile(rf"(?<!\w)(?:{lexicon.span_modifier_re})$", _FLAGS)
        self._article_before = re.compile(ARTICLES.get(lang, r"(?!x)x"), _FLAGS)
        # "lo scorso 5 marzo", "el próximo 3 de abril": the last or next such day
        self._counted_before = re.compile(
            rf"(?<!\w)(?:{ARTICLE_WORDS.get(lang, '(?!x)x')})\s+"
            rf"(?P<w>{lexicon.last_pre_re}|{lexicon.next_pre_re})\s+$",
            _FLAGS,
        )
        self._period_before = re.compile(rf"(?:{lexicon.period_pre_re})\s+$", _FLAGS)
        self._hedge_before = re.compile(rf"(?<!\w)(?:{lexicon.hedge_re})\s+$", _FLAGS)
        self._article_before_amount = re.compile(
            {"en": r"(?<!\w)the\s+$", "es": r"(?<!\w)(?:los|las)\s+$"}.get(lang, r"(?!x)x"),
            _FLAGS,
        )
        self._for = FOR_WORDS.get(lang, FOR_WORDS["en"])
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
        one_more = _ONE_MORE.get(lex.language, r"(?!x)x")
        day_kind_pre = _DAY_KIND_PRE.get(lex.language, r"(?!x)x")
        day_kind_post = _DAY_KIND_POST.get(lex.language, r"(?!x)x")
        specs: list[tuple[str, str, Handler, int]] = [
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
        ]
        specs += self._clock_specs(lex.language)
        specs += period_specs(lex.language)
        specs += phrase_specs(lex)
        specs += adjective_specs(lex.language)
        specs += compound_specs(lex)
        specs += anaphora_specs(lex)
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
        rules = []
        for name, pattern, handler, priority in specs:
            gate = gates.get(name)
            if gate is not None and re.fullmatch(r"\(\?!x\)x", gate):
                continue  # the language has no words for this rule
            rules.append(
                Rule(
                    name,
                    re.compile(pattern, _FLAGS),
                    handler,
                    priority,
                    re.compile(rf"\b(?:{gate})\b", _FLAGS) if gate else None,
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

    # ------------------------------------------------------------------ helpers

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

    # ------------------------------------------------------------------ handlers

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

    def _clock(self, match: re.Match[str], text: str) -> RawMention | None:
        groups = match.groupdict()
        if groups.get("noon"):
            clock = "24:00" if match["noon"].lower() == "midnight" else "12:00"
            return self._mention(match, "clock", "TIME", "clock", clock=clock)
        hour = int(match["h"])
        minute = int(groups["mi"]) if groups.get("mi") else 0
        marker = (groups.get("ap") or "").lower()
        pod = (groups.get("pod") or "").lower()
        if not marker and _RACE_TIME.match(text, match.end("t")):
            return None  # "in 2:09:57 h": a race time, not a time of day
        if (marker.startswith("p") or pod in ("tarde", "noche")) and hour < 12:
            hour += 12
        elif marker.startswith("a") and hour == 12:
            hour = 0
        if hour > 24:
            return None
        zone = "Z" if re.search(r"(?:GMT|UTC)$", match["t"], re.IGNORECASE) else ""
        clock = f"{hour:02d}:{minute:02d}{zone}"
        mention = self._mention(match, "clock", "TIME", "clock", clock=clock)
        start = self._extend_left(self._hedge_before, text, mention.start)  # "around 7:15 p.m."
        return replace(mention, start=start)

    def _clock_phrase(self, match: re.Match[str], text: str) -> RawMention | None:
        if self.lexicon.language in ("it", "es"):
            follower = next_word(text, match.end("t"))
            if follower and follower[0].islower() and follower.lower() not in TIME_FOLLOWERS:
                return None  # "alle 15 regioni": a count, not a time
        return self._clock(match, text)
