"""Blame said of someone is an accusation by the speaker: "Russia said Ukraine was responsible
for the attack" is Russia accusing Ukraine, not an attack by Ukraine. Hand-written sentences;
the full analysis runs (English and French have a parser)."""

from __future__ import annotations

import pytest

from annals.models import Analysis, PartialDate, RawDocument
from annals.pipeline import Analyzer

PUBLISHED = PartialDate(2025, 3, 14)


def _analyse(analyzer: Analyzer, text: str, language: str) -> Analysis:
    return analyzer.analyze(
        RawDocument(path="t.txt", text=text, format="text"), language, PUBLISHED
    )


@pytest.mark.parametrize(
    ("language", "text", "accuser", "accused"),
    [
        ("en", "Russia said Ukraine was responsible for the attack on the bridge.", "RUS", "UKR"),
        ("en", "Moscow said Kyiv was to blame for the explosion at the depot.", "RUS", "UKR"),
        ("en", "Israel said Iran was behind the drone attack on the tanker.", "ISR", "IRN"),
        (
            "fr",
            "Moscou a affirmé que Kiev était responsable de l'attaque contre le pont.",
            "RUS",
            "UKR",
        ),
    ],
)
def test_blame_said_of_someone_is_the_speakers_accusation(
    analyzer: Analyzer, language: str, text: str, accuser: str, accused: str
) -> None:
    events = _analyse(analyzer, text, language).events
    accusations = [e for e in events if e.type == "ACCUSE"]
    assert len(accusations) == 1, [(e.type, e.trigger) for e in events]
    event = accusations[0]
    assert [a.id for a in event.actors] == [f"country/{accuser}"]
    assert [r.id for r in event.recipients] == [f"country/{accused}"]
    # the attack is what the accusation is about, not an attack by the accused
    assert not any(e.type == "ASSAULT" and accused in str(e.actors) for e in events)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # the reporter's words: no one is said to lay the blame
        ("en", "Ukraine was responsible for the attack on the bridge, according to the report."),
        # an office, not blame
        ("en", "The minister responsible for defence met his Italian counterpart in Rome."),
        ("fr", "Le ministre responsable de la défense a rencontré son homologue italien."),
        # a task or an idea, not a harm
        ("en", "NATO said Turkey was responsible for the logistics of the exercise."),
        ("en", "Officials said France was behind the proposal to expand the mission."),
        ("fr", "Paris a affirmé que Rome était responsable de la logistique du sommet."),
    ],
)
def test_responsibility_without_a_speaker_is_no_accusation(
    analyzer: Analyzer, language: str, text: str
) -> None:
    events = _analyse(analyzer, text, language).events
    assert not any(e.type == "ACCUSE" for e in events), [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        # a capital held responsible is its government
        ("Moscow held Kyiv responsible for the explosion at the depot.", "Ukraine"),
        ("Poland summoned the Russian ambassador over the drone incursion.", "Russia"),
    ],
)
def test_a_participant_inside_a_patterns_gap_is_the_recipient(
    analyzer: Analyzer, text: str, recipient: str
) -> None:
    events = [e for e in _analyse(analyzer, text, "en").events if e.type == "ACCUSE"]
    assert [r.name for e in events for r in e.recipients] == [recipient]
