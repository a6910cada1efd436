"""Spanish verbs whose stem takes an accent when stressed ("envía", "reúne", "amplía",
"prohíbe"): the lexicons write their entries on the unaccented stem ("envi*", "reun*"),
which the accented forms must match too. Sentences written for this test."""

from __future__ import annotations

import pytest
from event_helpers import analyse, names, one_of_type

from annals.events.lexicon import Spec, fold_stem_accent
from annals.models import PartialDate
from annals.pipeline import Analyzer

PUBLISHED = PartialDate(2024, 5, 10)


@pytest.mark.parametrize(
    ("word", "folded"),
    [("envía", "envia"), ("reúnen", "reunen"), ("prohíbe", "prohibe"), ("envió", "envió")],
)
def test_only_the_stem_accents_are_folded(word: str, folded: str) -> None:
    assert fold_stem_accent(word) == folded


def test_an_unaccented_word_is_returned_as_it_is() -> None:
    word = "enviar"
    assert fold_stem_accent(word) is word


def test_a_stem_entry_matches_the_accented_form() -> None:
    assert Spec.parse("envi*").matches_word(fold_stem_accent("envían"))


def _events(analyzer: Analyzer, text: str, type_: str) -> list[tuple[list[str], list[str]]]:
    events = analyse(analyzer, text, "es", PUBLISHED).events
    return [(names(e.actors), names(e.recipients)) for e in events if e.type == type_]


@pytest.mark.parametrize(
    ("text", "type_", "actor", "recipient"),
    [
        ("Alemania envía tanques y munición a Ucrania.", "AID", "Germany", "Ukraine"),
        ("Francia envía tropas a Rumanía.", "MOBILIZE", "France", None),
        (
            "La ministra de Exteriores de Chile se reúne con el presidente de Perú en Lima.",
            "CONSULT",
            "Chile",
            None,
        ),
        ("La Unión Europea amplía sus sanciones a Irán.", "SANCTION", "European Union", "Iran"),
    ],
)
def test_an_accented_present_tense_is_an_event(
    analyzer: Analyzer, text: str, type_: str, actor: str, recipient: str | None
) -> None:
    event = one_of_type(analyse(analyzer, text, "es", PUBLISHED).events, type_)
    actors, recipients = names(event.actors), names(event.recipients)
    assert actor in actors or any(actor in name for name in actors)
    if recipient is not None:
        assert recipient in recipients


def test_gathering_people_is_no_meeting(analyzer: Analyzer) -> None:
    text = "La marcha de Valencia reúne a miles de personas contra el nuevo impuesto."
    assert _events(analyzer, text, "CONSULT") == []
