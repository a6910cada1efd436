"""French words for temporal expressions."""

from __future__ import annotations

from annals.time.lexicon import Lexicon, merge_numbers


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
    numbers=merge_numbers(
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
        "trimestre": "Q",
        "semestre": "HY",
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
    part_of_day={
        "matin": "MO",
        "matinée": "MO",
        "après-midi": "AF",
        "soir": "EV",
        "soirée": "EV",
        "nuit": "NI",
    },
    this_day_parts={
        "ce matin": (0, "MO"),
        "cet après-midi": (0, "AF"),
        "ce soir": (0, "EV"),
        "cette nuit": (0, "NI"),
        "en matinée": (0, "MO"),
        "dans la matinée": (0, "MO"),
        "en soirée": (0, "EV"),
        "dans la soirée": (0, "EV"),
        "dans la nuit": (-1, "NI"),  # the night before the day the text is at
        "pendant la nuit": (-1, "NI"),
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
    this_week_re=r"(?:la\s+|cette\s+)?semaine(?!\s+(?:prochaine|dernière|passée|suivante|"
    r"précédente)\b)",
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
    month_of_re=r"mois\s+d[e'’]",
    hedge_re=r"environ|presque|près\s+de|plus\s+de|moins\s+de|à\s+peine|seulement|au\s+moins",
    anniversary_re=r"anniversaire",
)
