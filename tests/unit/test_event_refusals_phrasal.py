"""Refusals told by a phrasal verb with what is refused as its object ("brushed aside calls",
"turned aside a proposal", "shrugged off the warnings") are REJECT; the same verbs without
such an object are no event. Sentences written for this test."""

from __future__ import annotations

import pytest
from event_helpers import analyse, one_of_type

from annals.models import PartialDate
from annals.pipeline import Analyzer

PUBLISHED = PartialDate(2025, 3, 12)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Hungary brushed aside calls from its EU partners to change course.", "Hungary"),
        ("The Kremlin turned aside Kyiv's proposal for a prisoner exchange.", "Kremlin"),
        ("Russia shrugged off the warnings from NATO on Tuesday.", "Russia"),
    ],
)
def test_a_phrasal_refusal_is_a_rejection(analyzer: Analyzer, text: str, actor: str) -> None:
    event = one_of_type(analyse(analyzer, text, "en", PUBLISHED).events, "REJECT")
    assert actor in [a.name for a in event.actors]


def test_turning_away_from_a_place_is_no_refusal(analyzer: Analyzer) -> None:
    text = "The Polish minister turned away from the podium in Warsaw."
    events = analyse(analyzer, text, "en", PUBLISHED).events
    assert not [e for e in events if e.type == "REJECT"]
