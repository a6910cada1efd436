"""A name in a locative phrase that a place noun opens is where the event happens, not a
party ("se enfrentan en la prisión de Alepo", "dans le quartier de Moqattam"); an attack or
a protest at a named place is kept with no party named; a passive's unnamed group subject
is acted on. Sentences written for this test."""

from __future__ import annotations

import pytest
from event_helpers import analyse, one_of_type

from annals.models import PartialDate
from annals.pipeline import Analyzer

PUBLISHED = PartialDate(2013, 7, 2)


@pytest.mark.parametrize(
    ("lang", "text", "type_", "place"),
    [
        ("es", "Los rebeldes atacaron a los soldados en la prisión de Alepo.", "ASSAULT", "Aleppo"),
        (
            "it",
            "I soldati hanno sparato contro i ribelli nel quartiere di Misurata.",
            "ASSAULT",
            "Misrata",
        ),
        (
            "fr",
            "La police a dispersé les manifestants dans le quartier de Moqattam.",
            "COERCE",
            "Moqattam",
        ),
    ],
)
def test_a_name_after_a_place_noun_is_the_place(
    analyzer: Analyzer, lang: str, text: str, type_: str, place: str
) -> None:
    event = one_of_type(analyse(analyzer, text, lang, PUBLISHED).events, type_)
    parties = {p.name for p in (*event.actors, *event.recipients)}
    assert place not in parties, parties


@pytest.mark.parametrize(
    ("lang", "text", "type_", "place"),
    [
        (
            "es",
            "Un atentado suicida dejó veinte muertos en una mezquita de Kabul.",
            "ASSAULT",
            "Kabul",
        ),
        ("it", "Le proteste sono proseguite per tutta la notte a Bengasi.", "PROTEST", "Benghazi"),
    ],
)
def test_an_attack_or_a_protest_at_a_named_place_needs_no_party(
    analyzer: Analyzer, lang: str, text: str, type_: str, place: str
) -> None:
    event = one_of_type(analyse(analyzer, text, lang, PUBLISHED).events, type_)
    assert event.location is not None and event.location.name == place


def test_a_place_in_another_clause_keeps_no_event_without_parties(analyzer: Analyzer) -> None:
    text = "Hostilities paused as the delegations arrived in Kinshasa."
    events = analyse(analyzer, text, "en", PUBLISHED).events
    assert not [e for e in events if e.type == "ASSAULT" and not e.actors and not e.recipients]


@pytest.mark.parametrize(
    ("lang", "text", "type_", "group"),
    [
        (
            "fr",
            "Plusieurs manifestants ont été arrêtés hier soir devant la préfecture.",
            "COERCE",
            "manifestants",
        ),
        ("en", "Two soldiers were killed in an ambush on Sunday.", "ASSAULT", "soldiers"),
    ],
)
def test_an_unnamed_group_a_passive_acts_on_is_its_recipient(
    analyzer: Analyzer, lang: str, text: str, type_: str, group: str
) -> None:
    event = one_of_type(analyse(analyzer, text, lang, PUBLISHED).events, type_)
    assert group in [r.name for r in event.recipients]
    assert not event.actors


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        (
            "it",
            "BORGOFRANCO SUL PO I carabinieri sono intervenuti. Hanno poi arrestato un uomo "
            "di quarant'anni.",
            "BORGOFRANCO SUL PO",
        ),
        (
            "it",
            "Gli inquilini di via Bellettini hanno denunciato la vicina per stalking.",
            "via Bellettini",
        ),
    ],
)
def test_a_town_or_a_street_does_not_act(
    analyzer: Analyzer, lang: str, text: str, place: str
) -> None:
    for event in analyse(analyzer, text, lang, PUBLISHED).events:
        assert place not in [a.name for a in event.actors], event.trigger
