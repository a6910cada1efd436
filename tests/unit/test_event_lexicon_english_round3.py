"""English senses added with the 2026-11-24 lexicon round: vigils held as protest, websites
knocked out by hackers, positions abandoned by troops. Sentences written for this test."""

from __future__ import annotations

import pytest
from event_helpers import analyse, one_of_type

from annals.models import PartialDate
from annals.pipeline import Analyzer

PUBLISHED = PartialDate(2025, 3, 12)


@pytest.mark.parametrize(
    ("text", "type_", "mode"),
    [
        (
            "Relatives of the detained journalists held a vigil outside the Iranian embassy "
            "in London.",
            "PROTEST",
            "demo",
        ),
        (
            "Pro-Russian hackers defaced the websites of several Lithuanian ministries on Tuesday.",
            "COERCE",
            "cyber",
        ),
        (
            "Armenian troops abandoned their positions near the border village after heavy "
            "shelling.",
            "RETREAT",
            "withdraw",
        ),
    ],
)
def test_english_sense_is_coded(analyzer: Analyzer, text: str, type_: str, mode: str) -> None:
    event = one_of_type(analyse(analyzer, text, "en", PUBLISHED).events, type_)
    assert event.mode == mode
