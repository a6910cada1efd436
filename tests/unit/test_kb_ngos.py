"""Humanitarian and rights organisations are knowledge-base entities: named in several
languages and by their acronyms, they act in events ("Human Rights Watch accused …")
and belong to no state. Hand-written sentences."""

from __future__ import annotations

import pytest

from annals.kb.knowledge_base import KnowledgeBase
from annals.models import PartialDate, RawDocument
from annals.pipeline import Analyzer


@pytest.mark.parametrize(
    ("name", "entity_id"),
    [
        ("Human Rights Watch", "org/human-rights-watch"),
        ("HRW", "org/human-rights-watch"),
        ("Amnistía Internacional", "org/amnesty-international"),
        ("Ärzte ohne Grenzen", "org/msf"),
        ("Doctors Without Borders", "org/msf"),
        ("Reporters sans frontières", "org/reporters-without-borders"),
    ],
)
def test_ngo_names_resolve(name: str, entity_id: str) -> None:
    found = [entity.id for entity in KnowledgeBase.load().candidates(name)]
    assert entity_id in found


def test_ngos_belong_to_no_state() -> None:
    kb = KnowledgeBase.load()
    for name in ("Human Rights Watch", "Amnesty International", "Oxfam"):
        entity = kb.candidates(name)[0]
        assert entity.country is None, (name, entity.country)


def test_an_ngo_acts_in_an_event() -> None:
    text = "Human Rights Watch accused the Ethiopian army of torturing detainees."
    analysis = Analyzer().analyze(
        RawDocument(path="t.txt", text=text, format="text"), "en", PartialDate(2025, 6, 14)
    )
    accusations = [e for e in analysis.events if e.type == "ACCUSE"]
    assert accusations and accusations[0].actors[0].id == "org/human-rights-watch"
