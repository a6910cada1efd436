"""Joining an alliance is an AGREE with the alliance, giving the green light a SUPPORT, a
video conference a CONSULT by phone, in every language; an Italian month after a bare
preposition ("a gennaio") dates the act, a surname such as "Di Maggio" does not.
Hand-written sentences; the full analysis runs."""

from __future__ import annotations

import pytest
from event_helpers import analyse, one_of_type

from annals.models import PartialDate
from annals.pipeline import Analyzer
from annals.time.tagger import extract_times

PUBLISHED = PartialDate(2024, 3, 8)  # a Friday


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Finland joined NATO in April 2023."),
        ("en", "Sweden became the 32nd member of NATO on Thursday."),
        ("it", "La Svezia è diventata ieri il 32° membro della NATO."),
        ("es", "Suecia se ha convertido hoy en el 32.º miembro de la OTAN."),
        ("es", "Suecia ingresó en la OTAN."),
        ("fr", "La Suède a rejoint l'OTAN jeudi."),
    ],
)
def test_joining_an_alliance_is_an_agreement_with_it(
    analyzer: Analyzer, language: str, text: str
) -> None:
    event = one_of_type(analyse(analyzer, text, language, PUBLISHED).events, "AGREE")
    assert event.status == "occurred"
    assert [r.name for r in event.recipients] == ["NATO"]


@pytest.mark.parametrize(
    ("language", "text", "actor"),
    [
        ("it", "La Turchia aveva dato il via libera a gennaio.", "Türkiye"),
        ("es", "Hungría fue el último aliado en dar su visto bueno.", "Hungary"),
    ],
)
def test_a_green_light_is_support(analyzer: Analyzer, language: str, text: str, actor: str) -> None:
    event = one_of_type(analyse(analyzer, text, language, PUBLISHED).events, "SUPPORT")
    assert [a.name for a in event.actors] == [actor]


def test_a_video_conference_is_a_call(analyzer: Analyzer) -> None:
    text = "Meloni ha presieduto una videoconferenza con Biden e Trudeau."
    event = one_of_type(analyse(analyzer, text, "it", PUBLISHED).events, "CONSULT")
    assert event.mode == "phone"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("La Turchia ha dato il via libera a gennaio.", "2024-01"),
        ("Il vertice di giugno si terrà a Roma.", "2024-06"),
        ("Tra gennaio e marzo i prezzi sono saliti.", "2024-01"),
    ],
)
def test_an_italian_month_after_a_bare_preposition(text: str, value: str) -> None:
    assert next(t.value for t in extract_times(text, "it", PUBLISHED)) == value


def test_an_italian_surname_like_a_month_is_no_date() -> None:
    assert extract_times("Il giudice Di Maggio ha deciso.", "it", PUBLISHED) == ()
