"""German clauses with an auxiliary and a clause-final participle: who acts.

"Deutschland hat der Ukraine … geliefert": the subject stands next to the auxiliary, the
other names in the frame are recipients; in a passive the name after "von" acts.
Sentences written for this test.
"""

from __future__ import annotations

import pytest

from annals.models import PartialDate, RawDocument
from annals.pipeline import Analyzer

CASES = [
    (
        "Deutschland hat der Ukraine weitere Luftabwehrsysteme geliefert.",
        "AID",
        ["country/DEU"],
        ["country/UKR"],
    ),
    (
        "Frankreich hat seine letzten Soldaten aus Niger abgezogen.",
        "RETREAT",
        ["country/FRA"],
        ["country/NER"],
    ),
    (
        "Am Montag hat Russland die Ukraine erneut mit Drohnen angegriffen.",
        "ASSAULT",
        ["country/RUS"],
        ["country/UKR"],
    ),
    (
        "Deutschland und Frankreich haben der Ukraine weitere Hilfe zugesagt.",
        "AGREE",
        ["country/DEU", "country/FRA"],
        ["country/UKR"],
    ),
    (
        "Kiew wurde in der Nacht von Russland mit Drohnen angegriffen.",
        "ASSAULT",
        ["country/RUS"],
        ["city/kyiv"],
    ),
]


@pytest.mark.parametrize(("text", "type_", "actors", "recipients"), CASES)
def test_german_verb_frame_roles(
    analyzer: Analyzer, text: str, type_: str, actors: list[str], recipients: list[str]
) -> None:
    document = RawDocument(path="t.txt", text=text, format="text")
    analysis = analyzer.analyze(document, "de", PartialDate(2025, 3, 12))
    events = [e for e in analysis.events if e.type == type_]
    assert events, [(e.type, e.trigger) for e in analysis.events]
    assert [ref.id for ref in events[0].actors] == actors
    assert [ref.id for ref in events[0].recipients] == recipients


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the infinitive clause with "zu" is what Kyiv is accused of, or asked to do
        ("Moskau beschuldigte Kiew, ein Treibstofflager angegriffen zu haben.", ["ACCUSE"]),
        ("Moskau warf Kiew vor, ein Treibstofflager angegriffen zu haben.", ["ACCUSE"]),
        ("Berlin forderte Moskau auf, die Angriffe auf Kiew einzustellen.", ["REQUEST"]),
    ],
)
def test_an_infinitive_clause_with_zu_completes_the_verb_before_it(
    analyzer: Analyzer, text: str, expected: list[str]
) -> None:
    analysis = analyzer.analyze(
        RawDocument(path="t.txt", text=text, format="text"), "de", PartialDate(2025, 3, 14)
    )
    assert [e.type for e in analysis.events] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who is named in a relative clause takes no part in the main clause's meeting
        (
            "Scholz traf Macron, der die Ukraine unterstützt.",
            [
                ("CONSULT", ["person/olaf-scholz", "person/emmanuel-macron"], []),
                ("SUPPORT", ["person/emmanuel-macron"], ["country/UKR"]),
            ],
        ),
        (
            "Die EU verurteilte Russland, das die Ukraine angegriffen hat.",
            [
                ("ACCUSE", ["org/eu"], ["country/RUS"]),
                ("ASSAULT", ["country/RUS"], ["country/UKR"]),
            ],
        ),
    ],
)
def test_a_relative_clause_acts_through_its_antecedent(
    analyzer: Analyzer, text: str, expected: list[tuple[str, list[str], list[str]]]
) -> None:
    analysis = analyzer.analyze(
        RawDocument(path="t.txt", text=text, format="text"), "de", PartialDate(2025, 3, 14)
    )
    found = [
        (e.type, [a.id for a in e.actors], [r.id for r in e.recipients]) for e in analysis.events
    ]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "type_", "actor", "recipient"),
    [
        # the group next to the auxiliary acts; the one before the participle is acted on
        (
            "Die Polizei hat am Sonntag vier Aktivisten festgenommen.",
            "COERCE",
            "Polizei",
            "Aktivisten",
        ),
        (
            "Milizen haben im Norden zwei Journalisten entführt.",
            "ASSAULT",
            "Milizen",
            "Journalisten",
        ),
        ("Gestern haben Soldaten das Lager angegriffen.", "ASSAULT", "Soldaten", None),
    ],
)
def test_an_unnamed_group_next_to_the_auxiliary_is_the_subject(
    analyzer: Analyzer, text: str, type_: str, actor: str, recipient: str | None
) -> None:
    analysis = analyzer.analyze(
        RawDocument(path="t.txt", text=text, format="text"), "de", PartialDate(2025, 3, 14)
    )
    events = [e for e in analysis.events if e.type == type_]
    assert events, [(e.type, e.trigger) for e in analysis.events]
    assert [a.name for a in events[0].actors] == [actor]
    assert [r.name for r in events[0].recipients] == ([recipient] if recipient else [])


@pytest.mark.parametrize(
    ("text", "actors", "recipients"),
    [
        (
            "Zwei Journalisten wurden von der Polizei in Minsk festgenommen.",
            ["Polizei"],
            ["Journalisten"],
        ),
        ("Navalny wurde von der Polizei festgenommen.", ["Polizei"], ["Alexei Navalny"]),
        ("Zwei Journalisten wurden in Minsk festgenommen.", [], ["Journalisten"]),
    ],
)
def test_unnamed_groups_of_a_german_passive(
    analyzer: Analyzer, text: str, actors: list[str], recipients: list[str]
) -> None:
    analysis = analyzer.analyze(
        RawDocument(path="t.txt", text=text, format="text"), "de", PartialDate(2025, 3, 14)
    )
    events = [e for e in analysis.events if e.type == "COERCE"]
    assert events, [(e.type, e.trigger) for e in analysis.events]
    assert [a.name for a in events[0].actors] == actors
    assert [r.name for r in events[0].recipients] == recipients
