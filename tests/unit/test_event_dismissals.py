"""A named person or an office holder who is fired loses a job; rockets fired at a town,
or soldiers who fire on a crowd, attack. Sentences written for this test."""

from __future__ import annotations

import pytest
from event_helpers import analyse

from annals.models import PartialDate
from annals.pipeline import Analyzer

PUBLISHED = PartialDate(2024, 9, 20)


@pytest.mark.parametrize(
    "text",
    [
        "Chancellor Scholz fired Finance Minister Christian Lindner on Wednesday.",
        "Putin fired his defence minister on Sunday.",
        "James Comey was fired on May 9.",
        "Mike Brennan, fired on June 8, is suing the club.",  # parsed as active, a day alone
    ],
)
def test_a_person_or_an_office_fired_is_no_attack(analyzer: Analyzer, text: str) -> None:
    events = analyse(analyzer, text, "en", PUBLISHED).events
    assert not [e for e in events if e.type == "ASSAULT"], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Rockets were fired at Kiryat Shmona from southern Lebanon on Monday.",
        "Soldiers fired on protesters in Khartoum on Monday.",
        "Maduro's guards fired at the crowd outside the palace.",
        "Troops fired on Tuesday near the border, witnesses said.",  # no name: soldiers shoot
    ],
)
def test_shots_fired_at_someone_are_an_attack(analyzer: Analyzer, text: str) -> None:
    events = analyse(analyzer, text, "en", PUBLISHED).events
    assert [e for e in events if e.type == "ASSAULT"], [(e.type, e.trigger) for e in events]
