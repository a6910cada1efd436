"""Language identification with lingua, restricted to the languages Annals reads."""

from __future__ import annotations

import importlib
import logging
from functools import cache
from typing import Any

from annals.errors import ConfigurationError

logger = logging.getLogger(__name__)

#: ISO 639-1 codes that language identification can return.
SUPPORTED_LANGUAGES: tuple[str, ...] = (
    "en",
    "it",
    "fr",
    "de",
    "es",
    "ru",
    "pt",
    "nl",
    "pl",
    "uk",
)

_LINGUA_NAMES: dict[str, str] = {
    "en": "ENGLISH",
    "it": "ITALIAN",
    "fr": "FRENCH",
    "de": "GERMAN",
    "es": "SPANISH",
    "ru": "RUSSIAN",
    "pt": "PORTUGUESE",
    "nl": "DUTCH",
    "pl": "POLISH",
    "uk": "UKRAINIAN",
}

#: How many characters of a text are enough to tell its language.
_SAMPLE_CHARS = 2000


def validate_language(code: str) -> str:
    """Return ``code`` lower-cased if Annals supports it, else raise ConfigurationError."""
    normalized = code.strip().lower()
    if normalized not in SUPPORTED_LANGUAGES:
        raise ConfigurationError(
            f"language {code!r} is not supported; use one of: {', '.join(SUPPORTED_LANGUAGES)}"
        )
    return normalized


class LanguageDetector:
    """Wraps a lingua detector built once for the supported languages."""

    def __init__(self, languages: tuple[str, ...] = SUPPORTED_LANGUAGES) -> None:
        from lingua import Language, LanguageDetectorBuilder

        members = [getattr(Language, _LINGUA_NAMES[code]) for code in languages]
        self._codes: dict[Any, str] = dict(zip(members, languages, strict=True))
        self._detector = (
            LanguageDetectorBuilder.from_languages(*members)
            .with_preloaded_language_models()
            .build()
        )

    def detect(self, text: str, default: str = "en") -> str:
        """The language of ``text``; ``default`` when the text has no letters to go on."""
        sample = text[:_SAMPLE_CHARS]
        if not any(character.isalpha() for character in sample):
            return default
        language = self._detector.detect_language_of(sample)
        if language is None:
            logger.debug("language of a %d-character text not detected", len(text))
            return default
        return self._codes[language]


@cache
def stop_words(language: str) -> frozenset[str]:
    """spaCy's stop words of ``language``, lowercase (none when spaCy has no list for it):
    articles, prepositions, pronouns, auxiliaries and other words that name nothing."""
    try:
        module = importlib.import_module(f"spacy.lang.{language}.stop_words")
    except ImportError:
        return frozenset()
    return frozenset(getattr(module, "STOP_WORDS", ()))
