"""A regime as a subject, without a parse, refers to the state told before ("El régimen
bombardeó Misrata" in an article about Libya), and a group noun never reaches across its
verb for a country ("régimen bombardeó Misrata" was one group). Sentences written for this
test."""

from __future__ import annotations

import pytest
from event_helpers import analyse, names, one_of_type

from annals.models import PartialDate
from annals.pipeline import Analyzer

PUBLISHED = PartialDate(2025, 3, 12)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Siria vive una guerra civil desde 2011. El régimen bombardeó Alepo el lunes."),
        ("it", "In Siria la guerra continua. Il regime ha bombardato Aleppo lunedì."),
    ],
)
def test_the_regime_is_the_state_told_before(analyzer: Analyzer, lang: str, text: str) -> None:
    event = one_of_type(analyse(analyzer, text, lang, PUBLISHED).events, "ASSAULT")
    assert names(event.actors) == ["Syria"]
    assert names(event.recipients) == ["Aleppo"]


def test_a_group_noun_takes_no_country_across_its_verb(analyzer: Analyzer) -> None:
    text = "Los rebeldes atacaron Alepo el lunes."
    event = one_of_type(analyse(analyzer, text, "es", PUBLISHED).events, "ASSAULT")
    assert names(event.actors) == ["rebeldes"]
    assert names(event.recipients) == ["Aleppo"]
