"""Who acts when a sentence read without a parse names no subject: a protesters' noun is its
own actor, and an event noun that opens its clause or a phrase of circumstance takes no
dropped subject from an earlier sentence. Sentences written for this test."""

from __future__ import annotations

import pytest
from event_helpers import analyse

from annals.models import PartialDate
from annals.pipeline import Analyzer

PUBLISHED = PartialDate(2025, 3, 12)
LEAD = {
    "it": "Il presidente Marco Ferri ha parlato ieri sera in televisione.",
    "es": "El presidente Marco Ferri habló anoche en la televisión.",
    "fr": "Le président Marco Ferri a parlé hier soir à la télévision.",
}


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("it", "Dopo gli scontri di martedì, i manifestanti restano nella piazza centrale."),
        ("es", "Pese a los disturbios, los manifestantes siguen acampados en la plaza."),
        ("fr", "Malgré la pluie, les manifestants occupent encore la place centrale."),
    ],
)
def test_protesters_are_the_actor_of_their_own_noun(
    analyzer: Analyzer, lang: str, sentence: str
) -> None:
    events = analyse(analyzer, f"{LEAD[lang]} {sentence}", lang, PUBLISHED).events
    protest = [e for e in events if e.type == "PROTEST" and e.mentions[0].sentence == sentence]
    assert protest, [(e.type, e.trigger) for e in events]
    assert all("Marco Ferri" not in [a.name for a in e.actors] for e in protest)
    assert any(a.name.startswith("manifestant") for e in protest for a in e.actors)


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("it", "Nonostante gli scontri della notte, la piazza resta piena."),
        ("it", "Gli scontri sono proseguiti fino all'alba."),
        ("es", "Los enfrentamientos continuaron durante toda la noche."),
        ("fr", "Les affrontements ont duré toute la nuit."),
        ("it", "Il bilancio è di trenta morti, dieci dei quali causati dagli attacchi di ieri."),
        ("es", "Hay veinte heridos, la mitad provocados por los ataques de la noche."),
    ],
)
def test_an_event_noun_opening_its_clause_takes_no_dropped_subject(
    analyzer: Analyzer, lang: str, sentence: str
) -> None:
    events = analyse(analyzer, f"{LEAD[lang]} {sentence}", lang, PUBLISHED).events
    for event in events:
        if event.mentions[0].sentence == sentence:
            assert "Marco Ferri" not in [a.name for a in event.actors], event.trigger


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("it", "Ha poi annunciato l'invio di nuovi aiuti militari all'Ucraina."),
        ("es", "Luego anunció el envío de nueva ayuda militar a Ucrania."),
        ("it", "Ha poi deciso di inviare truppe in Libia."),
    ],
)
def test_a_verbs_object_noun_keeps_the_dropped_subject(
    analyzer: Analyzer, lang: str, sentence: str
) -> None:
    events = analyse(analyzer, f"{LEAD[lang]} {sentence}", lang, PUBLISHED).events
    found = [e for e in events if e.mentions[0].sentence == sentence]
    assert len(found) == 1, [(e.type, e.trigger) for e in events]
    assert [a.name for a in found[0].actors] == ["Marco Ferri"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Molti ricordano che una delle ragioni della no-fly zone era la necessità di impedire "
        "a Gheddafi di usare l'aviazione per bombardare la sua gente.",
        "Alcune persone hanno cominciato a scrivere alla Pfizer per chiederle di smettere di "
        "vendere il farmaco alla Libia.",
    ],
)
def test_no_event_is_proposed_at_a_function_word_without_a_parse(
    analyzer: Analyzer, sentence: str
) -> None:
    """Without a parse there is no main verb to propose an event at when every trigger of
    the sentence lacked its parties: the first word after a name is often "di" or "per"."""
    events = analyse(analyzer, sentence, "it", PUBLISHED).events
    assert not [e.trigger for e in events if e.trigger in {"di", "per", "a", "il", "che"}]


@pytest.mark.parametrize(
    ("lang", "text", "type_", "actors"),
    [
        (
            "it",
            "La ministra Anna Neri ha incontrato il collega Paolo Riva a Roma. Hanno poi "
            "firmato un accordo sul gas.",
            "AGREE",
            {"Anna Neri", "Paolo Riva"},
        ),
        (
            "es",
            "La ministra Ana Gil se reunió con su colega Pablo Ruiz en Madrid. Después "
            "firmaron un acuerdo sobre el gas.",
            "AGREE",
            {"Ana Gil", "Pablo Ruiz"},
        ),
    ],
)
def test_a_plural_verbs_dropped_subject_is_the_group_that_acted_last(
    analyzer: Analyzer, lang: str, text: str, type_: str, actors: set[str]
) -> None:
    events = [e for e in analyse(analyzer, text, lang, PUBLISHED).events if e.type == type_]
    assert events and {a.name for a in events[0].actors} == actors


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "Il presidente Marco Ferri ha parlato ieri sera. Poi hanno arrestato due uomini."),
        ("es", "El presidente Marco Ferri habló anoche. Luego detuvieron a dos hombres."),
    ],
)
def test_a_plural_verbs_dropped_subject_is_never_one_person(
    analyzer: Analyzer, lang: str, text: str
) -> None:
    for event in analyse(analyzer, text, lang, PUBLISHED).events:
        if event.type == "COERCE":
            assert "Marco Ferri" not in [a.name for a in event.actors]
