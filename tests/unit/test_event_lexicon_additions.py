"""Lexicon entries added for common news phrasing in fr/es/it/de: French "frappes" and
"accuse" (a form the lemmatizer misreads), leaving an organisation, Spanish missiles that
"impact", Italian "protocollo", German "beraten", separable "stellt … bereit" and an
approved aid package. Hand-written sentences; the full analysis runs."""

from __future__ import annotations

import pytest

from annals.models import PartialDate, RawDocument
from annals.pipeline import Analyzer


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "Des frappes russes ont touché la région d'Odessa.", "ASSAULT"),
        ("fr", "Kiev accuse Moscou de saboter les négociations.", "ACCUSE"),
        ("en", "Chad met the deadline set by the court on Monday.", "CONCEDE"),
        ("en", "The Taliban released two British aid workers on Friday.", "RETREAT"),
        ("fr", "Le Burkina Faso s'est retiré de l'organisation régionale.", "RETREAT"),
        ("fr", "La Hongrie menace de quitter l'alliance.", "RETREAT"),
        ("es", "Un dron ruso impactó contra una escuela en Járkov.", "ASSAULT"),
        ("it", "Roma e Tirana hanno firmato un protocollo sulla gestione dei migranti.", "AGREE"),
        ("de", "Die Verteidigungsminister der Nato beraten in Brüssel über Munition.", "CONSULT"),
        ("de", "Schweden stellt der Ukraine 300 Millionen Euro bereit.", "AID"),
        ("de", "Das Kabinett in Wien billigte ein Hilfspaket für die Ukraine.", "AID"),
    ],
)
def test_added_entries_code_the_event(
    analyzer: Analyzer, language: str, text: str, expected: str
) -> None:
    analysis = analyzer.analyze(
        RawDocument(path="t.txt", text=text, format="text"), language, PartialDate(2024, 5, 10)
    )
    assert expected in [e.type for e in analysis.events], [
        (e.type, e.trigger) for e in analysis.events
    ]


@pytest.mark.parametrize(
    ("language", "text", "absent"),
    [
        # releasing a statement or a video frees nobody
        ("en", "The Kenyan army released a statement on the raid on Tuesday.", "RETREAT"),
        ("en", "Poland's interior ministry released a video of the border fence.", "RETREAT"),
        # meeting a deadline or conditions is compliance, no meeting
        ("en", "Chad met the deadline set by the court on Monday.", "CONSULT"),
        ("en", "Kosovo has met all the conditions for the talks, the EU said.", "CONSULT"),
        # "frapper" without weapons is no attack; "impactar" without them is no attack
        ("fr", "La crise a frappé durement les ménages français.", "ASSAULT"),
        ("es", "La subida de precios impactó en las familias españolas.", "ASSAULT"),
        # leaving a room or a post is no withdrawal from an organisation
        ("fr", "Le ministre a quitté la salle avant le vote.", "RETREAT"),
    ],
)
def test_entries_keep_their_guards(
    analyzer: Analyzer, language: str, text: str, absent: str
) -> None:
    analysis = analyzer.analyze(
        RawDocument(path="t.txt", text=text, format="text"), language, PartialDate(2024, 5, 10)
    )
    assert absent not in [e.type for e in analysis.events]
