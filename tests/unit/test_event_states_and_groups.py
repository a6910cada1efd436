"""States named by a demonym after the noun, unnamed groups, and adjectives after a degree
word. Sentences written for this test.

"El Gobierno ecuatoriano", "il governo messicano", "le président malien": the state acts
(every sovereign state has Italian, German and Spanish demonyms). "El cártel", "militiamen",
"Kidnapper": an unnamed group acts. "La radio più critica": an adjective, no accusation.
"""

from __future__ import annotations

import pytest
from event_helpers import analyse, one_of_type

from annals.kb.knowledge_base import KnowledgeBase
from annals.kb.linker import EntityLinker
from annals.models import PartialDate
from annals.nlp.parser import Parser
from annals.pipeline import Analyzer

PUBLISHED = PartialDate(2025, 3, 12)


@pytest.mark.parametrize(
    ("language", "text", "type_", "actor"),
    [
        (
            "es",
            "El Gobierno ecuatoriano cerró la emisora de radio más crítica del país.",
            "COERCE",
            "Ecuador",
        ),
        ("es", "Las autoridades peruanas detuvieron a dos periodistas en Lima.", "COERCE", "Peru"),
        (
            "es",
            "El presidente colombiano criticó duramente a su homólogo de Venezuela.",
            "ACCUSE",
            "Colombia",
        ),
        ("it", "Il governo keniota ha espulso due diplomatici somali.", "SANCTION", "Kenya"),
        (
            "de",
            "Die tunesische Regierung ließ am Montag drei Oppositionelle festnehmen.",
            "COERCE",
            "Tunisia",
        ),
    ],
)
def test_a_state_named_by_its_demonym_acts(
    analyzer: Analyzer, language: str, text: str, type_: str, actor: str
) -> None:
    event = one_of_type(analyse(analyzer, text, language, PUBLISHED).events, type_)
    assert actor in [a.name for a in event.actors]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "Il governo messicano ha approvato il decreto."),
        ("it", "Il governo italiano ha chiuso la radio."),
    ],
)
def test_a_lowercase_description_around_a_demonym_is_no_organisation(
    language: str, text: str
) -> None:
    parser = Parser()
    mentions = EntityLinker(KnowledgeBase.load()).link(parser.parse(text, language), None)
    assert not [m for m in mentions.mentions if m.entity_id and m.entity_id.startswith("local/")]
    assert [m.entity_id for m in mentions.mentions if m.entity_id.startswith("country/")]


@pytest.mark.parametrize(
    ("language", "text", "type_", "actor"),
    [
        ("es", "El cártel amenazó con asesinar a policías y funcionarios.", "THREATEN", "cártel"),
        ("en", "Militiamen attacked a village near the border on Sunday.", "ASSAULT", "Militiamen"),
        (
            "de",
            "Entführer verschleppten am Montag zwei Entwicklungshelfer.",
            "ASSAULT",
            "Entführer",
        ),
        ("it", "I cecchini hanno sparato sui manifestanti nella piazza.", "ASSAULT", "cecchini"),
    ],
)
def test_an_unnamed_group_acts(
    analyzer: Analyzer, language: str, text: str, type_: str, actor: str
) -> None:
    event = one_of_type(analyse(analyzer, text, language, PUBLISHED).events, type_)
    assert [a.name.lower() for a in event.actors] == [actor.lower()]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "Marta Rossi dirige la rivista più critica del paese da dieci anni."),
        ("es", "Marta Ruiz dirige la revista más crítica del país desde hace diez años."),
    ],
)
def test_an_adjective_after_a_degree_word_is_no_accusation(
    analyzer: Analyzer, language: str, text: str
) -> None:
    events = analyse(analyzer, text, language, PUBLISHED).events
    assert not [e for e in events if e.type == "ACCUSE"], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize(
    ("language", "text", "type_", "mode"),
    [
        ("it", "Il governo ungherese ha chiuso l'ultima radio indipendente.", "COERCE", "censor"),
        ("fr", "Le gouvernement malien a suspendu la radio RFI.", "COERCE", "censor"),
        ("de", "Die russische Regierung schloss den unabhängigen Sender.", "COERCE", "censor"),
        ("en", "Russia warned of countermeasures if Finland joins NATO.", "THREATEN", None),
    ],
)
def test_closing_an_outlet_and_warning_of_countermeasures(
    analyzer: Analyzer, language: str, text: str, type_: str, mode: str | None
) -> None:
    event = one_of_type(analyse(analyzer, text, language, PUBLISHED).events, type_)
    assert event.mode == mode


@pytest.mark.parametrize(
    ("language", "text", "actors"),
    [
        (
            "es",
            "El canciller español y su homólogo marroquí firmaron ayer un acuerdo migratorio.",
            {"Spain", "Morocco"},
        ),
        (
            "it",
            "La premier danese e il suo omologo tunisino hanno firmato ieri un accordo.",
            {"Mette Frederiksen", "Tunisia"},  # the Danish prime minister on that day
        ),
    ],
)
def test_a_participant_and_his_counterpart_both_act(
    analyzer: Analyzer, language: str, text: str, actors: set[str]
) -> None:
    event = one_of_type(analyse(analyzer, text, language, PUBLISHED).events, "AGREE")
    assert {a.name for a in event.actors} == actors


@pytest.mark.parametrize(
    ("language", "text", "actor", "recipient"),
    [
        # PLOVER v0.8: an invitation to visit is AGREE; the visit itself is not told yet
        (
            "en",
            "Egypt invited the Libyan prime minister to visit Cairo for talks.",
            "Egypt",
            "Libya",
        ),
        (
            "it",
            "La Tunisia ha invitato una delegazione del Parlamento europeo a visitare Tunisi.",
            "Tunisia",
            "European Parliament",
        ),
        (
            "de",
            "Der kolumbianische Präsident lud den venezolanischen Staatschef nach Bogotá ein.",
            "Colombia",
            "Venezuela",
        ),
        (
            "es",
            "El Gobierno cubano invitó a una delegación del Congreso estadounidense a visitar "
            "La Habana.",
            "Cuba",
            "United States Congress",
        ),
    ],
)
def test_an_invitation_to_visit_is_an_agreement_of_the_host(
    analyzer: Analyzer, language: str, text: str, actor: str, recipient: str
) -> None:
    events = analyse(analyzer, text, language, PUBLISHED).events
    assert not [e for e in events if e.type == "CONSULT"], [(e.type, e.trigger) for e in events]
    event = one_of_type(events, "AGREE")
    assert [a.name for a in event.actors] == [actor]
    assert [r.name for r in event.recipients] == [recipient]


def test_a_german_participle_after_an_article_does_not_carry_the_clause(
    analyzer: Analyzer,
) -> None:
    text = (
        "Die Bundesregierung forderte Ankara auf, den inhaftierten deutschen Reporter "
        "umgehend freizulassen."
    )
    event = one_of_type(analyse(analyzer, text, "de", PUBLISHED).events, "REQUEST")
    assert event.trigger == "forderte"
    assert [r.name for r in event.recipients] == ["Türkiye"]  # Ankara's government


@pytest.mark.parametrize(
    ("text", "type_", "trigger"),
    [
        (
            "Die Regierung verlangte von Minsk, den seit Wochen ohne Prozess inhaftierten "
            "polnischen Journalisten freizulassen.",
            "REQUEST",
            "verlangte",
        ),
        (
            "Kiew fordert die Rückgabe der von Russland besetzten ukrainischen Gebiete.",
            "REQUEST",
            "fordert",
        ),
    ],
)
def test_a_german_participle_inside_a_longer_noun_phrase_does_not_carry_the_clause(
    analyzer: Analyzer, text: str, type_: str, trigger: str
) -> None:
    events = analyse(analyzer, text, "de", PUBLISHED).events
    assert [(e.type, e.trigger) for e in events] == [(type_, trigger)]


def test_a_german_past_tense_verb_after_a_subject_stays_a_verb(analyzer: Analyzer) -> None:
    text = "Die Polizisten inhaftierten deutsche Journalisten in Istanbul."
    event = one_of_type(analyse(analyzer, text, "de", PUBLISHED).events, "COERCE")
    assert event.trigger == "inhaftierten"
