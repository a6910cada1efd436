"""Passives of local crime reports, read without a parse: the agent phrase after an
adverbial one ("denunciato per furto dai carabinieri", "arrestato in flagranza di reato
dagli agenti"), two coordinated participles ("individuati e denunciati", "hanno fermato e
arrestato"), and a town in the agent's "of" phrase, which undergoes nothing. Sentences
written for this test."""

from __future__ import annotations

import pytest
from event_helpers import analyse, names, one_of_type

from annals.models import PartialDate
from annals.pipeline import Analyzer

PUBLISHED = PartialDate(2025, 3, 12)


@pytest.mark.parametrize(
    ("text", "kind", "actor", "recipient"),
    [
        ("Un uomo è stato denunciato per furto dai carabinieri.", "ACCUSE", "carabinieri", "uomo"),
        (
            "Un pensionato è stato denunciato a piede libero dai carabinieri.",
            "ACCUSE",
            "carabinieri",
            "pensionato",
        ),
        (
            "Una donna è stata arrestata in flagranza di reato dagli agenti.",
            "COERCE",
            "agenti",
            "donna",
        ),
        (
            "Due ragazzi sono stati individuati e denunciati dai carabinieri.",
            "ACCUSE",
            "carabinieri",
            "ragazzi",
        ),
        (
            "Un ragazzo di 19 anni, residente a Carpi, è stato denunciato dai carabinieri "
            "della stazione di Novi.",
            "ACCUSE",
            "carabinieri",
            "ragazzo",
        ),
        (
            "Un ladro è stato catturato dopo un inseguimento dalla pattuglia della Volante.",
            "COERCE",
            None,
            "ladro",
        ),
    ],
)
def test_the_agent_phrase_after_an_adverbial_one_acts(
    analyzer: Analyzer, text: str, kind: str, actor: str | None, recipient: str
) -> None:
    event = one_of_type(analyse(analyzer, text, "it", PUBLISHED).events, kind)
    if actor is not None:
        assert names(event.actors) == [actor]
    assert names(event.recipients) == [recipient]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I carabinieri hanno fermato e arrestato tre giovani.", "COERCE"),
        ("I carabinieri hanno perquisito e denunciato due giovani.", "ACCUSE"),
    ],
)
def test_two_coordinated_participles_share_subject_and_object(
    analyzer: Analyzer, text: str, kind: str
) -> None:
    events = analyse(analyzer, text, "it", PUBLISHED).events
    event = one_of_type(events, kind)
    assert names(event.actors) == ["carabinieri"]
    assert names(event.recipients) == ["giovani"]
