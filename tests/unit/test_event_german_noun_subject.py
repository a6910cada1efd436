"""A German clause that opens with an article and an unnamed noun has that noun as its
subject: the names after the verb are its objects ("Der Präsident besucht Marokko"), not
its subject as after an adverb ("Heute besucht die Kanzlerin Marokko"). Sentences written
for this test."""

from __future__ import annotations

import pytest
from event_helpers import analyse, names, one_of_type

from annals.models import PartialDate
from annals.pipeline import Analyzer

PUBLISHED = PartialDate(2024, 5, 10)


@pytest.mark.parametrize(
    ("text", "type_", "recipient"),
    [
        ("Der Präsident besucht Marokko.", "CONSULT", "Morocco"),
        ("Die Regierung fordert von der EU mehr Hilfe.", "REQUEST", "European Union"),
        ("Ein Sprecher kritisiert Polen scharf.", "ACCUSE", "Poland"),
    ],
)
def test_the_name_after_the_verb_is_no_subject(
    analyzer: Analyzer, text: str, type_: str, recipient: str
) -> None:
    event = one_of_type(analyse(analyzer, text, "de", PUBLISHED).events, type_)
    assert recipient not in names(event.actors)
    assert recipient in names(event.recipients)


def test_after_an_adverb_the_name_after_the_verb_is_the_subject(analyzer: Analyzer) -> None:
    text = "Am Montag kritisierte Polen die Entscheidung der Kommission scharf."
    event = one_of_type(analyse(analyzer, text, "de", PUBLISHED).events, "ACCUSE")
    assert names(event.actors) == ["Poland"]
