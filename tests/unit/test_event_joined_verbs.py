"""Parties of an act in languages read without a parse (Italian, Spanish, German): a verb
joined by "and" to the clause before it shares that clause's subject ("Meloni ha
incontrato Zelensky e ha annunciato nuovi aiuti" is Meloni's aid, not Zelensky's), and a
German capital after "für" receives the aid. Hand-written sentences."""

from __future__ import annotations

import pytest
from event_helpers import analyse, one_of_type

from annals.models import PartialDate
from annals.pipeline import Analyzer

PUBLISHED = PartialDate(2024, 2, 26)


@pytest.mark.parametrize(
    ("language", "text", "event_type", "actor"),
    [
        (
            "it",
            "La premier Giorgia Meloni ha incontrato a Kiev il presidente Volodymyr Zelensky e"
            " ha annunciato un nuovo pacchetto di aiuti militari.",
            "AID",
            "Giorgia Meloni",
        ),
        (
            "it",
            "Il ministro Antonio Tajani ha ricevuto il collega Andrii Sybiha e ha firmato un"
            " accordo di cooperazione.",
            "AGREE",
            "Antonio Tajani",
        ),
        (
            "es",
            "Pedro Sánchez recibió al presidente Volodymyr Zelensky y firmó un acuerdo de"
            " seguridad.",
            "AGREE",
            "Pedro Sánchez",
        ),
        (
            "de",
            "Olaf Scholz empfing Wolodymyr Selenskyj und sagte weitere Militärhilfe zu.",
            "AGREE",
            "Olaf Scholz",
        ),
    ],
)
def test_a_joined_verb_shares_the_subject_of_the_clause_before(
    analyzer: Analyzer, language: str, text: str, event_type: str, actor: str
) -> None:
    event = one_of_type(analyse(analyzer, text, language, PUBLISHED).events, event_type)
    assert [a.name for a in event.actors] == [actor]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # both sign: the coordinator joins the names, not two clauses
        ("it", "Giorgia Meloni e Volodymyr Zelensky hanno firmato un accordo di sicurezza."),
        ("es", "España y Ucrania firmaron un acuerdo de seguridad."),
    ],
)
def test_names_joined_by_and_still_act_together(
    analyzer: Analyzer, language: str, text: str
) -> None:
    event = one_of_type(analyse(analyzer, text, language, PUBLISHED).events, "AGREE")
    assert len(event.actors) == 2


def test_a_meeting_told_beside_an_aid_package_took_place(analyzer: Analyzer) -> None:
    # the classifier reads the sentence's aid words as an AGREE, the reduction of aid still to
    # come; that reading is the package's, so the meeting is no meeting still to come
    text = (
        "Giorgia Meloni ha incontrato a Kiev il presidente Volodymyr Zelensky e ha annunciato"
        " un pacchetto di aiuti."
    )
    meeting = one_of_type(analyse(analyzer, text, "it", PUBLISHED).events, "CONSULT")
    assert meeting.status == "occurred"


def test_a_subject_inside_a_reported_clause_is_not_shared(analyzer: Analyzer) -> None:
    # the names follow "che": the clause they open is not the one "e hanno attaccato" joins
    text = "Dicevano che dietro Saddam Hussein c'era Al Qaeda e hanno attaccato l'Iraq."
    attack = one_of_type(analyse(analyzer, text, "it", PUBLISHED).events, "ASSAULT")
    assert "Saddam Hussein" not in [a.name for a in attack.actors]


def test_a_german_capital_after_fuer_receives_the_aid(analyzer: Analyzer) -> None:
    # "für Kiew" after a word of aid (here the end of a compound) is the state that receives
    text = "Die Regierung beschloss weitere Waffenhilfepakete für Kiew."
    aid = one_of_type(analyse(analyzer, text, "de", PUBLISHED).events, "AID")
    assert [r.name for r in aid.recipients] == ["Ukraine"] and not aid.actors


@pytest.mark.parametrize(
    ("language", "text", "undergoer"),
    [
        (
            "it",
            "Il giornalista Marco Rossi ha intervistato il ministro Guido Crosetto ed è stato"
            " arrestato dalla polizia.",
            "Marco Rossi",
        ),
        (
            "es",
            "El periodista Juan Pérez entrevistó al ministro José Manuel Albares y fue detenido"
            " por la policía.",
            "Juan Pérez",
        ),
        (
            "de",
            "Der Journalist Max Müller interviewte Außenministerin Annalena Baerbock und wurde"
            " von der Polizei festgenommen.",
            "Max Müller",
        ),
    ],
)
def test_a_joined_passive_acts_on_the_subject_of_the_clause_before(
    analyzer: Analyzer, language: str, text: str, undergoer: str
) -> None:
    arrest = one_of_type(analyse(analyzer, text, language, PUBLISHED).events, "COERCE")
    assert [r.name for r in arrest.recipients] == [undergoer]
