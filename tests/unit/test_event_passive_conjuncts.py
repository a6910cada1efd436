"""A past participle joined to a passive verb shares its passive: in "the reporter was
detained and beaten" the reporter is beaten, by no one named; "was arrested and
confessed" stays active. Sentences written for this test."""

from __future__ import annotations

import pytest
from event_helpers import analyse, names, one_of_type

from annals.models import PartialDate
from annals.pipeline import Analyzer

PUBLISHED = PartialDate(2024, 2, 14)


@pytest.mark.parametrize(
    ("text", "language", "type_", "actors", "recipients"),
    [
        ("Navalny was poisoned and jailed.", "en", "COERCE", [], ["Alexei Navalny"]),
        (
            "The activist was shot and killed by soldiers near Nablus.",
            "en",
            "ASSAULT",
            ["soldiers"],
            ["activist"],
        ),
        (
            "Le militant a été arrêté puis condamné par un tribunal de Téhéran.",
            "fr",
            "SANCTION",
            None,
            ["militant"],
        ),
    ],
)
def test_the_subject_of_a_passive_undergoes_its_conjuncts_too(
    analyzer: Analyzer,
    text: str,
    language: str,
    type_: str,
    actors: list[str] | None,
    recipients: list[str],
) -> None:
    event = one_of_type(analyse(analyzer, text, language, PUBLISHED).events, type_)
    assert names(event.recipients) == recipients
    if actors is not None:
        assert names(event.actors) == actors


def test_an_active_verb_after_a_passive_keeps_its_subject(analyzer: Analyzer) -> None:
    text = "The gunman was cornered and surrendered to the police."
    events = analyse(analyzer, text, "en", PUBLISHED).events
    event = one_of_type(events, "RETREAT")
    assert names(event.actors) == ["gunman"]
