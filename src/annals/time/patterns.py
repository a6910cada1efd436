"""Regex building blocks and word tables shared by the time rules of every language.

``alternation`` compiles a word list into a trie-shaped regex; ``normalise_word``
gives the key under which lexicon words are looked up; the tables say which
words count as plural units, vague amounts ("several"), articles kept in an
expression's extent, and words that may follow a clock time.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from annals.time.mentions import RawMention

Handler = Callable[["re.Match[str]", str], "RawMention | None"]
Spec = tuple[str, str, Handler, int]  # name, pattern, handler, priority
#: A written year of the 19th to 21st centuries ("1848", "2024") in compound rules.
YEAR = r"(?:1[89]|20)\d\d"

#: Words that end a span ("through the end of 2025", "fino a marzo", "jusqu'en 2026",
#: "bis Ende 2025", "hasta 2026", "entro il 2026", "d'ici 2030"): what follows is its end.
SPAN_END_WORDS = (
    r"until|till|through|hasta|fino\s+a(?:l(?:la|lo|l['’])?)?|entro|jusqu['’](?:à|au|en)"
    r"|d['’]ici|bis"
)
#: A span-end word (with an article) right before an expression: search up to its start.
SPAN_END_BEFORE = re.compile(
    rf"(?<!\w)(?:{SPAN_END_WORDS})(?:\s+(?:the|il|el|la|à|zum|zur|ende))?\s+$",
    re.IGNORECASE,
)

PLURAL_UNITS = frozenset(
    {
        "weeks",
        "months",
        "years",
        "weekends",
        "settimane",
        "mesi",
        "anni",
        "semaines",
        "ans",
        "années",
        "wochen",
        "monate",
        "monaten",
        "jahre",
        "jahren",
        "semanas",
        "meses",
        "años",
        "days",
        "giorni",
        "jours",
        "tage",
        "tagen",
        "días",
    }
)
#: Plurals of decades and centuries: never the unit of "this/last/next ..." (a span).
PLURAL_LONG_UNITS = frozenset(
    {"decades", "centuries", "decenni", "secoli", "décennies", "siècles", "jahrzehnte"}
    | {"jahrzehnten", "jahrhunderte", "jahrhunderten", "décadas", "decenios", "siglos"}
)
RELATIVE_CODES = frozenset({"W", "M", "Y", "WE", "SP", "SU", "FA", "WI", "Q", "HY", "DE", "CE"})
DURATION_CODES = frozenset({"S", "MIN", "H", "D", "W", "M", "Y", "DE", "CE"})
VAGUE_AMOUNTS = {
    "en": r"several|many|a\s+few|few|some",
    "it": r"diversi|diverse|molti|molte|pochi|poche|alcuni|alcune|parecchi|parecchie",
    "fr": r"plusieurs|quelques|de\s+nombreux|de\s+nombreuses",
    "de": r"mehrere|mehreren|einige|einigen|wenige|wenigen|viele|vielen",
    "es": r"varios|varias|muchos|muchas|unos|unas|algunos|algunas|pocos|pocas",
}
FOR_WORDS = {
    "en": r"for|within",
    "it": r"per|da",
    "fr": r"pendant|depuis",
    "de": r"seit|jahrelang",
    "es": r"durante|desde\s+hace",
}
#: Articles (with a preposition) before "the last/next" + a day of a month, by language:
#: "lo scorso 5 marzo", "dal prossimo 1° aprile", "el pasado 20 de marzo", "le prochain 3 mai".
ARTICLE_WORDS = {
    "it": r"il|lo|la|del|dello|della|dal|dallo|dalla|al|allo|alla|nel|nello|nella",
    "es": r"el|la|del|al",
    "fr": r"le|la|du|au",
}
# Determiners kept in an expression's extent, as TimeML corpora do ("la prossima settimana").
ARTICLES = {
    "it": r"(?<!\w)(?:(?:il|lo|la|i|gli|le)\s+|l['’]\s*)$",
    "fr": r"(?<!\w)(?:(?:le|la|les)\s+|l['’]\s*)$",
    "es": r"(?<!\w)(?:(?:el|la|los|las|del|al)\s+)(?:(?:pasado|próximo)\s+)?$",
}
TIME_FOLLOWERS = frozenset(
    {
        "e",
        "ed",
        "del",
        "dell",
        "di",
        "della",
        "in",
        "ora",
        "ore",
        "circa",
        "precise",
        "locali",
        "a",
        "alle",
        "fino",
        "per",
        "con",
        "quando",
        "presso",
        "nella",
        "nel",
        "y",
        "de",
        "en",
        "horas",
        "hora",
        "h",
        "hasta",
        "la",
        "el",
        "sul",
        "su",
        "and",
        "at",
    }
)


def _atoms(word: str) -> tuple[str, ...]:
    atoms: list[str] = []
    for char in word.lower():
        if char.isspace():
            if not atoms or atoms[-1] != r"\s+":
                atoms.append(r"\s+")
        elif char in "'’":
            atoms.append("['’]")
        else:
            atoms.append(re.escape(char))
    return tuple(atoms)


def _render(node: dict[str, Any]) -> str:
    ends = "" in node
    branches = [atom + _render(child) for atom, child in sorted(node.items()) if atom]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return (body if len(branches) == 1 and len(body) == 1 else f"(?:{body})") + "?"
    return body


def alternation(words: Iterable[str]) -> str:
    """A regex matching any of ``words`` (as a trie: fast); spaces match any whitespace."""
    root: dict[str, dict[str, object]] = {}
    for word in set(words):
        node = root
        for atom in _atoms(word):
            node = node.setdefault(atom, {})  # type: ignore[assignment]
        node[""] = {}
    return _render(root) or r"(?!x)x"


def normalise_word(text: str) -> str:
    """Lower-case, single spaces, straight apostrophes, no trailing dot: the lexicon key."""
    return re.sub(r"\s+", " ", text.lower().replace("’", "'")).rstrip(".")


def previous_word(text: str, start: int) -> str:
    """The word just before ``start`` (lower-cased), or "" at the start of the text."""
    match = re.search(r"([^\W\d]+['’]?)\W*$", text[max(0, start - 40) : start])
    return match.group(1).lower().replace("’", "'") if match else ""


def next_word(text: str, end: int) -> str:
    """The word just after ``end`` (as written), or "" when a digit or the end follows."""
    match = re.match(r"\s+([^\W\d]+)", text[end : end + 40])
    return match.group(1) if match else ""
