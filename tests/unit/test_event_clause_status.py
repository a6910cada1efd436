"""Status and existence of an event read from the clause around its trigger: an event noun
whose verb only says it takes place takes that verb's tense; a commitment in one clause does
not make a meeting in another one planned; an event noun said of a pronoun ("it was the
worst attack") describes an event already told. Hand-written sentences; the full analysis
runs (parser, linker, time tagger, event coder)."""

from __future__ import annotations

import pytest

from annals.models import Analysis, Event, PartialDate, RawDocument
from annals.pipeline import Analyzer

PUBLISHED = PartialDate(2024, 7, 10)


def _events(analyzer: Analyzer, text: str, language: str) -> tuple[Event, ...]:
    analysis: Analysis = analyzer.analyze(
        RawDocument(path="t.txt", text=text, format="text"), language, PUBLISHED
    )
    return analysis.events


@pytest.mark.parametrize(
    ("language", "text", "status"),
    [
        (
            "en",
            "The minister said that shipments of ammunition to Chad would start soon.",
            "planned",
        ),
        (
            "en",
            "Deliveries of tanks to Poland will begin in the autumn, the ministry said.",
            "planned",
        ),
        ("en", "Deliveries of tanks to Poland began last week, the ministry said.", "occurred"),
        ("fr", "Les livraisons de munitions au Tchad commenceront en septembre.", "planned"),
        # no parser: a future form of the verb shortly after the noun, in its clause
        ("it", "Le consegne di munizioni al Ciad inizieranno a settembre.", "planned"),
        ("it", "Le consegne di munizioni al Ciad sono iniziate a settembre.", "occurred"),
        ("es", "Las entregas de munición a Chad comenzarán en septiembre.", "planned"),
    ],
)
def test_an_event_noun_takes_the_tense_of_its_verb_of_occurrence(
    analyzer: Analyzer, language: str, text: str, status: str
) -> None:
    aid = [e for e in _events(analyzer, text, language) if e.type == "AID"]
    assert [e.status for e in aid] == [status]


def test_a_noun_subject_of_another_verb_keeps_its_own_status(analyzer: Analyzer) -> None:
    text = "The attack on the convoy will be investigated by the United Nations."
    assert all(e.status != "planned" for e in _events(analyzer, text, "en") if e.type == "ASSAULT")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "NATO leaders meeting in Vilnius have pledged 5 billion euros to Ukraine."),
        ("de", "Nato-Gipfel in Rom: Bündnis sagt Moldau 2 Milliarden Euro zu"),
    ],
)
def test_a_commitment_in_another_clause_leaves_the_meeting_occurred(
    analyzer: Analyzer, language: str, text: str
) -> None:
    events = _events(analyzer, text, language)
    meetings = [e for e in events if e.type == "CONSULT"]
    assert meetings and all(e.status == "occurred" for e in meetings)
    assert any(e.type == "AGREE" for e in events)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "It was the deadliest attack on the port since the war began."),
        ("en", "It is the president's last summit as head of the bloc."),
        ("fr", "C'était la pire attaque contre le port depuis des années."),
    ],
)
def test_an_event_noun_said_of_a_pronoun_is_no_new_event(
    analyzer: Analyzer, language: str, text: str
) -> None:
    assert _events(analyzer, text, language) == ()


def test_an_event_noun_said_of_a_named_subject_stays(analyzer: Analyzer) -> None:
    text = "Russia's strike on Odesa on Monday was the deadliest attack on the port this year."
    assert any(e.type == "ASSAULT" for e in _events(analyzer, text, "en"))


def test_a_place_in_the_subject_is_no_actor(analyzer: Analyzer) -> None:
    text = "Leaders of the alliance meeting in Vilnius have pledged 5 billion euros to Kyiv."
    for event in _events(analyzer, text, "en"):
        assert "Vilnius" not in [actor.name for actor in event.actors]


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        ("Syria finally began its long-threatened offensive on Idlib on Monday.", None, "THREATEN"),
        ("Hungary hosted the long-awaited talks between Serbia and Kosovo.", "CONSULT", None),
    ],
)
def test_a_verb_used_as_an_adjective_is_no_event(
    analyzer: Analyzer, text: str, kept: str | None, dropped: str | None
) -> None:
    types = [e.type for e in _events(analyzer, text, "en")]
    assert dropped not in types
    if kept:
        assert kept in types


def test_the_main_verb_outranks_its_participle_clause(analyzer: Analyzer) -> None:
    text = (
        "Inmates rioted on Sunday at a prison near Lima, setting fire to mattresses and "
        "smashing furniture, officials said."
    )
    events = _events(analyzer, text, "en")
    best = max(events, key=lambda e: e.confidence)
    assert best.type == "PROTEST"
    assert any(e.type != "PROTEST" and e.confidence < best.confidence for e in events)


def test_a_state_may_use_force_within_its_borders(analyzer: Analyzer) -> None:
    text = "Syria launched an offensive on Idlib on Monday."
    assault = [e for e in _events(analyzer, text, "en") if e.type == "ASSAULT"]
    assert [a.name for e in assault for a in e.actors] == ["Syria"]


def test_the_words_of_a_quote_make_no_event_at_its_verb_of_saying(analyzer: Analyzer) -> None:
    text = "“We need more money for our own security, and to support Moldova,” the minister said."
    assert [e.trigger for e in _events(analyzer, text, "en") if e.trigger == "said"] == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "it",
            "Martedì il ministro Crosetto presiederà una riunione a Roma per discutere "
            "della minaccia dei droni russi.",
        ),
        ("en", "Macron and Scholz met in Berlin on Monday to discuss the attacks on shipping."),
    ],
)
def test_the_topic_of_a_meeting_is_no_event_but_the_meeting_is(
    analyzer: Analyzer, language: str, text: str
) -> None:
    types = [e.type for e in _events(analyzer, text, language)]
    assert "CONSULT" in types
    assert "THREATEN" not in types and "ASSAULT" not in types


def test_the_topic_of_a_meeting_names_no_participant(analyzer: Analyzer) -> None:
    text = "The foreign ministers of France and Germany met in Rome to discuss Russian strikes."
    meetings = [e for e in _events(analyzer, text, "en") if e.type == "CONSULT"]
    assert meetings
    assert "Russia" not in [p.name for e in meetings for p in (*e.actors, *e.recipients)]


@pytest.mark.parametrize(
    ("language", "text", "status"),
    [
        (
            "en",
            "The minister said he looks forward to working with Poland's army chief.",
            "planned",
        ),
        ("en", "Armenia is keen to sign an agreement with the European Union.", "hypothetical"),
        ("it", "La Moldavia spera di firmare un accordo con l'Unione europea.", "hypothetical"),
    ],
)
def test_a_hope_or_a_wish_is_not_an_act(
    analyzer: Analyzer, language: str, text: str, status: str
) -> None:
    events = _events(analyzer, text, language)
    assert events and all(e.status == status for e in events)


@pytest.mark.parametrize(
    ("text", "party", "present"),
    [
        (
            "The EU agreed to use the profits from frozen Russian assets to arm Ukraine.",
            "Russia",
            False,
        ),
        ("Italy agreed to train Ukrainian soldiers.", "Ukraine", True),
        ("Drones struck Russian positions near Bakhmut, Ukraine said.", "Russia", True),
    ],
)
def test_a_nationality_of_a_thing_is_no_party_to_cooperation(
    analyzer: Analyzer, text: str, party: str, present: bool
) -> None:
    names = [p.name for e in _events(analyzer, text, "en") for p in (*e.actors, *e.recipients)]
    assert (party in names) == present


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Sommet de l'OTAN à Madrid : les Alliés promettent 2 milliards d'euros à la Moldavie",
        ),
        ("en", "NATO leaders met in Madrid. The Allies pledged 2 billion euros to Moldova."),
    ],
)
def test_the_allies_of_a_nato_story_are_nato(analyzer: Analyzer, language: str, text: str) -> None:
    pledges = [e for e in _events(analyzer, text, language) if e.type == "AGREE"]
    assert pledges and [a.name for a in pledges[0].actors] == ["NATO"]


@pytest.mark.parametrize(
    ("language", "text", "event_type"),
    [
        # "new" alone is no warning: new sanctions imposed, new attacks launched, happened
        (
            "fr",
            "L'Union européenne a imposé de nouvelles sanctions à la Biélorussie lundi.",
            "SANCTION",
        ),
        ("it", "La Russia ha lanciato nuovi attacchi contro Kiev.", "ASSAULT"),
        (
            "es",
            "La Unión Europea impuso nuevos aranceles y nuevas sanciones a Bielorrusia.",
            "SANCTION",
        ),
    ],
)
def test_new_acts_are_no_warnings(
    analyzer: Analyzer, language: str, text: str, event_type: str
) -> None:
    events = [e for e in _events(analyzer, text, language) if e.type == event_type]
    assert events and all(e.status == "occurred" for e in events), [
        (e.type, e.status) for e in events
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Le ministre a averti de nouvelles attaques russes contre l'Ukraine."),
        ("it", "Il ministro ha avvertito del rischio di nuovi attacchi russi contro l'Ucraina."),
    ],
)
def test_warned_of_new_attacks_is_not_an_attack(
    analyzer: Analyzer, language: str, text: str
) -> None:
    assert not any(
        e.type == "ASSAULT" and e.status == "occurred" for e in _events(analyzer, text, language)
    )
