"""Content of the bundled knowledge base: office coverage, new bodies, equipment, languages."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from datetime import date
from importlib import resources
from pathlib import Path
from types import ModuleType

import pytest

from annals.kb.knowledge_base import BUNDLED_FILES, KnowledgeBase
from annals.kb.linker import EntityLinker
from annals.kb.records import parse_file
from annals.models import LinkResult, ParsedText, PartialDate, Sentence, Token

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "kb_coverage.py"

# Gaps longer than a month that remain, each for a reason: caretaker or acting
# periods without a formally appointed minister, or holders not yet researched.
KNOWN_GAPS = {
    ("ALB", "foreign_minister"),  # 2019-2021, Rama/Cakaj acting arrangement not entered
    ("CHN", "defence_minister"),  # Oct-Dec 2023: post vacant after Li Shangfu's removal
    ("CYP", "defence_minister"),  # 2018-2023 holders not entered
    ("EST", "foreign_minister"),  # Jun-Jul 2022 coalition change
    ("GRC", "foreign_minister"),  # May-Jun 2023 caretaker cabinet
    ("GRC", "defence_minister"),  # May-Jun 2023 caretaker cabinet
    ("KOR", "defence_minister"),  # Dec 2024-Jun 2025: acting vice-minister
    ("LVA", "foreign_minister"),  # Jul-Sep 2023 after Rinkēvičs became president
}


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("kb_coverage", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["kb_coverage"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def coverage() -> ModuleType:
    return _load_script()


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


@pytest.fixture(scope="module")
def linker(kb: KnowledgeBase) -> EntityLinker:
    return EntityLinker(kb)


def parse(text: str, language: str) -> ParsedText:
    tokens = tuple(
        Token(i, m.start(), m.end(), m.group(), m.group(), "", "", i, 0)
        for i, m in enumerate(re.finditer(r"\w+|[^\w\s]", text))
    )
    sentence = Sentence(0, 0, len(text), 0, len(tokens))
    return ParsedText(language, text, (sentence,), tokens, (), False)


def link(linker: EntityLinker, text: str, language: str, day: PartialDate) -> LinkResult:
    return linker.link(parse(text, language), day)


# ------------------------------------------------------------------ coverage


def test_kb_content_required_countries_are_nato_eu_g20_and_four_more(
    coverage: ModuleType,
) -> None:
    required = set(coverage.REQUIRED_COUNTRIES)
    assert len(required) == 51
    assert {"UKR", "RUS", "ISR", "IRN", "ISL", "MLT", "ZAF", "SAU"} <= required


def test_kb_content_office_holders_cover_2018_to_2026(
    coverage: ModuleType, kb: KnowledgeBase
) -> None:
    gaps = coverage.coverage_gaps(kb, date(2018, 1, 1), date(2026, 1, 1), tolerance=31)
    unexpected = [str(gap) for gap in gaps if (gap.country, gap.group) not in KNOWN_GAPS]
    assert unexpected == []


def test_kb_content_coverage_check_reports_a_missing_holder(coverage: ModuleType) -> None:
    files = [
        parse_file(
            json.loads(resources.files("annals.kb").joinpath("data", name).read_text()), name
        )
        for name in BUNDLED_FILES
    ]
    for kb_file in files:
        kb_file.records = [r for r in kb_file.records if r.entity.id != "person/boris-pistorius"]
    gaps = coverage.coverage_gaps(KnowledgeBase(files), countries=["DEU"])
    assert [(g.country, g.group, g.start) for g in gaps] == [
        ("DEU", "defence_minister", date(2023, 1, 20))
    ]


@pytest.mark.parametrize(
    ("office", "country", "day", "expected"),
    [
        ("president", "FIN", PartialDate(2023, 5, 1), "person/sauli-niinisto"),
        ("prime_minister", "BEL", PartialDate(2022, 3, 1), "person/alexander-de-croo"),
        ("foreign_minister", "LTU", PartialDate(2023, 1, 10), "person/gabrielius-landsbergis"),
        ("defence_minister", "SWE", PartialDate(2023, 6, 1), "person/pal-jonson"),
        ("chancellor", "AUT", PartialDate(2023, 2, 1), "person/karl-nehammer"),
        ("prime_minister", "SAU", PartialDate(2024, 1, 1), "person/mohammed-bin-salman"),
        ("president", "IRN", PartialDate(2024, 6, 15), "person/mohammad-mokhber"),
        ("defence_minister", "USA", PartialDate(2019, 3, 1), "person/patrick-shanahan"),
        ("monarch", "DNK", PartialDate(2024, 6, 1), "person/frederik-x"),
    ],
)
def test_kb_content_office_holder_on_date(
    kb: KnowledgeBase, office: str, country: str, day: PartialDate, expected: str
) -> None:
    holder = kb.office_holder(office, day, country=country)
    assert holder is not None and holder.id == expected


# ------------------------------------------------------------------ files


@pytest.mark.parametrize("name", BUNDLED_FILES)
def test_kb_content_every_bundled_file_has_version_and_licence(name: str) -> None:
    data = json.loads(resources.files("annals.kb").joinpath("data", name).read_text())
    assert data["version"] and data["licence"]
    expected = "Open Database License" if name == "countries.json" else "MIT"
    assert expected in data["licence"]


def test_kb_content_ids_are_unique_across_files() -> None:
    seen: dict[str, str] = {}
    for name in BUNDLED_FILES:
        data = json.loads(resources.files("annals.kb").joinpath("data", name).read_text())
        for entity in data.get("entities", []):
            assert entity["id"] not in seen, f"{entity['id']} in {name} and {seen[entity['id']]}"
            seen[entity["id"]] = name


def test_kb_content_references_resolve(kb: KnowledgeBase) -> None:
    dangling = []
    for record in kb.records():
        if record.organisation and kb.entity(record.organisation) is None:
            dangling.append(f"{record.entity.id} -> {record.organisation}")
        for office in record.offices:
            if office.office and kb.office(office.office) is None:
                dangling.append(f"{record.entity.id} office {office.office}")
            organisation = office.role.organisation
            if organisation and kb.entity(organisation) is None:
                dangling.append(f"{record.entity.id} role -> {organisation}")
    assert dangling == []


def test_kb_content_equipment_are_products_with_makers(kb: KnowledgeBase) -> None:
    products = [r for r in kb.records() if r.entity.id.startswith("product/")]
    assert len(products) >= 80
    assert all(r.entity.type == "PRODUCT" for r in products)
    patriot = kb.record("product/patriot")
    assert patriot is not None and patriot.organisation == "org/rtx"


def test_kb_content_roles_have_ordered_dates(kb: KnowledgeBase) -> None:
    backwards = [
        f"{record.entity.id}: {office.role.start}..{office.role.end}"
        for record in kb.records()
        for office in record.offices
        if office.role.start
        and office.role.end
        and PartialDate.parse(office.role.start).first_day()
        > PartialDate.parse(office.role.end).last_day()
    ]
    assert backwards == []


# ------------------------------------------------------------------ linking

DAY = PartialDate(2024, 11, 5)


@pytest.mark.parametrize(
    ("language", "text", "surface", "expected"),
    [
        ("ru", "Зеленский встретился с Шольцем.", "Зеленский", "person/volodymyr-zelenskyy"),
        ("ru", "Зеленский встретился с Шольцем.", "Шольцем", "person/olaf-scholz"),
        ("ru", "Путина поддержал Лавров.", "Путина", "person/vladimir-putin"),
        ("ru", "Саммит НАТО прошёл в Вашингтоне.", "НАТО", "org/nato"),
        ("ru", "Генсек НАТО выступил в Брюсселе.", "Генсек НАТО", "person/mark-rutte"),
        ("ru", "Кремль ответил Евросоюзу.", "Евросоюзу", "org/eu"),
        ("en", "Latvian Prime Minister Evika Siliņa spoke.", "Evika Siliņa", "person/evika-silina"),
        (
            "de",
            "Außenminister Landsbergis kam nach Berlin.",
            "Landsbergis",
            "person/gabrielius-landsbergis",
        ),
        (
            "it",
            "Il Consiglio NATO-Ucraina si è riunito.",
            "Consiglio NATO-Ucraina",
            "org/nato-ukraine-council",
        ),
        ("fr", "Le Hezbollah a tiré des roquettes.", "Hezbollah", "org/hezbollah"),
        ("es", "Los hutíes atacaron un buque.", "hutíes", "org/houthis"),
        ("de", "Der Europarat tagte.", "Europarat", "org/council-of-europe"),
        (
            "en",
            "Frontex and the European Peace Facility.",
            "European Peace Facility",
            "org/european-peace-facility",
        ),
        ("ru", "Ростех нарастил выпуск.", "Ростех", "org/rostec"),
        ("ru", "Поставки в США и из Германии.", "США", "country/USA"),
        ("ru", "Поставки в США и из Германии.", "Германии", "country/DEU"),
    ],
)
def test_kb_content_links_new_entities(
    linker: EntityLinker, language: str, text: str, surface: str, expected: str
) -> None:
    ids = {m.text: m.entity_id for m in link(linker, text, language, DAY).mentions}
    assert ids.get(surface) == expected


@pytest.mark.parametrize(
    ("language", "text", "surface", "expected"),
    [
        ("en", "Germany sent two more Patriot batteries.", "Patriot", "product/patriot"),
        ("de", "Berlin liefert IRIS-T SLM und Leopard 2A6.", "IRIS-T SLM", "product/iris-t"),
        ("de", "Berlin liefert IRIS-T SLM und Leopard 2A6.", "Leopard 2A6", "product/leopard-2"),
        ("it", "L'Italia invia il SAMP/T a Kiev.", "SAMP/T", "product/samp-t"),
        ("fr", "Paris livre des canons Caesar.", "canons Caesar", "product/caesar"),
        ("es", "Los F-16 llegaron a Ucrania.", "F-16", "product/f-16"),
        ("ru", "Сбиты Шахеды и Кинжал.", "Шахеды", "product/shahed-136"),
        ("en", "Russia fired Kinzhal and Iskander-M missiles.", "Iskander-M", "product/iskander"),
        ("en", "Ukraine received HIMARS and ATACMS.", "ATACMS", "product/atacms"),
    ],
)
def test_kb_content_equipment_is_recognised_as_product(
    linker: EntityLinker, language: str, text: str, surface: str, expected: str
) -> None:
    mention = next(m for m in link(linker, text, language, DAY).mentions if m.text == surface)
    assert (mention.entity_id, mention.type) == (expected, "PRODUCT")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "He called himself a patriot and a leopard lover."),
        ("en", "A study in The Lancet was cited."),
        ("de", "Kurz darauf sprach er über Frieden und einen Marder im Garten."),
        ("fr", "Les ministres sont arrivés."),
        ("it", "I pellegrini hanno raggiunto il quad."),
        ("es", "Las Palmas recibió a los turistas."),
    ],
)
def test_kb_content_common_words_are_not_new_entities(
    linker: EntityLinker, language: str, text: str
) -> None:
    found = {m.entity_id for m in link(linker, text, language, DAY).mentions}
    assert not {e for e in found if e.startswith(("product/", "person/", "org/"))}


@pytest.mark.parametrize(
    ("word", "country"),
    [("украинских", "country/UKR"), ("российская", "country/RUS"), ("немцы", "country/DEU")],
)
def test_kb_content_russian_demonyms(kb: KnowledgeBase, word: str, country: str) -> None:
    entity = kb.country_by_demonym(word)
    assert entity is not None and entity.id == country


def test_kb_content_shared_surname_resolves_by_office(linker: EntityLinker) -> None:
    slovak = link(linker, "Fico met the press in Bratislava.", "en", PartialDate(2024, 3, 1))
    assert {m.entity_id for m in slovak.mentions if m.text == "Fico"} == {"person/robert-fico"}
    both = "Roberto Fico and Robert Fico met. Fico spoke first."
    mentions = link(linker, both, "en", DAY).mentions
    assert {m.entity_id for m in mentions if m.text == "Fico"} != {"person/roberto-fico"}


@pytest.mark.parametrize(
    ("language", "text", "day", "expected"),
    [
        ("en", "The Finnish president said so.", PartialDate(2023, 5, 1), "person/sauli-niinisto"),
        (
            "de",
            "Der belgische Premierminister kam.",
            PartialDate(2022, 3, 1),
            "person/alexander-de-croo",
        ),
        ("en", "The Irish Taoiseach said so.", PartialDate(2021, 5, 1), "person/micheal-martin"),
        ("ru", "Французский президент заявил.", DAY, "person/emmanuel-macron"),
        ("ru", "Украинский министр обороны прибыл.", DAY, "person/rustem-umerov"),
    ],
)
def test_kb_content_role_descriptions_use_new_holders(
    linker: EntityLinker, language: str, text: str, day: PartialDate, expected: str
) -> None:
    people = {m.entity_id for m in link(linker, text, language, day).mentions if m.type == "PERSON"}
    assert expected in people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Министр обороны Украины прибыл в Рим.", "person/rustem-umerov"),
        ("Президент Франции выступил в Брюсселе.", "person/emmanuel-macron"),
        ("Генеральный секретарь НАТО прибыл в Рим.", "person/mark-rutte"),
    ],
)
def test_kb_content_russian_office_with_the_country_in_the_genitive(
    linker: EntityLinker, text: str, expected: str
) -> None:
    result = link(linker, text, "ru", DAY)
    assert expected in {mention.entity_id for mention in result.mentions}
