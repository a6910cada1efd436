"""Tests of the entity linker on hand-written sentences in en/it/fr/de/es."""

from __future__ import annotations

import dataclasses

import pytest
from linker_helpers import parse

from annals.kb.knowledge_base import KnowledgeBase
from annals.kb.linker import EntityLinker
from annals.models import (
    EntitySpan,
    EntityType,
    LinkResult,
    PartialDate,
)

DAY = PartialDate(2024, 11, 5)


@pytest.fixture(scope="module")
def linker() -> EntityLinker:
    return EntityLinker(KnowledgeBase.load())


def ids_by_text(result: LinkResult) -> dict[str, str]:
    return {mention.text: mention.entity_id for mention in result.mentions}


def test_linker_title_variants_resolve_to_one_person(linker: EntityLinker) -> None:
    text = "Italian Prime Giorgia Meloni spoke first. PM Meloni then left, and Meloni smiled."
    result = linker.link(parse(text, "en", (("Italian Prime Giorgia Meloni", "PERSON"),)), DAY)
    people = [m for m in result.mentions if m.type == "PERSON"]
    assert [m.text for m in people] == ["Giorgia Meloni", "Meloni", "Meloni"]
    assert {m.entity_id for m in people} == {"person/giorgia-meloni"}
    assert people[0].confidence == pytest.approx(0.95)
    assert people[1].confidence < people[0].confidence


def test_linker_ner_span_with_title_is_trimmed(linker: EntityLinker) -> None:
    text = "Secretary General Mark Rutte arrived."
    result = linker.link(parse(text, "en", (("Secretary General Mark Rutte", "PERSON"),)), DAY)
    people = [m for m in result.mentions if m.type == "PERSON"]
    assert [(m.text, m.entity_id) for m in people] == [("Mark Rutte", "person/mark-rutte")]


def test_linker_transliterations_are_one_entity(linker: EntityLinker) -> None:
    text = "Zelenskyy met the press. Later Zelensky and Selenskyj were quoted."
    ids = {m.entity_id for m in linker.link(parse(text, "en"), DAY).mentions}
    assert ids == {"person/volodymyr-zelenskyy"}


@pytest.mark.parametrize(
    ("language", "text", "surface", "expected"),
    [
        ("it", "Gli Stati Uniti hanno inviato aiuti.", "Stati Uniti", "country/USA"),
        ("es", "EE.UU. anunció un paquete.", "EE.UU.", "country/USA"),
        ("fr", "Les États-Unis et le Royaume-Uni.", "Royaume-Uni", "country/GBR"),
        ("de", "Die Vereinigten Staaten und Russland.", "Russland", "country/RUS"),
        ("en", "The U.S. and the UK agreed.", "U.S.", "country/USA"),
        ("it", "La Nato si riunisce.", "Nato", "org/nato"),
        ("fr", "Le sommet de l'OTAN à Vilnius.", "OTAN", "org/nato"),
    ],
)
def test_linker_finds_country_and_org_names(
    linker: EntityLinker, language: str, text: str, surface: str, expected: str
) -> None:
    assert ids_by_text(linker.link(parse(text, language), DAY))[surface] == expected


def test_linker_lowercase_us_is_not_a_country(linker: EntityLinker) -> None:
    result = linker.link(parse("They told us about it.", "en"), DAY)
    assert result.mentions == ()


@pytest.mark.parametrize(
    ("language", "text", "surface", "country"),
    [
        ("en", "Italian assistance reached the front.", "Italian", "country/ITA"),
        ("it", "Il sostegno italiano continua.", "italiano", "country/ITA"),
        ("de", "Die italienische Hilfe kommt an.", "italienische", "country/ITA"),
        ("es", "La ayuda francesa llegó.", "francesa", "country/FRA"),
        ("fr", "Les soldats ukrainiens résistent.", "ukrainiens", "country/UKR"),
    ],
)
def test_linker_demonym_is_norp_of_country(
    linker: EntityLinker, language: str, text: str, surface: str, country: str
) -> None:
    mention = next(m for m in linker.link(parse(text, language), DAY).mentions if m.text == surface)
    assert (mention.type, mention.entity_id) == ("NORP", country)


@pytest.mark.parametrize(
    ("language", "text", "surface", "expected"),
    [
        ("en", "Rome is about to sign the agreement.", "Rome", "country/ITA"),
        ("en", "Washington announced new sanctions.", "Washington", "country/USA"),
        ("it", "Mosca ha respinto le accuse.", "Mosca", "country/RUS"),
        ("de", "Kiew hat reagiert.", "Kiew", "country/UKR"),
        ("en", "They met in Rome on Tuesday.", "Rome", "city/rome"),
        ("it", "Il vertice si terrà a Roma.", "Roma", "city/rome"),
        ("fr", "Les ministres se réunissent à Bruxelles.", "Bruxelles", "city/brussels"),
        ("en", "Brussels announced a package.", "Brussels", "city/brussels"),
        # after "with", a party to talks or a deal
        ("en", "Ottawa held talks with Tokyo on Friday.", "Tokyo", "country/JPN"),
        ("it", "Il governo ha firmato un accordo con Madrid.", "Madrid", "country/ESP"),
        ("fr", "La France a signé un pacte avec Varsovie.", "Varsovie", "country/POL"),
        # an act of a government after the capital, in languages read without a parse
        ("it", "Parigi espelle due diplomatici russi.", "Parigi", "country/FRA"),
        ("es", "Madrid expulsa a dos diplomáticos rusos.", "Madrid", "country/ESP"),
        ("de", "Berlin schickt Panzer in die Ukraine.", "Berlin", "country/DEU"),
        ("it", "Washington versa un aiuto al Cairo.", "Washington", "country/USA"),
        # ... and the first of two capitals acting together
        ("it", "Londra e Berlino convocano l'ambasciatore.", "Londra", "country/GBR"),
        ("es", "Moscú y Pekín firman un acuerdo.", "Moscú", "country/RUS"),
        ("it", "Roma ospita il vertice della Nato.", "Roma", "city/rome"),  # a host city
        # the recipient of aid, after "to"; a trip or a rally goes to the city
        ("en", "Germany sent 40 Leopard tanks to Kyiv.", "Kyiv", "country/UKR"),
        ("it", "L'Italia ha inviato nuovi aiuti a Kiev.", "Kiev", "country/UKR"),
        (
            "fr",
            "Washington verse une aide de 1,5 milliard de dollars au Caire.",
            "Caire",
            "country/EGY",
        ),
        ("de", "Deutschland liefert weitere Panzer an Kiew.", "Kiew", "country/UKR"),
        ("en", "The minister traveled to Kyiv on Monday.", "Kyiv", "city/kyiv"),
        ("fr", "Des manifestants se sont rassemblés au Caire.", "Caire", "city/cairo"),
        # the one a government's demand or blame is addressed to, read without a parse
        (
            "it",
            "Il governo ha esortato Teheran a rilasciare la reporter.",
            "Teheran",
            "country/IRN",
        ),
        ("it", "L'Italia chiede a Mosca di fermare i raid.", "Mosca", "country/RUS"),
        ("es", "El Gobierno acusó a Caracas de fraude electoral.", "Caracas", "country/VEN"),
        ("de", "Die Regierung warf Peking Spionage vor.", "Peking", "country/CHN"),
        ("de", "Berlin forderte Warschau zum Einlenken auf.", "Berlin", "country/DEU"),
        ("es", "El rey llegó a Caracas el lunes.", "Caracas", "city/caracas"),  # a trip
        ("it", "Il presidente ha visitato Teheran.", "Teheran", "city/tehran"),
    ],
)
def test_linker_capital_metonymy_versus_city(
    linker: EntityLinker, language: str, text: str, surface: str, expected: str
) -> None:
    mention = next(m for m in linker.link(parse(text, language), DAY).mentions if m.text == surface)
    assert mention.entity_id == expected and mention.type == "GPE"


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "The Italian prime minister welcomed the plan.", "person/giorgia-meloni"),
        ("it", "Il segretario generale della NATO ha parlato.", "person/mark-rutte"),
        ("fr", "Le président français a répondu.", "person/emmanuel-macron"),
        ("de", "Der italienische Verteidigungsminister kam.", "person/guido-crosetto"),
        ("en", "Italy's foreign minister spoke.", "person/antonio-tajani"),
    ],
)
def test_linker_role_description_resolves_holder_on_date(
    linker: EntityLinker, language: str, text: str, expected: str
) -> None:
    result = linker.link(parse(text, language), DAY)
    assert expected in {m.entity_id for m in result.mentions if m.type == "PERSON"}


def test_linker_role_description_depends_on_date(linker: EntityLinker) -> None:
    text = "Il segretario generale della NATO ha parlato."
    result = linker.link(parse(text, "it"), PartialDate(2022, 10, 12))
    assert "person/jens-stoltenberg" in {m.entity_id for m in result.mentions}
    undated = linker.link(parse(text, "it"), None)
    assert all(m.type != "PERSON" for m in undated.mentions)


def test_linker_title_with_name_links_the_name(linker: EntityLinker) -> None:
    text = "Il ministro della Difesa ucraino Oleksii Reznikov ha parlato."
    result = linker.link(parse(text, "it"), PartialDate(2022, 10, 12))
    people = [m for m in result.mentions if m.type == "PERSON"]
    assert [(m.text, m.entity_id) for m in people] == [
        ("Oleksii Reznikov", "person/oleksii-reznikov")
    ]


def test_linker_unknown_person_gets_stable_local_id(linker: EntityLinker) -> None:
    text = "La portavoce Maria Rossi ha parlato ieri. Secondo Rossi il piano regge."
    first = linker.link(parse(text, "it"), DAY)
    people = [m for m in first.mentions if m.type == "PERSON"]
    assert [m.text for m in people] == ["Maria Rossi", "Rossi"]
    assert {m.entity_id for m in people} == {"local/PERSON/maria-rossi"}
    other = "Maria Rossi ha dichiarato che la missione continua."
    second = linker.link(parse(other, "it"), DAY)
    assert "local/PERSON/maria-rossi" in {m.entity_id for m in second.mentions}
    record = next(e for e in first.entities if e.id == "local/PERSON/maria-rossi")
    assert record.kb_id is None and record.type == "PERSON"


def test_linker_same_name_different_types_get_different_ids(linker: EntityLinker) -> None:
    text = "Jordan Belfort met Jordan Belfort Holdings."
    spans = (("Jordan Belfort Holdings", "ORG"), ("Jordan Belfort", "PERSON"))
    result = linker.link(parse(text, "en", spans), DAY)
    assert "local/PERSON/jordan-belfort" in {m.entity_id for m in result.mentions}
    org_text = "Acme Rossi signed. The firm Acme Rossi grew."
    org = linker.link(parse(org_text, "en", (("Acme Rossi", "ORG"),)), DAY)
    person = linker.link(parse(org_text, "en", (("Acme Rossi", "PERSON"),)), DAY)
    assert org.mentions[0].entity_id == "local/ORG/acme-rossi"
    assert person.mentions[0].entity_id == "local/PERSON/acme-rossi"


def test_linker_ner_type_is_fixed_by_kb(linker: EntityLinker) -> None:
    result = linker.link(parse("Meloni met Rutte.", "en", (("Meloni", "ORG"),)), DAY)
    assert [(m.text, m.type) for m in result.mentions] == [
        ("Meloni", "PERSON"),
        ("Rutte", "PERSON"),
    ]


def test_linker_longer_ner_span_beats_contained_country(linker: EntityLinker) -> None:
    text = "The Bank of Italy raised rates."
    result = linker.link(parse(text, "en", (("Bank of Italy", "ORG"),)), DAY)
    assert [(m.text, m.entity_id) for m in result.mentions] == [
        ("Bank of Italy", "local/ORG/bank-of-italy")
    ]


def test_linker_result_is_sorted_non_overlapping_with_entity_records(
    linker: EntityLinker,
) -> None:
    text = (
        "NATO Secretary General Mark Rutte and Italian Prime Minister Giorgia Meloni met "
        "in Rome. Rutte thanked Italy for its support to Ukraine."
    )
    result = linker.link(parse(text, "en"), DAY)
    starts = [m.start for m in result.mentions]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in zip(result.mentions, result.mentions[1:], strict=False))
    assert all(text[m.start : m.end] == m.text for m in result.mentions)
    assert sorted(e.id for e in result.entities) == sorted({m.entity_id for m in result.mentions})
    assert {
        "person/mark-rutte",
        "person/giorgia-meloni",
        "org/nato",
        "country/ITA",
        "country/UKR",
        "city/rome",
    } <= {e.id for e in result.entities}


@pytest.mark.slow
def test_linker_with_spacy_parser_links_people_and_metonymy(linker: EntityLinker) -> None:
    parser_module = pytest.importorskip("annals.nlp.parser")
    text = (
        "Secretary General Mark Rutte met Prime Minister Giorgia Meloni in Rome. "
        "Washington announced more aid, and Meloni thanked the allies."
    )
    parsed = parser_module.Parser().parse(text, "en")
    ids = ids_by_text(linker.link(parsed, DAY))
    assert ids["Mark Rutte"] == "person/mark-rutte"
    assert ids["Giorgia Meloni"] == ids["Meloni"] == "person/giorgia-meloni"
    assert ids["Rome"] == "city/rome"
    assert ids["Washington"] == "country/USA"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("language", "text", "capital", "expected"),
    [
        # the object of an act done to a government is the government
        ("en", "Washington urged Beijing to rein in Pyongyang.", "Beijing", "country/CHN"),
        ("en", "Poland accused Moscow of sabotage.", "Moscow", "country/RUS"),
        ("fr", "Paris a condamné Moscou pour l'attaque.", "Moscou", "country/RUS"),
        # a place that is attacked or visited stays the city
        ("en", "Russia attacked Kyiv with drones overnight.", "Kyiv", "city/kyiv"),
        ("en", "Zelensky visited Washington on Monday.", "Washington", "city/washington"),
    ],
)
def test_linker_capital_as_the_object_of_an_act_done_to_a_government(
    linker: EntityLinker, language: str, text: str, capital: str, expected: str
) -> None:
    parser_module = pytest.importorskip("annals.nlp.parser")
    parsed = parser_module.Parser().parse(text, language)
    assert ids_by_text(linker.link(parsed, DAY))[capital] == expected


@pytest.mark.parametrize(
    ("language", "text", "surface", "expected"),
    [
        (
            "it",
            "Si è riunito il gruppo di contatto per la difesa dell'Ucraina.",
            "gruppo di contatto per la difesa dell'Ucraina",
            "org/ukraine-defense-contact-group",
        ),
        (
            "en",
            "Plans for the Ukraine Recovery Conference-2025 advanced.",
            "Ukraine Recovery Conference",
            "event/ukraine-recovery-conference",
        ),
    ],
)
def test_linker_multiword_kb_names_win_over_partial_ner(
    linker: EntityLinker, language: str, text: str, surface: str, expected: str
) -> None:
    spans: tuple[tuple[str, EntityType], ...] = (
        (("Ukraine Recovery Conference-2025", "FAC"),) if language == "en" else ()
    )
    assert ids_by_text(linker.link(parse(text, language, spans), DAY))[surface] == expected


# ------------------------------------------------------------------ context in the text


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
        # "Gaza" alone is the Strip in news of every language; Gaza City keeps its own entry
        ("fr", "Israël bombarde Gaza depuis lundi.", "Gaza", "region/gaza-strip"),
        ("de", "Hilfsgüter erreichen Gaza über Ägypten.", "Gaza", "region/gaza-strip"),
        ("en", "Troops entered Gaza City on Monday.", "Gaza City", "city/gaza-city"),
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


def test_a_span_of_titles_alone_is_no_entity(linker: EntityLinker) -> None:
    text = "He met President Frank-Walter Steinmeier and Defence Minister Boris Pistorius."
    result = linker.link(parse(text, "en", (("Defence", "ORG"), ("Minister", "PERSON"))), DAY)
    assert {m.text for m in result.mentions} & {"Defence", "Minister"} == set()
    assert "person/boris-pistorius" in {m.entity_id for m in result.mentions}


def test_a_one_word_person_after_in_is_a_place_the_kb_lacks(linker: EntityLinker) -> None:
    parsed = parse("The ministers met in Weimar on Monday.", "en", (("Weimar", "PERSON"),))
    found = [(m.text, m.type, m.country) for m in linker.link(parsed, DAY).mentions]
    assert found == [("Weimar", "GPE", "DEU")]  # a place, then a town of the GeoNames table


def test_a_possessor_after_in_stays_a_person(linker: EntityLinker) -> None:
    text = "Voters lost faith in Smith's plan."
    parsed = parse(text, "en", (("Smith", "PERSON"),))
    assert [(m.text, m.type) for m in linker.link(parsed, DAY).mentions] == [("Smith", "PERSON")]


@pytest.mark.parametrize(
    ("text", "span", "country"),
    [
        ("Il governo tedesco ha protestato ieri.", "governo tedesco", "country/DEU"),
        ("L'esercito cinese ha avviato manovre.", "esercito cinese", "country/CHN"),
    ],
)
def test_linker_an_institution_of_a_demonym_is_that_state_as_an_organisation(
    linker: EntityLinker, text: str, span: str, country: str
) -> None:
    result = linker.link(parse(text, "it", ((span, "ORG"),)), DAY)
    assert [(m.text, m.type, m.entity_id) for m in result.mentions] == [(span, "ORG", country)]


def test_linker_a_lowercase_word_before_a_country_name_keeps_the_place(
    linker: EntityLinker,
) -> None:
    text = "Una tempesta si è formata nel golfo del Messico."
    result = linker.link(parse(text, "it", (("golfo del Messico", "LOC"),)), DAY)
    assert [(m.text, m.type) for m in result.mentions] == [("golfo del Messico", "LOC")]


def test_linker_a_name_run_stops_at_a_spaced_dash(linker: EntityLinker) -> None:
    text = "Squadra Rossa - Marco Neri ha detto che correrà."
    result = linker.link(parse(text, "it"), DAY)
    assert "Squadra Rossa - Marco Neri" not in [m.text for m in result.mentions]
    assert "Marco Neri" in [m.text for m in result.mentions]


def test_a_speakers_name_never_runs_across_a_line_break(linker: EntityLinker) -> None:
    # a headline's last word, then a name that opens the next paragraph and speaks
    text = "Cronaca Nera\n\nMarco Rossi ha detto che tornerà."
    people = [m for m in linker.link(parse(text, "it"), DAY).mentions if m.type == "PERSON"]
    assert [m.text for m in people] == ["Marco Rossi"]


def test_an_organisation_after_a_capitalised_article_is_no_speaker(linker: EntityLinker) -> None:
    text = "La Squadra Mobile ha arrestato due uomini."
    result = linker.link(parse(text, "it", (("Squadra Mobile", "ORG"),)), DAY)
    assert [(m.text, m.type) for m in result.mentions if m.text.endswith("Mobile")] == [
        ("Squadra Mobile", "ORG")
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ignazio La Russa ha aperto la seduta.", "Ignazio La Russa"),
        ("La Russa ha detto che il governo non cadrà.", "La Russa"),
        ("Ieri Paolo Russo ha parlato ai giornalisti.", "Paolo Russo"),
    ],
)
def test_a_capitalised_demonym_inside_a_persons_name_is_the_name(
    linker: EntityLinker, text: str, name: str
) -> None:
    result = linker.link(parse(text, "it", ((name, "PERSON"),)), DAY)
    assert not any(m.entity_id.startswith("country/") for m in result.mentions)
    if not name.startswith("La "):  # alone, "La Russa" is resolved in the document
        assert name in [m.text for m in result.mentions if m.type == "PERSON"]


def test_a_lowercase_demonym_stays_the_state(linker: EntityLinker) -> None:
    result = linker.link(parse("La polizia russa ha arrestato due attivisti.", "it"), DAY)
    assert "country/RUS" in [m.entity_id for m in result.mentions]


def test_a_recognised_name_never_ends_with_a_particle(linker: EntityLinker) -> None:
    text = "Lo enterraron en el cementerio Hani de la capital. La OTAN fue acusada."
    result = linker.link(parse(text, "es", (("Hani de la", "LOC"),)), DAY)
    assert "Hani" in [m.text for m in result.mentions]
    assert not any(m.text.endswith((" de la", " de")) for m in result.mentions)
    nato = [m for m in result.mentions if m.text in ("OTAN", "La OTAN")]
    assert [m.entity_id for m in nato] == ["org/nato"]


@pytest.mark.parametrize(
    ("language", "text", "surname"),
    [
        ("it", "Gli agenti hanno arrestato il consigliere Greco.", "Greco"),
        ("it", "Ieri il sindaco Russo ha inaugurato la scuola.", "Russo"),
        ("es", "El alcalde Alemán presentó su dimisión.", "Alemán"),
    ],
)
def test_a_capitalised_demonym_after_a_noun_is_a_surname(
    linker: EntityLinker, language: str, text: str, surname: str
) -> None:
    mentions = linker.link(parse(text, language), DAY).mentions
    assert (surname, "PERSON") in [(m.text, m.type) for m in mentions]
    assert not any(m.entity_id.startswith("country/") for m in mentions)


def test_a_lowercase_demonym_after_a_noun_is_the_state(linker: EntityLinker) -> None:
    mentions = linker.link(parse("Il ministro greco ha firmato l'accordo.", "it"), DAY).mentions
    assert "country/GRC" in [m.entity_id for m in mentions]


def test_a_subordinator_opening_a_sentence_is_no_part_of_a_name(linker: EntityLinker) -> None:
    text = "Finché Lucia non prende coraggio e denuncia il compagno."
    result = linker.link(parse(text, "it", (("Finché Lucia", "PERSON"),)), DAY)
    assert [m.text for m in result.mentions if m.type == "PERSON"] == ["Lucia"]


def test_an_opening_word_the_text_also_writes_in_lowercase_is_no_name(
    linker: EntityLinker,
) -> None:
    text = "Rapine in aumento. Le rapine ai tabaccai sono raddoppiate in un anno."
    result = linker.link(parse(text, "it", (("Rapine", "PERSON"),)), DAY)
    assert "Rapine" not in [m.text for m in result.mentions]


def test_an_opening_name_the_text_never_writes_in_lowercase_stays(linker: EntityLinker) -> None:
    text = "Gozzi ha denunciato il furto. Il negozio di Gozzi era chiuso."
    result = linker.link(parse(text, "it", (("Gozzi", "PERSON"),)), DAY)
    assert "Gozzi" in [m.text for m in result.mentions]


@pytest.mark.parametrize(
    ("language", "text", "span"),
    [
        ("es", "El Gobierno ha anunciado sanciones contra Rabat.", "El Gobierno"),
        ("it", "Il Governo ha approvato il decreto ieri sera.", "Il Governo"),
        ("fr", "Le Gouvernement a rejeté la proposition.", "Le Gouvernement"),
        ("es", "Las Autoridades cerraron el paso fronterizo.", "Las Autoridades"),
        ("de", "Die Regierung hat die Sanktionen verlängert.", "Die Regierung"),
    ],
)
def test_a_capitalised_state_body_alone_is_no_entity(
    linker: EntityLinker, language: str, text: str, span: str
) -> None:
    """ "El Gobierno" refers back to a state; it is no organisation named "El Gobierno"."""
    result = linker.link(parse(text, language, ((span, "ORG"),)), DAY)
    assert not [m for m in result.mentions if m.text.lower().endswith(span.split()[-1].lower())]


def test_a_state_body_with_a_name_of_its_own_stays(linker: EntityLinker) -> None:
    text = "La Junta de Castilla firmó el convenio."
    result = linker.link(parse(text, "es", (("Junta de Castilla", "ORG"),)), DAY)
    assert "Junta de Castilla" in [m.text for m in result.mentions]


def test_a_surname_the_recogniser_took_for_a_place_is_the_person(linker: EntityLinker) -> None:
    """ "Le truppe di Haftar" after "Khalifa Haftar": the one-word place the recogniser
    tagged is the person the text names in full."""
    text = "Il generale Khalifa Haftar parlò ieri. Le truppe di Haftar avanzano verso la costa."
    parsed = parse(text, "it", (("Khalifa Haftar", "PERSON"),))
    second = text.rindex("Haftar")
    place = EntitySpan(second, second + len("Haftar"), "Haftar", "LOC", 0.8, "test")
    parsed = dataclasses.replace(parsed, entity_spans=(*parsed.entity_spans, place))
    result = linker.link(parsed, DAY)
    haftar = [m for m in result.mentions if "Haftar" in m.text]
    assert [m.start for m in haftar] == [text.index("Khalifa"), second]
    assert {m.type for m in haftar} == {"PERSON"}
    assert len({m.entity_id for m in haftar}) == 1


def test_a_one_word_place_unlike_any_surname_stays_a_place(linker: EntityLinker) -> None:
    text = "Il generale Khalifa Haftar parlò ieri. Le truppe avanzano verso Zliten."
    parsed = parse(text, "it", (("Khalifa Haftar", "PERSON"), ("Zliten", "LOC")))
    result = linker.link(parsed, DAY)
    [zliten] = [m for m in result.mentions if m.text == "Zliten"]
    assert zliten.type != "PERSON"


def test_a_province_code_after_its_town_is_no_entity(linker: EntityLinker) -> None:
    text = "Un uomo di Carpi (MO) è stato fermato. L'Unione europea (UE) ha protestato."
    spans = (("Carpi", "LOC"), ("MO", "LOC"), ("Unione europea", "ORG"), ("UE", "ORG"))
    result = linker.link(parse(text, "it", spans), DAY)
    surfaces = [m.text for m in result.mentions]
    assert "MO" not in surfaces
    assert "UE" in surfaces  # an acronym after an organisation's name stays


@pytest.mark.parametrize(
    ("text", "lang", "full"),
    [
        ("Omar Abdullah came first. Later King Abdullah of Jordan spoke.", "en", "Omar Abdullah"),
        ("Ali Hassan spoke. Then Sultan Hassan received the ministers.", "en", "Ali Hassan"),
    ],
)
def test_linker_a_monarchs_name_is_no_surname_told_before(
    linker: EntityLinker, text: str, lang: str, full: str
) -> None:
    """ "King Hussein of Jordan" after "Saddam Hussein": a reigning name, another person."""
    result = linker.link(parse(text, lang, ((full, "PERSON"),)), DAY)
    people = {m.text: m.entity_id for m in result.mentions if m.type == "PERSON"}
    assert full in people and full.split()[-1] in people, people
    assert people[full] != people[full.split()[-1]]


def test_linker_a_us_state_abbreviation_after_a_town_is_no_place_of_its_own(
    linker: EntityLinker,
) -> None:
    text = "The clinic in Birmingham, Ala., was bombed. The firm is based in Peoria, Ill."
    spans = (("Birmingham", "GPE"), ("Ala.", "GPE"), ("Peoria", "GPE"), ("Ill", "GPE"))
    result = linker.link(parse(text, "en", spans), DAY)
    assert [m.text for m in result.mentions] == ["Birmingham", "Peoria"]


@pytest.mark.parametrize(
    ("language", "text", "span", "name", "expected"),
    [
        ("fr", "• L'ONU dénonce des exécutions sommaires", "L'ONU", "ONU", "org/un"),
        ("it", "L'Ucraina chiede nuovi aiuti.", "L'Ucraina", "Ucraina", "country/UKR"),
    ],
)
def test_an_opening_article_before_a_known_name_is_left_out(
    linker: EntityLinker, language: str, text: str, span: str, name: str, expected: str
) -> None:
    # the recogniser's span keeps the capitalised article, with a wrong type
    result = linker.link(parse(text, language, ((span, "PERSON"),)), DAY)
    assert linked(result) == [(name, expected)]
