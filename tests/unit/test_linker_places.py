"""Towns the knowledge base does not list get their country from the GeoNames city table."""

from __future__ import annotations

import pytest
from linker_helpers import parse

from annals.kb.knowledge_base import KnowledgeBase
from annals.kb.linker import EntityLinker
from annals.models import EntityMention, LinkResult, PartialDate

DAY = PartialDate(2024, 11, 5)


@pytest.fixture(scope="module")
def linker() -> EntityLinker:
    return EntityLinker(KnowledgeBase.load())


def mention(result: LinkResult, text: str) -> EntityMention:
    return next(m for m in result.mentions if m.text == text)


@pytest.mark.parametrize(
    ("language", "text", "name", "expected"),
    [
        ("it", "Scontri a Zliten nella notte.", "Zliten", ("local/GPE/zliten", "Zliten", "LBY")),
        ("it", "Il corteo ha attraversato Milano.", "Milano", ("local/GPE/milan", "Milan", "ITA")),
        # a name unlike the city's own is read where the text names the country
        (
            "de",
            "In Mailand, Italien, beginnt die Messe.",
            "Mailand",
            ("local/GPE/milan", "Milan", "ITA"),
        ),
        ("es", "Tiroteo en Culiacán ayer.", "Culiacán", ("local/GPE/culiacan", "Culiacán", "MEX")),
        (
            "en",
            "Three men were arrested in Buffalo.",
            "Buffalo",
            ("local/GPE/buffalo", "Buffalo", "USA"),
        ),
        # a US state outranks the towns of its name (a town "Virginia" lies in South Africa)
        (
            "en",
            "Storms hit Virginia overnight.",
            "Virginia",
            ("local/GPE/virginia", "Virginia", "USA"),
        ),
    ],
)
def test_linker_gives_a_town_its_country(
    linker: EntityLinker, language: str, text: str, name: str, expected: tuple[str, str, str]
) -> None:
    result = linker.link(parse(text, language, ((name, "LOC"),)), DAY)
    found = mention(result, name)
    assert (found.entity_id, found.name, found.country) == expected
    assert found.type == "GPE"
    entity = next(e for e in result.entities if e.id == found.entity_id)
    assert entity.country == expected[2] and name in entity.aliases


def test_linker_one_town_in_every_language(linker: EntityLinker) -> None:
    italian = linker.link(parse("Arresti a Milano.", "it", (("Milano", "GPE"),)), DAY)
    spanish = linker.link(parse("Detenciones en Milán.", "es", (("Milán", "GPE"),)), DAY)
    assert mention(italian, "Milano").entity_id == mention(spanish, "Milán").entity_id


def test_linker_keeps_the_knowledge_base_first(linker: EntityLinker) -> None:
    result = linker.link(parse("Missiles struck Kharkiv.", "en", (("Kharkiv", "GPE"),)), DAY)
    assert mention(result, "Kharkiv").entity_id == "city/kharkiv"


def test_linker_reads_a_surname_taken_for_a_place_as_no_town(linker: EntityLinker) -> None:
    # "Palin" and "Obama" are towns (Guatemala, Japan) as well as surnames
    text = "Sarah Palin spoke in Anchorage. Later Palin left."
    result = linker.link(
        parse(text, "en", (("Sarah Palin", "PERSON"), ("Anchorage", "GPE"), ("Palin", "LOC"))),
        DAY,
    )
    assert mention(result, "Anchorage").country == "USA"
    assert all(m.country is None for m in result.mentions if m.text == "Palin")
    result = linker.link(parse("Crowds cheered Obama in Berlin.", "en", (("Obama", "LOC"),)), DAY)
    assert mention(result, "Obama").country is None


def test_linker_leaves_unknown_and_lowercase_places_alone(linker: EntityLinker) -> None:
    result = linker.link(
        parse(
            "Protests in Xqzville and in milano.", "en", (("Xqzville", "GPE"), ("milano", "LOC"))
        ),
        DAY,
    )
    assert mention(result, "Xqzville").country is None
    assert all(m.country is None for m in result.mentions if m.text == "milano")


def test_linker_gives_no_country_to_an_organisation(linker: EntityLinker) -> None:
    result = linker.link(parse("Buffalo Bills won.", "en", (("Buffalo Bills", "ORG"),)), DAY)
    assert mention(result, "Buffalo Bills").country is None


def test_linker_reads_a_small_town_only_where_its_country_is_named(linker: EntityLinker) -> None:
    # Zintan has some 33,000 people: a name that size is often someone's, or another place's
    named = linker.link(
        parse("Libya: rebels from Zintan advanced.", "en", (("Libya", "GPE"), ("Zintan", "LOC"))),
        DAY,
    )
    assert mention(named, "Zintan").country == "LBY"
    alone = linker.link(parse("Rebels from Zintan advanced.", "en", (("Zintan", "LOC"),)), DAY)
    assert mention(alone, "Zintan").country is None
    # a city of more people needs no such help
    big = linker.link(parse("Rebels from Zliten advanced.", "en", (("Zliten", "LOC"),)), DAY)
    assert mention(big, "Zliten").country == "LBY"


def test_linker_reads_a_name_unlike_the_city_only_with_its_country(linker: EntityLinker) -> None:
    # GeoNames lists "Cobra" for San Vicente (Philippines), "Bazan" for Ongjin (North Korea)
    for text, name in (("The Cobra unit attacked.", "Cobra"), ("Bazán signed it.", "Bazán")):
        result = linker.link(parse(text, "en", ((name, "LOC"),)), DAY)
        assert mention(result, name).country is None
    # a month the recogniser took for a place is no town ("Maggio" is a name of Mojo)
    result = linker.link(parse("Attaccati il 5 Maggio.", "it", (("Maggio", "LOC"),)), DAY)
    assert all(m.country is None for m in result.mentions if m.text == "Maggio")


def test_linker_reads_a_spelling_of_a_known_city_as_that_city(linker: EntityLinker) -> None:
    # the KB knows Benghazi, but not "Bengazi", which GeoNames gives it
    result = linker.link(parse("Combates en Bengazi.", "es", (("Bengazi", "LOC"),)), DAY)
    found = mention(result, "Bengazi")
    assert (found.entity_id, found.kb_id, found.country) == ("city/benghazi",) * 2 + ("LBY",)
