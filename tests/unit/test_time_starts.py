"""The time rules tried only where a match can start give what ``finditer`` gives.

:class:`RuleScanner` tries a rule at the words whose first characters fit the ones read off
its regex; every rule of every language, and regexes written to reach the corners of that
reading (case folding of "ſ" and the Kelvin sign, look-behinds, matches that begin with no
word character, repeats, back-references), must find the same matches on texts made to hit
them as the plain ``finditer`` behind the rule's gate.
"""

from __future__ import annotations

import random
import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

import pytest

from annals.time.rules import Rule
from annals.time.starts import RuleScanner, start_classes
from annals.time.tagger import TimeTagger

_LANGUAGES = ("en", "it", "fr", "de", "es")
_PUNCTUATION = (" ", " ", " ", ", ", ". ", " - ", "–", "/", "'", "’", " (", ") ", "\n", ":", "")


def _plain(rule: Rule, text: str) -> list[tuple[tuple[int, int], ...]]:
    if rule.gate is not None and rule.gate.search(text) is None:
        return []
    return [match.regs for match in rule.pattern.finditer(text)]


def _scanned(rules: tuple[Rule, ...], text: str) -> list[list[tuple[tuple[int, int], ...]]]:
    return [[match.regs for match in found] for found in RuleScanner(rules).matches(text)]


def _sample(nodes: Any, rng: random.Random) -> str:
    """A string the parsed regex ``nodes`` may match (look-arounds aside): a random path."""
    out: list[str] = []
    for op, av in nodes:
        if op is sre.LITERAL:
            out.append(chr(av))
        elif op is sre.IN:
            out.append(_member(av, rng))
        elif op is sre.SUBPATTERN:
            out.append(_sample(av[3], rng))
        elif op is sre.BRANCH:
            out.append(_sample(rng.choice(av[1]), rng))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, high, body = av
            out.extend(_sample(body, rng) for _ in range(rng.randint(low, min(high, low + 2))))
        elif op in (sre.NOT_LITERAL, sre.ANY):
            out.append(rng.choice("x 1"))
    return "".join(out)


def _member(items: Any, rng: random.Random) -> str:
    op, av = rng.choice(items)
    if op is sre.LITERAL:
        return chr(av)
    if op is sre.RANGE:
        return chr(rng.randint(*av))
    return {sre.CATEGORY_DIGIT: "7", sre.CATEGORY_SPACE: " "}.get(av, "x")


def _text(rng: random.Random, samples: list[Any]) -> str:
    """Strings of random rules' regexes, in random case, between words and punctuation."""
    parts: list[str] = []
    for _ in range(rng.randint(1, 8)):
        part = _sample(rng.choice(samples), rng)
        case = rng.random()
        part = part.upper() if case < 0.1 else part.capitalize() if case < 0.3 else part
        filler = rng.choice(("", "", "in", "the", "la", "x", "7", "’", "2024"))
        parts.append(part + rng.choice(_PUNCTUATION) + filler + rng.choice(_PUNCTUATION))
    return "".join(parts)


@pytest.mark.parametrize("language", _LANGUAGES)
def test_each_rule_finds_at_words_what_finditer_finds(language: str) -> None:
    rules = TimeTagger(language).rules.rules
    assert sum(start_classes(rule.pattern) is not None for rule in rules) > len(rules) * 3 // 4
    scanner = RuleScanner(rules)
    samples = [_parser.parse(rule.pattern.pattern, rule.pattern.flags) for rule in rules]
    rng = random.Random(language)
    found = 0
    for _ in range(300):
        text = _text(rng, samples)
        plain = [_plain(rule, text) for rule in rules]
        assert [[m.regs for m in ms] for ms in scanner.matches(text)] == plain, text
        found += sum(map(len, plain))
    assert found > 1000  # the texts hit the rules


# Regexes for the corners of the reading; the flags are those of the time rules.
_CORNERS = [
    r"\b(?P<t>sa|kia|ι\w)",
    r"(?<!\w)(?P<t>(?:the\s+)?[2-9]0s)",
    r"\b(?P<t>['’]\d0s|\d{2,4})(?!\w)",  # may begin with no word character, after a word
    r"\b(?P<t>(?:a|ß)?\s*-?\s*k+)",  # may begin with a space
    r"\b(?P<t>x?)",  # may match nothing
    r"\b(?P<t>(?P<a>[a-z])(?P=a)s?)",  # a back-reference
    r"\b(?P<t>(?P<a>k)?(?(a)i|s))",  # a conditional group
    r"(?P<t>is\s+k)",  # begins anywhere
    r"\b(?P<t>(?-i:S)[a-z]{1,3})",
    r"\b(?P<t>[^\d\s]ι|[^k]a)",
    r"\b(?P<t>.k|(?s:.)s)",
    r"(?<![\w-])(?P<t>i(?:ſ|s){2,}?)",
    r"\b(?P<t>(?>a|ab)c|a++s)",
    r"\b(?P<t>(?:(?:ab|a)\s*){0,3}k)",
    r"\b(?P<t>k(?=i)|(?<=\s)s)",
    r"\b(?P<t>(?:s|é)(?:\d|k){3})\b",
    r"\B(?P<t>s\w)",  # inside words
    r"(?<![^\w])(?P<t>s\w)",  # after a word character
    r"^(?P<t>k\w)",
]
_ALPHABET = "asSſkK\u212aiIİıßẞéÉ19 0 -'’\n\u0345ιΙ_x"  # \u212a: the Kelvin sign


def _rule(pattern: str, gate: str | None = None, flags: int = re.IGNORECASE) -> Rule:
    return Rule(
        pattern,
        re.compile(pattern, flags),
        lambda match, text: None,
        1,
        re.compile(gate, flags) if gate else None,
    )


def test_corners_of_the_reading_find_what_finditer_finds() -> None:
    rules = (
        *(_rule(pattern) for pattern in _CORNERS),
        _rule(r"\b(?P<t>s\w)", gate=r"\bk\b"),
        _rule(r"\b(?P<t>(?i:s)k|ι)", flags=0),  # case kept but for "s"
    )
    rng = random.Random(5)
    found = 0
    for _ in range(3000):
        text = "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 24)))
        plain = [_plain(rule, text) for rule in rules]
        assert _scanned(rules, text) == plain, text
        found += sum(map(len, plain))
    assert found > 3000


def test_start_classes_read_the_first_characters() -> None:
    flags = re.IGNORECASE | re.UNICODE
    months = start_classes(re.compile(r"\b(?P<t>(?:jan|feb)\w*)", flags))
    assert months is not None and len(months) == 3
    assert [bool(months[0].fullmatch(c)) for c in "JfmK"] == [True, True, False, False]
    assert months[1].fullmatch("E") and not months[1].fullmatch("n")
    # "ſ" and the Kelvin sign are "s" and "k" to a regex that ignores case
    folded = start_classes(re.compile(r"\b(?P<t>sk)", flags))
    assert folded is not None and folded[0].fullmatch("ſ") and folded[1].fullmatch("K")
    assert len(start_classes(re.compile(r"\b(?:a|abc)d?", flags)) or ()) == 1
    assert start_classes(re.compile(r"\b(?P<t>x?)", flags)) is None
    assert len(start_classes(re.compile(r"\b(?P<a>a)(?P=a)x", flags)) or ()) == 1
    assert start_classes(re.compile(r"\b(?P<a>a)?(?(a)b|c)", flags)) is None
    assert start_classes(re.compile(r"(?P<t>il\s+week-?end)", flags)) is None
