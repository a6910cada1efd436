"""Anaphoric time expressions: dated from the text's own last date, not the publication date.

Each text is a short news-style passage written for this test. The publication
date (the anchor) is Monday 20 January 2025 unless a case says otherwise, so a
value counted from the anchor by mistake never equals the right one.
"""

from __future__ import annotations

import pytest
from time_helpers import find_expression

from annals.models import PartialDate
from annals.time.tagger import extract_times

ANCHOR = PartialDate(2025, 1, 20)


CASES = [
    # The same day as the date before.
    (
        "en",
        "The minister landed in Kyiv on Jan. 16. On the same day, London signed a pact.",
        "the same day",
        "2025-01-16",
    ),
    (
        "en",
        "Talks opened on 3 March 2023. Later that year the two sides met again.",
        "Later that year",
        "2023",
    ),
    (
        "en",
        "The deal was struck in Geneva on 14 October. Earlier that day, shells hit the port.",
        "Earlier that day",
        "2024-10-14",
    ),
    (
        "en",
        "Voters went to the polls on 12 May 2024, and the following month a coalition was formed.",
        "the following month",
        "2024-06",
    ),
    (
        "en",
        "He was arrested on 2 December 2023 and released the next day.",
        "the next day",
        "2023-12-03",
    ),
    (
        "en",
        "Crowds gathered on 8 November 2024. Police cleared the square the next morning.",
        "the next morning",
        "2024-11-09TMO",
    ),
    # Counted from the date that follows.
    (
        "en",
        "Shops in the city stayed closed the day after 25 December 2024.",
        "the day after",
        "2024-12-26",
    ),
    (
        "it",
        "Il ministro è arrivato a Kiev il 16 gennaio. Lo stesso giorno Londra ha firmato un patto.",
        "Lo stesso giorno",
        "2025-01-16",
    ),
    (
        "it",
        "Il vertice si è aperto il 9 luglio 2024. Il giorno dopo i leader hanno firmato.",
        "Il giorno dopo",
        "2024-07-10",
    ),
    (
        "it",
        "Le elezioni si sono tenute nel marzo 2018; quell'anno il governo cadde due volte.",
        "quell'anno",
        "2018",
    ),
    (
        "fr",
        "Le ministre est arrivé à Kiev le 16 janvier. Le même jour, Londres a signé un pacte.",
        "Le même jour",
        "2025-01-16",
    ),
    (
        "fr",
        "Le sommet s'est ouvert le 9 juillet 2024. Le lendemain, les dirigeants ont signé.",
        "Le lendemain",
        "2024-07-10",
    ),
    (
        "fr",
        "L'accord a été signé le 5 mai 2022. Ce jour-là, Paris a salué un tournant.",
        "Ce jour-là",
        "2022-05-05",
    ),
    (
        "de",
        "Der Minister traf am 16. Januar in Kiew ein. Am selben Tag unterzeichnete London.",
        "selben Tag",
        "2025-01-16",
    ),
    (
        "de",
        "Der Gipfel begann am 9. Juli 2024. Am nächsten Tag unterzeichneten die Staaten.",
        "nächsten Tag",
        "2024-07-10",
    ),
    (
        "de",
        "Die Wahl fand am 23. Februar 2025 statt. Am Vortag hatten Tausende demonstriert.",
        "Vortag",
        "2025-02-22",
    ),
    (
        "es",
        "El ministro llegó a Kiev el 16 de enero. Ese mismo día Londres firmó un pacto.",
        "Ese mismo día",
        "2025-01-16",
    ),
    (
        "es",
        "La cumbre se abrió el 9 de julio de 2024. Al día siguiente los líderes firmaron.",
        "Al día siguiente",
        "2024-07-10",
    ),
    (
        "es",
        "Los mercados cerraron al día siguiente del 11 de septiembre de 2001.",
        "al día siguiente",
        "2001-09-12",
    ),
    (
        "es",
        "El acuerdo se firmó el 5 de mayo de 2022. El día anterior hubo protestas.",
        "El día anterior",
        "2022-05-04",
    ),
]


@pytest.mark.parametrize(("language", "text", "span", "value"), CASES)
def test_anaphoric_expression_takes_the_text_date(
    language: str, text: str, span: str, value: str
) -> None:
    assert find_expression(extract_times(text, language, ANCHOR), span).value == value


def test_chain_of_next_days_walks_on() -> None:
    text = "Fighting began on 1 June 2024. The next day the town fell, and the next day the bridge."
    found = extract_times(text, "en", ANCHOR)
    values = [e.value for e in found if e.text.lower() == "the next day"]
    assert values == ["2024-06-02", "2024-06-03"]


def test_unit_needs_a_precise_enough_date() -> None:
    # "that day" skips the month-only date and takes the last day named before it.
    text = (
        "Crowds marched on 4 March 2024. Through April 2024, nothing changed; "
        "that day was recalled."
    )
    assert find_expression(extract_times(text, "en", ANCHOR), "that day").value == "2024-03-04"


def test_the_day_after_something_undated_is_left_underspecified() -> None:
    text = "The summit met on Nov. 4, the day after Election Day talks had ended."
    assert find_expression(extract_times(text, "en", ANCHOR), "the day after").value == "XXXX-XX-XX"


def test_without_an_earlier_date_the_anchor_is_the_reference() -> None:
    found = extract_times("The same day, the council voted.", "en", ANCHOR)
    assert find_expression(found, "The same day").value == "2025-01-20"


def test_generic_phrases_are_not_anaphoric_dates() -> None:
    text = "He left on 3 March 2024. The day of the vote was set, and the next day or so is quiet."
    found = extract_times(text, "en", ANCHOR)
    # "the next day or so" is a stretch of time, not the day after 3 March
    assert [(e.type, e.value) for e in found if e.text == "the next day"] == [("DURATION", "P1D")]
    assert "The day" not in {e.text for e in found}


def test_anaphora_does_not_move_the_inferred_publication_date() -> None:
    from annals.time.docdate import infer_publication_date

    text = "Voting took place on Sunday, 12 May 2024. The next day, results were published."
    inferred = infer_publication_date(text, "en")
    assert inferred.date is None or inferred.date.iso != "2024-05-13"


def test_weekday_takes_the_texts_date_when_the_anchor_has_no_day() -> None:
    # Published "October 2022": Wednesday and Thursday are the 12th and 13th the text names.
    text = (
        "Il 12 e il 13 ottobre i ministri si incontreranno a Bruxelles. Mercoledì parlerà "
        "il ministro ucraino; giovedì si riunirà il gruppo di pianificazione nucleare."
    )
    found = extract_times(text, "it", PartialDate(2022, 10))
    assert find_expression(found, "Mercoledì").value == "2022-10-12"
    assert find_expression(found, "giovedì").value == "2022-10-13"


def test_weekday_without_a_matching_date_stays_underspecified() -> None:
    text = "On 12 October 2022 the ministers met. On Friday they left."
    found = extract_times(text, "en", PartialDate(2022, 10))
    assert find_expression(found, "Friday").value == "XXXX-WXX-5"
