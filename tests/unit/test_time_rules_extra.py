"""Time rules added for issue 4: compound dates, feasts, centuries, joins and extents.

Every case is a news-style sentence written for this test, in each language
where the phrase exists; values are TIMEX3 values worked out by hand from the
anchor (Wednesday 6 November 2024 unless a case says otherwise).
"""

from __future__ import annotations

import pytest
from time_helpers import find_expression

from annals.models import PartialDate
from annals.time.lexicon import month_table
from annals.time.lexicons import get_lexicon
from annals.time.tagger import extract_times
from annals.time.values import value_to_date

WED = PartialDate(2024, 11, 6)  # a Wednesday
SAT = PartialDate(2024, 11, 9)  # a Saturday
OCT_1989 = PartialDate(1989, 10, 30)


CASES = [
    # A month counted from the anchor's year.
    ("en", WED, "Turnout fell sharply in June last year.", "June last year", "DATE", "2023-06"),
    ("en", WED, "The plant opens in March next year.", "March next year", "DATE", "2025-03"),
    ("en", WED, "In January this year the rate was cut.", "January this year", "DATE", "2024-01"),
    (
        "es",
        WED,
        "La inflación subió en junio del año pasado.",
        "junio del año pasado",
        "DATE",
        "2023-06",
    ),
    (
        "it",
        WED,
        "L'inflazione è salita a giugno dell'anno scorso.",
        "giugno dell'anno scorso",
        "DATE",
        "2023-06",
    ),
    (
        "fr",
        WED,
        "L'inflation a grimpé en juin de l'année dernière.",
        "juin de l'année dernière",
        "DATE",
        "2023-06",
    ),
    (
        "de",
        WED,
        "Die Inflation stieg im Juni letzten Jahres.",
        "Juni letzten Jahres",
        "DATE",
        "2023-06",
    ),
    # Centuries.
    ("en", WED, "It was the worst flood of the 20th century.", "the 20th century", "DATE", "19"),
    ("es", WED, "El palacio, del siglo XVIII, será restaurado.", "siglo XVIII", "DATE", "17"),
    ("it", WED, "La chiesa risale al XV secolo.", "XV secolo", "DATE", "14"),
    ("fr", WED, "Le pont date du XIXe siècle.", "XIXe siècle", "DATE", "18"),
    ("de", WED, "Die Brücke stammt aus dem 19. Jahrhundert.", "19. Jahrhundert", "DATE", "18"),
    # Decades, in figures and in words.
    ("en", WED, "Hate groups spread in the 1990s.", "the 1990s", "DATE", "199"),
    ("en", WED, "Hate groups spread through the nineties.", "the nineties", "DATE", "199"),
    (
        "es",
        WED,
        "El consumo cayó a lo largo de la década de los noventa.",
        "la década de los noventa",
        "DATE",
        "199",
    ),
    ("es", WED, "Publicó cuentos durante los años 20.", "los años 20", "DATE", "192"),
    ("it", WED, "Il consumo è calato negli anni Novanta.", "anni Novanta", "DATE", "199"),
    (
        "fr",
        WED,
        "La consommation a baissé dans les années quatre-vingt-dix.",
        "les années quatre-vingt-dix",
        "DATE",
        "199",
    ),
    ("de", WED, "Der Verbrauch sank in den neunziger Jahren.", "neunziger Jahren", "DATE", "199"),
    # Feasts: fixed dates and Easter (31 March 2024, 20 April 2025).
    ("en", WED, "Shops close on Christmas Day.", "Christmas Day", "DATE", "2024-12-25"),
    ("en", WED, "The truce held over Easter 2024.", "Easter 2024", "DATE", "2024-03-31"),
    ("es", WED, "El plazo de confianza llega hasta Navidad.", "Navidad", "DATE", "2024-12-25"),
    ("it", WED, "Il governo cadrà prima di Natale, dicono.", "Natale", "DATE", "2024-12-25"),
    ("it", WED, "La visita è prevista per Pasqua 2025.", "Pasqua 2025", "DATE", "2025-04-20"),
    ("fr", WED, "Le sommet aura lieu avant Noël.", "Noël", "DATE", "2024-12-25"),
    ("de", WED, "Die Wahl findet nach Ostern 2025 statt.", "Ostern 2025", "DATE", "2025-04-20"),
    # A season of a written year.
    (
        "en",
        WED,
        "Oil hit that level in the winter of 1994.",
        "the winter of 1994",
        "DATE",
        "1994-WI",
    ),
    ("es", WED, "La sequía empezó en el verano de 2023.", "el verano de 2023", "DATE", "2023-SU"),
    (
        "it",
        WED,
        "La siccità è iniziata nell'estate del 2023.",
        "estate del 2023",
        "DATE",
        "2023-SU",
    ),
    ("fr", WED, "La sécheresse a commencé à l'été 2023.", "l'été 2023", "DATE", "2023-SU"),
    ("de", WED, "Die Dürre begann im Sommer 2023.", "Sommer 2023", "DATE", "2023-SU"),
    # Quarters and halves outside English.
    (
        "es",
        WED,
        "Los beneficios cayeron en el primer trimestre de 2023.",
        "el primer trimestre de 2023",
        "DATE",
        "2023-Q1",
    ),
    (
        "es",
        WED,
        "El presidente viajará en el segundo semestre de este año.",
        "el segundo semestre de este año",
        "DATE",
        "2024-H2",
    ),
    (
        "it",
        WED,
        "Gli utili sono calati nel primo trimestre del 2024.",
        "primo trimestre del 2024",
        "DATE",
        "2024-Q1",
    ),
    (
        "fr",
        WED,
        "Les bénéfices ont reculé au premier trimestre 2024.",
        "premier trimestre 2024",
        "DATE",
        "2024-Q1",
    ),
    (
        "de",
        WED,
        "Der Gewinn sank im dritten Quartal 2024.",
        "dritten Quartal 2024",
        "DATE",
        "2024-Q3",
    ),
    # "the quarter ended July 31" is the quarter holding most of it (May to July).
    ("en", WED, "In the quarter ended July 31, sales rose 5%.", "the quarter", "DATE", "2024-Q2"),
    # Spans said in parts, halves and hedges.
    (
        "en",
        WED,
        "He was jailed for two years and three months.",
        "two years and three months",
        "DURATION",
        "P2Y3M",
    ),
    (
        "es",
        WED,
        "Fue condenado a dos años y tres meses de cárcel.",
        "dos años y tres meses",
        "DURATION",
        "P2Y3M",
    ),
    (
        "es",
        WED,
        "Disponían de un plazo de dos horas y 30 minutos.",
        "dos horas y 30 minutos",
        "DURATION",
        "PT2H30M",
    ),
    (
        "it",
        WED,
        "È stato condannato a due anni e tre mesi.",
        "due anni e tre mesi",
        "DURATION",
        "P2Y3M",
    ),
    (
        "fr",
        WED,
        "Il a été condamné à deux ans et trois mois.",
        "deux ans et trois mois",
        "DURATION",
        "P2Y3M",
    ),
    (
        "de",
        WED,
        "Er wurde zu zwei Jahren und drei Monaten verurteilt.",
        "zwei Jahren und drei Monaten",
        "DURATION",
        "P2Y3M",
    ),
    ("en", WED, "They lived in camps for 2 1/2 years.", "2 1/2 years", "DURATION", "P2Y6M"),
    (
        "en",
        WED,
        "She testified for more than four hours.",
        "more than four hours",
        "DURATION",
        "PT4H",
    ),
    (
        "en",
        WED,
        "Talks have been frozen for nearly two years.",
        "nearly two years",
        "DURATION",
        "P2Y",
    ),
    (
        "es",
        WED,
        "Tratarán de perder menos de cinco segundos por kilómetro.",
        "menos de cinco segundos",
        "DURATION",
        "PT5S",
    ),
    ("en", WED, "The troops must leave within a week.", "a week", "DURATION", "P1W"),
    # "in five years" said of the future is a date; otherwise a span.
    ("en", WED, "The bonds would be redeemed in five years.", "five years", "DATE", "2029"),
    ("en", WED, "It was the first rise in five years.", "five years", "DURATION", "P5Y"),
    # A clock time and its day are one expression.
    (
        "en",
        WED,
        "Polls closed at 10 p.m. Tuesday, officials said.",
        "10 p.m. Tuesday",
        "TIME",
        "2024-11-05T22:00",
    ),
    (
        "en",
        WED,
        "Negotiations broke off at noon Monday.",
        "noon Monday",
        "TIME",
        "2024-11-04T12:00",
    ),
    (
        "de",
        WED,
        "Die Polizei griff um 15 Uhr am Montag ein.",
        "15 Uhr am Montag",
        "TIME",
        "2024-11-04T15:00",
    ),
    (
        "es",
        WED,
        "La policía intervino a las 10 horas del lunes.",
        "las 10 horas del lunes",
        "TIME",
        "2024-11-04T10:00",
    ),
    (
        "fr",
        WED,
        "La police est intervenue à 15h30 mardi.",
        "15h30 mardi",
        "TIME",
        "2024-11-05T15:30",
    ),
    # Hedges in every language.
    (
        "fr",
        WED,
        "Les négociations durent depuis près de deux ans.",
        "près de deux ans",
        "DURATION",
        "P2Y",
    ),
    ("it", WED, "I negoziati durano da oltre due anni.", "oltre due anni", "DURATION", "P2Y"),
    (
        "de",
        WED,
        "Die Gespräche dauern seit mehr als zwei Jahren.",
        "mehr als zwei Jahren",
        "DURATION",
        "P2Y",
    ),
    # A conditional next to a date points ahead.
    (
        "fr",
        WED,
        "Il a dit que le dividende serait versé le 14 décembre.",
        "le 14 décembre",
        "DATE",
        "2024-12-14",
    ),
    (
        "it",
        WED,
        "Ha detto che il dividendo verrebbe pagato il 14 dicembre.",
        "il 14 dicembre",
        "DATE",
        "2024-12-14",
    ),
    (
        "de",
        WED,
        "Er sagte, die Dividende würde am 14. Dezember gezahlt.",
        "14. Dezember",
        "DATE",
        "2024-12-14",
    ),
    # Quarters and halves counted from the anchor.
    (
        "es",
        WED,
        "Portugal preside este semestre el Consejo Europeo.",
        "este semestre",
        "DATE",
        "2024-H2",
    ),
    (
        "de",
        WED,
        "Der Umsatz soll im nächsten Quartal steigen.",
        "nächsten Quartal",
        "DATE",
        "2025-Q1",
    ),
    (
        "fr",
        WED,
        "Les ventes devraient rebondir au prochain trimestre.",
        "prochain trimestre",
        "DATE",
        "2025-Q1",
    ),
    # A day word and its weekday in apposition.
    (
        "es",
        WED,
        "El primer ministro llegó hoy, miércoles, a Lisboa.",
        "hoy, miércoles",
        "DATE",
        "2024-11-06",
    ),
    (
        "en",
        WED,
        "The minister arrived today (Wednesday) in Lisbon.",
        "today (Wednesday",
        "DATE",
        "2024-11-06",
    ),
    # Tense read from the words next to a date.
    (
        "en",
        WED,
        "The deal is scheduled for completion by Dec. 10.",
        "Dec. 10",
        "DATE",
        "2024-12-10",
    ),
    (
        "en",
        WED,
        "The dividend will be paid Dec. 14 to holders of record.",
        "Dec. 14",
        "DATE",
        "2024-12-14",
    ),
    (
        "en",
        OCT_1989,
        "It said the dividend would be paid in January.",
        "January",
        "DATE",
        "1990-01",
    ),
    ("es", SAT, "España jugará este miércoles en Francia.", "este miércoles", "DATE", "2024-11-13"),
    # Reference words and periods.
    ("en", WED, "The recent closing of a bakery cost 300 jobs.", "recent", "DATE", "PAST_REF"),
    ("en", WED, "Sales fell this past spring.", "this past spring", "DATE", "2024-SP"),
    (
        "es",
        WED,
        "Es alcanzar al final del año próximo un volumen mayor.",
        "al final del año próximo",
        "DATE",
        "2025",
    ),
    (
        "es",
        WED,
        "Derrotó a España en los cinco últimos años.",
        "los cinco últimos años",
        "DURATION",
        "P5Y",
    ),
    ("es", WED, "Fue presidente de la hoy extinta Yugoslavia.", "hoy", "DATE", "PRESENT_REF"),
    (
        "es",
        WED,
        "El fiscal fue acusado hace unos días de filtrar datos.",
        "hace unos días",
        "DURATION",
        "PXD",
    ),
    ("it", WED, "Il ministro è morto un paio di mesi fa.", "un paio di mesi fa", "DATE", "2024-09"),
    # Spanish day of a month named without the month.
    (
        "es",
        WED,
        "Los partidos que ganaron los comicios del pasado día 3 gobernarán.",
        "del pasado día 3",
        "DATE",
        "2024-11-03",
    ),
    ("es", WED, "La votación será el próximo día 15.", "el próximo día 15", "DATE", "2024-11-15"),
]


@pytest.mark.parametrize(("language", "anchor", "text", "span", "type_", "value"), CASES)
def test_time_rule_tags_news_phrase(
    language: str, anchor: PartialDate, text: str, span: str, type_: str, value: str
) -> None:
    expression = find_expression(extract_times(text, language, anchor), span)
    assert (expression.type, expression.value) == (type_, value)


@pytest.mark.parametrize(
    ("language", "text", "span", "value", "end_value"),
    [
        (
            "en",
            "Talks ran 30 October–2 November in Doha.",
            "30 October–2 November",
            "2024-10-30",
            "2024-11-02",
        ),
        (
            "en",
            "The summit ran June 30-July 2, 2024.",
            "June 30-July 2, 2024",
            "2024-06-30",
            "2024-07-02",
        ),
        (
            "fr",
            "Le sommet s'est tenu du 30 juin-2 juillet 2024.",
            "30 juin-2 juillet 2024",
            "2024-06-30",
            "2024-07-02",
        ),
        (
            "en",
            "The summit ran July 10-11 and 30 June-2 July.",
            "July 10-11",
            "2024-07-10",
            "2024-07-11",
        ),
    ],
)
def test_time_range_across_months_is_one_expression(
    language: str, text: str, span: str, value: str, end_value: str
) -> None:
    expression = find_expression(extract_times(text, language, WED), span)
    assert (expression.value, expression.end_value) == (value, end_value)


def test_time_range_with_words_stays_two_dates() -> None:
    found = extract_times("Shares were bought from Aug. 26 to Oct. 20.", "en", WED)
    assert [(e.text, e.value) for e in found] == [
        ("Aug. 26", "2024-08-26"),
        ("Oct. 20", "2024-10-20"),
    ]


def test_time_spanish_range_is_split_as_the_spanish_timebank_marks_it() -> None:
    found = extract_times("La Copa se disputará del 6 al 9 de abril en Zaragoza.", "es", WED)
    assert [(e.text, e.value, e.end_value) for e in found] == [
        ("del 6", "2025-04-06", "2025-04-09"),
        ("al 9 de abril", "2025-04-09", None),
    ]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Las elecciones del 2 de febrero próximo serán decisivas.", "del 2 de febrero próximo"),
        ("Las obras terminarán en el 2025.", "el 2025"),
        ("Las mujeres votan por la tarde.", "la tarde"),
        ("La reunión fue el día de ayer.", "el día de ayer"),
        ("La ley entró en vigor el mes de noviembre de 2023.", "el mes de noviembre de 2023"),
        ("Llegó a Zaragoza un día después.", "un día después"),
        ("La hoy extinta Yugoslavia.", "hoy"),
    ],
)
def test_time_spanish_extent_follows_the_spanish_timebank(text: str, span: str) -> None:
    assert span in [e.text for e in extract_times(text, "es", WED)]


def test_time_year_ago_takes_the_quarter_compared_across_paragraphs() -> None:
    text = (
        "Acme Corp. reported third-quarter net income of $5.2 million.\n\n"
        "Revenue fell to $3.1 billion from $3.4 billion a year earlier."
    )
    assert find_expression(extract_times(text, "en", WED), "a year earlier").value == "2023-Q3"


def test_time_year_ago_without_a_comparison_stays_a_year() -> None:
    text = (
        "Acme Corp. reported third-quarter net income of $5.2 million.\n\n"
        "The chief executive, who joined the board a year ago, will retire."
    )
    assert find_expression(extract_times(text, "en", WED), "a year ago").value == "2023"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Los corredores pasaron por la Avenida 17 de Junio."),
        ("es", "Fue uno de los colaboradores más próximos de Tudjman."),
        ("en", "The christmas shopping season ended badly."),
        ("en", "Sales grew 5% a year, the smallest gain in a decade."),
    ],
)
def test_time_rule_leaves_non_temporal_words(language: str, text: str) -> None:
    found = extract_times(text, language, WED)
    assert [e.text for e in found if e.type == "DATE"] == []


def test_time_half_year_value_gives_its_year() -> None:
    assert value_to_date("2024-H2") == PartialDate(2024)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Der Umsatz des letzten Quartals stieg.", "letzten Quartals", "2024-Q3"),
        ("Die Kosten dieses Quartals sind hoch.", "dieses Quartals", "2024-Q4"),
        ("Die Zahlen des zweiten Halbjahres 2023 sind gut.", "zweiten Halbjahres 2023", "2023-H2"),
        ("Das vierte Quartal 2023 war schwach.", "Das vierte Quartal 2023", "2023-Q4"),
    ],
)
def test_time_german_quarter_and_half_year_genitives(text: str, span: str, value: str) -> None:
    found = find_expression(extract_times(text, "de", WED), span)
    assert (found.type, found.value) == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The deal should close within a decade.", "a decade", "P10Y"),
        ("They waited for nearly an hour.", "nearly an hour", "PT1H"),
        ("Prices rose within a month.", "a month", "P1M"),
    ],
)
def test_time_one_unit_span_is_a_duration(text: str, span: str, value: str) -> None:
    found = find_expression(extract_times(text, "en", WED), span)
    assert (found.type, found.value) == ("DURATION", value)


def test_time_first_in_years_stays_a_span_in_a_future_clause() -> None:
    found = extract_times("It will be the first time in five years that they meet.", "en", WED)
    assert [(e.text, e.type, e.value) for e in found] == [("five years", "DURATION", "P5Y")]


def test_time_month_table_is_shared_and_read_only() -> None:
    table = month_table(get_lexicon("en"))
    assert table["sept"] == 9 and table["january"] == 1
    assert month_table(get_lexicon("en")) is table
    with pytest.raises(TypeError):
        table["foo"] = 1  # type: ignore[index]
