"""Bundled, read-only word lists of the events stage and the matching of word specs.

A *spec* is how the lexicons name words: an exact lowercased form (``"meet"``),
a prefix ending in ``*`` (``"incontr*"``), a suffix starting with ``*`` (``"*angriff"``:
the heads of German compounds, "Raketenangriff") or several alternatives joined by
``|`` (``"talk|talks"``). Specs are matched against a token's lemma and its
lowercased text, so the same lexicon works with a lemmatiser (en, fr) and
without one (it, de, es).
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from annals.errors import ModelLoadError
from annals.models import EVENT_TYPES, EventType, Token

logger = logging.getLogger(__name__)

#: The gap marker in trigger patterns: up to this many arbitrary tokens.
GAP = "~"
GAP_SIZE = 4
#: The long gap of a separable verb ("lehnte den Vorschlag ... ab"): up to this many tokens
#: within one clause (no comma), and the word after it must end the clause.
LONG_GAP = "~~"
LONG_GAP_SIZE = 16
#: The shortest suffix spec ("*besuch"); shorter ones would match too many words.
MIN_SUFFIX = 4


@dataclass(frozen=True, slots=True)
class Spec:
    """One token position of a pattern: alternatives, each exact, a prefix or a suffix."""

    exact: frozenset[str]
    prefixes: tuple[str, ...]
    suffixes: tuple[str, ...] = ()

    @classmethod
    def parse(cls, text: str) -> Spec:
        exact: set[str] = set()
        prefixes: list[str] = []
        suffixes: list[str] = []
        for alternative in text.lower().split("|"):
            if alternative.endswith("*") and len(alternative) > 1:
                prefixes.append(alternative[:-1])
            elif alternative.startswith("*") and len(alternative) > MIN_SUFFIX:
                suffixes.append(alternative[1:])
            elif alternative:
                exact.add(alternative)
        return cls(frozenset(exact), tuple(prefixes), tuple(suffixes))

    def matches_word(self, word: str) -> bool:
        return (
            word in self.exact
            or word.startswith(self.prefixes)
            or (bool(self.suffixes) and word.endswith(self.suffixes))
        )

    def matches(self, token: Token) -> bool:
        lower = token.text.lower()
        if self.matches_word(lower) or (token.lemma != lower and self.matches_word(token.lemma)):
            return True
        folded = fold_stem_accent(lower)
        return folded is not lower and self.matches_word(folded)


#: Accents that a Spanish verb's stem takes when stressed ("envía", "reúne", "prohíbe",
#: "continúa") and its infinitive has not: a lexicon entry written on the stem ("envi*",
#: "reun*", "prohib*") would miss them.
_STEM_ACCENTS = str.maketrans("íú", "iu")


def fold_stem_accent(word: str) -> str:
    """``word`` with "í" and "ú" written without their accent; ``word`` itself when it
    has neither."""
    if "í" in word or "ú" in word:
        return word.translate(_STEM_ACCENTS)
    return word


@dataclass(frozen=True, slots=True)
class TriggerPattern:
    """One lexicon entry: a token pattern that signals an event of ``type``."""

    language: str
    type: EventType
    pattern: str
    specs: tuple[Spec | None, ...]  # None marks a gap
    mode: str | None
    nominal: bool
    weight: float
    need: tuple[Spec, ...]
    exclude_next: frozenset[str]
    pos: str | None
    flip: bool
    contexts: tuple[str, ...]
    long_gap: bool = False  # its gaps are LONG_GAP: a separable verb's clause-final particle
    #: Lemmas of direct objects that make the verb another sense ("released a statement")
    exclude_objects: frozenset[str] = frozenset()
    #: Forms that must not stand right before the trigger ("sin embargo", "se marcha")
    exclude_previous: frozenset[str] = frozenset()
    #: Set phrases that hold the trigger's first word in another sense, as word specs with
    #: gaps ("de acuerdo con": according to; "attacco di panico"; "negativ*" alone)
    exclude_phrases: tuple[tuple[Spec | None, ...], ...] = ()


@dataclass(frozen=True, slots=True)
class PhraseSet:
    """Single-word specs and multi-word phrases (tuples of lowercased words)."""

    words: Spec
    phrases: tuple[tuple[str, ...], ...]
    by_first_word: dict[str, tuple[tuple[str, ...], ...]]

    @classmethod
    def build(cls, items: list[str]) -> PhraseSet:
        single = [item.lower() for item in items if " " not in item.strip()]
        multi = tuple(tuple(item.lower().split()) for item in items if " " in item.strip())
        index: dict[str, list[tuple[str, ...]]] = {}
        for phrase in multi:
            index.setdefault(phrase[0], []).append(phrase)
        return cls(
            Spec.parse("|".join(single)) if single else Spec(frozenset(), ()),
            multi,
            {word: tuple(phrases) for word, phrases in index.items()},
        )

    def match_at(self, words: list[str], index: int) -> int:
        """Length (in words) of the longest entry starting at ``words[index]``; 0 if none."""
        best = 0
        if index < len(words):
            for phrase in self.by_first_word.get(words[index], ()):
                if tuple(words[index : index + len(phrase)]) == phrase:
                    best = max(best, len(phrase))
        if best == 0 and index < len(words) and self.words.matches_word(words[index]):
            best = 1
        return best

    def find(self, words: list[str]) -> list[tuple[int, int]]:
        """All ``(start, end)`` word ranges matching an entry."""
        found: list[tuple[int, int]] = []
        first_words, exact = self.by_first_word, self.words.exact
        prefixes, suffixes = self.words.prefixes, self.words.suffixes
        for index, word in enumerate(words):
            # most words start no entry: skip them without the full match
            if not (
                word in first_words
                or word in exact
                or (prefixes and word.startswith(prefixes))
                or (suffixes and word.endswith(suffixes))
            ):
                continue
            length = self.match_at(words, index)
            if length:
                found.append((index, index + length))
        return found


def load_json(name: str) -> dict[str, Any]:
    """Read one bundled JSON file from ``annals/events/data``."""
    try:
        text = resources.files("annals.events").joinpath("data", name).read_text(encoding="utf-8")
        data = json.loads(text)
    except (OSError, ValueError) as error:
        raise ModelLoadError(
            f"events lexicon {name!r} is missing or not valid JSON ({error}); "
            "reinstall the package so that annals/events/data/ is complete"
        ) from error
    if not isinstance(data, dict):
        raise ModelLoadError(f"events lexicon {name!r} must hold a JSON object at the top level")
    return data


def _pattern_from_entry(language: str, event_type: str, entry: dict[str, Any]) -> TriggerPattern:
    if event_type not in EVENT_TYPES:
        raise ModelLoadError(
            f"triggers.json: unknown event type {event_type!r} for {language!r}; "
            f"valid types: {', '.join(EVENT_TYPES)}"
        )
    pattern = str(entry["p"])
    parts = pattern.split()
    specs = tuple(None if part in {GAP, LONG_GAP} else Spec.parse(part) for part in parts)
    if GAP in parts and LONG_GAP in parts:
        raise ModelLoadError(f"triggers.json: pattern {pattern!r} mixes '~' and '~~' gaps")
    if not specs or specs[0] is None or specs[-1] is None:
        raise ModelLoadError(f"triggers.json: pattern {pattern!r} must start and end with a word")
    if language == "en" and not entry.get("n", False):
        specs = (_inflected(specs[0]), *specs[1:])
    return TriggerPattern(
        language=language,
        type=event_type,  # type: ignore[arg-type]  # checked against EVENT_TYPES above
        pattern=pattern,
        specs=specs,
        mode=entry.get("m"),
        nominal=bool(entry.get("n", False)),
        weight=float(entry.get("w", 0.7)),
        need=tuple(Spec.parse(item) for item in entry.get("need", ())),
        exclude_next=frozenset(word.lower() for word in entry.get("x", ())),
        exclude_objects=frozenset(word.lower() for word in entry.get("xo", ())),
        exclude_previous=frozenset(word.lower() for word in entry.get("xp", ())),
        exclude_phrases=tuple(_phrase_specs(pattern, phrase) for phrase in entry.get("xs", ())),
        pos=entry.get("pos"),
        flip=bool(entry.get("flip", False)),
        contexts=tuple(entry.get("ctx", ())),
        long_gap=LONG_GAP in parts,
    )


def _phrase_specs(pattern: str, phrase: str) -> tuple[Spec | None, ...]:
    """The word specs of a set phrase that excludes ``pattern`` (a gap is None)."""
    parts = phrase.split()
    if not parts or parts[0] == GAP or parts[-1] == GAP or LONG_GAP in parts:
        raise ModelLoadError(
            f"triggers.json: set phrase {phrase!r} of pattern {pattern!r} must start and end "
            "with a word and may only hold '~' gaps"
        )
    return tuple(None if part == GAP else Spec.parse(part) for part in parts)


@cache
def trigger_patterns() -> dict[str, tuple[TriggerPattern, ...]]:
    """Trigger patterns by language, from ``triggers.json``."""
    data = load_json("triggers.json")
    patterns: dict[str, tuple[TriggerPattern, ...]] = {}
    for language, by_type in data.items():
        if language.startswith("_"):
            continue
        entries = [
            _pattern_from_entry(language, event_type, entry)
            for event_type, items in by_type.items()
            for entry in items
        ]
        patterns[language] = tuple(entries)
    logger.debug("loaded trigger patterns for %s", ", ".join(sorted(patterns)))
    return patterns


@cache
def cues() -> dict[str, Any]:
    return load_json("cues.json")


@cache
def numbers() -> dict[str, Any]:
    return load_json("numbers.json")


@cache
def items() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Named items as ``(canonical name, aliases)``, from ``items.json``."""
    data = load_json("items.json")
    return tuple((str(item["name"]), tuple(item["aliases"])) for item in data["items"])


@cache
def cue_words(section: str, language: str) -> frozenset[str]:
    """The lowercased words of one ``cues.json`` section for a language (none if it has none),
    as a set, built once."""
    return frozenset(word.lower() for word in cues()[section].get(language, ()))


def language_cues(section: str, language: str) -> Any:
    """One section of ``cues.json`` for a language, falling back to English."""
    table = cues()[section]
    return table.get(language, table.get("en"))


_DOUBLED_FINAL = re.compile(r"(?:^|[^aeiou])[aeiou][bdglmnprt]$")


def english_inflections(verb: str) -> set[str]:
    """The regular inflections of an English verb ("stage": "stages", "staged",
    "staging"; "slam": "slammed", "slamming"; "deny": "denies", "denied").

    The small English pipeline mislemmatises some of them ("staged" as "stag", "fined" as
    "fin"), so a verb pattern also matches them by their written form."""
    if not verb.isalpha() or len(verb) < 3:
        return {verb}
    forms = {verb}
    if verb.endswith("e"):
        forms |= {verb + "s", verb + "d", verb[:-1] + "ing"}
    elif verb.endswith("y") and verb[-2] not in "aeiou":
        forms |= {verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"}
    else:
        plural = verb + "es" if verb.endswith(("s", "sh", "ch", "x", "z", "o")) else verb + "s"
        forms |= {plural, verb + "ed", verb + "ing"}
        if len(verb) <= 5 and _DOUBLED_FINAL.search(verb):
            forms |= {verb + verb[-1] + "ed", verb + verb[-1] + "ing"}
    return forms


def _inflected(spec: Spec) -> Spec:
    exact: set[str] = set()
    for word in spec.exact:
        exact |= english_inflections(word)
    return Spec(frozenset(exact), spec.prefixes, spec.suffixes)
