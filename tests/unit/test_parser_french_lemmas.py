"""French finite verbs that fr_core_news_sm leaves unlemmatised because the same form is a
noun or an adjective ("bombarde", "demande", "signe", "limoge"): their lemma is the
infinitive, so that the lexicons, which list infinitives, find them. Sentences written for
this test."""

from __future__ import annotations

import pytest
from event_helpers import analyse, names

from annals.models import PartialDate
from annals.nlp.parser import Parser, _french_verb_lemma
from annals.pipeline import Analyzer

PUBLISHED = PartialDate(2024, 5, 10)
FINITE = "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"


@pytest.mark.parametrize(
    ("form", "lemma"),
    [
        ("bombarde", "bombarder"),
        ("demande", "demander"),
        ("limoge", "limoger"),
        ("nie", "nier"),
        ("ouvre", "ouvrir"),  # -ir verbs conjugated in -e
        ("offre", "offrir"),
        ("accueille", "accueillir"),
    ],
)
def test_a_finite_verb_left_as_it_is_gets_its_infinitive(form: str, lemma: str) -> None:
    assert _french_verb_lemma(form, form, FINITE) == lemma


@pytest.mark.parametrize(
    ("form", "lemma", "morph"),
    [
        ("attaque", "attaquer", FINITE),  # lemmatised already
        ("achète", "achète", FINITE),  # "acheter" or "libérer"? left alone
        ("fermée", "fermée", "Gender=Fem|Number=Sing|Tense=Past|VerbForm=Part"),
        ("dire", "dire", "VerbForm=Inf"),
        ("pro-kadhafi", "pro-kadhafi", FINITE),
        ("prend", "prend", FINITE),
    ],
)
def test_other_verbs_keep_their_lemma(form: str, lemma: str, morph: str) -> None:
    assert _french_verb_lemma(form, lemma, morph) == lemma


def test_the_parser_gives_the_infinitive() -> None:
    parsed = Parser().parse("L'armée bombarde la ville et le président limoge le ministre.", "fr")
    lemmas = {t.text: t.lemma for t in parsed.tokens if t.pos == "VERB"}
    assert lemmas.get("bombarde") == "bombarder"


# in the body of a story: a verb the lexicons miss is not read by the sentence type model
LEAD = (
    "Les combats se poursuivent dans l'ouest du pays.\n\n"
    "La situation humanitaire reste très difficile selon les organisations présentes.\n\n"
    "Les habitants fuient vers la frontière depuis plusieurs jours.\n\n"
)


def _events(analyzer: Analyzer, sentence: str, type_: str) -> list[tuple[list[str], list[str]]]:
    events = analyse(analyzer, LEAD + sentence, "fr", PUBLISHED).events
    found = [e for e in events if e.mentions[0].sentence.strip() == sentence]
    return [(names(e.actors), names(e.recipients)) for e in found if e.type == type_]


@pytest.mark.parametrize(
    ("sentence", "type_", "actor"),
    [
        ("L'aviation russe bombarde la ville d'Alep.", "ASSAULT", "Russia"),
        ("Paris demande la fin des violences à Gaza.", "REQUEST", "France"),
        ("La Turquie réclame le retrait des troupes étrangères.", "REQUEST", "Türkiye"),
    ],
)
def test_a_present_tense_verb_is_an_event(
    analyzer: Analyzer, sentence: str, type_: str, actor: str
) -> None:
    found = _events(analyzer, sentence, type_)
    assert len(found) == 1
    assert actor in found[0][0]


def test_a_request_to_an_organisation_has_it_as_recipient(analyzer: Analyzer) -> None:
    found = _events(analyzer, "La Turquie demande à l'ONU de se réunir d'urgence.", "REQUEST")
    assert found == [(["Türkiye"], ["United Nations"])]


def test_claiming_to_follow_a_creed_is_no_request(analyzer: Analyzer) -> None:
    sentence = "Le groupe armé se réclame d'un islam rigoriste."
    assert _events(analyzer, sentence, "REQUEST") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Je me demande si la France va intervenir en Libye.",
        "On se demande pourquoi l'armée égyptienne reste silencieuse.",
    ],
)
def test_wondering_is_no_request(analyzer: Analyzer, sentence: str) -> None:
    assert _events(analyzer, sentence, "REQUEST") == []
