"""Cities that are not capitals, one entity across languages ("Charkiw", "Járkov")."""

from __future__ import annotations

import pytest

from annals.kb.knowledge_base import KnowledgeBase


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


@pytest.mark.parametrize(
    ("name", "entity_id"),
    [
        ("Kharkiv", "city/kharkiv"),
        ("Charkiw", "city/kharkiv"),
        ("Járkov", "city/kharkiv"),
        ("Харьков", "city/kharkiv"),
        ("Odessa", "city/odesa"),
        ("Leopoli", "city/lviv"),
        ("Ginevra", "city/geneva"),
        ("Genf", "city/geneva"),
        ("La Haye", "city/the-hague"),
        ("Estambul", "city/istanbul"),
        ("Bengasi", "city/benghazi"),
    ],
)
def test_city_names_in_other_languages(kb: KnowledgeBase, name: str, entity_id: str) -> None:
    assert entity_id in {entity.id for entity in kb.candidates(name)}


def test_cities_are_places_in_their_country(kb: KnowledgeBase) -> None:
    kharkiv = kb.entity("city/kharkiv")
    assert kharkiv is not None
    assert (kharkiv.type, kharkiv.country) == ("GPE", "UKR")


def test_cities_do_not_shadow_countries_or_capitals(kb: KnowledgeBase) -> None:
    assert "country/UKR" in {entity.id for entity in kb.candidates("Ukraine")}
    assert "city/kyiv" in {entity.id for entity in kb.candidates("Kiew")}
