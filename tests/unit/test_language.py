from __future__ import annotations

import pytest

from annals.errors import ConfigurationError
from annals.language import (
    SUPPORTED_LANGUAGES,
    LanguageDetector,
    function_word_shares,
    function_words,
    plain_words,
    validate_language,
)


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one line full of names: lingua's character statistics follow the names
        ("Giorgia Meloni met Olaf Scholz in Berlin on 12 March 2024.", "en"),
        ("Mario Draghi meets Emmanuel Macron in Rome", "en"),
        ("Meloni incontra Zelensky a Roma.", "it"),
        ("Macron reçoit Olaf Scholz et Giorgia Meloni lundi.", "fr"),
        ("Emmanuel Macron rencontre Giorgia Meloni à Rome.", "fr"),
        ("Annalena Baerbock empfängt Antonio Tajani am Donnerstag.", "de"),
        ("Ursula von der Leyen recibe a Volodímir Zelenski en Bruselas.", "es"),
    ],
)
def test_language_short_text_is_told_by_its_plain_words(
    detector: LanguageDetector, text: str, expected: str
) -> None:
    assert detector.detect(text) == expected


def test_language_plain_words_leave_out_names() -> None:
    # the sentence's first word, and a month written capitalised, are common words
    assert plain_words("Il premier Mario Draghi incontra Macron. Poi parte in March.") == [
        "il",
        "premier",
        "incontra",
        "poi",
        "parte",
        "in",
        "march",
    ]


def test_language_function_word_shares_split_shared_words() -> None:
    shares = function_word_shares(["und", "in", "gestern", "treffen"], ("en", "de", "it"))
    # "und" and "gestern" are German only; "in" is shared by all three; "treffen" by none
    assert shares["de"] == pytest.approx((1 + 1 / 3 + 1) / 4)
    assert shares["en"] == pytest.approx((1 / 3) / 4)
    assert shares["it"] == pytest.approx((1 / 3) / 4)


def test_language_function_words_have_calendar_words_only_with_time_rules() -> None:
    assert {"march", "monday", "yesterday"} <= function_words("en")
    assert {"märz", "montag", "gestern"} <= function_words("de")
    assert "maart" not in function_words("nl")  # no Dutch time rules
    assert "de" in function_words("nl")  # but its stop words
