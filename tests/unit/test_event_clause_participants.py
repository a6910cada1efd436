"""Participants across the clauses of one sentence and down an object's qualifier.

* "Macron met Scholz on Monday, and on Tuesday he met Meloni": "he" of the later clause
  is the person who acted in the earlier one, in the same sentence as in the next.
* "pledged 8.2 billion euros in military aid to Ukraine": the recipient stands one "in"
  phrase down the object noun.

Hand-written sentences; the full analysis runs.
"""

from __future__ import annotations

import pytest

from annals.models import Analysis, PartialDate, RawDocument
from annals.pipeline import Analyzer

PUBLISHED = PartialDate(2025, 5, 9)


def _analyse(analyzer: Analyzer, text: str) -> Analysis:
    return analyzer.analyze(RawDocument(path="t.txt", text=text, format="text"), "en", PUBLISHED)


def _names(analysis: Analysis, event_type: str) -> list[set[str]]:
    return [
        {ref.name for ref in event.actors} | {ref.name for ref in event.recipients}
        for event in analysis.events
        if event.type == event_type
    ]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday Macron met Scholz in Berlin, on Tuesday he met Meloni in Rome.",
        "Macron met Scholz in Berlin on Monday, and on Tuesday he met Meloni in Rome.",
    ],
)
def test_a_pronoun_of_a_later_clause_is_the_earlier_clauses_actor(
    analyzer: Analyzer, text: str
) -> None:
    meetings = _names(_analyse(analyzer, text), "CONSULT")
    with_meloni = [names for names in meetings if "Giorgia Meloni" in names]
    assert with_meloni and "Emmanuel Macron" in with_meloni[0], meetings


def test_the_next_sentences_pronoun_is_still_resolved(analyzer: Analyzer) -> None:
    text = "Blinken met Wang Yi in Beijing. He also held talks with Xi Jinping."
    meetings = _names(_analyse(analyzer, text), "CONSULT")
    assert any({"Antony Blinken", "Xi Jinping"} <= names for names in meetings), meetings


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("Germany pledged 8.2 billion euros in military aid to Ukraine.", "Ukraine"),
        ("Japan sent a shipment of medical supplies to Gaza.", "Gaza Strip"),
        ("Norway gave 40 million dollars in humanitarian aid to Sudan.", "Sudan"),
    ],
)
def test_the_recipient_one_phrase_down_the_object(
    analyzer: Analyzer, text: str, recipient: str
) -> None:
    analysis = _analyse(analyzer, text)
    recipients = [ref.name for event in analysis.events for ref in event.recipients]
    assert recipient in recipients, [(e.type, e.recipients) for e in analysis.events]


def test_a_planned_visit_keeps_host_and_visitor(analyzer: Analyzer) -> None:
    text = "Erdogan will host Zelensky in Istanbul next week."
    visits = [e for e in _analyse(analyzer, text).events if e.type == "CONSULT"]
    assert visits and visits[0].mode == "visit" and visits[0].status == "planned"
    assert [ref.name for ref in visits[0].actors] == ["Volodymyr Zelenskyy"]
    assert [ref.name for ref in visits[0].recipients] == ["Recep Tayyip Erdoğan"]


def test_hosting_a_summit_is_a_multilateral_meeting_of_the_host(analyzer: Analyzer) -> None:
    text = "Italy is due to host the G7 summit next year."
    meetings = [e for e in _analyse(analyzer, text).events if e.type == "CONSULT"]
    assert meetings and meetings[0].mode == "multilateral"
    # the host, and the group whose summit it is (named inside "host the G7 summit")
    assert [ref.name for ref in meetings[0].actors] == ["Italy", "G7"]


def test_a_host_without_a_visitor_holds_a_meeting(analyzer: Analyzer) -> None:
    text = "Spain is due to host the next one in 2027."
    meetings = [e for e in _analyse(analyzer, text).events if e.type == "CONSULT"]
    assert meetings and meetings[0].mode == "multilateral"
    assert [ref.name for ref in meetings[0].actors] == ["Spain"] and not meetings[0].recipients
