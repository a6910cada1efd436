"""National institutions (institutions.json): seats of government, ministries, parliaments,
armed forces and intelligence services, one ORG entity with its country across languages."""

from __future__ import annotations

import json
import re
from importlib import resources
from typing import Any

import pytest

from annals.kb.knowledge_base import BUNDLED_FILES, KnowledgeBase
from annals.kb.linker import EntityLinker
from annals.kb.text import normalise_alias
from annals.models import LinkResult, ParsedText, PartialDate, Sentence, Token

LANGUAGES = ("en", "it", "fr", "de", "es", "ru")
DAY = PartialDate(2025, 3, 12)
CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def _entities(name: str) -> list[dict[str, Any]]:
    text = resources.files("annals.kb").joinpath("data", name).read_text(encoding="utf-8")
    return list(json.loads(text).get("entities", []))


@pytest.fixture(scope="module")
def institutions() -> list[dict[str, Any]]:
    return _entities("institutions.json")


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


@pytest.fixture(scope="module")
def linker(kb: KnowledgeBase) -> EntityLinker:
    return EntityLinker(kb)


def parse(text: str, language: str) -> ParsedText:
    """A ParsedText built by regex, without NER spans: the knowledge base alone links."""
    tokens = tuple(
        Token(i, m.start(), m.end(), m.group(), m.group(), "", "", i, 0)
        for i, m in enumerate(re.finditer(r"\w+|[^\w\s]", text))
    )
    sentence = Sentence(0, 0, len(text), 0, len(tokens))
    return ParsedText(language, text, (sentence,), tokens, (), False)


def link(linker: EntityLinker, text: str, language: str) -> LinkResult:
    return linker.link(parse(text, language), DAY)


def linked(linker: EntityLinker, text: str, language: str) -> dict[str, str]:
    return {m.text: m.entity_id for m in link(linker, text, language).mentions}


# ------------------------------------------------------------------ the file


def test_institutions_file_is_bundled_and_versioned(kb: KnowledgeBase) -> None:
    assert "institutions.json" in BUNDLED_FILES
    assert "institutions-" in kb.version
    assert kb.entity("org/bundestag") is not None


def test_institutions_are_many_and_ids_unique_across_bundled_files(
    institutions: list[dict[str, Any]],
) -> None:
    assert len(institutions) >= 40
    seen: dict[str, str] = {}
    for name in BUNDLED_FILES:
        for entity in _entities(name):
            assert entity["id"] not in seen, f"{entity['id']} in {name} and {seen[entity['id']]}"
            seen[entity["id"]] = name


def test_institutions_are_organisations_of_a_known_country(
    institutions: list[dict[str, Any]], kb: KnowledgeBase
) -> None:
    for entry in institutions:
        assert entry["type"] == "ORG", entry["id"]
        assert entry["id"].startswith("org/"), entry["id"]
        country = entry.get("country")
        assert isinstance(country, str) and re.fullmatch(r"[A-Z]{3}", country), entry["id"]
        assert kb.entity(f"country/{country}") is not None, f"{entry['id']}: {country}"
        wikidata = entry.get("wikidata")
        assert wikidata is None or re.fullmatch(r"Q[1-9][0-9]*", wikidata), entry["id"]


def test_institutions_have_names_in_six_languages(institutions: list[dict[str, Any]]) -> None:
    for entry in institutions:
        aliases = entry["aliases"]
        missing = [lang for lang in LANGUAGES if not aliases.get(lang)]
        assert missing == [], f"{entry['id']} has no names in {missing}"
        assert any(CYRILLIC.search(name) for name in aliases["ru"]), entry["id"]


def test_institutions_do_not_repeat_names_of_other_bundled_entities(
    institutions: list[dict[str, Any]], kb: KnowledgeBase
) -> None:
    ours = {entry["id"] for entry in institutions}
    theirs: dict[str, str] = {}
    for record in kb.records():
        if record.entity.id not in ours:
            for alias in record.entity.aliases:
                theirs.setdefault(normalise_alias(alias), record.entity.id)
    clashes = [
        f"{record.entity.id}: {alias!r} is also {theirs[normalise_alias(alias)]}"
        for record in kb.records()
        if record.entity.id in ours
        for alias in record.entity.aliases
        if normalise_alias(alias) in theirs
    ]
    assert clashes == []


# ------------------------------------------------------------------ linking


@pytest.mark.parametrize(
    ("language", "text", "surface", "expected"),
    [
        ("de", "Das Kanzleramt bestätigte den Termin.", "Kanzleramt", "org/german-chancellery"),
        ("de", "Ein Sprecher des Kanzleramts schwieg.", "Kanzleramts", "org/german-chancellery"),
        (
            "de",
            "Die Bundesregierung sagte Hilfe zu.",
            "Bundesregierung",
            "org/german-federal-government",
        ),
        ("de", "Der Antrag fand im Bundestag eine Mehrheit.", "Bundestag", "org/bundestag"),
        ("de", "Eine Rede vor dem Deutschen Bundestag.", "Deutschen Bundestag", "org/bundestag"),
        (
            "de",
            "Das Auswärtige Amt rief zur Ausreise auf.",
            "Auswärtige Amt",
            "org/auswaertiges-amt",
        ),
        (
            "de",
            "Laut dem Auswärtigen Amt ist die Lage ruhig.",
            "Auswärtigen Amt",
            "org/auswaertiges-amt",
        ),
        ("de", "Die Bundeswehr verlegt Soldaten nach Litauen.", "Bundeswehr", "org/bundeswehr"),
        (
            "de",
            "Das russische Außenministerium protestierte.",
            "russische Außenministerium",
            "org/russian-foreign-ministry",
        ),
        (
            "de",
            "Die ukrainischen Streitkräfte meldeten Angriffe.",
            "ukrainischen Streitkräfte",
            "org/armed-forces-of-ukraine",
        ),
        ("de", "Der Élysée-Palast schwieg dazu.", "Élysée-Palast", "org/elysee"),
        ("it", "L'Eliseo ha annunciato una nuova missione.", "Eliseo", "org/elysee"),
        ("it", "Palazzo Chigi ha convocato un vertice.", "Palazzo Chigi", "org/palazzo-chigi"),
        ("it", "Il Quirinale ha firmato il decreto.", "Quirinale", "org/quirinale"),
        ("it", "La Farnesina ha convocato l'ambasciatore.", "Farnesina", "org/farnesina"),
        (
            "it",
            "La Camera dei deputati ha votato la fiducia.",
            "Camera dei deputati",
            "org/italian-chamber-of-deputies",
        ),
        (
            "it",
            "Il testo passa al Senato della Repubblica.",
            "Senato della Repubblica",
            "org/italian-senate",
        ),
        ("it", "Secondo la Cia il rischio è alto.", "Cia", "org/cia"),
        ("fr", "L'Élysée a démenti l'information.", "Élysée", "org/elysee"),
        ("fr", "Matignon a tranché dans la nuit.", "Matignon", "org/matignon"),
        (
            "fr",
            "Le Quai d'Orsay a convoqué le chargé d'affaires.",
            "Quai d'Orsay",
            "org/quai-d-orsay",
        ),
        (
            "fr",
            "L'Assemblée nationale a adopté le texte.",
            "Assemblée nationale",
            "org/assemblee-nationale",
        ),
        (
            "fr",
            "Le ministère des Armées a confirmé la livraison.",
            "ministère des Armées",
            "org/french-armed-forces-ministry",
        ),
        ("fr", "Le Sénat américain a voté le budget.", "Sénat américain", "org/us-senate"),
        ("fr", "La DGSE a déjoué un complot.", "DGSE", "org/dgse"),
        ("es", "La Moncloa confirmó la visita.", "La Moncloa", "org/moncloa"),
        (
            "es",
            "El Congreso de los Diputados votará hoy.",
            "Congreso de los Diputados",
            "org/congreso-de-los-diputados",
        ),
        (
            "es",
            "El Departamento de Estado emitió una alerta.",
            "Departamento de Estado",
            "org/us-state-department",
        ),
        ("es", "La Knéset aprobó la ley.", "Knéset", "org/knesset"),
        ("es", "El CNI investiga el ataque.", "CNI", "org/cni"),
        ("en", "The Knesset approved the bill after a long night.", "Knesset", "org/knesset"),
        (
            "en",
            "Downing Street said the talks were useful.",
            "Downing Street",
            "org/downing-street",
        ),
        ("en", "Number 10 declined to comment.", "Number 10", "org/downing-street"),
        (
            "en",
            "The State Department issued a travel warning.",
            "State Department",
            "org/us-state-department",
        ),
        ("en", "The Foreign Office summoned the ambassador.", "Foreign Office", "org/fcdo"),
        ("en", "The US Senate passed the aid bill.", "US Senate", "org/us-senate"),
        ("en", "The U.S. Congress debated the package.", "U.S. Congress", "org/us-congress"),
        ("en", "The Duma passed the law in a third reading.", "Duma", "org/state-duma"),
        (
            "en",
            "The Verkhovna Rada voted on the mobilisation law.",
            "Verkhovna Rada",
            "org/verkhovna-rada",
        ),
        (
            "en",
            "The Russian Defence Ministry claimed gains.",
            "Russian Defence Ministry",
            "org/russian-defence-ministry",
        ),
        (
            "en",
            "Ukraine's General Staff reported the strike.",
            "Ukraine's General Staff",
            "org/ukrainian-general-staff",
        ),
        ("en", "The SBU and the HUR claimed the drone attack.", "HUR", "org/hur"),
        ("en", "Mossad and Shin Bet shared intelligence.", "Shin Bet", "org/shin-bet"),
        ("en", "MI6 chief warned of sabotage.", "MI6", "org/mi6"),
        ("ru", "МИД России заявил протест.", "МИД России", "org/russian-foreign-ministry"),
        ("ru", "Госдума приняла закон.", "Госдума", "org/state-duma"),
        ("ru", "Закон одобрил Совет Федерации.", "Совет Федерации", "org/federation-council"),
        ("ru", "Депутаты Верховной рады проголосовали.", "Верховной рады", "org/verkhovna-rada"),
        ("ru", "СБУ задержала агента ФСБ.", "ФСБ", "org/fsb"),
        ("ru", "Отступили подразделения ВСУ.", "ВСУ", "org/armed-forces-of-ukraine"),
        (
            "ru",
            "Об этом сообщили в Минобороны России.",
            "Минобороны России",
            "org/russian-defence-ministry",
        ),
    ],
)
def test_institutions_link_in_text(
    linker: EntityLinker, language: str, text: str, surface: str, expected: str
) -> None:
    mention = next((m for m in link(linker, text, language).mentions if m.text == surface), None)
    assert mention is not None, f"{surface!r} not linked in {text!r}"
    assert (mention.entity_id, mention.type) == (expected, "ORG")
    entity = linker.kb.entity(expected)
    assert entity is not None and mention.country == entity.country


@pytest.mark.parametrize(
    ("language", "text", "surface", "expected"),
    [
        (
            "en",
            "The House of Commons voted late, and the Commons then rose.",
            "Commons",
            "org/house-of-commons",
        ),
        (
            "de",
            "Das Bundesamt für Verfassungsschutz warnt; der Verfassungsschutz beobachtet weiter.",
            "Verfassungsschutz",
            "org/bfv",
        ),
    ],
)
def test_institutions_short_name_links_after_the_full_name(
    linker: EntityLinker, language: str, text: str, surface: str, expected: str
) -> None:
    assert linked(linker, text, language).get(surface) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The Commons debated the bill late into the night."),
        ("de", "Der Verfassungsschutz warnte vor Sabotage."),
    ],
)
def test_institutions_short_name_alone_does_not_link(
    linker: EntityLinker, language: str, text: str
) -> None:
    assert linked(linker, text, language) == {}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The Senate passed the bill and Congress adjourned."),
        ("en", "The House of Representatives approved the measures."),
        ("en", "The Chinese Foreign Ministry said the National Assembly had met."),
        ("es", "El Congreso aprobó la ley y el Senado la ratificó."),
        ("fr", "Le Sénat a adopté le texte."),
        ("it", "Il Senato ha approvato e la Camera voterà."),
        ("de", "Das Außenministerium und das Verteidigungsministerium schwiegen."),
        ("ru", "МИД и Минобороны не ответили."),
    ],
)
def test_institutions_bare_shared_words_are_not_guessed(
    linker: EntityLinker, language: str, text: str
) -> None:
    """Words every state has ("Senate", "Congreso", "МИД") link to no institution when bare."""
    found = set(linked(linker, text, language).values())
    assert not {kb_id for kb_id in found if kb_id.startswith("org/")}


@pytest.mark.parametrize(
    ("language", "text", "surface", "expected"),
    [
        (
            "en",
            "Russian Foreign Minister Sergei Lavrov spoke.",
            "Sergei Lavrov",
            "person/sergey-lavrov",
        ),
        (
            "en",
            "The Russian foreign minister spoke.",
            "Russian foreign minister",
            "person/sergey-lavrov",
        ),
        (
            "de",
            "Der russische Außenminister sprach.",
            "russische Außenminister",
            "person/sergey-lavrov",
        ),
        ("en", "Officials met at the White House and the Kremlin.", "Kremlin", "org/kremlin"),
        ("ru", "Кремль ответил Госдуме.", "Кремль", "org/kremlin"),
        ("en", "The UN Security Council met.", "UN Security Council", "org/un-security-council"),
    ],
)
def test_institutions_leave_existing_links_alone(
    linker: EntityLinker, language: str, text: str, surface: str, expected: str
) -> None:
    assert linked(linker, text, language).get(surface) == expected
