"""Per-language words for temporal expressions: months, weekdays, numbers, units, cues.

Everything here is a constant. :func:`get_lexicon` returns the lexicon of a
language, falling back to English for languages without their own.
Regex fragments (fields ending in ``_re``) are inserted into the tagger's
patterns as they are, so they must not contain capturing groups.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

# Units: TIMEX3 duration letters after normalisation. "DE" and "CE" become years.
UNIT_CODES = ("S", "MIN", "H", "D", "W", "M", "Y", "DE", "CE", "WE", "SP", "SU", "FA", "WI")


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The words of one language that the time rules need."""

    language: str
    months: Mapping[str, int]
    month_abbreviations: Mapping[str, int]
    weekdays: Mapping[str, int]  # 0 = Monday
    numbers: Mapping[str, int]
    units: Mapping[str, str]  # word form -> unit code (see UNIT_CODES)
    day_words: Mapping[str, int]  # "yesterday" -> -1
    part_of_day: Mapping[str, str]  # "morning" -> "MO"
    this_day_parts: Mapping[str, tuple[int, str]]  # "tonight" -> (0, "NI")
    last_pre_re: str
    next_pre_re: str
    this_pre_re: str
    last_post_re: str = r"(?!x)x"
    next_post_re: str = r"(?!x)x"
    ago_pre_re: str = r"(?!x)x"
    ago_post_re: str = r"(?!x)x"
    future_in_re: str = r"(?!x)x"  # "in three days" read as a date after the anchor
    every_re: str = r"(?!x)x"
    set_words: Mapping[str, str] = field(default_factory=dict)  # "weekly" -> "P1W"
    refs: Mapping[str, str] = field(default_factory=dict)  # regex -> PAST_REF/...
    year_pre_re: str = r"(?!x)x"  # words after which a bare number is a year
    span_modifier_re: str = r"(?!x)x"  # "the end of", "fine", "Ende" (kept in the span)
    this_year_re: str = r"(?!x)x"  # "the year" after a span modifier
    period_pre_re: str = r"(?!x)x"  # "the past" in "the past three years"
    period_post_re: str = r"(?!x)x"  # "dernières" in "les trois dernières années"
    range_join_re: str = r"-|–|and|to"
    day_suffix_re: str = r"st|nd|rd|th"
    of_re: str = r"of"  # between day and month, month and year
    ordinals: Mapping[str, int] = field(default_factory=dict)
    anniversary_re: str = r"(?!x)x"
    capitalised_months: bool = False
    month_first: bool = False  # "January 16" and 01/16/2025 (English)


def _numbers(base: Mapping[str, int], extra: Mapping[str, int]) -> dict[str, int]:
    merged = dict(base)
    merged.update(extra)
    return merged


def _compound_en() -> dict[str, int]:
    tens = {
        "twenty": 20,
        "thirty": 30,
        "forty": 40,
        "fifty": 50,
        "sixty": 60,
        "seventy": 70,
        "eighty": 80,
        "ninety": 90,
    }
    units = {
        "one": 1,
        "two": 2,
        "three": 3,
        "four": 4,
        "five": 5,
        "six": 6,
        "seven": 7,
        "eight": 8,
        "nine": 9,
    }
    out = dict(tens)
    for ten, tv in tens.items():
        for unit, uv in units.items():
            out[f"{ten}-{unit}"] = tv + uv
            out[f"{ten} {unit}"] = tv + uv
    return out


def _compound_it() -> dict[str, int]:
    tens = {
        "venti": 20,
        "trenta": 30,
        "quaranta": 40,
        "cinquanta": 50,
        "sessanta": 60,
        "settanta": 70,
        "ottanta": 80,
        "novanta": 90,
    }
    units = {
        "uno": 1,
        "due": 2,
        "tre": 3,
        "quattro": 4,
        "cinque": 5,
        "sei": 6,
        "sette": 7,
        "otto": 8,
        "nove": 9,
    }
    out = dict(tens)
    for ten, tv in tens.items():
        for unit, uv in units.items():
            stem = ten[:-1] if unit in ("uno", "otto") else ten
            word = stem + ("tré" if unit == "tre" else unit)
            out[word] = tv + uv
            out[stem + unit] = tv + uv
    return out


def _compound_de() -> dict[str, int]:
    tens = {
        "zwanzig": 20,
        "dreißig": 30,
        "vierzig": 40,
        "fünfzig": 50,
        "sechzig": 60,
        "siebzig": 70,
        "achtzig": 80,
        "neunzig": 90,
    }
    units = {
        "ein": 1,
        "zwei": 2,
        "drei": 3,
        "vier": 4,
        "fünf": 5,
        "sechs": 6,
        "sieben": 7,
        "acht": 8,
        "neun": 9,
    }
    out = dict(tens)
    for ten, tv in tens.items():
        for unit, uv in units.items():
            out[f"{unit}und{ten}"] = tv + uv
    return out


def _compound_es() -> dict[str, int]:
    out = {
        "veintiuno": 21,
        "veintiún": 21,
        "veintidós": 22,
        "veintitrés": 23,
        "veinticuatro": 24,
        "veinticinco": 25,
        "veintiséis": 26,
        "veintisiete": 27,
        "veintiocho": 28,
        "veintinueve": 29,
    }
    tens = {
        "treinta": 30,
        "cuarenta": 40,
        "cincuenta": 50,
        "sesenta": 60,
        "setenta": 70,
        "ochenta": 80,
        "noventa": 90,
    }
    units = {
        "uno": 1,
        "un": 1,
        "dos": 2,
        "tres": 3,
        "cuatro": 4,
        "cinco": 5,
        "seis": 6,
        "siete": 7,
        "ocho": 8,
        "nueve": 9,
    }
    out.update(tens)
    for ten, tv in tens.items():
        for unit, uv in units.items():
            out[f"{ten} y {unit}"] = tv + uv
    return out


def _compound_fr() -> dict[str, int]:
    tens = {"vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60}
    units = {
        "deux": 2,
        "trois": 3,
        "quatre": 4,
        "cinq": 5,
        "six": 6,
        "sept": 7,
        "huit": 8,
        "neuf": 9,
    }
    out: dict[str, int] = dict(tens)
    for ten, tv in tens.items():
        out[f"{ten} et un"] = tv + 1
        out[f"{ten}-et-un"] = tv + 1
        for unit, uv in units.items():
            out[f"{ten}-{unit}"] = tv + uv
    out.update(
        {
            "soixante-dix": 70,
            "quatre-vingts": 80,
            "quatre-vingt": 80,
            "quatre-vingt-dix": 90,
            "septante": 70,
            "huitante": 80,
            "nonante": 90,
        }
    )
    return out


_EN_MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
}
_EN_WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}

ENGLISH = Lexicon(
    language="en",
    months=_EN_MONTHS,
    month_abbreviations={
        "jan": 1,
        "feb": 2,
        "mar": 3,
        "apr": 4,
        "jun": 6,
        "jul": 7,
        "aug": 8,
        "sep": 9,
        "sept": 9,
        "oct": 10,
        "nov": 11,
        "dec": 12,
    },
    weekdays=_EN_WEEKDAYS,
    numbers=_numbers(
        {
            "one": 1,
            "two": 2,
            "three": 3,
            "four": 4,
            "five": 5,
            "six": 6,
            "seven": 7,
            "eight": 8,
            "nine": 9,
            "ten": 10,
            "eleven": 11,
            "twelve": 12,
            "thirteen": 13,
            "fourteen": 14,
            "fifteen": 15,
            "sixteen": 16,
            "seventeen": 17,
            "eighteen": 18,
            "nineteen": 19,
            "hundred": 100,
            "a hundred": 100,
            "one hundred": 100,
        },
        _compound_en(),
    ),
    units={
        "second": "S",
        "seconds": "S",
        "minute": "MIN",
        "minutes": "MIN",
        "hour": "H",
        "hours": "H",
        "day": "D",
        "days": "D",
        "week": "W",
        "weeks": "W",
        "month": "M",
        "months": "M",
        "year": "Y",
        "years": "Y",
        "decade": "DE",
        "decades": "DE",
        "century": "CE",
        "centuries": "CE",
        "weekend": "WE",
        "spring": "SP",
        "summer": "SU",
        "autumn": "FA",
        "fall": "FA",
        "winter": "WI",
    },
    day_words={
        "today": 0,
        "yesterday": -1,
        "tomorrow": 1,
        "the day before yesterday": -2,
        "the day after tomorrow": 2,
    },
    part_of_day={"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"},
    this_day_parts={
        "tonight": (0, "NI"),
        "this morning": (0, "MO"),
        "this afternoon": (0, "AF"),
        "this evening": (0, "EV"),
        "last night": (-1, "NI"),
    },
    last_pre_re=r"last|past|previous",
    next_pre_re=r"next|coming",
    this_pre_re=r"this|current",
    ago_post_re=r"ago|earlier",
    future_in_re=r"(?!x)x",
    every_re=r"every|each",
    set_words={
        "daily": "P1D",
        "weekly": "P1W",
        "monthly": "P1M",
        "annually": "P1Y",
        "yearly": "P1Y",
        "hourly": "PT1H",
        "every day": "P1D",
        "each year": "P1Y",
        "once a year": "P1Y",
        "twice a year": "P1Y",
        "once a week": "P1W",
        "twice a week": "P1W",
        "once a month": "P1M",
    },
    refs={
        r"now": "PRESENT_REF",
        r"recently": "PAST_REF",
        r"currently": "PRESENT_REF",
        r"these\s+days": "PRESENT_REF",
        r"nowadays": "PRESENT_REF",
        r"the\s+next\s+(?:days|weeks|months|years)": "FUTURE_REF",
        r"the\s+(?:near\s+)?future": "FUTURE_REF",
        r"the\s+past(?![\s-]+(?:[\w-]+\s+){0,2}(?:days?|weeks?|months?|years?|decades?|"
        r"centur(?:y|ies)|quarters?|summers?|winters?|springs?|falls?|autumns?|hours?|"
        r"minutes?|sessions?|seasons?|generations?|weekends?)\b)": "PAST_REF",
    },
    year_pre_re=r"in|since|by|until|till|from|of|during|before|after|through|the|early|late|"
    r"mid|around|to|between|and|year|fiscal|summer|winter|spring|autumn|fall",
    span_modifier_re=r"(?:the\s+)?(?:end|beginning|start|middle|turn|close|first\s+half|"
    r"second\s+half)\s+of\s+|early[\s-]|late[\s-]|mid-?",
    this_year_re=r"(?:the|this)\s+year",
    period_pre_re=r"(?:the\s+)?(?:past|last|next|coming|first|previous)",
    range_join_re=r"-|–|—|and|to|through",
    day_suffix_re=r"st|nd|rd|th",
    of_re=r"of",
    ordinals={
        "first": 1,
        "second": 2,
        "third": 3,
        "fourth": 4,
        "fifth": 5,
        "sixth": 6,
        "seventh": 7,
        "eighth": 8,
        "ninth": 9,
        "tenth": 10,
        "eleventh": 11,
        "twelfth": 12,
        "fifteenth": 15,
        "twentieth": 20,
        "twenty-fifth": 25,
        "thirtieth": 30,
        "fortieth": 40,
        "fiftieth": 50,
    },
    anniversary_re=r"anniversary",
    capitalised_months=True,
    month_first=True,
)

ITALIAN = Lexicon(
    language="it",
    months={
        "gennaio": 1,
        "febbraio": 2,
        "marzo": 3,
        "aprile": 4,
        "maggio": 5,
        "giugno": 6,
        "luglio": 7,
        "agosto": 8,
        "settembre": 9,
        "ottobre": 10,
        "novembre": 11,
        "dicembre": 12,
    },
    month_abbreviations={
        "gen": 1,
        "feb": 2,
        "mar": 3,
        "apr": 4,
        "mag": 5,
        "giu": 6,
        "lug": 7,
        "ago": 8,
        "set": 9,
        "sett": 9,
        "ott": 10,
        "nov": 11,
        "dic": 12,
    },
    weekdays={
        "lunedì": 0,
        "lunedi": 0,
        "martedì": 1,
        "martedi": 1,
        "mercoledì": 2,
        "mercoledi": 2,
        "giovedì": 3,
        "giovedi": 3,
        "venerdì": 4,
        "venerdi": 4,
        "sabato": 5,
        "domenica": 6,
    },
    numbers=_numbers(
        {
            "uno": 1,
            "un": 1,
            "una": 1,
            "due": 2,
            "tre": 3,
            "quattro": 4,
            "cinque": 5,
            "sei": 6,
            "sette": 7,
            "otto": 8,
            "nove": 9,
            "dieci": 10,
            "undici": 11,
            "dodici": 12,
            "tredici": 13,
            "quattordici": 14,
            "quindici": 15,
            "sedici": 16,
            "diciassette": 17,
            "diciotto": 18,
            "diciannove": 19,
            "cento": 100,
        },
        _compound_it(),
    ),
    units={
        "minuto": "MIN",
        "minuti": "MIN",
        "ora": "H",
        "ore": "H",
        "giorno": "D",
        "giorni": "D",
        "giornata": "D",
        "giornate": "D",
        "settimana": "W",
        "settimane": "W",
        "mese": "M",
        "mesi": "M",
        "anno": "Y",
        "anni": "Y",
        "decennio": "DE",
        "decenni": "DE",
        "secolo": "CE",
        "secoli": "CE",
        "fine settimana": "WE",
        "weekend": "WE",
        "primavera": "SP",
        "estate": "SU",
        "autunno": "FA",
        "inverno": "WI",
    },
    day_words={
        "oggi": 0,
        "quest'oggi": 0,
        "quest’oggi": 0,
        "ieri": -1,
        "domani": 1,
        "l'altro ieri": -2,
        "l’altro ieri": -2,
        "l'altroieri": -2,
        "avantieri": -2,
        "ieri l'altro": -2,
        "dopodomani": 2,
    },
    part_of_day={"mattina": "MO", "mattino": "MO", "pomeriggio": "AF", "sera": "EV", "notte": "NI"},
    this_day_parts={
        "stamattina": (0, "MO"),
        "stamani": (0, "MO"),
        "stasera": (0, "EV"),
        "stanotte": (0, "NI"),
        "questa mattina": (0, "MO"),
        "questa sera": (0, "EV"),
        "questo pomeriggio": (0, "AF"),
    },
    last_pre_re=r"scorso|scorsa|passato|passata|ultimo|ultima",
    next_pre_re=r"prossimo|prossima",
    this_pre_re=r"quest['’]|questo|questa",
    last_post_re=r"scorso|scorsa|passato|passata",
    next_post_re=r"prossimo|prossima|venturo|ventura|successivo|successiva",
    ago_post_re=r"fa|orsono",
    future_in_re=r"tra|fra",
    every_re=r"ogni|tutti\s+gli|tutti\s+i|tutte\s+le",
    set_words={
        "ogni giorno": "P1D",
        "quotidianamente": "P1D",
        "ogni anno": "P1Y",
        "annualmente": "P1Y",
        "mensilmente": "P1M",
        "settimanalmente": "P1W",
        "tutti gli anni": "P1Y",
        "tutti i giorni": "P1D",
        "una volta l'anno": "P1Y",
        "una volta all'anno": "P1Y",
    },
    refs={
        r"adesso": "PRESENT_REF",
        r"attualmente": "PRESENT_REF",
        r"recentemente": "PAST_REF",
        r"di\s+recente": "PAST_REF",
        r"(?:negli|nelle)\s+ultim[ie]\s+(?:giorni|settimane|mesi|anni)": "PAST_REF",
        r"nei\s+giorni\s+scorsi": "PAST_REF",
        r"(?:nei|nelle)\s+prossim[ie]\s+(?:giorni|settimane|mesi|anni)": "FUTURE_REF",
        r"in\s+futuro": "FUTURE_REF",
    },
    year_pre_re=r"nel|dal|al|del|entro\s+il|fino\s+al|tra\s+il|e\s+il|anno|il|nell['’]anno|"
    r"prima\s+del|dopo\s+il|estate|inverno|autunno|primavera",
    span_modifier_re=r"(?:la\s+)?fine\s+(?:del\s+|dell['’]\s*)?|(?:l['’])?inizio\s+"
    r"(?:del\s+|dell['’]\s*)?|metà\s+(?:del\s+|dell['’]\s*)?",
    this_year_re=r"(?:quest['’]|l['’])anno",
    period_pre_re=r"(?:gli\s+|negli\s+|i\s+|nei\s+)?(?:ultimi|ultime|prossimi|prossime|"
    r"primi|prime)",
    range_join_re=r"-|–|e|ed|al|e\s+il|e\s+l['’]",
    day_suffix_re=r"°|º",
    of_re=r"di|del",
    ordinals={
        "primo": 1,
        "secondo": 2,
        "terzo": 3,
        "quarto": 4,
        "quinto": 5,
        "sesto": 6,
        "settimo": 7,
        "ottavo": 8,
        "nono": 9,
        "decimo": 10,
        "ventesimo": 20,
        "trentesimo": 30,
        "cinquantesimo": 50,
    },
    anniversary_re=r"anniversario",
)

FRENCH = Lexicon(
    language="fr",
    months={
        "janvier": 1,
        "février": 2,
        "fevrier": 2,
        "mars": 3,
        "avril": 4,
        "mai": 5,
        "juin": 6,
        "juillet": 7,
        "août": 8,
        "aout": 8,
        "septembre": 9,
        "octobre": 10,
        "novembre": 11,
        "décembre": 12,
        "decembre": 12,
    },
    month_abbreviations={
        "janv": 1,
        "févr": 2,
        "fevr": 2,
        "avr": 4,
        "juil": 7,
        "sept": 9,
        "oct": 10,
        "nov": 11,
        "déc": 12,
        "dec": 12,
    },
    weekdays={
        "lundi": 0,
        "mardi": 1,
        "mercredi": 2,
        "jeudi": 3,
        "vendredi": 4,
        "samedi": 5,
        "dimanche": 6,
    },
    numbers=_numbers(
        {
            "un": 1,
            "une": 1,
            "deux": 2,
            "trois": 3,
            "quatre": 4,
            "cinq": 5,
            "six": 6,
            "sept": 7,
            "huit": 8,
            "neuf": 9,
            "dix": 10,
            "onze": 11,
            "douze": 12,
            "treize": 13,
            "quatorze": 14,
            "quinze": 15,
            "seize": 16,
            "dix-sept": 17,
            "dix-huit": 18,
            "dix-neuf": 19,
            "cent": 100,
        },
        _compound_fr(),
    ),
    units={
        "seconde": "S",
        "secondes": "S",
        "minute": "MIN",
        "minutes": "MIN",
        "heure": "H",
        "heures": "H",
        "jour": "D",
        "jours": "D",
        "journée": "D",
        "journées": "D",
        "semaine": "W",
        "semaines": "W",
        "mois": "M",
        "an": "Y",
        "ans": "Y",
        "année": "Y",
        "années": "Y",
        "décennie": "DE",
        "décennies": "DE",
        "siècle": "CE",
        "siècles": "CE",
        "week-end": "WE",
        "printemps": "SP",
        "été": "SU",
        "automne": "FA",
        "hiver": "WI",
    },
    day_words={
        "aujourd'hui": 0,
        "aujourd’hui": 0,
        "hier": -1,
        "demain": 1,
        "avant-hier": -2,
        "après-demain": 2,
    },
    part_of_day={"matin": "MO", "après-midi": "AF", "soir": "EV", "nuit": "NI"},
    this_day_parts={
        "ce matin": (0, "MO"),
        "cet après-midi": (0, "AF"),
        "ce soir": (0, "EV"),
        "cette nuit": (0, "NI"),
    },
    last_pre_re=r"(?!x)x",
    next_pre_re=r"prochain|prochaine",
    this_pre_re=r"cette|ce|cet",
    last_post_re=r"dernier|dernière|passé|passée|précédent|précédente",
    next_post_re=r"prochain|prochaine|suivant|suivante|à\s+venir",
    ago_pre_re=r"il\s+y\s+a",
    future_in_re=r"dans",
    every_re=r"chaque|tous\s+les|toutes\s+les",
    set_words={
        "chaque année": "P1Y",
        "tous les ans": "P1Y",
        "chaque jour": "P1D",
        "tous les jours": "P1D",
        "quotidiennement": "P1D",
        "annuellement": "P1Y",
        "mensuellement": "P1M",
        "chaque semaine": "P1W",
        "une fois par an": "P1Y",
    },
    refs={
        r"maintenant": "PRESENT_REF",
        r"actuellement": "PRESENT_REF",
        r"récemment": "PAST_REF",
        r"ces\s+derni(?:ers|ères)\s+(?:jours|semaines|mois|années)": "PAST_REF",
        (
            r"(?:dans\s+)?les\s+(?:prochains|prochaines)\s+"
            r"(?:jours|semaines|mois|années)"
        ): "FUTURE_REF",
        r"(?:dans\s+)?les\s+(?:jours|semaines|mois|années)\s+à\s+venir": "FUTURE_REF",
        r"à\s+l['’]avenir": "FUTURE_REF",
    },
    year_pre_re=r"en|depuis|dès|jusqu['’]en|avant|après|d['’]ici|de|l['’]année|année|"
    r"début|fin|mi|entre|et|à|été|hiver|printemps|automne",
    span_modifier_re=r"(?:la\s+)?fin\s+(?:de\s+|d['’])?|(?:le\s+)?début\s+(?:de\s+|d['’])?|"
    r"(?:la\s+)?mi-",
    this_year_re=r"(?:l['’]|cette\s+)année",
    period_pre_re=r"(?:les|des|ces)",
    period_post_re=r"derniers|dernières|prochains|prochaines|passés|passées",
    range_join_re=r"-|–|et|au|et\s+le",
    day_suffix_re=r"er|e",
    of_re=r"de|d['’]",
    ordinals={
        "premier": 1,
        "deuxième": 2,
        "second": 2,
        "troisième": 3,
        "quatrième": 4,
        "cinquième": 5,
        "sixième": 6,
        "septième": 7,
        "huitième": 8,
        "neuvième": 9,
        "dixième": 10,
        "vingtième": 20,
        "trentième": 30,
        "cinquantième": 50,
    },
    anniversary_re=r"anniversaire",
)

GERMAN = Lexicon(
    language="de",
    months={
        "januar": 1,
        "jänner": 1,
        "februar": 2,
        "märz": 3,
        "maerz": 3,
        "april": 4,
        "mai": 5,
        "juni": 6,
        "juli": 7,
        "august": 8,
        "september": 9,
        "oktober": 10,
        "november": 11,
        "dezember": 12,
    },
    month_abbreviations={
        "jan": 1,
        "feb": 2,
        "mär": 3,
        "apr": 4,
        "jun": 6,
        "jul": 7,
        "aug": 8,
        "sep": 9,
        "sept": 9,
        "okt": 10,
        "nov": 11,
        "dez": 12,
    },
    weekdays={
        "montag": 0,
        "dienstag": 1,
        "mittwoch": 2,
        "donnerstag": 3,
        "freitag": 4,
        "samstag": 5,
        "sonnabend": 5,
        "sonntag": 6,
    },
    numbers=_numbers(
        {
            "ein": 1,
            "eine": 1,
            "einem": 1,
            "einer": 1,
            "einen": 1,
            "eins": 1,
            "zwei": 2,
            "drei": 3,
            "vier": 4,
            "fünf": 5,
            "sechs": 6,
            "sieben": 7,
            "acht": 8,
            "neun": 9,
            "zehn": 10,
            "elf": 11,
            "zwölf": 12,
            "dreizehn": 13,
            "vierzehn": 14,
            "fünfzehn": 15,
            "sechzehn": 16,
            "siebzehn": 17,
            "achtzehn": 18,
            "neunzehn": 19,
            "hundert": 100,
            "einhundert": 100,
        },
        _compound_de(),
    ),
    units={
        "sekunde": "S",
        "sekunden": "S",
        "minute": "MIN",
        "minuten": "MIN",
        "stunde": "H",
        "stunden": "H",
        "tag": "D",
        "tage": "D",
        "tagen": "D",
        "woche": "W",
        "wochen": "W",
        "monat": "M",
        "monate": "M",
        "monaten": "M",
        "jahr": "Y",
        "jahre": "Y",
        "jahren": "Y",
        "jahrzehnt": "DE",
        "jahrzehnte": "DE",
        "jahrzehnten": "DE",
        "jahrhundert": "CE",
        "jahrhunderte": "CE",
        "jahrhunderten": "CE",
        "wochenende": "WE",
        "frühling": "SP",
        "frühjahr": "SP",
        "sommer": "SU",
        "herbst": "FA",
        "winter": "WI",
    },
    day_words={"heute": 0, "gestern": -1, "morgen": 1, "vorgestern": -2, "übermorgen": 2},
    part_of_day={
        "morgen": "MO",
        "vormittag": "MO",
        "nachmittag": "AF",
        "abend": "EV",
        "nacht": "NI",
    },
    this_day_parts={
        "heute morgen": (0, "MO"),
        "heute abend": (0, "EV"),
        "heute nachmittag": (0, "AF"),
        "heute nacht": (0, "NI"),
    },
    last_pre_re=r"letzte|letzten|letzter|letztes|vergangene|vergangenen|vergangenes|"
    r"vergangener|vorige|vorigen|voriges|vorigem",
    next_pre_re=r"nächste|nächsten|nächster|nächstes|kommende|kommenden|kommender|kommendes",
    this_pre_re=r"diese|diesen|dieser|dieses|diesem",
    ago_pre_re=r"vor",
    future_in_re=r"in",
    every_re=r"jede|jeden|jeder|jedes|jedem|alle",
    set_words={
        "jährlich": "P1Y",
        "täglich": "P1D",
        "wöchentlich": "P1W",
        "monatlich": "P1M",
        "jedes jahr": "P1Y",
        "jeden tag": "P1D",
        "einmal im jahr": "P1Y",
    },
    refs={
        r"jetzt": "PRESENT_REF",
        r"derzeit": "PRESENT_REF",
        r"kürzlich": "PAST_REF",
        r"in\s+den\s+(?:letzten|vergangenen)\s+(?:Tagen|Wochen|Monaten|Jahren)": "PAST_REF",
        r"in\s+den\s+(?:kommenden|nächsten)\s+(?:Tagen|Wochen|Monaten|Jahren)": "FUTURE_REF",
        r"in\s+Zukunft|künftig": "FUTURE_REF",
    },
    year_pre_re=r"im\s+Jahr|im\s+Jahre|Jahr|seit|bis|von|ab|vor|nach|Ende|Anfang|Mitte|"
    r"zwischen|und|im|Sommer|Winter|Frühjahr|Herbst",
    span_modifier_re=r"Ende\s+|Anfang\s+|Mitte\s+|Beginn\s+",
    this_year_re=r"(?:des|dieses)\s+Jahres",
    period_pre_re=r"(?:den\s+|die\s+)?(?:letzten|vergangenen|nächsten|kommenden|ersten)",
    range_join_re=r"-|–|und|bis",
    day_suffix_re=r"\.",
    of_re=r"(?!x)x",
    ordinals={
        "ersten": 1,
        "erste": 1,
        "zweiten": 2,
        "zweite": 2,
        "dritten": 3,
        "dritte": 3,
        "vierten": 4,
        "fünften": 5,
        "sechsten": 6,
        "siebten": 7,
        "achten": 8,
        "neunten": 9,
        "zehnten": 10,
        "zwanzigsten": 20,
        "dreißigsten": 30,
        "fünfzigsten": 50,
    },
    anniversary_re=r"Jahrestag|Jahrestages",
)

SPANISH = Lexicon(
    language="es",
    months={
        "enero": 1,
        "febrero": 2,
        "marzo": 3,
        "abril": 4,
        "mayo": 5,
        "junio": 6,
        "julio": 7,
        "agosto": 8,
        "septiembre": 9,
        "setiembre": 9,
        "octubre": 10,
        "noviembre": 11,
        "diciembre": 12,
    },
    month_abbreviations={
        "ene": 1,
        "feb": 2,
        "mar": 3,
        "abr": 4,
        "jun": 6,
        "jul": 7,
        "ago": 8,
        "sept": 9,
        "oct": 10,
        "nov": 11,
        "dic": 12,
    },
    weekdays={
        "lunes": 0,
        "martes": 1,
        "miércoles": 2,
        "miercoles": 2,
        "jueves": 3,
        "viernes": 4,
        "sábado": 5,
        "sabado": 5,
        "domingo": 6,
    },
    numbers=_numbers(
        {
            "uno": 1,
            "un": 1,
            "una": 1,
            "dos": 2,
            "tres": 3,
            "cuatro": 4,
            "cinco": 5,
            "seis": 6,
            "siete": 7,
            "ocho": 8,
            "nueve": 9,
            "diez": 10,
            "once": 11,
            "doce": 12,
            "trece": 13,
            "catorce": 14,
            "quince": 15,
            "dieciséis": 16,
            "dieciseis": 16,
            "diecisiete": 17,
            "dieciocho": 18,
            "diecinueve": 19,
            "veinte": 20,
            "cien": 100,
        },
        _compound_es(),
    ),
    units={
        "minuto": "MIN",
        "minutos": "MIN",
        "hora": "H",
        "horas": "H",
        "día": "D",
        "días": "D",
        "dia": "D",
        "dias": "D",
        "semana": "W",
        "semanas": "W",
        "mes": "M",
        "meses": "M",
        "año": "Y",
        "años": "Y",
        "década": "DE",
        "décadas": "DE",
        "siglo": "CE",
        "siglos": "CE",
        "fin de semana": "WE",
        "primavera": "SP",
        "verano": "SU",
        "otoño": "FA",
        "invierno": "WI",
    },
    day_words={"hoy": 0, "ayer": -1, "mañana": 1, "anteayer": -2, "antier": -2, "pasado mañana": 2},
    part_of_day={"por la mañana": "MO", "por la tarde": "AF", "por la noche": "NI"},
    this_day_parts={
        "esta mañana": (0, "MO"),
        "esta tarde": (0, "AF"),
        "esta noche": (0, "NI"),
        "anoche": (-1, "NI"),
    },
    last_pre_re=r"pasado|pasada",
    next_pre_re=r"próximo|próxima|proximo|proxima",
    this_pre_re=r"este|esta",
    last_post_re=r"pasado|pasada|anterior",
    next_post_re=r"próximo|próxima|proximo|proxima|que\s+viene|entrante",
    ago_pre_re=r"hace",
    future_in_re=r"dentro\s+de",
    every_re=r"cada|todos\s+los|todas\s+las",
    set_words={
        "cada año": "P1Y",
        "todos los años": "P1Y",
        "cada día": "P1D",
        "todos los días": "P1D",
        "anualmente": "P1Y",
        "diariamente": "P1D",
        "mensualmente": "P1M",
        "semanalmente": "P1W",
        "una vez al año": "P1Y",
    },
    refs={
        r"ahora": "PRESENT_REF",
        r"actualmente": "PRESENT_REF",
        r"recientemente": "PAST_REF",
        r"(?:el|un)\s+futuro(?:\s+próximo)?": "FUTURE_REF",
        r"(?:la\s+)?actualidad": "PRESENT_REF",
        r"(?:estos|aquellos)\s+días": "PRESENT_REF",
        r"hoy\s+en\s+día": "PRESENT_REF",
        r"el\s+pasado(?!\s+\w*\d|\s+(?:año|mes|semana|lunes|martes|miércoles|jueves|"
        r"viernes|sábado|domingo|enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
        r"septiembre|octubre|noviembre|diciembre)\b)": "PAST_REF",
    },
    year_pre_re=r"en|desde|hasta|del|de|el\s+año|año|para|entre|y|a\s+partir\s+de|"
    r"verano|invierno|otoño|primavera",
    span_modifier_re=r"(?:finales|principios|mediados|comienzos)\s+de\s+(?:l\s+)?|"
    r"(?:el\s+)?(?:fin|final|inicio|comienzo)\s+de\s+",
    this_year_re=r"(?:este|del)\s+año",
    period_pre_re=r"(?:los\s+|las\s+)?(?:últimos|últimas|próximos|próximas|primeros|"
    r"primeras)",
    range_join_re=r"-|–|y|al|a",
    day_suffix_re=r"º|°",
    of_re=r"de|del",
    ordinals={
        "primer": 1,
        "primero": 1,
        "segundo": 2,
        "tercer": 3,
        "tercero": 3,
        "cuarto": 4,
        "quinto": 5,
        "sexto": 6,
        "séptimo": 7,
        "octavo": 8,
        "noveno": 9,
        "décimo": 10,
        "vigésimo": 20,
        "trigésimo": 30,
        "quincuagésimo": 50,
    },
    anniversary_re=r"aniversario",
)

LEXICONS: Mapping[str, Lexicon] = {
    "en": ENGLISH,
    "it": ITALIAN,
    "fr": FRENCH,
    "de": GERMAN,
    "es": SPANISH,
}


def get_lexicon(language: str) -> Lexicon:
    """The lexicon of ``language`` (ISO 639-1); English for languages without one."""
    return LEXICONS.get(language.lower()[:2], ENGLISH)
