"""Text helpers shared by the knowledge base and the linker: normalising, tokenising, slugs."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Abbreviations with dots ("U.S.", "EE.UU.") stay one token; words are runs of word
# characters; apostrophes and hyphens separate words and are dropped, so "Italy's",
# "dell'Ucraina" and "Frank-Walter" tokenise the same way in text and in aliases.
_TOKEN = re.compile(r"(?:[^\W\d_]{1,2}\.){2,}|\w+|[^\w\s'’`´\-‐]")
_NON_SLUG = re.compile(r"[^a-z0-9]+")
_APOSTROPHES = str.maketrans({"’": "'", "`": "'", "´": "'", "‘": "'"})


@dataclass(slots=True)
class WordToken:
    """A token of the linker's own tokenisation; ``norm`` is case- and accent-free. Not
    frozen: a frozen dataclass sets each field through ``object.__setattr__``, and every
    word of every text is one (a third of the time of tokenising); none is changed."""

    index: int
    start: int
    end: int
    text: str
    norm: str

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()

    @property
    def is_capitalised(self) -> bool:
        return self.text[:1].isupper()


def normalise(text: str) -> str:
    """Casefold and strip accents: ``"Zelenskyj"`` and ``"ZELENSKYJ"`` compare equal."""
    if text.isascii():
        return text.replace("`", "'").lower()
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return stripped.casefold()


def tokenize(text: str) -> list[WordToken]:
    norms: dict[str, str] = {}  # a word recurs in an article: normalised once
    tokens: list[WordToken] = []
    for index, match in enumerate(_TOKEN.finditer(text)):
        word = match.group()
        norm = norms.get(word)
        if norm is None:
            norm = norms[word] = normalise(word)
        start, end = match.span()
        tokens.append(WordToken(index, start, end, word, norm))
    return tokens


def alias_key(alias: str) -> tuple[str, ...]:
    """The normalised token sequence of an alias, as matched against text."""
    return tuple(token.norm for token in tokenize(alias))


def normalise_alias(alias: str) -> str:
    return " ".join(alias_key(alias))


def slugify(name: str) -> str:
    """``"Maria Rossi"`` → ``"maria-rossi"``; stable across articles and languages."""
    slug = _NON_SLUG.sub("-", normalise(name)).strip("-")
    return slug or "unnamed"


def is_acronym(alias: str) -> bool:
    """Short all-capital aliases ("US", "WHO", "U.K.") must match with exact case."""
    letters = [char for char in alias if char.isalpha()]
    return bool(letters) and len(letters) <= 5 and not any(char.islower() for char in letters)
