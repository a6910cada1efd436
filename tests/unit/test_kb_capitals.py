"""Capitals of the sovereign states in the bundled knowledge base (countries.json).

Every UN member and observer, Kosovo and Taiwan has its capital as a ``city/…`` GPE
entity with names in six languages, except the few that ``OMITTED_CAPITALS`` in
``scripts/build_kb_countries.py`` leaves out on purpose (city-states, names that are
common words or other well-known places).
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections import Counter
from importlib import resources
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from annals.kb.knowledge_base import BUNDLED_FILES, KnowledgeBase
from annals.kb.linker import EntityLinker
from annals.kb.text import normalise_alias
from annals.models import (
    EntityMention,
    EntitySpan,
    EntityType,
    ParsedText,
    PartialDate,
    Sentence,
    Token,
)

DAY = PartialDate(2025, 3, 9)
LANGUAGES = ("en", "it", "fr", "de", "es", "ru")
SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_kb_countries.py"
# Capitals with no name in a language because there the city's name is the country's
# ("Алжир", "Túnez"): that name stays the country's.
NAMED_LIKE_THE_COUNTRY = {
    ("city/algiers", "ru"),
    ("city/guatemala-city", "ru"),
    ("city/panama-city", "ru"),
    ("city/tunis", "es"),
    ("city/tunis", "ru"),
}


def _bundled(name: str) -> dict[str, Any]:
    text = resources.files("annals.kb").joinpath("data", name).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def _capitals() -> list[dict[str, Any]]:
    return [e for e in _bundled("countries.json")["entities"] if e.get("capital_of")]


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_kb_countries", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_kb_countries"] = module
    spec.loader.exec_module(module)
    return module


def parse(text: str, language: str, spans: tuple[tuple[str, EntityType], ...] = ()) -> ParsedText:
    """A ParsedText built by regex, independent of the spaCy parser; spans by first occurrence."""
    tokens = tuple(
        Token(i, m.start(), m.end(), m.group(), m.group(), "", "", i, 0)
        for i, m in enumerate(re.finditer(r"\w+|[^\w\s]", text))
    )
    entity_spans = []
    for surface, kind in spans:
        start = text.index(surface)
        entity_spans.append(EntitySpan(start, start + len(surface), surface, kind, 0.8, "test"))
    sentence = Sentence(0, 0, len(text), 0, len(tokens))
    return ParsedText(language, text, (sentence,), tokens, tuple(entity_spans), False)


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


@pytest.fixture(scope="module")
def linker(kb: KnowledgeBase) -> EntityLinker:
    return EntityLinker(kb)


def _mention(linker: EntityLinker, text: str, language: str, surface: str) -> EntityMention:
    # the NER span reproduces the statistical model's guess that a rare capital is a person
    parsed = parse(text, language, ((surface, "PERSON"),))
    return next(m for m in linker.link(parsed, DAY).mentions if m.text == surface)


# ---------------------------------------------------------------- the data


def test_capitals_cover_the_sovereign_states() -> None:
    capitals = _capitals()
    assert len(capitals) >= 180
    ids = {entity["id"] for entity in capitals}
    for expected in (
        "city/yerevan",
        "city/baku",
        "city/tashkent",
        "city/nairobi",
        "city/addis-ababa",
        "city/caracas",
        "city/kinshasa",
        "city/bamako",
        "city/niamey",
        "city/ouagadougou",
        "city/khartoum",
        "city/juba",
        "city/sanaa",
        "city/muscat",
        "city/doha",
        "city/pristina",
        "city/taipei",
        "city/ramallah",
    ):
        assert expected in ids


def test_every_capital_has_names_in_six_languages() -> None:
    missing = {
        (entity["id"], lang)
        for entity in _capitals()
        for lang in LANGUAGES
        if not entity["aliases"].get(lang)
    }
    assert missing == NAMED_LIKE_THE_COUNTRY


def test_capital_names_that_are_country_names_stay_the_countrys(kb: KnowledgeBase) -> None:
    assert [e.id for e in kb.candidates("Алжир")] == ["country/DZA"]
    assert [e.id for e in kb.candidates("Túnez")] == ["country/TUN"]
    assert "city/algiers" in {e.id for e in kb.candidates("Algeri")}


def test_each_capital_belongs_to_an_existing_country() -> None:
    countries = {
        entity["id"]
        for entity in _bundled("countries.json")["entities"]
        if entity["id"].startswith("country/")
    }
    for entity in _capitals():
        assert entity["type"] == "GPE"
        assert entity["country"] == entity["capital_of"]
        assert f"country/{entity['capital_of']}" in countries, entity["id"]
    capital_of = Counter(entity["capital_of"] for entity in _capitals())
    assert max(capital_of.values()) == 1


def test_ids_are_unique_across_bundled_files() -> None:
    counts = Counter(
        entity["id"]
        for name in BUNDLED_FILES
        for entity in _bundled(name).get("entities", [])
        if isinstance(entity, dict) and "id" in entity
    )
    assert [kb_id for kb_id, count in counts.items() if count > 1] == []


def test_capitals_do_not_repeat_the_cities_file() -> None:
    city_names = {
        normalise_alias(alias)
        for entity in _bundled("cities.json")["entities"]
        for names in entity["aliases"].values()
        for alias in [entity["name"], *names]
    }
    for entity in _capitals():
        for names in entity["aliases"].values():
            assert not city_names & {normalise_alias(name) for name in names}, entity["id"]


def test_older_capitals_keep_their_ids_and_metonymy(kb: KnowledgeBase) -> None:
    rome = kb.record("city/rome")
    brussels = kb.record("city/brussels")
    assert rome is not None and rome.metonym and rome.capital_of == "ITA"
    assert brussels is not None and not brussels.metonym
    for kb_id in ("city/brasília", "city/chișinău", "city/mexico-city", "city/tbilisi"):
        assert kb.entity(kb_id) is not None


def test_every_sovereign_state_has_a_capital_or_a_reason(shared_dir: Path) -> None:
    source = shared_dir / "data" / "kb" / "mledoze_countries.json"
    if not source.exists():
        pytest.skip("mledoze_countries.json is not in ../shared")
    script = _load_script()
    records = json.loads(source.read_text(encoding="utf-8"))
    sovereign = {
        script.CODE_FIXES.get(r["cca3"], r["cca3"])
        for r in records
        if r.get("unMember") or r["cca3"] in ("VAT", "PSE", "TWN", "UNK")
    }
    assert len(sovereign) == 197
    covered = set(script.CAPITALS) | set(script.MORE_CAPITALS) | set(script.OMITTED_CAPITALS)
    assert sovereign - covered == set()
    assert {e["capital_of"] for e in _capitals()} == sovereign - set(script.OMITTED_CAPITALS)


def test_russian_capital_names_decline() -> None:
    script = _load_script()
    assert script.russian_cases("Ереван") == ["Ереван", "Еревана", "Ереване", "Еревану"]
    assert script.russian_cases("Аддис-Абеба")[1:] == ["Аддис-Абебы", "Аддис-Абебе", "Аддис-Абебу"]
    assert script.russian_cases("Абуджа")[1] == "Абуджи"
    assert script.russian_cases("Ханой")[1] == "Ханоя"
    assert script.russian_cases("Монровия") == ["Монровия", "Монровии", "Монровию"]
    assert script.russian_cases("Найроби") == ["Найроби"]


# ---------------------------------------------------------------- linking


@pytest.mark.parametrize(
    ("language", "text", "surface"),
    [
        ("en", "Protests continued in Yerevan on Sunday.", "Yerevan"),
        ("it", "Le proteste sono proseguite domenica a Erevan.", "Erevan"),
        ("fr", "Les manifestations se sont poursuivies dimanche à Erevan.", "Erevan"),
        ("de", "Die Proteste in Eriwan gingen am Sonntag weiter.", "Eriwan"),
        ("es", "Las protestas continuaron el domingo en Ereván.", "Ereván"),
        ("ru", "Протесты в Ереване продолжились в воскресенье.", "Ереване"),
    ],
)
def test_yerevan_is_the_armenian_capital(
    linker: EntityLinker, language: str, text: str, surface: str
) -> None:
    mention = _mention(linker, text, language, surface)
    assert (mention.type, mention.entity_id, mention.country) == ("GPE", "city/yerevan", "ARM")


@pytest.mark.parametrize(
    ("language", "text", "surface", "entity_id", "country"),
    [
        (
            "en",
            "Talks resumed in Addis Ababa after the ceasefire.",
            "Addis Ababa",
            "city/addis-ababa",
            "ETH",
        ),
        ("it", "I colloqui sono ripresi ad Addis Abeba.", "Addis Abeba", "city/addis-ababa", "ETH"),
        ("de", "In Taschkent trafen sich die Minister.", "Taschkent", "city/tashkent", "UZB"),
        ("es", "La oposición marchó por las calles de Jartum.", "Jartum", "city/khartoum", "SDN"),
        (
            "fr",
            "Des soldats ont été déployés à Ouagadougou.",
            "Ouagadougou",
            "city/ouagadougou",
            "BFA",
        ),
        ("it", "Nuove sanzioni sono state discusse a Mascate.", "Mascate", "city/muscat", "OMN"),
        ("ru", "Переговоры прошли в Киншасе.", "Киншасе", "city/kinshasa", "COD"),
    ],
)
def test_other_new_capitals_are_places_in_their_country(
    linker: EntityLinker, language: str, text: str, surface: str, entity_id: str, country: str
) -> None:
    mention = _mention(linker, text, language, surface)
    assert (mention.type, mention.entity_id, mention.country) == ("GPE", entity_id, country)


@pytest.mark.parametrize(
    ("language", "text", "surface", "country"),
    [
        ("en", "Baku rejected the proposal on Monday.", "Baku", "country/AZE"),
        ("en", "Yerevan accused its neighbour of shelling.", "Yerevan", "country/ARM"),
        ("it", "Erevan respinge le accuse.", "Erevan", "country/ARM"),
        ("es", "Caracas rechaza las sanciones.", "Caracas", "country/VEN"),
        ("de", "Eriwan fordert Garantien.", "Eriwan", "country/ARM"),
    ],
)
def test_new_capitals_as_subjects_are_their_governments(
    linker: EntityLinker, language: str, text: str, surface: str, country: str
) -> None:
    mention = _mention(linker, text, language, surface)
    assert (mention.type, mention.entity_id) == ("GPE", country)


@pytest.mark.parametrize(
    ("language", "text", "surface", "entity_id"),
    [
        ("es", "Las exigencias de Washington eran onerosas.", "Washington", "country/USA"),
        ("it", "Le richieste di Mosca sono state respinte.", "Mosca", "country/RUS"),
        ("fr", "La réponse de Pékin est attendue lundi.", "Pékin", "country/CHN"),
        ("en", "The ultimatum of Baku expired at noon.", "Baku", "country/AZE"),
        # a place's "of" phrase stays a place
        ("it", "Le strade di Mosca erano piene di gente.", "Mosca", "city/moscow"),
        ("es", "La oposición marchó por las calles de Jartum.", "Jartum", "city/khartoum"),
    ],
)
def test_a_capital_after_a_noun_of_what_governments_do_is_its_government(
    linker: EntityLinker, language: str, text: str, surface: str, entity_id: str
) -> None:
    assert _mention(linker, text, language, surface).entity_id == entity_id


@pytest.mark.parametrize(
    ("text", "surface", "city"),
    [
        ("Lima announced new measures against the protesters.", "Lima", "city/lima"),
        ("Nassau said the storm had passed.", "Nassau", "city/nassau"),
        ("Sucre announced a curfew.", "Sucre", "city/sucre"),
    ],
)
def test_ambiguous_capitals_are_never_governments(
    kb: KnowledgeBase, linker: EntityLinker, text: str, surface: str, city: str
) -> None:
    mention = _mention(linker, text, "en", surface)
    assert mention.entity_id == city
    assert kb.country_by_capital(surface) is None


@pytest.mark.parametrize(
    "text",
    [
        "Victoria said she would not run again.",
        "Kingston announced a new stadium for the borough.",
        "Colombo ha detto che il governo cadrà.",
        "Georgetown announced a new basketball coach.",
    ],
)
def test_omitted_capitals_are_not_linked_to_a_capital(
    kb: KnowledgeBase, linker: EntityLinker, text: str
) -> None:
    language = "it" if " ha " in text else "en"
    mentions = linker.link(parse(text, language), DAY).mentions
    assert not any(m.entity_id.startswith(("city/", "country/")) for m in mentions)
    assert kb.capital(text.split()[0]) is None


@pytest.mark.slow
def test_yerevan_with_the_spacy_parser(linker: EntityLinker) -> None:
    parser_module = pytest.importorskip("annals.nlp.parser")
    parsed = parser_module.Parser().parse("Protests continued in Yerevan on Sunday.", "en")
    mention = next(m for m in linker.link(parsed, DAY).mentions if m.text == "Yerevan")
    assert (mention.type, mention.entity_id, mention.country) == ("GPE", "city/yerevan", "ARM")
