"""The linker keeps what the recogniser got right: names the knowledge base knows only in
part, titles that are part of a name, capitalised words that are no dates, and known
names that are only a piece of a longer unknown one. Sentences written for this test."""

from __future__ import annotations

import pytest
from linker_helpers import parse

from annals.kb.knowledge_base import KnowledgeBase
from annals.kb.linker import EntityLinker
from annals.models import EntityType, PartialDate

DAY = PartialDate(2025, 3, 1)


@pytest.fixture(scope="module")
def linker() -> EntityLinker:
    return EntityLinker(KnowledgeBase.load())


def _mentions(
    linker: EntityLinker, text: str, language: str, spans: tuple[tuple[str, EntityType], ...]
) -> list[tuple[str, str]]:
    result = linker.link(parse(text, language, spans), DAY)
    return [(m.text, m.type) for m in result.mentions]


@pytest.mark.parametrize(
    ("language", "text", "name", "kind"),
    [
        # a word of a longer demonym or office is no title alone
        ("it", "Il romanzo di Primo Levi uscì nel 1947.", "Primo Levi", "PERSON"),
        ("en", "She grew up in New Jersey with her aunt.", "New Jersey", "GPE"),
        ("fr", "Le fleuve traverse l'Amérique du Sud d'ouest en est.", "Amérique du Sud", "LOC"),
        ("de", "Der Film von Costa-Gavras lief im Wettbewerb.", "Costa-Gavras", "PERSON"),
        # one adjective after a known name belongs to it
        (
            "fr",
            "Le pays se trouve en Afrique centrale, près de l'équateur.",
            "Afrique centrale",
            "LOC",
        ),
        ("es", "La Alemania nazi invadió Polonia en 1939.", "Alemania nazi", "ORG"),
        # known names joined into one unknown name
        ("de", "Nach 1867 regierte Österreich-Ungarn über Galizien.", "Österreich-Ungarn", "LOC"),
        ("fr", "Il a vécu à Vancouver, en Colombie-Britannique.", "Colombie-Britannique", "LOC"),
        # an organisation's short name inside a longer one
        ("fr", "Elle enseigne à l'Alliance française de Lima.", "Alliance française", "ORG"),
    ],
)
def test_a_recognised_name_the_kb_knows_in_part_stays_whole(
    linker: EntityLinker, language: str, text: str, name: str, kind: EntityType
) -> None:
    mentions = _mentions(linker, text, language, ((name, kind),))
    assert name in [surface for surface, _ in mentions]


@pytest.mark.parametrize(
    ("language", "text", "name", "expected"),
    [
        ("en", "The album was produced by Dr. Dre in Los Angeles.", "Dr. Dre", "Dre"),
        ("fr", "Le livre cite souvent Saint-Simon et ses disciples.", "Saint-Simon", "Saint-Simon"),
        ("en", "The score was written by A. R. Rahman last year.", "A. R. Rahman", "A. R. Rahman"),
        (
            "fr",
            "La cour de Louis XIV craignait Madame de Montespan.",
            "Madame de Montespan",
            "Madame de Montespan",
        ),
        ("it", "Il regista Lo Wei girò il film a Hong Kong.", "Lo Wei", "Lo Wei"),
    ],
)
def test_titles_are_stripped_only_where_a_name_follows(
    linker: EntityLinker, language: str, text: str, name: str, expected: str
) -> None:
    mentions = _mentions(linker, text, language, ((name, "PERSON"),))
    assert (expected, "PERSON") in mentions


def test_a_title_before_a_name_is_still_stripped(linker: EntityLinker) -> None:
    text = "Yesterday Prime Minister Giorgia Meloni met the press."
    mentions = _mentions(linker, text, "en", (("Prime Minister Giorgia Meloni", "PERSON"),))
    assert ("Giorgia Meloni", "PERSON") in mentions


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("fr", "La sonde devait se placer en orbite autour de Mars cette année.", "Mars"),
        ("it", "Il paese sorge tra i fiumi Sabato e Calore.", "Sabato"),
    ],
)
def test_a_capitalised_month_or_day_inside_a_sentence_is_a_name_where_they_are_lowercase(
    linker: EntityLinker, language: str, text: str, name: str
) -> None:
    assert name in [surface for surface, _ in _mentions(linker, text, language, ((name, "LOC"),))]


@pytest.mark.parametrize(
    ("language", "text", "piece"),
    [
        ("es", "Jugó la Copa América con su selección.", "América"),
        ("en", "She won the Japan Open twice in a row.", "Japan"),
        ("en", "He was named an All-America player in 1971.", "America"),
    ],
)
def test_a_known_name_inside_a_longer_unrecognised_name_is_no_mention(
    linker: EntityLinker, language: str, text: str, piece: str
) -> None:
    assert piece not in [surface for surface, _ in _mentions(linker, text, language, ())]


def test_a_country_opening_a_compound_qualifies_it_as_a_demonym_does(
    linker: EntityLinker,
) -> None:
    result = linker.link(parse("Der Film spielte 300 Millionen US-Dollar ein.", "de", ()), DAY)
    assert [(m.text, m.type, m.entity_id) for m in result.mentions] == [
        ("US", "NORP", "country/USA")
    ]


@pytest.mark.parametrize(
    ("language", "text", "name", "expected"),
    [
        ("en", "Russia Launches New Attack on Ukraine", "Russia", "country/RUS"),
        ("en", "Talks between Italy and France resumed.", "Italy", "country/ITA"),
        ("en", "US President Joe Biden spoke on Monday.", "US", "country/USA"),
        ("es", "Viajó a Malaui y Zambia en 1963.", "Malaui", "country/MWI"),  # not a demonym
    ],
)
def test_known_names_alone_still_link(
    linker: EntityLinker, language: str, text: str, name: str, expected: str
) -> None:
    result = linker.link(parse(text, language, ()), DAY)
    assert (name, expected, "GPE") in [(m.text, m.entity_id, m.type) for m in result.mentions]


def test_a_country_acronym_before_a_capitalised_weapon_name_is_the_country(
    linker: EntityLinker,
) -> None:
    # "Predator" is in no knowledge base entry: the acronym still names the state
    text = "Recent US Predator attacks have killed eight militants."
    result = linker.link(parse(text, "en", ()), DAY)
    assert "country/USA" in [m.entity_id for m in result.mentions]
