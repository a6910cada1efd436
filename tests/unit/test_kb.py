"""Tests of the knowledge base: bundled data, lookups, user extensions and errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annals.errors import ConfigurationError
from annals.kb.knowledge_base import KnowledgeBase
from annals.models import PartialDate


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


def test_kb_loads_bundled_data_with_version(kb: KnowledgeBase) -> None:
    assert len(kb) > 400
    assert "countries" in kb.version and "people" in kb.version


@pytest.mark.parametrize(
    ("alias", "expected"),
    [
        ("Stati Uniti", "country/USA"),
        ("U.S.", "country/USA"),
        ("EE.UU.", "country/USA"),
        ("États-Unis", "country/USA"),
        ("etats-unis", "country/USA"),
        ("Vereinigte Staaten", "country/USA"),
        ("Regno Unito", "country/GBR"),
        ("Großbritannien", "country/GBR"),
        ("Royaume-Uni", "country/GBR"),
        ("Ucraina", "country/UKR"),
        ("Ucrania", "country/UKR"),
        ("Russland", "country/RUS"),
        ("Russie", "country/RUS"),
        ("Türkiye", "country/TUR"),
        ("Turkey", "country/TUR"),
        ("Россия", "country/RUS"),
        ("OTAN", "org/nato"),
        ("Commissione europea", "org/european-commission"),
        ("gruppo di contatto per la difesa dell'Ucraina", "org/ukraine-defense-contact-group"),
        ("Ukraine Recovery Conference", "event/ukraine-recovery-conference"),
        ("Zelensky", "person/volodymyr-zelenskyy"),
        ("Selenskyj", "person/volodymyr-zelenskyy"),
        ("ZELENSKYY", "person/volodymyr-zelenskyy"),
        ("Nawalny", "person/alexei-navalny"),
        ("Oleksiy Navalny", "person/alexei-navalny"),
    ],
)
def test_kb_candidates_resolve_aliases_in_many_languages(
    kb: KnowledgeBase, alias: str, expected: str
) -> None:
    assert expected in [entity.id for entity in kb.candidates(alias)]


@pytest.mark.parametrize(
    ("word", "country"),
    [
        ("Italian", "country/ITA"),
        ("italiane", "country/ITA"),
        ("italienischen", "country/ITA"),
        ("italiennes", "country/ITA"),
        ("italianos", "country/ITA"),
        ("français", "country/FRA"),
        ("francesas", "country/FRA"),
        ("ucraino", "country/UKR"),
        ("ukrainische", "country/UKR"),
        ("statunitense", "country/USA"),
        ("estadounidenses", "country/USA"),
        ("israelí", "country/ISR"),
        ("nordcoreano", "country/PRK"),
        # every sovereign state has it/de/es forms, not only the 77 first written
        ("colombiano", "country/COL"),
        ("ecuatorianas", "country/ECU"),
        ("peruanos", "country/PER"),
        ("kenianische", "country/KEN"),
        ("venezuelano", "country/VEN"),
        ("marokkanischen", "country/MAR"),
        ("North Korean", "country/PRK"),
        ("South African", "country/ZAF"),
        # a territory's accented French form folds onto "american": the state keeps it
        ("American", "country/USA"),
        ("Americans", "country/USA"),
        # German adjectives of a capital stand for the state ("die Moskauer Führung")
        ("Moskauer", "country/RUS"),
        ("Kiewer", "country/UKR"),
    ],
)
def test_kb_country_by_demonym(kb: KnowledgeBase, word: str, country: str) -> None:
    entity = kb.country_by_demonym(word)
    assert entity is not None and entity.id == country


@pytest.mark.parametrize("word", ["North", "South", "African", "Korean", "congolese"])
def test_kb_no_demonym_for_a_part_of_one_or_a_shared_one(kb: KnowledgeBase, word: str) -> None:
    assert kb.country_by_demonym(word) is None


@pytest.mark.parametrize(
    ("word", "country"),
    [
        ("Kyiv", "country/UKR"),
        ("Kiew", "country/UKR"),
        ("Kyjiw", "country/UKR"),
        ("Mosca", "country/RUS"),
        ("Moscú", "country/RUS"),
        ("Pékin", "country/CHN"),
        ("Pechino", "country/CHN"),
        ("Washington", "country/USA"),
        ("Rom", "country/ITA"),
    ],
)
def test_kb_country_by_capital(kb: KnowledgeBase, word: str, country: str) -> None:
    entity = kb.country_by_capital(word)
    assert entity is not None and entity.id == country


def test_kb_brussels_is_not_a_metonym_for_belgium(kb: KnowledgeBase) -> None:
    assert kb.country_by_capital("Bruxelles") is None
    city = kb.capital("Brüssel")
    assert city is not None and city.country == "BEL" and city.type == "GPE"


@pytest.mark.parametrize(
    ("office", "where", "day", "expected"),
    [
        ("prime_minister", "ITA", "2024-11-05", "person/giorgia-meloni"),
        ("prime_minister", "ITA", "2021-06-01", "person/mario-draghi"),
        ("chancellor", "DEU", "2024-11-04", "person/olaf-scholz"),
        ("defence_minister", "UKR", "2022-10-12", "person/oleksii-reznikov"),
        ("defence_minister", "UKR", "2024-01-10", "person/rustem-umerov"),
        ("foreign_minister", "GBR", "2023-12-01", "person/david-cameron"),
        ("president", "USA", "2023-05", "person/joe-biden"),
        ("secretary_general", "org/nato", "2022-10-12", "person/jens-stoltenberg"),
        ("secretary_general", "org/nato", "2024-11-05", "person/mark-rutte"),
        ("military_committee_chair", "org/nato", "2023-03-01", "person/rob-bauer"),
        ("military_committee_chair", "org/nato", "2025-06-01", "person/giuseppe-cavo-dragone"),
    ],
)
def test_kb_office_holder_on_date(
    kb: KnowledgeBase, office: str, where: str, day: str, expected: str
) -> None:
    org = where if where.startswith("org/") else None
    country = None if org else where
    holder = kb.office_holder(office, PartialDate.parse(day), country=country, organisation=org)
    assert holder is not None and holder.id == expected


def test_kb_person_record_carries_roles_and_aliases(kb: KnowledgeBase) -> None:
    meloni = kb.entity("person/giorgia-meloni")
    assert meloni is not None and meloni.kb_id == meloni.id and meloni.country == "ITA"
    assert "Meloni" in meloni.aliases
    titles = {(role.title, role.start) for role in meloni.roles}
    assert ("Prime Minister of Italy", "2022-10-22") in titles


def test_kb_countries_file_keeps_the_odbl_notice() -> None:
    path = Path(__file__).resolve().parents[2] / "src/annals/kb/data/countries.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert "Open Database License" in data["licence"]


def test_kb_extension_file_adds_and_overrides(tmp_path: Path) -> None:
    extra = tmp_path / "extra.json"
    extra.write_text(
        json.dumps(
            {
                "entities": [
                    {
                        "id": "org/acme-defence",
                        "type": "ORG",
                        "name": "Acme Defence",
                        "aliases": ["Acme"],
                    },
                    {"id": "org/nato", "type": "ORG", "name": "North Atlantic Treaty Organization"},
                ]
            }
        ),
        encoding="utf-8",
    )
    kb = KnowledgeBase.load([extra])
    assert [e.id for e in kb.candidates("acme")] == ["org/acme-defence"]
    nato = kb.entity("org/nato")
    assert nato is not None and nato.name == "North Atlantic Treaty Organization"


def test_kb_reads_env_var_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    extra = tmp_path / "env.json"
    extra.write_text(
        json.dumps(
            {"entities": [{"id": "person/maria-verdi", "type": "PERSON", "name": "Maria Verdi"}]}
        ),
        "utf-8",
    )
    monkeypatch.setenv("ANNALS_KB_PATH", str(extra))
    assert KnowledgeBase.load().entity("person/maria-verdi") is not None


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("{not json", "not valid JSON"),
        ('{"entities": {}}', "'entities' must be a list"),
        ('{"entities": [{"id": "x/1", "type": "PLANET", "name": "X"}]}', "PLANET"),
        ('{"entities": [{"id": "x/1", "type": "ORG"}]}', "'name'"),
        (
            '{"entities": [{"id": "p/1", "type": "PERSON", "name": "P", '
            '"roles": [{"title": "T", "from": "5 May"}]}]}',
            "5 May",
        ),
    ],
)
def test_kb_malformed_file_names_file_and_problem(
    tmp_path: Path, content: str, problem: str
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigurationError) as raised:
        KnowledgeBase.load([bad])
    assert "bad.json" in str(raised.value) and problem in str(raised.value)


def test_kb_missing_file_is_a_configuration_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match=r"missing\.json"):
        KnowledgeBase.load([tmp_path / "missing.json"])


def test_kb_a_country_name_that_is_also_a_demonym_form_is_a_name(kb: KnowledgeBase) -> None:
    # "Botsuana" (the RAE spelling) is also the Spanish feminine of "botsuano": the name
    # must be known, or the country would be read as a mere adjective
    assert [e.id for e in kb.candidates("Botsuana")] == ["country/BWA"]
    assert kb.country_by_demonym("botsuanos") is not None


@pytest.mark.parametrize(
    ("name", "entity"),
    [
        ("Taliban", "org/taliban"),
        ("Stato Islamico", "org/islamic-state"),
        ("Daesh", "org/islamic-state"),
        ("Al-Qaïda", "org/al-qaeda"),
        ("Boko Haram", "org/boko-haram"),
        ("Muslimbruderschaft", "org/muslim-brotherhood"),
        ("Ejército de Liberación Nacional", "org/eln"),
    ],
)
def test_kb_armed_and_political_groups(kb: KnowledgeBase, name: str, entity: str) -> None:
    assert entity in [e.id for e in kb.candidates(name)]
