"""Where a nationality adjective still names the party after the English wire-news rules:
in the subject of the clause, under a title, and in French sentences whose infinitive or
participle the English rules do not read. Sentences written for this test."""

from __future__ import annotations

import pytest
from event_helpers import analyse, names

from annals.models import PartialDate
from annals.pipeline import Analyzer

PUBLISHED = PartialDate(2011, 3, 12)


@pytest.mark.parametrize(
    ("text", "type_", "actor"),
    [
        (
            "Le 11 février, lâché par ses généraux, le raïs tunisien est contraint à la démission.",
            "RETREAT",
            "Tunisia",
        ),
        (
            "La décision a été annoncée par Ahmet Yilmaz, le chef de la diplomatie turque, en "
            "visite à Misrata.",
            "CONSULT",
            "Türkiye",
        ),
        (
            "Le 30 juin, l'armée envoie ses hélicoptères saluer la foule.",
            "SUPPORT",
            "armée",
        ),
    ],
)
def test_a_french_party_keeps_its_nationality_or_its_force(
    analyzer: Analyzer, text: str, type_: str, actor: str
) -> None:
    events = [e for e in analyse(analyzer, text, "fr", PUBLISHED).events if e.type == type_]
    assert events, [e.type for e in analyse(analyzer, text, "fr", PUBLISHED).events]
    assert actor in names(events[0].actors)
