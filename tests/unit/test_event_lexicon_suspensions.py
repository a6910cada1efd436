"""Suspending aid or payments is a sanction and sending soldiers a deployment, in every
language; a German weak preterite in -ierte is past; a city of the acting state's own
country is where a directed act at another state happened, not its recipient.
Hand-written sentences; the full analysis runs."""

from __future__ import annotations

import pytest
from event_helpers import analyse, one_of_type

from annals.models import PartialDate
from annals.pipeline import Analyzer

PUBLISHED = PartialDate(2025, 3, 14)  # a Friday


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The European Union suspended its budget aid to Niger after the coup."),
        ("fr", "L'Union européenne a suspendu son aide budgétaire au Niger après le coup d'État."),
        ("it", "L'Unione europea ha sospeso gli aiuti al Niger dopo il colpo di Stato."),
        ("es", "La Unión Europea suspendió la ayuda al Níger tras el golpe de Estado."),
        ("de", "Die EU setzte ihre Hilfe für Niger nach dem Putsch aus."),
        ("de", "Deutschland hat die Zahlungen an Niger gestoppt."),
    ],
)
def test_suspending_aid_is_a_sanction(analyzer: Analyzer, language: str, text: str) -> None:
    event = one_of_type(analyse(analyzer, text, language, PUBLISHED).events, "SANCTION")
    assert [r.name for r in event.recipients] == ["Niger"]


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        ("fr", "La France a annoncé l'envoi de 2 000 soldats en Estonie.", "Estonia"),
        ("es", "España anunció el envío de 500 soldados a Letonia.", "Latvia"),
    ],
)
def test_sending_soldiers_is_a_deployment(
    analyzer: Analyzer, language: str, text: str, place: str
) -> None:
    event = one_of_type(analyse(analyzer, text, language, PUBLISHED).events, "MOBILIZE")
    named = [r.name for r in event.recipients]
    assert place in named or (event.location is not None and event.location.name == place)


def test_a_german_preterite_in_ierte_dates_the_weekday_in_the_past(analyzer: Analyzer) -> None:
    text = "Tausende Menschen demonstrierten am Samstag in Berlin gegen den Krieg."
    event = one_of_type(analyse(analyzer, text, "de", PUBLISHED).events, "PROTEST")
    assert (event.status, event.date) == ("occurred", PartialDate(2025, 3, 8))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "La Russie a accusé l'Ukraine d'avoir attaqué un dépôt de carburant à Belgorod."),
        ("fr", "Moscou a accusé Kiev d'avoir attaqué un dépôt de carburant à Belgorod."),
    ],
)
def test_a_city_of_the_accuser_is_no_recipient(
    analyzer: Analyzer, language: str, text: str
) -> None:
    event = one_of_type(analyse(analyzer, text, language, PUBLISHED).events, "ACCUSE")
    assert [a.name for a in event.actors] == ["Russia"]
    assert [r.name for r in event.recipients] == ["Ukraine"]
