"""The lexicon of each language with its own time rules (en, it, fr, de, es)."""

from __future__ import annotations

from collections.abc import Mapping

from annals.time.lexicon import Lexicon
from annals.time.lexicons.de import GERMAN
from annals.time.lexicons.en import ENGLISH
from annals.time.lexicons.es import SPANISH
from annals.time.lexicons.fr import FRENCH
from annals.time.lexicons.it import ITALIAN

LEXICONS: Mapping[str, Lexicon] = {
    "en": ENGLISH,
    "it": ITALIAN,
    "fr": FRENCH,
    "de": GERMAN,
    "es": SPANISH,
}


def get_lexicon(language: str) -> Lexicon:
    """The lexicon of ``language`` (ISO 639-1); English for languages without one."""
    return LEXICONS.get(language.lower()[:2], ENGLISH)
