"""Names of the allies acting together ("NATO allies", in five languages) link to NATO."""

from __future__ import annotations

import pytest

from annals.kb.knowledge_base import KnowledgeBase


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


@pytest.mark.parametrize(
    "name",
    [
        "NATO Allies",
        "NATO allies",
        "NATO member states",
        "alleati della NATO",
        "alliés de l'OTAN",
        "Nato-Verbündeten",
        "aliados de la OTAN",
    ],
)
def test_alliance_members_name_nato(kb: KnowledgeBase, name: str) -> None:
    assert "org/nato" in {entity.id for entity in kb.candidates(name)}


def test_other_allies_are_not_nato(kb: KnowledgeBase) -> None:
    assert "org/nato" not in {entity.id for entity in kb.candidates("Gulf allies")}
