"""A person named after the office and state they hold is the party, not the state ("traf
den französischen Präsidenten Macron" is a meeting with Macron, not with France), in the
object as in the subject; and a German host's verb at the end of its clause ("Putin hat
Erdogan empfangen", "Erdogan wurde von Putin empfangen") is a visit when the guest is
named. Hand-written sentences."""

from __future__ import annotations

import pytest
from event_helpers import analyse, one_of_type

from annals.models import PartialDate
from annals.pipeline import Analyzer

PUBLISHED = PartialDate(2024, 3, 12)


@pytest.mark.parametrize(
    ("language", "text", "participants"),
    [
        (
            "de",
            "Bundeskanzler Scholz traf am Montag den französischen Präsidenten Macron in Paris.",
            {"Olaf Scholz", "Emmanuel Macron"},
        ),
        (
            "de",
            "Olaf Scholz traf am Montag die italienische Ministerpräsidentin Giorgia Meloni.",
            {"Olaf Scholz", "Giorgia Meloni"},
        ),
        (
            "de",
            "Scholz und der französische Präsident Macron trafen sich am Montag in Berlin.",
            {"Olaf Scholz", "Emmanuel Macron"},
        ),
        (
            "en",
            "Joe Biden met Italy's prime minister Giorgia Meloni at the White House on Friday.",
            {"Joe Biden", "Giorgia Meloni"},
        ),
        # a coordinator and a title before the next name
        (
            "it",
            "Crosetto ha incontrato il suo omologo ucraino Rustem Umerov e il presidente"
            " Volodymyr Zelensky.",
            {"Guido Crosetto", "Rustem Umerov", "Volodymyr Zelenskyy"},
        ),
        (
            "de",
            "Scholz traf Macron und Präsident Selenskyj in Paris.",
            {"Olaf Scholz", "Emmanuel Macron", "Volodymyr Zelenskyy"},
        ),
        # the office of a body, its holder in apposition
        (
            "es",
            "Albares se reunió con Blinken y el secretario general de la OTAN, Jens Stoltenberg.",
            {"José Manuel Albares", "Antony Blinken", "Jens Stoltenberg"},
        ),
        (
            "it",
            "Meloni ha incontrato la presidente della Commissione europea, Ursula von der Leyen.",
            {"Giorgia Meloni", "Ursula von der Leyen"},
        ),
    ],
)
def test_the_office_holder_meets_not_the_state_or_body_of_the_office(
    analyzer: Analyzer, language: str, text: str, participants: set[str]
) -> None:
    event = one_of_type(analyse(analyzer, text, language, PUBLISHED).events, "CONSULT")
    assert {a.name for a in event.actors} | {r.name for r in event.recipients} == participants


def test_a_state_alone_after_the_verb_stays_the_party(analyzer: Analyzer) -> None:
    """A name later in the sentence, after other words, does not replace the state."""
    text = "Russia attacked Ukraine overnight as President Zelensky travelled to Washington."
    event = one_of_type(analyse(analyzer, text, "en", PUBLISHED).events, "ASSAULT")
    assert [r.name for r in event.recipients] == ["Ukraine"]


@pytest.mark.parametrize(
    "text",
    [
        "Wladimir Putin hat den türkischen Präsidenten Erdogan am Dienstag in Moskau empfangen.",
        "Putin hat Erdogan am Dienstag in Moskau empfangen.",
        "Der türkische Präsident Erdogan wurde am Dienstag im Kreml von Wladimir Putin empfangen.",
        "Wladimir Putin empfing am Dienstag den türkischen Präsidenten Erdogan im Kreml.",
    ],
)
def test_a_german_host_receives_the_named_guest(analyzer: Analyzer, text: str) -> None:
    event = one_of_type(analyse(analyzer, text, "de", PUBLISHED).events, "CONSULT")
    assert event.mode == "visit"
    assert [a.name for a in event.actors] == ["Recep Tayyip Erdoğan"]
    assert [r.name for r in event.recipients] == ["Vladimir Putin"]


@pytest.mark.parametrize(
    "text",
    [
        # one name alone: a prize, a signal, no visit
        "Angela Merkel hat am Sonntag in Frankfurt den Friedenspreis empfangen.",
        "Die Bodenstation hat am Montag die Signale der Sonde empfangen.",
    ],
)
def test_receiving_a_thing_is_no_visit(analyzer: Analyzer, text: str) -> None:
    events = analyse(analyzer, text, "de", PUBLISHED).events
    assert not [e for e in events if e.type == "CONSULT"]


@pytest.mark.parametrize(
    ("language", "text", "guest", "host"),
    [
        # the place where a host receives is no party to the visit
        (
            "fr",
            "Le président turc Erdogan a été reçu au Kremlin par Vladimir Poutine mardi.",
            "Recep Tayyip Erdoğan",
            "Vladimir Putin",
        ),
        (
            "fr",
            "Emmanuel Macron a reçu Olaf Scholz à l'Élysée mardi.",
            "Olaf Scholz",
            "Emmanuel Macron",
        ),
        # the Spanish "a" before a person object
        (
            "es",
            "Pedro Sánchez recibió a Volodímir Zelenski en Madrid el martes.",
            "Volodymyr Zelenskyy",
            "Pedro Sánchez",
        ),
    ],
)
def test_a_host_receives_the_guest_at_a_place(
    analyzer: Analyzer, language: str, text: str, guest: str, host: str
) -> None:
    event = one_of_type(analyse(analyzer, text, language, PUBLISHED).events, "CONSULT")
    assert [a.name for a in event.actors] == [guest]
    assert [r.name for r in event.recipients] == [host]


def test_a_german_subject_after_the_verb_leaves_its_office_state_out(analyzer: Analyzer) -> None:
    text = "Am Donnerstag treffen die Verbündeten den ukrainischen Präsidenten Wolodymyr Selenskyj."
    event = one_of_type(analyse(analyzer, text, "de", PUBLISHED).events, "CONSULT")
    assert "Ukraine" not in {a.name for a in event.actors + event.recipients}


@pytest.mark.parametrize(
    ("language", "text", "event_type", "actor", "recipient"),
    [
        (
            "it",
            "Crosetto ha incontrato il presidente Volodymyr Zelensky, al quale ha confermato il"
            " sostegno dell'Italia.",
            "SUPPORT",
            "Guido Crosetto",
            "Volodymyr Zelenskyy",
        ),
        (
            "es",
            "Sánchez recibió a Zelenski, a quien prometió nuevas armas.",
            "AGREE",
            "Pedro Sánchez",
            "Volodymyr Zelenskyy",
        ),
    ],
)
def test_the_one_a_relative_clause_addresses_receives(
    analyzer: Analyzer, language: str, text: str, event_type: str, actor: str, recipient: str
) -> None:
    """ "…Zelensky, al quale ha confermato il sostegno": to whom; the subject acts."""
    event = one_of_type(analyse(analyzer, text, language, PUBLISHED).events, event_type)
    assert [a.name for a in event.actors] == [actor]
    assert [r.name for r in event.recipients] == [recipient]


def test_a_german_pronoun_after_the_verb_is_the_subject_told_before(analyzer: Analyzer) -> None:
    text = (
        "Außenministerin Annalena Baerbock ist am Montag in Israel eingetroffen. In Jerusalem"
        " traf sie Ministerpräsident Benjamin Netanjahu."
    )
    events = analyse(analyzer, text, "de", PUBLISHED).events
    meeting = next(e for e in events if e.type == "CONSULT" and e.mode == "meet")
    assert {a.name for a in meeting.actors} == {"Annalena Baerbock", "Benjamin Netanyahu"}


def test_a_missile_that_hits_her_is_no_meeting(analyzer: Analyzer) -> None:
    events = analyse(analyzer, "Die Rakete traf sie am Kopf.", "de", PUBLISHED).events
    assert not [e for e in events if e.type == "CONSULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Annalena Baerbock ist am Montag zu einem Besuch in Israel eingetroffen.",
        "Annalena Baerbock ist am Montag zu Gesprächen in Israel eingetroffen.",
    ],
)
def test_a_german_arrival_for_a_visit_has_its_host(analyzer: Analyzer, text: str) -> None:
    event = one_of_type(analyse(analyzer, text, "de", PUBLISHED).events, "CONSULT")
    assert event.mode == "visit"
    assert [a.name for a in event.actors] == ["Annalena Baerbock"]
    assert [r.name for r in event.recipients] == ["Israel"]


def test_a_parcel_that_arrives_is_no_visit(analyzer: Analyzer) -> None:
    events = analyse(analyzer, "Das Paket ist am Montag in Berlin angekommen.", "de", PUBLISHED)
    assert not [e for e in events.events if e.type == "CONSULT"]
