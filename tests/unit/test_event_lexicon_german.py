"""German event coding from the trigger lexicons: separable verbs, compounds, nominal phrases.

German has no parser in Annals, so the type comes from ``triggers.json`` matched on word
forms. The sentences were written for this test (invented, typical wire phrasing).
"""

from __future__ import annotations

import pytest

from annals.benchmark.events_eval import _Coder
from annals.errors import ModelLoadError
from annals.events.lexicon import Spec, _pattern_from_entry
from annals.events.triggers import TriggerMatcher
from annals.nlp.parser import Parser


@pytest.fixture(scope="module")
def coder() -> _Coder:
    return _Coder()


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


@pytest.fixture(scope="module")
def matcher() -> TriggerMatcher:
    return TriggerMatcher()


# (sentence, PLOVER type, first actor id or None where the actor is not the point)
CASES = [
    # CONSULT
    (
        "Bundeskanzler Olaf Scholz traf sich am Montag in Berlin mit dem französischen "
        "Präsidenten Emmanuel Macron.",
        "CONSULT",
        "person/olaf-scholz",
    ),
    (
        "Die Außenminister der G7-Staaten kamen am Dienstag in Rom zu Beratungen zusammen.",
        "CONSULT",
        "org/g7",
    ),
    (
        "Putin und Erdogan führten am Mittwoch ein Telefongespräch über die Lage in Syrien.",
        "CONSULT",
        "person/vladimir-putin",
    ),
    ("Israel und Ägypten verhandelten in Kairo über eine Feuerpause.", "CONSULT", "country/ISR"),
    ("Der iranische Präsident reiste zu einem Staatsbesuch nach Moskau.", "CONSULT", "country/IRN"),
    ("Russland und die USA setzten ihre Gespräche in Genf fort.", "CONSULT", "country/RUS"),
    # AGREE
    (
        "Armenien und Aserbaidschan unterzeichneten am Freitag ein Friedensabkommen.",
        "AGREE",
        "country/ARM",
    ),
    (
        "Russland und die Ukraine vereinbarten einen Austausch von Gefangenen.",
        "AGREE",
        "country/RUS",
    ),
    (
        "Israel und die Hamas einigten sich in Doha auf eine dreitägige Waffenruhe.",
        "AGREE",
        "country/ISR",
    ),
    (
        "Frankreich und Deutschland schlossen ein Abkommen über die gemeinsame Rüstungsproduktion.",
        "AGREE",
        "country/FRA",
    ),
    # a pledge of aid is an AGREE, as "pledged military aid" in English
    (
        "Berlin sagte Kiew weitere Militärhilfe in Höhe von 500 Millionen Euro zu.",
        "AGREE",
        "city/berlin",
    ),
    (
        "Die Ukraine erklärte sich bereit, an neuen Verhandlungen mit Russland teilzunehmen.",
        "AGREE",
        "country/UKR",
    ),
    # SUPPORT
    ("Deutschland begrüßte die Entscheidung des Sicherheitsrats.", "SUPPORT", "country/DEU"),
    (
        "Washington stellte sich hinter die Forderung Israels nach Freilassung der Geiseln.",
        "SUPPORT",
        "city/washington",
    ),
    (
        "Frankreich sprach sich für einen raschen Beitritt der Ukraine zur Europäischen Union aus.",
        "SUPPORT",
        "country/FRA",
    ),
    (
        "Spanien erkannte den palästinensischen Staat am Dienstag offiziell an.",
        "SUPPORT",
        "country/ESP",
    ),
    ("Macron lobte die Bemühungen Katars um eine Vermittlung im Gaza-Konflikt.", "SUPPORT", None),
    # CONCEDE
    ("Die EU hob die Sanktionen gegen Belarus teilweise auf.", "CONCEDE", "org/eu"),
    (
        "Myanmar lockerte die Beschränkungen für ausländische Journalisten.",
        "CONCEDE",
        "country/MMR",
    ),
    (
        "Japan entschuldigte sich offiziell bei Südkorea für die Zwangsarbeit.",
        "CONCEDE",
        "country/JPN",
    ),
    # COOPERATE
    (
        "Deutschland und Frankreich arbeiten bei der Bekämpfung des Menschenhandels eng zusammen.",
        "COOPERATE",
        "country/DEU",
    ),
    (
        "Japan und Südkorea vertieften ihre Zusammenarbeit im Bereich der Verteidigung.",
        "COOPERATE",
        "country/JPN",
    ),
    (
        "Spanien und Marokko kooperierten bei der Zerschlagung eines Schmugglerrings.",
        "COOPERATE",
        "country/ESP",
    ),
    (
        "Deutschland und die USA tauschten Informationen über die Terrorzelle aus.",
        "COOPERATE",
        "country/DEU",
    ),
    # AID
    ("Die USA lieferten der Ukraine weitere Patriot-Systeme.", "AID", "country/USA"),
    ("Deutschland stellt der Ukraine weitere Leopard-Panzer zur Verfügung.", "AID", "country/DEU"),
    ("Die EU schickte Hilfsgüter in das Erdbebengebiet in der Türkei.", "AID", "org/eu"),
    ("Die Weltbank gewährte Pakistan einen Kredit über zwei Milliarden Dollar.", "AID", None),
    # "Militär|hilfe|paket": the joint "-e-" as well as "-s-" ("Hilfspaket")
    ("Olaf Scholz kündigte ein neues Militärhilfepaket für die Ukraine an.", "AID", None),
    # who "für" or "an" introduces receives; the subject after the verb gives
    ("Neue Waffenlieferungen an die Ukraine kündigte Scholz an.", "AID", "person/olaf-scholz"),
    ("Großbritannien kündigte ein neues Hilfspaket für den Gazastreifen an.", "AID", "country/GBR"),
    # "weitere" (further) is no warning: the aid and the sanctions are real
    ("Kanada kündigte weitere Militärhilfe für die Ukraine an.", "AID", "country/CAN"),
    # RETREAT
    ("Russland zog seine Truppen aus Cherson ab.", "RETREAT", "country/RUS"),
    ("Die Hamas ließ vier israelische Geiseln frei.", "RETREAT", "org/hamas"),
    (
        "Der britische Premierminister Boris Johnson trat nach dem Skandal von seinem Amt zurück.",
        "RETREAT",
        "person/boris-johnson",
    ),
    ("Belarus entließ 30 politische Gefangene aus der Haft.", "RETREAT", "country/BLR"),
    ("Frankreich hat seine letzten Soldaten aus Niger abgezogen.", "RETREAT", None),
    # REQUEST
    (
        "Guterres forderte eine sofortige Waffenruhe im Gazastreifen.",
        "REQUEST",
        "person/antonio-guterres",
    ),
    (
        "Selenskyj bat die westlichen Verbündeten um mehr Flugabwehrsysteme.",
        "REQUEST",
        "person/volodymyr-zelenskyy",
    ),
    ("Polen ersuchte die NATO um zusätzliche Truppen an der Ostflanke.", "REQUEST", "country/POL"),
    ("Der Papst rief Russland und die Ukraine zu Friedensgesprächen auf.", "REQUEST", None),
    ("Die EU verlangte von Serbien die Anerkennung des Kosovo.", "REQUEST", "org/eu"),
    # ACCUSE
    (
        "Moskau warf Kiew vor, ein Wohngebiet in Donezk beschossen zu haben.",
        "ACCUSE",
        "country/RUS",  # a capital before a government's act is its government
    ),
    ("Deutschland verurteilte den Angriff auf die Botschaft scharf.", "ACCUSE", "country/DEU"),
    (
        "Israel beschuldigte den Iran, die Hisbollah mit Waffen zu versorgen.",
        "ACCUSE",
        "country/ISR",
    ),
    (
        "Peking bezichtigte Washington der Einmischung in innere Angelegenheiten.",
        "ACCUSE",
        "city/beijing",
    ),
    (
        "Die Ukraine machte Russland für die Zerstörung des Staudamms verantwortlich.",
        "ACCUSE",
        "country/UKR",
    ),
    ("Frankreich kritisierte die Behandlung von Migranten an der Grenze.", "ACCUSE", "country/FRA"),
    # REJECT
    (
        "Der Kreml lehnte den Vorschlag für eine Friedenskonferenz in der Schweiz ab.",
        "REJECT",
        "org/kremlin",
    ),
    ("Peking wies die Vorwürfe als haltlos zurück.", "REJECT", "country/CHN"),
    ("Ungarn blockierte die Einigung über neue Hilfen für die Ukraine.", "REJECT", "country/HUN"),
    ("Der Iran weigerte sich, die Inspekteure ins Land zu lassen.", "REJECT", "country/IRN"),
    ("Die Hamas verwarf den israelischen Vorschlag für eine Waffenruhe.", "REJECT", "org/hamas"),
    ("Polen sprach sich gegen die Aufnahme weiterer Migranten aus.", "REJECT", "country/POL"),
    # THREATEN
    ("Nordkorea drohte den USA mit einem atomaren Gegenschlag.", "THREATEN", "country/PRK"),
    ("Die Türkei warnte Schweden vor Konsequenzen.", "THREATEN", "country/TUR"),
    ("Trump drohte mit dem Austritt aus dem Abkommen.", "THREATEN", "person/donald-trump"),
    ("Die Huthis stellten Israel ein Ultimatum.", "THREATEN", None),
    # PROTEST
    (
        "Tausende Demonstranten protestierten vor dem Parlament in Tiflis gegen das neue Gesetz.",
        "PROTEST",
        None,
    ),
    ("Tausende Serben gingen in Belgrad gegen die Regierung auf die Straße.", "PROTEST", None),
    ("Der russische Oppositionelle trat im Gefängnis in den Hungerstreik.", "PROTEST", None),
    # SANCTION
    ("Die EU verhängte neue Sanktionen gegen russische Banken.", "SANCTION", "org/eu"),
    ("Die EU beschloss weitere Sanktionen gegen Russland.", "SANCTION", "org/eu"),
    ("Litauen wies zwei russische Diplomaten aus.", "SANCTION", "country/LTU"),
    ("Die USA froren die Vermögenswerte des Oligarchen ein.", "SANCTION", "country/USA"),
    (
        "Ein Gericht in Moskau verurteilte den Journalisten Evan Gershkovich zu 16 Jahren Haft.",
        "SANCTION",
        None,
    ),
    ("Niger brach die diplomatischen Beziehungen zu Frankreich ab.", "SANCTION", "country/NER"),
    ("Jordanien rief seinen Botschafter aus Israel zurück.", "SANCTION", "country/JOR"),
    ("Deutschland stoppte alle Rüstungsexporte nach Saudi-Arabien.", "SANCTION", "country/DEU"),
    # MOBILIZE
    ("Russland verlegte Truppen an die Grenze zu Finnland.", "MOBILIZE", "country/RUS"),
    (
        "Die NATO versetzte ihre Schnelle Eingreiftruppe in Alarmbereitschaft.",
        "MOBILIZE",
        "org/nato",
    ),
    ("Die USA entsandten einen Flugzeugträger ins östliche Mittelmeer.", "MOBILIZE", "country/USA"),
    ("China hielt großangelegte Militärübungen rund um Taiwan ab.", "MOBILIZE", "country/CHN"),
    ("Russland ordnete eine Teilmobilmachung an.", "MOBILIZE", "country/RUS"),
    (
        "Israel zog Panzer und Artillerie an der Grenze zum Libanon zusammen.",
        "MOBILIZE",
        "country/ISR",
    ),
    # COERCE
    (
        "Die türkische Polizei nahm in Istanbul mehr als 100 Demonstranten fest.",
        "COERCE",
        "country/TUR",
    ),
    (
        "Der russische Oppositionsführer Alexej Nawalny wurde am Flughafen festgenommen.",
        "COERCE",
        None,
    ),
    ("Israel verhängte eine Ausgangssperre über die Stadt Dschenin.", "COERCE", "country/ISR"),
    ("Thailand verbot die größte Oppositionspartei des Landes.", "COERCE", "country/THA"),
    ("Der Iran sperrte den Zugang zu sozialen Netzwerken.", "COERCE", "country/IRN"),
    (
        "Die iranische Marine kaperte einen Öltanker in der Straße von Hormus.",
        "COERCE",
        "country/IRN",
    ),
    ("Die USA schoben Hunderte Migranten nach Mexiko ab.", "COERCE", "country/USA"),
    # ASSAULT
    ("Die Hamas griff am Samstag Israel mit Tausenden Raketen an.", "ASSAULT", "org/hamas"),
    (
        "Bei einem russischen Raketenangriff auf Kiew wurden mindestens zwölf Menschen getötet.",
        "ASSAULT",
        "country/RUS",
    ),
    ("Israelische Kampfjets bombardierten Ziele im südlichen Libanon.", "ASSAULT", "country/ISR"),
    ("Boko Haram entführte 30 Schüler aus einer Schule im Norden Nigerias.", "ASSAULT", None),
    (
        "Die russische Armee beschoss Dörfer entlang der Grenze mit Artillerie.",
        "ASSAULT",
        "country/RUS",
    ),
    (
        "Die Ukraine schoss über dem Schwarzen Meer einen russischen Kampfjet ab.",
        "ASSAULT",
        "country/UKR",
    ),
]


def test_german_cases_cover_every_plover_type() -> None:
    from annals.models import EVENT_TYPES

    assert {case[1] for case in CASES} == set(EVENT_TYPES)


@pytest.mark.parametrize(("text", "expected", "actor"), CASES, ids=[c[0][:40] for c in CASES])
def test_german_sentence_is_coded_with_its_type(
    coder: _Coder, text: str, expected: str, actor: str | None
) -> None:
    prediction = coder.predict(text, "de")
    assert prediction.label == expected
    if actor is not None:
        assert prediction.actor_ids[:1] == (actor,)


@pytest.mark.parametrize(
    "text",
    [
        "Scholz sagte am Montag in Berlin, die Lage sei ernst.",
        "Merz griff das Thema in seiner Rede vor dem Bundestag auf.",
        "Die Inflation in Deutschland zog im März deutlich an.",
        "Macron nahm an der Eröffnung der Ausstellung in Paris teil.",
        "Die Zahl der Besucher in Wien nahm im Sommer zu.",
    ],
)
def test_german_separable_verbs_with_other_particles_are_no_events(
    coder: _Coder, text: str
) -> None:
    assert coder.predict(text, "de").label == "none"


# --------------------------------------------------------------------------- mechanics


def _types(parser: Parser, matcher: TriggerMatcher, text: str) -> list[tuple[str, str]]:
    parsed = parser.parse(text, "de")
    return [(c.type, c.text) for s in parsed.sentences for c in matcher.find(parsed, s)]


def test_suffix_spec_matches_the_head_of_a_compound() -> None:
    spec = Spec.parse("*angriff|angriff*")
    assert spec.matches_word("raketenangriff")
    assert spec.matches_word("angriffe")
    assert not spec.matches_word("raketenangriffe")
    # too short a suffix would match nearly anything: it stays an exact form
    assert Spec.parse("*ab").exact == frozenset({"*ab"})


def test_long_gap_reaches_a_clause_final_particle(parser: Parser, matcher: TriggerMatcher) -> None:
    found = _types(
        parser,
        matcher,
        "Der Kreml lehnte den Vorschlag der Regierung in Kiew für eine Konferenz ab.",
    )
    assert ("REJECT", "lehnte … ab") in found


def test_long_gap_particle_must_end_the_clause(parser: Parser, matcher: TriggerMatcher) -> None:
    # "ab" here opens a time phrase, it is no particle of "lehnte"
    found = _types(parser, matcher, "Moskau lehnte sich ab Montag an die Position Pekings an.")
    assert not any(kind == "REJECT" for kind, _ in found)


def test_long_gap_stops_at_a_comma(parser: Parser, matcher: TriggerMatcher) -> None:
    found = _types(parser, matcher, "Die Armee zog weiter, die Regierung gab Gebiete ab.")
    assert not any(kind == "RETREAT" for kind, _ in found)


def test_separable_verb_leaves_the_words_between_to_other_triggers(
    parser: Parser, matcher: TriggerMatcher
) -> None:
    found = _types(parser, matcher, "Berlin sagte Kiew weitere Militärhilfe zu.")
    assert ("AGREE", "sagte … zu") in found
    assert ("AID", "Militärhilfe") in found


def test_a_line_break_ends_the_clause_of_a_headline(
    parser: Parser, matcher: TriggerMatcher
) -> None:
    found = _types(
        parser, matcher, "Bündnis sagt Kiew Milliarden zu\n\nZum Jubiläum trafen sich alle."
    )
    assert ("AGREE", "sagt … zu") in found


def test_pattern_may_not_mix_short_and_long_gaps() -> None:
    with pytest.raises(ModelLoadError, match="mixes"):
        _pattern_from_entry("de", "REJECT", {"p": "lehnte ~ den ~~ ab"})
