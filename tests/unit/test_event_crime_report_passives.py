"""Passives of local crime reports, read without a parse: the agent phrase after an
adverbial one ("denunciato per furto dai carabinieri", "arrestato in flagranza di reato
dagli agenti"), two coordinated participles ("individuati e denunciati", "hanno fermato e
arrestato"), and a town in the agent's "of" phrase, which undergoes nothing; the subject
after an intransitive verb ("Sul furto indagano gli uomini della polizia"), and "altro"
before a noun, which is no person. Sentences written for this test."""

from __future__ import annotations

import pytest
from event_helpers import analyse, names, one_of_type

from annals.models import PartialDate
from annals.pipeline import Analyzer

PUBLISHED = PartialDate(2025, 3, 12)


@pytest.mark.parametrize(
    ("text", "kind", "actor", "recipient"),
    [
        ("Un uomo è stato denunciato per furto dai carabinieri.", "ACCUSE", "carabinieri", "uomo"),
        (
            "Un pensionato è stato denunciato a piede libero dai carabinieri.",
            "ACCUSE",
            "carabinieri",
            "pensionato",
        ),
        (
            "Una donna è stata arrestata in flagranza di reato dagli agenti.",
            "COERCE",
            "agenti",
            "donna",
        ),
        (
            "Due ragazzi sono stati individuati e denunciati dai carabinieri.",
            "ACCUSE",
            "carabinieri",
            "ragazzi",
        ),
        (
            "Un ragazzo di 19 anni, residente a Carpi, è stato denunciato dai carabinieri "
            "della stazione di Novi.",
            "ACCUSE",
            "carabinieri",
            "ragazzo",
        ),
        (
            "Un ladro è stato catturato dopo un inseguimento dalla pattuglia della Volante.",
            "COERCE",
            None,
            "ladro",
        ),
    ],
)
def test_the_agent_phrase_after_an_adverbial_one_acts(
    analyzer: Analyzer, text: str, kind: str, actor: str | None, recipient: str
) -> None:
    event = one_of_type(analyse(analyzer, text, "it", PUBLISHED).events, kind)
    if actor is not None:
        assert names(event.actors) == [actor]
    assert names(event.recipients) == [recipient]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I carabinieri hanno fermato e arrestato tre giovani.", "COERCE"),
        ("I carabinieri hanno perquisito e denunciato due giovani.", "ACCUSE"),
    ],
)
def test_two_coordinated_participles_share_subject_and_object(
    analyzer: Analyzer, text: str, kind: str
) -> None:
    events = analyse(analyzer, text, "it", PUBLISHED).events
    event = one_of_type(events, kind)
    assert names(event.actors) == ["carabinieri"]
    assert names(event.recipients) == ["giovani"]


@pytest.mark.parametrize(
    ("lang", "text", "kind", "actor"),
    [
        ("it", "Sulla rapina indagano gli uomini della polizia.", "ACCUSE", "polizia"),
        ("it", "Sull'incendio indagano i carabinieri di Mirandola.", "ACCUSE", "carabinieri"),
        (
            "es",
            "En Sevilla protestan los estudiantes contra los recortes.",
            "PROTEST",
            "estudiantes",
        ),
    ],
)
def test_the_subject_after_an_intransitive_verb_acts(
    analyzer: Analyzer, lang: str, text: str, kind: str, actor: str
) -> None:
    event = one_of_type(analyse(analyzer, text, lang, PUBLISHED).events, kind)
    assert names(event.actors) == [actor]
    assert names(event.recipients) == []


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("I carabinieri hanno arrestato un altro giovane per furto.", "giovane"),
        ("La polizia ha denunciato un altro ragazzo di 20 anni.", "ragazzo"),
    ],
)
def test_other_before_a_noun_is_no_person(analyzer: Analyzer, text: str, recipient: str) -> None:
    events = analyse(analyzer, text, "it", PUBLISHED).events
    assert len(events) == 1, [(e.type, e.trigger) for e in events]
    assert names(events[0].recipients) == [recipient]


@pytest.mark.parametrize(
    "text",
    [
        # a town the text names as a place elsewhere takes no part where the recogniser made
        # it a party
        "Il furto è avvenuto ieri a Vignola. La Polizia locale di Vignola ha denunciato un 24enne.",
        "Il furto è avvenuto a Vignola. I militari di Vignola hanno denunciato un 24enne.",
    ],
)
def test_a_town_named_as_a_place_elsewhere_takes_no_part(analyzer: Analyzer, text: str) -> None:
    event = one_of_type(analyse(analyzer, text, "it", PUBLISHED).events, "ACCUSE")
    assert "Vignola" not in names(event.actors) + names(event.recipients)
    assert names(event.recipients) == ["24enne"]


def test_a_group_between_a_town_and_the_verb_is_its_subject(analyzer: Analyzer) -> None:
    text = "Perlustrando le strade di Vignola, i militari hanno arrestato un 57enne."
    event = one_of_type(analyse(analyzer, text, "it", PUBLISHED).events, "COERCE")
    assert names(event.actors) == ["militari"]
    assert names(event.recipients) == ["57enne"]


def test_who_orders_an_arrest_named_by_a_noun_acts(analyzer: Analyzer) -> None:
    text = "Il giudice ha disposto gli arresti domiciliari per il 30enne."
    event = one_of_type(analyse(analyzer, text, "it", PUBLISHED).events, "COERCE")
    assert names(event.actors) == ["giudice"]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # what a camera captured is no capture
        ("Secondo quanto catturato dalle telecamere, i militari sono arrivati alle tre.", 0),
        ("Il latitante è stato catturato dai carabinieri a Sassuolo.", 1),
    ],
)
def test_captured_by_cameras_is_no_arrest(analyzer: Analyzer, text: str, count: int) -> None:
    events = analyse(analyzer, text, "it", PUBLISHED).events
    coerce = [e for e in events if e.type == "COERCE"]
    assert len(coerce) == count, [(e.type, e.trigger) for e in events]
    if count:
        assert names(coerce[0].recipients) == ["latitante"]
        assert names(coerce[0].actors) == ["carabinieri"]


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipients"),
    [
        ("it", "I titolari hanno denunciato il furto alla Polizia.", "titolari", []),
        ("it", "La donna ha denunciato il marito ai carabinieri.", "donna", ["marito"]),
        ("es", "La víctima denunció el robo a la Policía.", "víctima", []),
        # the authority accused directly stays the recipient
        ("it", "La donna ha denunciato la Questura per abuso d'ufficio.", "donna", ["Questura"]),
    ],
)
def test_the_authority_a_complaint_is_made_to_is_not_accused(
    analyzer: Analyzer, lang: str, text: str, actor: str, recipients: list[str]
) -> None:
    event = one_of_type(analyse(analyzer, text, lang, PUBLISHED).events, "ACCUSE")
    assert names(event.actors) == [actor]
    assert names(event.recipients) == recipients


def test_a_name_after_a_place_preposition_is_no_actor(analyzer: Analyzer) -> None:
    # the recogniser may take a town for a person; after "a" it names where, not who
    text = (
        "È accaduto ieri a Mirandola dove i carabinieri, durante un controllo stradale "
        "hanno denunciato un uomo."
    )
    event = one_of_type(analyse(analyzer, text, "it", PUBLISHED).events, "ACCUSE")
    assert "Mirandola" not in names(event.actors) + names(event.recipients)
