"""Temporal expression extraction and TIMEX3 normalisation, per language.

Each case is a sentence written for this test, the publication date it is
anchored on, and one expression as a human annotator would mark it: its
text, type and value (and the range end where there is one).
"""

from __future__ import annotations

import itertools

import pytest

from annals.models import PartialDate, TimeExpression
from annals.time.tagger import extract_times, split_sentences
from annals.time.tense import detect_tense

WED = PartialDate(2024, 11, 6)  # a Wednesday
TUE_IT = PartialDate(2022, 10, 11)  # a Tuesday

CASES: list[tuple[str, PartialDate | None, str, str, str, str, str | None]] = [
    # --- English: absolute dates
    (
        "en",
        WED,
        "The treaty was signed on January 16, 2025.",
        "January 16, 2025",
        "DATE",
        "2025-01-16",
        None,
    ),
    (
        "en",
        WED,
        "Officials met on 16 January 2025 in Oslo.",
        "16 January 2025",
        "DATE",
        "2025-01-16",
        None,
    ),
    ("en", WED, "The deadline is 16/01/2025.", "16/01/2025", "DATE", "2025-01-16", None),
    ("en", WED, "The report is dated 2025-01-16.", "2025-01-16", "DATE", "2025-01-16", None),
    (
        "en",
        PartialDate(2025, 1, 20),
        "The ministers met on Jan. 16 in Oslo.",
        "Jan. 16",
        "DATE",
        "2025-01-16",
        None,
    ),
    ("en", WED, "Elections took place in November 2024.", "November 2024", "DATE", "2024-11", None),
    ("en", WED, "Spending rose in 2023.", "2023", "DATE", "2023", None),
    (
        "en",
        WED,
        "The programme runs through the end of 2025.",
        "the end of 2025",
        "DATE",
        "2025",
        None,
    ),
    (
        "en",
        WED,
        "The ministers will meet on November 20.",
        "November 20",
        "DATE",
        "2024-11-20",
        None,
    ),
    (
        "en",
        WED,
        "The ministers met on December 20 to sign it.",
        "December 20",
        "DATE",
        "2023-12-20",
        None,
    ),
    (
        "en",
        WED,
        "The conference is planned for July 10-11 in Vienna.",
        "July 10-11",
        "DATE",
        "2025-07-10",
        "2025-07-11",
    ),
    ("en", None, "The envoys met on November 4.", "November 4", "DATE", "XXXX-11-04", None),
    # --- English: relative expressions
    ("en", WED, "She arrived in the capital yesterday.", "yesterday", "DATE", "2024-11-05", None),
    ("en", WED, "The talks resume tomorrow.", "tomorrow", "DATE", "2024-11-07", None),
    ("en", WED, "Exports fell sharply last month.", "last month", "DATE", "2024-10", None),
    ("en", WED, "The summit will take place next week.", "next week", "DATE", "2024-W46", None),
    (
        "en",
        WED,
        "He toured three factories earlier this week.",
        "earlier this week",
        "DATE",
        "2024-W45",
        None,
    ),
    ("en", WED, "Prices have risen this year.", "this year", "DATE", "2024", None),
    ("en", WED, "The base was closed last year.", "last year", "DATE", "2023", None),
    (
        "en",
        WED,
        "The accord was signed three days ago.",
        "three days ago",
        "DATE",
        "2024-11-03",
        None,
    ),
    ("en", WED, "The border reopened two years ago.", "two years ago", "DATE", "2022", None),
    # --- English: weekdays by tense
    ("en", WED, "The minister spoke to reporters on Monday.", "Monday", "DATE", "2024-11-04", None),
    (
        "en",
        WED,
        "The minister will travel to Kyiv on Friday.",
        "Friday",
        "DATE",
        "2024-11-08",
        None,
    ),
    (
        "en",
        WED,
        "He landed in Madrid on Monday (November 4) at dawn.",
        "Monday (November 4)",
        "DATE",
        "2024-11-04",
        None,
    ),
    (
        "en",
        WED,
        "On Tuesday, November 5, the envoys met again.",
        "Tuesday, November 5",
        "DATE",
        "2024-11-05",
        None,
    ),
    # --- English: times, durations, sets
    (
        "en",
        WED,
        "The vote opens at 10 a.m. in the chamber.",
        "10 a.m.",
        "TIME",
        "2024-11-06T10:00",
        None,
    ),
    (
        "en",
        WED,
        "The alliance has not been this united in three decades.",
        "three decades",
        "DURATION",
        "P30Y",
        None,
    ),
    ("en", WED, "The ceasefire held for 48 hours.", "48 hours", "DURATION", "PT48H", None),
    ("en", WED, "They signed a 100-year partnership.", "100-year", "DURATION", "P100Y", None),
    ("en", WED, "The drill is held every year near the coast.", "every year", "SET", "P1Y", None),
    ("en", WED, "The committee publishes its figures weekly.", "weekly", "SET", "P1W", None),
    # --- Italian
    (
        "it",
        TUE_IT,
        "I capi di governo si riuniranno a Praga il 20 e il 21 ottobre.",
        "il 20 e il 21 ottobre",
        "DATE",
        "2022-10-20",
        "2022-10-21",
    ),
    (
        "it",
        TUE_IT,
        "L'intesa è stata firmata il 12 ottobre 2022.",
        "il 12 ottobre 2022",
        "DATE",
        "2022-10-12",
        None,
    ),
    (
        "it",
        TUE_IT,
        "Le elezioni si sono svolte a settembre 2022.",
        "settembre 2022",
        "DATE",
        "2022-09",
        None,
    ),
    ("it", TUE_IT, "Il governo ha varato il piano nel 2021.", "2021", "DATE", "2021", None),
    ("it", TUE_IT, "Ieri il ministro ha visitato Kiev.", "Ieri", "DATE", "2022-10-10", None),
    (
        "it",
        TUE_IT,
        "Quest'oggi il consiglio ha approvato la legge.",
        "Quest'oggi",
        "DATE",
        "2022-10-11",
        None,
    ),
    ("it", TUE_IT, "Domani il parlamento voterà la fiducia.", "Domani", "DATE", "2022-10-12", None),
    (
        "it",
        TUE_IT,
        "La prossima settimana la delegazione partirà per Roma.",
        "La prossima settimana",
        "DATE",
        "2022-W42",
        None,
    ),
    (
        "it",
        TUE_IT,
        "Mercoledì il ministro incontrerà i sindacati.",
        "Mercoledì",
        "DATE",
        "2022-10-12",
        None,
    ),
    (
        "it",
        TUE_IT,
        "Venerdì il ministro ha incontrato i sindacati.",
        "Venerdì",
        "DATE",
        "2022-10-07",
        None,
    ),
    (
        "it",
        TUE_IT,
        "La riunione comincerà alle 15 in prefettura.",
        "15",
        "TIME",
        "2022-10-11T15:00",
        None,
    ),
    (
        "it",
        TUE_IT,
        "Il cantiere resterà chiuso per tre giorni.",
        "tre giorni",
        "DURATION",
        "P3D",
        None,
    ),
    ("it", TUE_IT, "La parata si tiene ogni anno in piazza.", "ogni anno", "SET", "P1Y", None),
    ("it", TUE_IT, "La sede era stata chiusa due anni fa.", "due anni fa", "DATE", "2020", None),
    (
        "it",
        TUE_IT,
        "I lavori finiranno entro la fine del 2025.",
        "la fine del 2025",
        "DATE",
        "2025",
        None,
    ),
    # --- French
    (
        "fr",
        WED,
        "Le 3 mars, le ministre a déclaré la fin du conflit.",
        "Le 3 mars",
        "DATE",
        "2024-03-03",
        None,
    ),
    ("fr", WED, "Hier, le président a reçu son homologue.", "Hier", "DATE", "2024-11-05", None),
    (
        "fr",
        WED,
        "Aujourd'hui, le sommet s'ouvre à Genève.",
        "Aujourd'hui",
        "DATE",
        "2024-11-06",
        None,
    ),
    ("fr", WED, "Le vote aura lieu demain.", "demain", "DATE", "2024-11-07", None),
    (
        "fr",
        WED,
        "La semaine prochaine, il se rendra à Berlin.",
        "La semaine prochaine",
        "DATE",
        "2024-W46",
        None,
    ),
    ("fr", WED, "Jeudi, le ministre présentera son budget.", "Jeudi", "DATE", "2024-11-07", None),
    ("fr", WED, "La séance reprendra à 14h30.", "14h30", "TIME", "2024-11-06T14:30", None),
    (
        "fr",
        WED,
        "L'accord a été signé le 1er janvier 2024.",
        "le 1er janvier 2024",
        "DATE",
        "2024-01-01",
        None,
    ),
    ("fr", WED, "Le festival a lieu chaque année en juin.", "chaque année", "SET", "P1Y", None),
    (
        "fr",
        WED,
        "Le chantier a été lancé il y a trois jours.",
        "il y a trois jours",
        "DATE",
        "2024-11-03",
        None,
    ),
    ("fr", WED, "Les prix ont baissé l'an dernier.", "l'an dernier", "DATE", "2023", None),
    # --- German
    ("de", WED, "Am 4. November traf er den Kanzler.", "4. November", "DATE", "2024-11-04", None),
    (
        "de",
        WED,
        "Gestern hat die Regierung den Haushalt beschlossen.",
        "Gestern",
        "DATE",
        "2024-11-05",
        None,
    ),
    ("de", WED, "Heute beginnt die Konferenz.", "Heute", "DATE", "2024-11-06", None),
    ("de", WED, "Der Minister wird morgen nach Rom reisen.", "morgen", "DATE", "2024-11-07", None),
    (
        "de",
        WED,
        "Nächste Woche wird das Parlament abstimmen.",
        "Nächste Woche",
        "DATE",
        "2024-W46",
        None,
    ),
    (
        "de",
        WED,
        "Am Donnerstag wird der Kanzler sprechen.",
        "Donnerstag",
        "DATE",
        "2024-11-07",
        None,
    ),
    ("de", WED, "Die Sitzung beginnt um 10 Uhr.", "10 Uhr", "TIME", "2024-11-06T10:00", None),
    ("de", WED, "Das Treffen findet jedes Jahr statt.", "jedes Jahr", "SET", "P1Y", None),
    (
        "de",
        WED,
        "Vor drei Tagen wurde das Abkommen unterzeichnet.",
        "Vor drei Tagen",
        "DATE",
        "2024-11-03",
        None,
    ),
    ("de", WED, "Die Hilfe läuft bis Ende 2025.", "Ende 2025", "DATE", "2025", None),
    ("de", WED, "Der Krieg dauert seit zwei Jahren.", "zwei Jahren", "DURATION", "P2Y", None),
    # --- Spanish
    (
        "es",
        WED,
        "El 3 de marzo de 2024 se firmó el acuerdo.",
        "El 3 de marzo de 2024",
        "DATE",
        "2024-03-03",
        None,
    ),
    ("es", WED, "Ayer el gobierno aprobó el decreto.", "Ayer", "DATE", "2024-11-05", None),
    ("es", WED, "Hoy se inaugura la cumbre.", "Hoy", "DATE", "2024-11-06", None),
    ("es", WED, "El ministro viajará mañana a Roma.", "mañana", "DATE", "2024-11-07", None),
    (
        "es",
        WED,
        "La próxima semana se votará la ley.",
        "La próxima semana",
        "DATE",
        "2024-W46",
        None,
    ),
    (
        "es",
        WED,
        "El jueves el presidente visitará Lisboa.",
        "El jueves",
        "DATE",
        "2024-11-07",
        None,
    ),
    ("es", WED, "El lunes el presidente visitó Lisboa.", "El lunes", "DATE", "2024-11-04", None),
    ("es", WED, "La feria se celebra cada año en mayo.", "cada año", "SET", "P1Y", None),
    ("es", WED, "El puente se cerró hace tres días.", "hace tres días", "DATE", "2024-11-03", None),
    ("es", WED, "El desempleo bajó el año pasado.", "el año pasado", "DATE", "2023", None),
    ("es", WED, "La sesión empezará a las 10.", "las 10", "TIME", "2024-11-06T10:00", None),
    # --- TimeML conventions measured on TimeBank / Spanish TimeBank (benchmark time)
    # quarters: the latest of that number; "the quarter" is the latest that has ended
    (
        "en",
        WED,
        "The insurer posted a third-quarter loss.",
        "third-quarter",
        "DATE",
        "2024-Q3",
        None,
    ),
    (
        "en",
        PartialDate(2025, 1, 28),
        "Profits fell in the fourth quarter.",
        "the fourth quarter",
        "DATE",
        "2024-Q4",
        None,
    ),
    ("en", WED, "Sales rose 4% in the quarter.", "the quarter", "DATE", "2024-Q3", None),
    (
        "en",
        WED,
        "Margins were thinner in the year-earlier quarter.",
        "the year-earlier quarter",
        "DATE",
        "2023-Q3",
        None,
    ),
    (
        "en",
        WED,
        "The bank expects a loss in the current quarter.",
        "the current quarter",
        "DATE",
        "2024-Q4",
        None,
    ),
    # spans of unknown length are durations; "the past" alone is a reference
    (
        "en",
        WED,
        "Prices have risen over the past few weeks.",
        "the past few weeks",
        "DURATION",
        "PXW",
        None,
    ),
    ("en", WED, "Exports grew in recent years.", "recent years", "DURATION", "PXY", None),
    ("en", WED, "Turnout rose over the past year.", "the past year", "DURATION", "P1Y", None),
    ("en", WED, "Those mistakes belong to the past.", "the past", "DATE", "PAST_REF", None),
    ("en", WED, "The party currently holds 40 seats.", "currently", "DATE", "PRESENT_REF", None),
    ("en", WED, "The war began with its 1990 invasion of Kuwait.", "1990", "DATE", "1990", None),
    # a date weeks ahead, in a sentence whose only past verb is far away
    (
        "en",
        PartialDate(1999, 10, 29),
        "The board said the dividend is payable Dec. 7 to holders.",
        "Dec. 7",
        "DATE",
        "1999-12-07",
        None,
    ),
    # the verb next to a weekday decides, not a later "intends to"
    (
        "en",
        PartialDate(1999, 10, 29),
        "Acme said Monday that it intends to sell the unit.",
        "Monday",
        "DATE",
        "1999-10-25",
        None,
    ),
    (
        "es",
        WED,
        "Los precios subieron en los últimos meses.",
        "los últimos meses",
        "DURATION",
        "PXM",
        None,
    ),
    ("es", WED, "En la actualidad hay dos bases.", "la actualidad", "DATE", "PRESENT_REF", None),
    (
        "es",
        WED,
        "Se firmó el pasado 2 de octubre en Lima.",
        "el pasado 2 de octubre",
        "DATE",
        "2024-10-02",
        None,
    ),
]


def _find(found: tuple[TimeExpression, ...], span: str) -> TimeExpression:
    for expression in found:
        if expression.text == span:
            return expression
    raise AssertionError(f"{span!r} not tagged; got {[(e.text, e.value) for e in found]}")


@pytest.mark.parametrize(
    ("language", "anchor", "text", "span", "type_", "value", "end_value"), CASES
)
def test_time_expression_is_tagged_and_normalised(
    language: str,
    anchor: PartialDate | None,
    text: str,
    span: str,
    type_: str,
    value: str,
    end_value: str | None,
) -> None:
    expression = _find(extract_times(text, language, anchor), span)
    assert text[expression.start : expression.end] == span
    assert (expression.type, expression.value, expression.end_value) == (type_, value, end_value)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Italy will invest 8.2 billion euros in new tanks."),
        ("en", "Allies should spend at least 2 percent of GDP on defence."),
        ("en", "The brigade has 2000 soldiers and 10 military aid packages."),
        ("it", "Il governo ha inviato aiuti alle 15 regioni colpite."),
        ("fr", "Le pays compte 2 500 soldats et 40 chars."),
        ("de", "Die Armee hat 1500 Panzer bestellt."),
        ("es", "El ejército recibió 1200 vehículos y 30 aviones."),
        ("en", "The minister, 52 years old, took office with a 20-year-old aide."),
    ],
)
def test_time_quantities_are_not_times(language: str, text: str) -> None:
    assert extract_times(text, language, WED) == ()


def test_time_expressions_are_sorted_and_disjoint() -> None:
    text = (
        "On Monday (November 4) he met the chancellor; yesterday he flew home. "
        "He will return next week for three days, as he does every year."
    )
    found = extract_times(text, "en", WED)
    assert len(found) >= 5
    for first, second in itertools.pairwise(found):
        assert first.end <= second.start
    assert all(text[e.start : e.end] == e.text for e in found)


def test_time_given_sentences_set_the_tense() -> None:
    text = "He said so on Thursday. She will go on Thursday."
    sentences = [(0, 23), (24, len(text))]
    past, future = extract_times(text, "en", WED, sentences)
    assert (past.value, future.value) == ("2024-10-31", "2024-11-07")


def test_time_unknown_language_uses_english_rules() -> None:
    found = extract_times("Sastanak je 2024-11-05 u 10:30.", "hr", WED)
    assert [(e.text, e.value) for e in found] == [
        ("2024-11-05", "2024-11-05"),
        ("10:30", "2024-11-05T10:30"),
    ]


def test_time_month_anchor_leaves_weekday_underspecified() -> None:
    found = extract_times(
        "Giovedì il ministro presiederà la riunione.", "it", PartialDate(2022, 10)
    )
    assert [(e.text, e.value) for e in found] == [("Giovedì", "XXXX-WXX-4")]


@pytest.mark.parametrize(
    ("language", "sentence", "tense"),
    [
        ("en", "The ministers will meet in Brussels.", "future"),
        ("en", "The delegation is expected to arrive soon.", "future"),
        ("en", "The minister said the talks went well.", "past"),
        ("en", "The alliance remains united.", "present"),
        # irregular past forms of news verbs
        ("en", "Police shot a protester in the capital.", "past"),
        ("en", "The rebels fled the town and sought refuge in the hills.", "past"),
        ("en", "Border guards caught two smugglers.", "past"),
        ("it", "I ministri si incontreranno a Bruxelles.", "future"),
        ("it", "Il ministro ha visitato la base.", "past"),
        ("fr", "Le président se rendra à Berlin.", "future"),
        ("fr", "Le ministre a déclaré son soutien.", "past"),
        ("de", "Der Kanzler wird morgen nach Paris reisen.", "future"),
        ("de", "Die Ministerin hat die Truppen besucht.", "past"),
        ("es", "El presidente viajará a Lisboa.", "future"),
        ("es", "El ministro visitó la frontera.", "past"),
        ("en", "Ukraine and its partners", "unknown"),
    ],
)
def test_time_detect_tense(language: str, sentence: str, tense: str) -> None:
    assert detect_tense(sentence, language) == tense


def test_time_weekday_after_an_irregular_past_verb_is_the_last_one() -> None:
    # published on a Wednesday: "shot … on Saturday" is the Saturday before
    found = extract_times(
        "Police shot a teenager in Athens on Saturday.", "en", PartialDate(2025, 3, 5)
    )
    assert [(e.text, e.value) for e in found] == [("Saturday", "2025-03-01")]


def test_time_split_sentences_keeps_abbreviated_months() -> None:
    text = "They met on Jan. 16 in Kyiv. Then they left.\nA new line."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "They met on Jan. 16 in Kyiv.",
        "Then they left.",
        "A new line.",
    ]


# Round 2: phrases measured on the TimeBank / Spanish TimeBank tuning splits.
# (language, text, span, type, value), all anchored on WED (2024-11-06, ISO week 45).
PHRASE_CASES: list[tuple[str, str, str, str, str]] = [
    # a month counted from the anchor
    ("en", "The holders approved the plan last April.", "last April", "DATE", "2024-04"),
    ("en", "It was sold last December.", "last December", "DATE", "2023-12"),
    ("en", "The chip goes on sale next May.", "next May", "DATE", "2025-05"),
    ("en", "Elections are due this September.", "this September", "DATE", "2024-09"),
    (
        "es",
        "Lo anunció el pasado mes de septiembre.",
        "el pasado mes de septiembre",
        "DATE",
        "2024-09",
    ),
    ("es", "La obra se estrena en marzo próximo.", "marzo próximo", "DATE", "2025-03"),
    ("it", "L'accordo è stato firmato lo scorso maggio.", "lo scorso maggio", "DATE", "2024-05"),
    ("fr", "Le traité a été signé en mai dernier.", "mai dernier", "DATE", "2024-05"),
    (
        "de",
        "Der Vertrag wurde im vergangenen Mai unterzeichnet.",
        "vergangenen Mai",
        "DATE",
        "2024-05",
    ),
    # the same reporting period a year before
    (
        "en",
        "Third-quarter profit rose to $5 million from $4 million a year earlier.",
        "a year earlier",
        "DATE",
        "2023-Q3",
    ),
    (
        "en",
        "Third-quarter sales rose 5%. In the year-ago period, the company lost money.",
        "the year-ago period",
        "DATE",
        "2023-Q3",
    ),
    ("en", "Prices are higher than a year ago.", "a year ago", "DATE", "2023"),
    # the year, the weekend, year-end
    ("en", "Sales for the year rose 5%.", "the year", "DATE", "2024"),
    (
        "en",
        "In the fiscal year ended June 30, it lost money.",
        "the fiscal year",
        "DURATION",
        "P1Y",
    ),
    ("en", "The sale should close by year-end.", "year-end", "DATE", "2024"),
    ("es", "El índice pierde un 8% en el año.", "el año", "DATE", "2024"),
    ("it", "La crescita è stata debole in tutto l'anno.", "tutto l'anno", "DATE", "2024"),
    ("fr", "La croissance a été faible sur toute l'année.", "toute l'année", "DATE", "2024"),
    ("en", "Rebels attacked the town over the weekend.", "the weekend", "DATE", "2024-W44-WE"),
    ("en", "The ministers will meet over the weekend.", "the weekend", "DATE", "2024-W45-WE"),
    ("es", "Los rebeldes atacaron el fin de semana.", "el fin de semana", "DATE", "2024-W44-WE"),
    # years said in words; years before a noun
    ("en", "In nineteen ninety-six the plant closed.", "nineteen ninety-six", "DATE", "1996"),
    ("en", "He promised jobs by the year two thousand.", "the year two thousand", "DATE", "2000"),
    ("en", "He lost his 1996 campaign for re-election.", "1996", "DATE", "1996"),
    # temporal adjectives and frequencies (TimeML marks them)
    ("en", "The current crisis began in Asia.", "current", "DATE", "PRESENT_REF"),
    ("es", "El actual presidente viajará a Lima.", "actual", "DATE", "PRESENT_REF"),
    ("es", "Habló de la reciente cumbre.", "reciente", "DATE", "PAST_REF"),
    ("es", "Competirá en los próximos Juegos.", "próximos", "DATE", "FUTURE_REF"),
    ("it", "L'attuale governo ha perso la fiducia.", "attuale", "DATE", "PRESENT_REF"),
    ("fr", "Le prochain sommet aura lieu à Rome.", "prochain", "DATE", "FUTURE_REF"),
    ("de", "Die derzeitige Regierung hat keine Mehrheit.", "derzeitige", "DATE", "PRESENT_REF"),
    ("es", "Venderá 160.000 barriles diarios a la región.", "diarios", "SET", "P1D"),
    ("es", "Celebra su reunión anual en Madrid.", "anual", "SET", "P1Y"),
    ("it", "La riunione annuale si tiene a Roma.", "annuale", "SET", "P1Y"),
    ("fr", "La réunion annuelle se tient à Paris.", "annuelle", "SET", "P1Y"),
    ("de", "Die jährliche Konferenz findet in Bonn statt.", "jährliche", "SET", "P1Y"),
    # clock times with a zone or "hora local"
    (
        "es",
        "Votan entre las 06.00 hora local (10.00 GMT).",
        "las 06.00 hora local",
        "TIME",
        "2024-11-06T06:00",
    ),
    (
        "es",
        "Votan entre las 06.00 hora local (10.00 GMT).",
        "10.00 GMT",
        "TIME",
        "2024-11-06T10:00Z",
    ),
    # The clock and its day are one expression, as TimeBank marks "10 p.m. Wednesday".
    ("en", "The polls open at 14:30 GMT today.", "14:30 GMT today", "TIME", "2024-11-06T14:30Z"),
    # "ago" with a hedge, and a hedge that is not a modifier
    ("es", "Lo reclaman desde hace más de 30 años.", "hace más de 30 años", "DATE", "1994"),
    (
        "fr",
        "La guerre a éclaté il y a plus de deux ans.",
        "il y a plus de deux ans",
        "DATE",
        "2022",
    ),
    (
        "de",
        "Der Krieg begann vor mehr als zwei Jahren.",
        "vor mehr als zwei Jahren",
        "DATE",
        "2022",
    ),
    # Hedges stay in the extent, as TimeBank marks "nearly two weeks ago".
    ("en", "The quake struck nearly two weeks ago.", "nearly two weeks ago", "DATE", "2024-W43"),
    (
        "es",
        "Despedirá a 300 empleados antes de finales del año.",
        "finales del año",
        "DATE",
        "2024",
    ),
    # a day a few days from the anchor, in a past-tense sentence
    ("en", "The offer had been set to expire Nov. 10.", "Nov. 10", "DATE", "2024-11-10"),
]


@pytest.mark.parametrize(("language", "text", "span", "type_", "value"), PHRASE_CASES)
def test_time_phrase_is_tagged_and_normalised(
    language: str, text: str, span: str, type_: str, value: str
) -> None:
    expression = _find(extract_times(text, language, WED), span)
    assert (expression.type, expression.value) == (type_, value)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "El conflicto de Oriente Próximo sigue abierto."),
        ("es", "Lo publica el diario de Madrid."),
        ("fr", "Selon le quotidien Le Monde, il part."),
        ("es", "Lo publica Diario de Noticias."),
        ("it", "Al momento dell'esplosione non c'era nessuno."),
        ("de", "Rund 2000 Menschen demonstrierten in Berlin."),
    ],
)
def test_time_phrase_lookalikes_are_not_times(language: str, text: str) -> None:
    assert extract_times(text, language, WED) == ()
