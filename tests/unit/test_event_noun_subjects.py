"""A clause whose subject is a common noun ("la blogger critica", "La oposición rechaza")
has no dropped subject: no actor is carried into it from earlier sentences, where a
verb alone ("Ha poi criticato …") still takes the person told before. Sentences written
for this test."""

from __future__ import annotations

import pytest
from event_helpers import analyse, names

from annals.models import PartialDate
from annals.pipeline import Analyzer

PUBLISHED = PartialDate(2024, 3, 8)


def _actors_at(analyzer: Analyzer, text: str, language: str, trigger: str) -> list[list[str]]:
    events = analyse(analyzer, text, language, PUBLISHED).events
    return [names(e.actors) for e in events if e.trigger.split()[0] == trigger]


@pytest.mark.parametrize(
    ("language", "text", "trigger", "person"),
    [
        (
            "it",
            "Il ministro Mario Bianchi ha incontrato i sindacati a Roma.\n\n"
            "In un altro intervento la blogger critica il ministro per la riforma.",
            "critica",
            "Mario Bianchi",
        ),
        (
            "es",
            "El presidente Juan Ortega visitó Sevilla el lunes.\n\n"
            "La oposición rechaza el acuerdo firmado por el gobierno regional.",
            "rechaza",
            "Juan Ortega",
        ),
        (
            "es",
            "La activista Lucía Navarro habló con los periodistas en la plaza.\n\n"
            "Los islamistas boicotean los medios de comunicación desde hace meses.",
            "boicotean",
            "Lucía Navarro",
        ),
        (
            "it",
            "Il generale Marco Ferri ha parlato ieri alla stampa.\n\n"
            "Il nuovo governo si riunirà per la prima volta domani.",
            "riunirà",
            "Marco Ferri",
        ),
    ],
)
def test_a_common_noun_subject_takes_no_earlier_actor(
    analyzer: Analyzer, language: str, text: str, trigger: str, person: str
) -> None:
    for actors in _actors_at(analyzer, text, language, trigger):
        assert person not in actors


def test_a_verb_alone_still_takes_the_person_told_before(analyzer: Analyzer) -> None:
    text = (
        "Il ministro Mario Bianchi ha incontrato i sindacati a Roma.\n\n"
        "Ha poi criticato la decisione della regione sulla sanità."
    )
    assert _actors_at(analyzer, text, "it", "criticato") == [["Mario Bianchi"]]


@pytest.mark.parametrize(
    ("language", "text", "word"),
    [
        (
            "it",
            "Ritengo questo mio intervento come una risposta positiva all'apertura del governo. "
            "Spero che questo gesto sia capito nella sua intenzione patriottica e solidale.",
            "Spero",
        ),
        (
            "es",
            "Creo que la situación mejorará pronto. Espero que el gobierno escuche a la gente.",
            "Espero",
        ),
        (  # opening two sentences that go on is no sign of a name
            "it",
            "Ritengo questo mio intervento come una risposta positiva all'apertura del governo. "
            "Spero che questo gesto sia capito nella sua intenzione patriottica e solidale. "
            "Spero che il ministro possa fare delle proposte efficaci.",
            "Spero",
        ),
    ],
)
def test_a_first_person_opening_a_sentence_is_no_name(
    analyzer: Analyzer, language: str, text: str, word: str
) -> None:
    # the Italian and Spanish recognisers tag these as people
    entities = analyse(analyzer, text, language, PUBLISHED).entities
    assert word not in {m.text for m in entities}


@pytest.mark.parametrize(
    ("language", "text", "trigger", "actor"),
    [
        (
            "es",
            "Los islamistas boicotean los medios de comunicación desde hace meses.",
            "boicotean",
            "islamistas",
        ),
        (
            "fr",
            "Le projet de constitution a été rejeté par les islamistes.",
            "rejeté",
            "islamistes",
        ),
    ],
)
def test_islamists_are_a_group_that_acts(
    analyzer: Analyzer, language: str, text: str, trigger: str, actor: str
) -> None:
    assert _actors_at(analyzer, text, language, trigger) == [[actor]]
