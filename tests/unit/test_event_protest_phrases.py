"""Who meets a protest does not protest: a protest noun in a dative, "of" or "against"
phrase of another word ("responder a las protestas", "l'aumento delle proteste") takes no
actor from the clause's subject; its own "of" phrase names the protesters. A verb of joining
it ("se sumaron a las protestas") keeps its subject as the protesters. Sentences written for
this test."""

from __future__ import annotations

import pytest
from event_helpers import analyse, names

from annals.models import PartialDate
from annals.pipeline import Analyzer

PUBLISHED = PartialDate(2025, 3, 12)


@pytest.mark.parametrize(
    ("lang", "text", "protesters", "subject"),
    [
        (
            "es",
            "El Gobierno de Petro respondió a las protestas de los camioneros con detenciones.",
            ["camioneros"],
            "Petro",
        ),
        (
            "it",
            "Il governo di Atene ha risposto alle proteste degli agricoltori con nuovi aiuti.",
            ["agricoltori"],
            "Atene",
        ),
    ],
)
def test_who_meets_a_protest_does_not_protest(
    analyzer: Analyzer, lang: str, text: str, protesters: list[str], subject: str
) -> None:
    protests = [e for e in analyse(analyzer, text, lang, PUBLISHED).events if e.type == "PROTEST"]
    for event in protests:
        assert not any(subject in name for name in names(event.actors))
    assert [names(e.actors) for e in protests] == [protesters]


@pytest.mark.parametrize(
    ("lang", "text", "protesters"),
    [
        ("es", "Miles de camioneros se sumaron a las protestas contra el Gobierno.", "camioneros"),
        (
            "it",
            "Migliaia di agricoltori hanno aderito alle proteste contro il governo.",
            "agricoltori",
        ),
    ],
)
def test_who_joins_a_protest_protests(
    analyzer: Analyzer, lang: str, text: str, protesters: str
) -> None:
    protests = [e for e in analyse(analyzer, text, lang, PUBLISHED).events if e.type == "PROTEST"]
    assert [names(e.actors) for e in protests] == [[protesters]]


def test_a_protest_met_keeps_its_own_target(analyzer: Analyzer) -> None:
    text = (
        "El grupo nació a la hora de las manifestaciones que llevaron a la caída de Hosni Mubarak."
    )
    protests = [e for e in analyse(analyzer, text, "es", PUBLISHED).events if e.type == "PROTEST"]
    assert [(names(e.actors), names(e.recipients)) for e in protests] == [([], ["Hosni Mubarak"])]


@pytest.mark.parametrize(
    ("lang", "text", "protesters"),
    [
        (
            "it",
            "Durante una protesta organizzata al Cairo, i manifestanti avevano scalato i muri.",
            "manifestanti",
        ),
        (
            "es",
            "Durante la protesta del lunes, los manifestantes quemaron neumáticos en la avenida.",
            "manifestantes",
        ),
    ],
)
def test_the_protesters_of_a_protest_in_a_phrase_of_time_made_it(
    analyzer: Analyzer, lang: str, text: str, protesters: str
) -> None:
    protests = [e for e in analyse(analyzer, text, lang, PUBLISHED).events if e.type == "PROTEST"]
    assert protests and all(names(e.actors) == [protesters] for e in protests)


@pytest.mark.parametrize(
    ("lang", "text", "protesters"),
    [
        (
            "it",
            "La polizia ha sparato proiettili di gomma sui dimostranti, che protestano contro "
            "il governo.",
            "dimostranti",
        ),
        (
            "es",
            "La policía disparó balas de goma contra los estudiantes, que protestaban contra el "
            "Gobierno.",
            "estudiantes",
        ),
    ],
)
def test_who_a_relative_clause_after_a_comma_tells_of_acts_in_it(
    analyzer: Analyzer, lang: str, text: str, protesters: str
) -> None:
    protests = [e for e in analyse(analyzer, text, lang, PUBLISHED).events if e.type == "PROTEST"]
    assert protests and all(names(e.actors) == [protesters] for e in protests)
