"""Common words that a recogniser takes for names where they open a sentence.

The statistical recognisers of it/es/de/pt (trained on Wikipedia text, without a
parser) tag many capitalised words at a sentence start as names: "Stamattina",
"Ricordiamo", "Deberíamos", "Fundada", "Donnez". The entity linker drops such a
one-word mention when the word is one of these common words
(:func:`annals.kb.names.common_word_opening`).

The words are adverbs, closed-class words and verb forms with a verb ending, never
nouns or adjectives, which surnames often are ("Rossi", "Conti", "Meloni"); they
come from the lemma tables of spacy-lookups-data (``data/common_words/``, built by
``scripts/build_common_words.py``). Adverbs are also known by their ending
("-mente", "-ement", "-weise"), less the table's words with that ending.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True, slots=True)
class CommonWords:
    """One language's common words (lowercase, accents kept) and its adverb ending."""

    words: frozenset[str] = frozenset()
    adverb_suffix: str = ""
    not_adverbs: frozenset[str] = frozenset()

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        lower = word.lower()
        if lower in self.words:
            return True
        suffix = self.adverb_suffix
        # four letters or more before the ending: "Clemente" and "mente" are no adverbs
        return (
            bool(suffix)
            and lower.endswith(suffix)
            and len(lower) >= len(suffix) + 4
            and lower not in self.not_adverbs
        )


#: First persons of verbs of saying and thinking that open a quoted sentence ("Spero che
#: …", "Creo que …"): the tables' Italian, Spanish and Portuguese forms in "-o" are left out
#: for the surnames of that shape ("Bruno", "Conte"), so these are listed by hand.
FIRST_PERSONS: dict[str, frozenset[str]] = {
    "it": frozenset(
        [
            "spero",
            "credo",
            "penso",
            "ritengo",
            "chiedo",
            "dico",
            "voglio",
            "devo",
            "posso",
            "temo",
            "auguro",
            "ricordo",
            "aggiungo",
            "sottolineo",
            "confermo",
            "ribadisco",
            "invito",
            "lancio",
            "faccio",
            "vorrei",
        ]
    ),
    "es": frozenset(
        [
            "espero",
            "creo",
            "pienso",
            "pido",
            "digo",
            "quiero",
            "debo",
            "puedo",
            "temo",
            "recuerdo",
            "añado",
            "subrayo",
            "confirmo",
            "reitero",
            "invito",
            "hago",
            "quisiera",
        ]
    ),
    "pt": frozenset(
        [
            "espero",
            "creio",
            "penso",
            "peço",
            "digo",
            "quero",
            "devo",
            "posso",
            "temo",
            "lembro",
            "acrescento",
            "sublinho",
            "confirmo",
            "reitero",
            "convido",
            "faço",
        ]
    ),
}


def load_common_words(language: str) -> CommonWords:
    """The common words of ``language``; none for a language without a list."""
    resource = resources.files("annals.kb") / "data" / "common_words" / f"{language}.json.gz"
    if not resource.is_file():
        return CommonWords()
    data = json.loads(gzip.decompress(resource.read_bytes()))
    return CommonWords(
        frozenset(data["words"]) | FIRST_PERSONS.get(language, frozenset()),
        data["adverb_suffix"],
        frozenset(data["not_adverbs"]),
    )
