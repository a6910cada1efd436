"""Quarters, decades, centuries, plans and postponements in five languages.

Every case is a news-style sentence written for this test; values are TIMEX3
values worked out by hand from the anchor, Wednesday 5 March 2025 unless the
case says otherwise (the Monday before it is 3 March, the Monday after 10 March).
"""

from __future__ import annotations

import pytest
from time_helpers import find_expression

from annals.models import PartialDate
from annals.time.tagger import extract_times

WED = PartialDate(2025, 3, 5)
NEXT_MONDAY = "2025-03-10"
LAST_MONDAY = "2025-03-03"

# A weekday in a clause that plans, schedules or puts off an act lies ahead, even when
# the verb that plans it is in the past tense.
PLANS = [
    ("en", "Officials said the envoy planned to fly to Kyiv on Monday.", "Monday"),
    ("en", "The vote on the package was postponed until Monday.", "Monday"),
    ("en", "The mediator has scheduled talks Monday with both delegations.", "Monday"),
    ("en", "Aid convoys could cross as soon as Monday, the agency said.", "Monday"),
    (
        "en",
        "The ministry announced in Warsaw that the delegation would be travelling to the "
        "border region Monday with two advisers.",
        "Monday",
    ),
    ("it", "Il ministro prevedeva di partire lunedì per Kiev.", "lunedì"),
    ("it", "La riunione del Consiglio è stata rinviata a lunedì.", "lunedì"),
    ("fr", "La ministre prévoyait de se rendre à Kiev lundi.", "lundi"),
    ("fr", "Le sommet a été reporté à lundi.", "lundi"),
    ("de", "Der Außenminister plant am Montag eine Reise nach Kiew.", "Montag"),
    ("de", "Die Abstimmung wurde auf Montag verschoben.", "Montag"),
    ("es", "El ministro planea viajar el lunes a Kiev.", "el lunes"),
    ("es", "La votación fue aplazada al lunes.", "al lunes"),
]


@pytest.mark.parametrize(("language", "sentence", "span"), PLANS)
def test_planned_or_postponed_weekday_lies_ahead(language: str, sentence: str, span: str) -> None:
    found = extract_times(sentence, language, WED)
    assert find_expression(found, span).value == NEXT_MONDAY


def test_weekday_of_a_past_act_still_looks_back() -> None:
    found = extract_times("The troops stayed in the town until Monday.", "en", WED)
    assert find_expression(found, "Monday").value == LAST_MONDAY
    found = extract_times("The minister planned the visit and left on Monday.", "en", WED)
    assert find_expression(found, "Monday").value == LAST_MONDAY


def test_named_weekday_keeps_the_tense_of_its_sentence() -> None:
    # "Monday's ruling" names a thing that happened; the plan to fight it does not move it.
    sentence = "Lawyers said they would look for ways to appeal against Monday's ruling."
    found = extract_times(sentence, "en", WED)
    assert find_expression(found, "Monday").value == LAST_MONDAY


def test_verb_before_the_date_in_its_clause_governs_it() -> None:
    # The main clause is in the future; the date belongs to the relative clause before it.
    sentence = (
        "The agency will begin the transfer from the camp where the families have lived "
        "since they were evacuated from the coast in late November."
    )
    found = extract_times(sentence, "en", WED)
    assert find_expression(found, "late November").value == "2024-11"


SPANS = [
    ("en", "Output fell in the past two quarters.", "the past two quarters", "DURATION", "P2Q"),
    ("en", "Sales rose for four straight quarters.", "four straight quarters", "DURATION", "P4Q"),
    ("en", "Losses narrowed over several quarters.", "several quarters", "DURATION", "PXQ"),
    ("en", "The fund reports every quarter.", "every quarter", "SET", "P1Q"),
    ("en", "Defence spending doubled in the past decade.", "the past decade", "DURATION", "P10Y"),
    ("en", "The festival is held each July.", "each July", "SET", "XXXX-07"),
    ("en", "The lease runs for 20 more years.", "20 more years", "DURATION", "P20Y"),
    ("en", "The worst flood of this century hit the valley.", "this century", "DATE", "20"),
    ("it", "È la peggiore alluvione di questo secolo.", "questo secolo", "DATE", "20"),
    ("fr", "C'est la pire inondation de ce siècle.", "ce siècle", "DATE", "20"),
    ("de", "Es ist die schwerste Flut dieses Jahrhunderts.", "dieses Jahrhunderts", "DATE", "20"),
    ("es", "Es la peor inundación de este siglo.", "este siglo", "DATE", "20"),
    ("es", "La década pasada fue de crecimiento.", "La década pasada", "DATE", "201"),
    ("es", "Durante un decenio soportó la crisis.", "un decenio", "DURATION", "P10Y"),
    (
        "es",
        "El servicio se reduce los fines de semana.",
        "los fines de semana",
        "SET",
        "XXXX-WXX-WE",
    ),
    ("es", "El presidente hablará este mediodía.", "este mediodía", "TIME", "2025-03-05TMI"),
    ("es", "La tensión creció en las últimas horas.", "las últimas horas", "DURATION", "PTXH"),
    ("es", "El Gobierno lo sabía desde hace tiempo.", "hace tiempo", "DURATION", "PXM"),
    ("es", "Hasta este momento no hubo acuerdo.", "este momento", "DATE", "PRESENT_REF"),
    ("it", "In questo momento la sede è chiusa.", "questo momento", "DATE", "PRESENT_REF"),
    ("fr", "En ce moment, la ville est calme.", "ce moment", "DATE", "PRESENT_REF"),
    ("en", "Inflation was high in the '70s and '80s.", "'80s", "DATE", "198"),
    ("en", "The party was founded in the 90s.", "the 90s", "DATE", "199"),
    ("de", "In den 90er Jahren wuchs die Stadt.", "den 90er Jahren", "DATE", "199"),
    ("es", "En los 90, la ciudad creció.", "los 90", "DATE", "199"),
]


@pytest.mark.parametrize(("language", "sentence", "span", "type_", "value"), SPANS)
def test_spans_and_periods(language: str, sentence: str, span: str, type_: str, value: str) -> None:
    expression = find_expression(extract_times(sentence, language, WED), span)
    assert (expression.type, expression.value) == (type_, value)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Three quarters of the voters backed the deal."),
        ("en", "The former president is in his 80s."),
        ("es", "Los 80 heridos fueron trasladados al hospital."),
    ],
)
def test_counts_and_ages_are_not_times(language: str, sentence: str) -> None:
    assert extract_times(sentence, language, WED) == ()


def test_title_abbreviation_does_not_end_the_sentence() -> None:
    # "vs." and titles end in a full stop: the sentence, and its past tense, go on.
    sentence = (
        "In January, a week after the ruling in Smith vs. Jones, a bomb outside "
        "the court killed a guard."
    )
    found = extract_times(sentence, "en", PartialDate(1998, 10, 25))
    assert find_expression(found, "January").value == "1998-01"


def test_planned_for_points_ahead() -> None:
    found = extract_times("The official said the accession was planned for early March.", "en", WED)
    assert find_expression(found, "early March").value == "2025-03"
    found = extract_times("Officials said the handover was planned for May.", "en", WED)
    assert find_expression(found, "May").value == "2025-05"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Sie gewann den Marathon in 2:19:52 h vor zwei Kenianerinnen."),
        ("en", "She won the marathon in 2:19:52, a course record."),
        ("de", "Dort lebten seit mehr als 20.000 Jahren Menschen."),  # no P20Y
    ],
)
def test_race_times_and_thousands_are_not_misread(language: str, sentence: str) -> None:
    assert extract_times(sentence, language, WED) == ()


def test_clock_with_seconds_and_a_zone_is_a_time_of_day() -> None:
    found = extract_times("The blast occurred at 10:32:15 GMT on Monday.", "en", WED)
    assert find_expression(found, "10:32").value.endswith("T10:32")


@pytest.mark.parametrize(
    ("language", "sentence", "span"),
    [
        ("en", "Unions will march on May Day.", "May Day"),
        ("es", "Los sindicatos marcharán el Primero de Mayo.", "Primero de Mayo"),
        ("it", "I sindacati sfileranno il Primo Maggio.", "Primo Maggio"),
        ("fr", "Les syndicats défileront pour la fête du travail.", "la fête du travail"),
        ("de", "Die Gewerkschaften demonstrieren am Tag der Arbeit.", "Tag der Arbeit"),
    ],
)
def test_labour_day_is_the_first_of_may(language: str, sentence: str, span: str) -> None:
    found = extract_times(sentence, language, WED)
    assert find_expression(found, span).value == "2025-05-01"


def test_clock_does_not_take_the_day_that_ends_its_span() -> None:
    monday = PartialDate(2025, 3, 3)
    found = extract_times("Offices close from 12:00 until Wednesday.", "en", monday)
    assert find_expression(found, "12:00").value == "2025-03-03T12:00"
    found = extract_times("The meeting starts at 10:00 on Wednesday.", "en", monday)
    assert find_expression(found, "10:00").value == "2025-03-05T10:00"


def test_spanish_hours_and_minutes_with_horas_need_no_article() -> None:
    found = extract_times("El equipo juega mañana en casa (18.45 horas).", "es", WED)
    assert find_expression(found, "18.45 horas").value == "2025-03-06T18:45"
    assert extract_times("El avión acumula 2.500 horas de vuelo.", "es", WED) == ()
