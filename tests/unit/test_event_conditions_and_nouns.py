"""Where no parser runs (Italian, Spanish, German): a trigger after an article is a noun
that may not re-type the clause's verb ("detuvo … durante las protestas" is an arrest), and
a condition ("se", "si", "falls") opens a clause of its own, whose act is hypothetical and
no reading of the threat before it. Hand-written sentences; the full analysis runs."""

from __future__ import annotations

import pytest
from event_helpers import analyse, one_of_type

from annals.models import PartialDate
from annals.pipeline import Analyzer

PUBLISHED = PartialDate(2025, 3, 14)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "La policía detuvo a 15 personas durante las protestas en Lima."),
        ("it", "La polizia ha arrestato 15 persone durante le proteste a Lima."),
    ],
)
def test_an_arrest_during_protests_stays_an_arrest(
    analyzer: Analyzer, language: str, text: str
) -> None:
    events = analyse(analyzer, text, language, PUBLISHED).events
    assert [e.type for e in events] == ["COERCE"], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Rusia amenazó con responder si Finlandia despliega armas nucleares."),
        ("it", "La Russia ha minacciato di rispondere se la Finlandia schiererà armi nucleari."),
    ],
)
def test_a_threat_keeps_its_type_before_a_condition(
    analyzer: Analyzer, language: str, text: str
) -> None:
    events = analyse(analyzer, text, language, PUBLISHED).events
    threat = one_of_type(events, "THREATEN")
    assert [a.name for a in threat.actors] == ["Russia"]
    assert all(e.status == "hypothetical" for e in events if e.type == "MOBILIZE")


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        (
            "La missione delle Nazioni Unite ha affermato che l'ospedale è stato colpito"
            " da un missile russo.",
            [],
        ),
        ("Il ministro ha detto che Kharkiv è stata bombardata dalla Russia.", ["Kharkiv"]),
    ],
)
def test_the_patient_of_a_passive_is_in_its_own_clause(
    analyzer: Analyzer, text: str, recipients: list[str]
) -> None:
    event = one_of_type(analyse(analyzer, text, "it", PUBLISHED).events, "ASSAULT")
    assert [a.name for a in event.actors] == ["Russia"]
    assert [r.name for r in event.recipients] == recipients
