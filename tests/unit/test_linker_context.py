"""Linking that depends on the rest of the text: short names of organisations, days tagged
as names, and regions named in several languages. Hand-written sentences."""

from __future__ import annotations

import re

import pytest

from annals.kb.knowledge_base import KnowledgeBase
from annals.kb.linker import EntityLinker
from annals.models import (
    EntitySpan,
    EntityType,
    LinkResult,
    ParsedText,
    PartialDate,
    Sentence,
    Token,
)

DAY = PartialDate(2024, 11, 5)


def parse(text: str, language: str, spans: tuple[tuple[str, EntityType], ...] = ()) -> ParsedText:
    """A ParsedText built by regex (no spaCy); NER spans given by their first occurrence."""
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
def linker() -> EntityLinker:
    return EntityLinker(KnowledgeBase.load())


def linked(result: LinkResult) -> list[tuple[str, str]]:
    return [(m.text, m.entity_id) for m in result.mentions]


@pytest.mark.parametrize(
    ("language", "text", "short"),
    [
        ("en", "NATO ministers met in Brussels. The Alliance will grow, they said.", "Alliance"),
        ("it", "La Nato si è riunita a Bruxelles. L'Alleanza crescerà.", "Alleanza"),
        ("fr", "L'OTAN s'est réunie à Bruxelles. L'Alliance va s'élargir.", "Alliance"),
        ("de", "Die Nato tagte in Brüssel. Das Bündnis will wachsen.", "Bündnis"),
        ("es", "La OTAN se reunió en Bruselas. La Alianza crecerá.", "Alianza"),
    ],
)
def test_the_alliance_is_nato_where_the_text_names_nato(
    linker: EntityLinker, language: str, text: str, short: str
) -> None:
    assert (short, "org/nato") in linked(linker.link(parse(text, language), DAY))


def test_the_alliance_alone_is_not_nato(linker: EntityLinker) -> None:
    result = linker.link(parse("The Alliance will grow, the minister said.", "en"), DAY)
    assert "org/nato" not in {m.entity_id for m in result.mentions}


def test_a_longer_name_starting_with_the_short_name_is_not_nato(linker: EntityLinker) -> None:
    text = "NATO met on Monday. The Alliance for Peace said the talks failed."
    result = linker.link(parse(text, "en", (("Alliance for Peace", "ORG"),)), DAY)
    pairs = linked(result)
    assert ("Alliance", "org/nato") not in pairs
    assert any(surface == "Alliance for Peace" for surface, _ in pairs)


@pytest.mark.parametrize(
    ("language", "text", "day"),
    [
        ("it", "Mercoledì il ministro ha incontrato il collega a Roma.", "Mercoledì"),
        ("fr", "Mardi, le ministre a rencontré son homologue à Paris.", "Mardi"),
        ("de", "Am Montag traf der Minister seinen Kollegen in Berlin.", "Montag"),
    ],
)
def test_a_day_tagged_as_a_name_is_no_entity(
    linker: EntityLinker, language: str, text: str, day: str
) -> None:
    result = linker.link(parse(text, language, ((day, "ORG"),)), DAY)
    assert day not in {m.text for m in result.mentions}


@pytest.mark.parametrize(
    ("language", "text", "surface", "expected"),
    [
        ("en", "Troops were sent to Europe and North America.", "Europe", "region/europe"),
        (
            "it",
            "Truppe inviate in Europa e in Nord America.",
            "Nord America",
            "region/north-america",
        ),
        ("de", "Schiffe kreuzten in der Ostsee.", "Ostsee", "region/baltic-sea"),
        ("fr", "Des navires patrouillent en mer Noire.", "mer Noire", "region/black-sea"),
        ("es", "Los combates siguen en la Franja de Gaza.", "Franja de Gaza", "region/gaza-strip"),
        (
            "en",
            "Andriy Yermak, head of Zelensky's Office, met the envoy.",
            "Zelensky's Office",
            "org/office-of-the-president-of-ukraine",
        ),
        (
            "en",
            "NATO held its nuclear exercise Steadfast Noon in October.",
            "Steadfast Noon",
            "event/steadfast-noon",
        ),
    ],
)
def test_regions_offices_and_exercises_link(
    linker: EntityLinker, language: str, text: str, surface: str, expected: str
) -> None:
    assert (surface, expected) in linked(linker.link(parse(text, language), DAY))


@pytest.mark.parametrize(
    ("language", "text", "noun"),
    [
        (
            "en",
            "Italy sent ten aid packages. The country's cabinet approved an eleventh.",
            "country",
        ),
        (
            "it",
            "L'Italia ha inviato dieci pacchetti. Il governo del Paese ne ha approvato un altro.",
            "Paese",
        ),
        (
            "fr",
            "L'Italie a envoyé dix paquets. Le gouvernement du pays en a approuvé un autre.",
            "pays",
        ),
        (
            "de",
            "Italien schickte zehn Pakete. Die Regierung des Landes billigte ein weiteres.",
            "Landes",
        ),
        ("es", "Italia envió diez paquetes. El Gobierno del país aprobó otro más.", "país"),
    ],
)
def test_the_country_is_the_country_named_before(
    linker: EntityLinker, language: str, text: str, noun: str
) -> None:
    assert (noun, "country/ITA") in linked(linker.link(parse(text, language), DAY))


def test_the_country_without_a_country_before_is_no_entity(linker: EntityLinker) -> None:
    result = linker.link(
        parse("The country held elections; a country in Africa did too.", "en"), DAY
    )
    assert not result.mentions or all(m.text != "country" for m in result.mentions)
