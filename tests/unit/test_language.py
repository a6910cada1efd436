from __future__ import annotations

import pytest

from annals.errors import ConfigurationError
from annals.language import SUPPORTED_LANGUAGES, LanguageDetector, validate_language


@pytest.fixture(scope="module")
def detector() -> LanguageDetector:
    return LanguageDetector()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The foreign ministers met in Brussels to discuss new sanctions.", "en"),
        ("I ministri degli Esteri si sono riuniti a Bruxelles per discutere nuove sanzioni.", "it"),
        ("Les ministres des Affaires étrangères se sont réunis à Bruxelles pour discuter.", "fr"),
        ("Die Außenminister trafen sich in Brüssel, um über neue Sanktionen zu beraten.", "de"),
        (
            "Los ministros de Exteriores se reunieron en Bruselas para discutir nuevas sanciones.",
            "es",
        ),
        ("Министры иностранных дел встретились в Брюсселе, чтобы обсудить новые санкции.", "ru"),
        (
            "Os ministros dos Negócios Estrangeiros reuniram-se em Bruxelas para discutir sanções.",
            "pt",
        ),
        (
            "De ministers van Buitenlandse Zaken kwamen in Brussel bijeen voor sancties.",
            "nl",
        ),
        ("Ministrowie spraw zagranicznych spotkali się w Brukseli, aby omówić nowe sankcje.", "pl"),
        ("Міністри закордонних справ зустрілися в Брюсселі, щоб обговорити нові санкції.", "uk"),
    ],
)
def test_language_detects_each_supported_language(
    detector: LanguageDetector, text: str, expected: str
) -> None:
    assert detector.detect(text) == expected


def test_language_text_without_letters_gets_the_default(detector: LanguageDetector) -> None:
    assert detector.detect("2024 — 12/01 ... 40%", default="it") == "it"


def test_language_validation_lists_the_options() -> None:
    assert validate_language(" IT ") == "it"
    with pytest.raises(ConfigurationError, match=", ".join(SUPPORTED_LANGUAGES)):
        validate_language("klingon")
