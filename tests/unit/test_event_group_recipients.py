"""An unnamed group acted on is the recipient: "fired tear gas at protesters", "ha
arrestato due giornalisti", "disparó contra los manifestantes". Sentences written for this
test."""

from __future__ import annotations

import pytest
from event_helpers import analyse, one_of_type

from annals.models import PartialDate
from annals.pipeline import Analyzer

PUBLISHED = PartialDate(2025, 3, 12)


@pytest.mark.parametrize(
    ("lang", "text", "type_", "group"),
    [
        ("en", "Police fired tear gas at protesters outside parliament.", "ASSAULT", "protesters"),
        ("en", "Russian police arrested three journalists in Moscow.", "COERCE", "journalists"),
        (
            "fr",
            "La police a arrêté des manifestants devant le parlement.",
            "COERCE",
            "manifestants",
        ),
        (
            "it",
            "La polizia ha sparato contro i manifestanti davanti al parlamento.",
            "ASSAULT",
            "manifestanti",
        ),
        ("it", "La polizia ha arrestato due giornalisti a Roma.", "COERCE", "giornalisti"),
        ("es", "La policía detuvo a dos periodistas en El Cairo.", "COERCE", "periodistas"),
        ("es", "El ejército disparó contra los manifestantes.", "ASSAULT", "manifestantes"),
    ],
)
def test_the_group_acted_on_is_the_recipient(
    analyzer: Analyzer, lang: str, text: str, type_: str, group: str
) -> None:
    event = one_of_type(analyse(analyzer, text, lang, PUBLISHED).events, type_)
    assert group in [r.name for r in event.recipients]
    assert group not in [a.name for a in event.actors]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The ministers met at the summit in Vilnius."),
        ("it", "I manifestanti hanno bloccato una strada nel centro."),
    ],
)
def test_no_group_recipient_where_none_is_acted_on(
    analyzer: Analyzer, lang: str, text: str
) -> None:
    for event in analyse(analyzer, text, lang, PUBLISHED).events:
        assert not [r for r in event.recipients if r.id.startswith("group/")], event.trigger


def test_a_place_in_an_at_phrase_is_not_the_target(analyzer: Analyzer) -> None:
    text = "A gunman shot three people at a suburban Boston office building on Monday."
    event = one_of_type(analyse(analyzer, text, "en", PUBLISHED).events, "ASSAULT")
    assert "Boston" not in [r.name for r in event.recipients]
