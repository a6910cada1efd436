"""Standing by a country is support, and the one stood by is its recipient, in five
languages ("stand by/with Ukraine", "al fianco dell'Ucraina", "aux côtés de l'Ukraine",
"an der Seite der Ukraine", "del lado de Ucrania"). Hand-written sentences; full analysis."""

from __future__ import annotations

import pytest

from annals.models import PartialDate, RawDocument
from annals.pipeline import Analyzer


@pytest.mark.parametrize(
    ("language", "text", "actor"),
    [
        ("en", "Italy will continue to stand by Ukraine.", "country/ITA"),
        ("en", "Poland stands with Ukraine, its president said.", "country/POL"),
        ("en", "Canada stood alongside Ukraine at the summit.", "country/CAN"),
        ("it", "La Spagna resterà al fianco dell'Ucraina.", "country/ESP"),
        ("fr", "La Belgique se tient aux côtés de l'Ukraine.", "country/BEL"),
        ("de", "Österreich steht an der Seite der Ukraine.", "country/AUT"),
        ("es", "Portugal está del lado de Ucrania.", "country/PRT"),
    ],
)
def test_standing_by_is_support_with_a_recipient(
    analyzer: Analyzer, language: str, text: str, actor: str
) -> None:
    analysis = analyzer.analyze(
        RawDocument(path="t.txt", text=text, format="text"), language, PartialDate(2025, 3, 3)
    )
    support = [e for e in analysis.events if e.type == "SUPPORT"]
    assert support, [e.type for e in analysis.events]
    assert [a.id for a in support[0].actors] == [actor]
    assert [r.id for r in support[0].recipients] == ["country/UKR"]


def test_sitting_beside_someone_is_no_support(analyzer: Analyzer) -> None:
    analysis = analyzer.analyze(
        RawDocument(
            path="t.txt", text="Il ministro si è seduto al fianco del presidente.", format="text"
        ),
        "it",
        PartialDate(2025, 3, 3),
    )
    assert not [e for e in analysis.events if e.type == "SUPPORT"]


def test_alongside_as_together_with_is_no_support(analyzer: Analyzer) -> None:
    text = "Le ministre a cité l'aide à la Moldavie parmi ses priorités, aux côtés de la défense."
    analysis = analyzer.analyze(
        RawDocument(path="t.txt", text=text, format="text"), "fr", PartialDate(2025, 3, 3)
    )
    assert not [e for e in analysis.events if e.trigger and "côtés" in e.trigger]
