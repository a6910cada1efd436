r"""Each time rule tried only at the words where one of its matches can start.

The rules open with a word boundary (``\b``, ``(?<!\w)``) and an alternation of months,
numbers or units, case-insensitive; ``finditer`` tries every rule at every character of a
text, and that was most of the tagger's time. :func:`start_classes` reads off a rule's regex
(with the parser of :mod:`re` itself) which characters the first few of a match can be;
:class:`RuleScanner` keeps, for the first characters of a word, a bit mask of the rules that
may start there, and calls ``pattern.match`` at those words only. A rule's next match is
sought from the end of its last one, as ``finditer`` does, so the matches (spans and groups)
are the ones ``finditer`` gives. A rule that can start elsewhere than at a word, can match
nothing or uses a construct not read here runs whole on every text, as before.

The regex is read with :mod:`re`'s own parser (``re._parser``), an internal module whose
shape is stable within the Python version the project runs on (3.11, ``pyproject.toml``);
``tests/unit/test_time_starts.py`` checks the matches against ``finditer`` for every rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

from annals.time.rules import Rule

#: Characters of a word read to choose its rules: more rule out more rules at a word, but
#: cost more per new word (five try about half as many rules as three on news text).
DEPTH = 5
#: Masks kept for the openings of words; past this many the table starts afresh.
_KEPT_MASKS = 1 << 16
#: Flags that change which characters a class matches beside the case; a class under
#: other ones than its rule's is not read.
_CLASS_FLAGS = re.ASCII | re.LOCALE | re.UNICODE
_WORD = re.compile(r"\w+")
_WORD_CHAR = re.compile(r"\w")
_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
}
# One character a regex consumes: the parser's opcode and argument, and the flags in force.
_Char = tuple[Any, Any, int]


class _Unread(Exception):
    """A construct whose first characters are not worked out here (a conditional group)."""


def start_classes(
    pattern: re.Pattern[str], depth: int = DEPTH
) -> tuple[re.Pattern[str], ...] | None:
    r"""Per position from a match's start, a regex for the characters that can stand there.

    The tuple stops at ``depth``, where the shortest match may already have ended or at a
    back-reference. None when a match need not open a word: the regex does not begin with
    ``\b`` or a look-behind for one non-word character, it can match the empty string, it
    opens with a back-reference, or it uses a construct (a conditional group, ASCII-only
    classes) not read here. Look-arounds inside the regex are passed over: they only narrow
    where it matches.
    """
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    flags: int = parsed.state.flags
    if flags & (re.ASCII | re.LOCALE) or not _opens_words(parsed):
        return None
    reader = _Reader(depth)
    try:
        ends = reader.walk(parsed, flags, frozenset({0}))
        known = min(min(ends, default=depth), reader.read)
        return (
            tuple(_char_class(chars, flags) for chars in reader.columns[:known]) if known else None
        )
    except _Unread:
        return None


def _opens_words(nodes: Iterable[tuple[Any, Any]]) -> bool:
    r"""Whether a match that begins with a word character must begin a word: the regex
    opens, before any character, with ``\b`` or a look-behind that refuses ``\w``."""
    for op, av in nodes:
        if op is sre.AT and av is sre.AT_BOUNDARY:
            return True
        if op is sre.ASSERT_NOT and av[0] == -1 and len(av[1]) == 1:
            kind, items = av[1][0]
            if (
                kind is sre.IN
                and (sre.CATEGORY, sre.CATEGORY_WORD) in items
                and not any(item is sre.NEGATE for item, _ in items)
            ):
                return True
        if op not in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            return False
    return False


class _Reader:
    """Walks a parsed regex with the offsets (characters consumed so far) its paths can be at,
    noting at each offset below ``depth`` the characters a path can consume there."""

    def __init__(self, depth: int) -> None:
        self.depth = depth
        self.columns: list[set[_Char]] = [set() for _ in range(depth)]
        #: The offsets from here on are not read: a back-reference may stand there.
        self.read = depth

    def walk(
        self, nodes: Iterable[tuple[Any, Any]], flags: int, offsets: frozenset[int]
    ) -> frozenset[int]:
        """The offsets below ``depth`` at which ``nodes``, entered at ``offsets``, can end."""
        for op, av in nodes:
            if not offsets:
                break
            offsets = self._node(op, av, flags, offsets)
        return offsets

    def _node(self, op: Any, av: Any, flags: int, offsets: frozenset[int]) -> frozenset[int]:
        if op in (sre.LITERAL, sre.NOT_LITERAL, sre.ANY, sre.IN):
            char = (op, tuple(av) if op is sre.IN else av, flags)
            for offset in offsets:
                self.columns[offset].add(char)
            return frozenset(offset + 1 for offset in offsets if offset + 1 < self.depth)
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            return offsets  # zero-width
        if op is sre.GROUPREF:  # what follows is read as if it matched nothing
            self.read = min(self.read, *offsets)
            return offsets
        if op is sre.SUBPATTERN:
            _, add, remove, nodes = av
            return self.walk(nodes, (flags | add) & ~remove, offsets)
        if op is sre.ATOMIC_GROUP:
            return self.walk(av, flags, offsets)
        if op is sre.BRANCH:
            return frozenset().union(*(self.walk(branch, flags, offsets) for branch in av[1]))
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, high, nodes = av
            ends = offsets if low == 0 else frozenset()
            count = 0
            while offsets and count < high:
                after = self.walk(nodes, flags, offsets)
                count += 1
                if count >= low or after == offsets:
                    ends |= after
                if after == offsets:  # more repeats end at the same offsets
                    break
                offsets = after
            return ends
        raise _Unread(op)


def _char_class(chars: Iterable[_Char], flags: int) -> re.Pattern[str]:
    """A regex for one character that one of ``chars`` matches, each under its own case flag."""
    sets: dict[int, list[str]] = {}  # by case flag: members of one class
    others: list[tuple[str, int]] = []  # negated classes, any character
    for op, av, own in chars:
        if (own ^ flags) & _CLASS_FLAGS:
            raise _Unread("flags")
        case = own & re.IGNORECASE
        if op is sre.LITERAL:
            sets.setdefault(case, []).append(re.escape(chr(av)))
        elif op is sre.NOT_LITERAL:
            others.append((f"[^{re.escape(chr(av))}]", case))
        elif op is sre.ANY:
            others.append((r"[\s\S]" if own & re.DOTALL else r"[^\n]", case))
        else:
            body, negated = _set_body(av)
            if negated:
                others.append((f"[^{body}]", case))
            else:
                sets.setdefault(case, []).append(body)
    parts = [(f"[{''.join(members)}]", case) for case, members in sets.items()] + others
    source = "|".join(
        part if case == flags & re.IGNORECASE else f"(?{'i' if case else '-i'}:{part})"
        for part, case in parts
    )
    return re.compile(source, flags)


def _set_body(items: Iterable[tuple[Any, Any]]) -> tuple[str, bool]:
    """The inside of a character class from the parser's items, and whether it is negated."""
    body: list[str] = []
    negated = False
    for op, av in items:
        if op is sre.NEGATE:
            negated = True
        elif op is sre.LITERAL:
            body.append(re.escape(chr(av)))
        elif op is sre.RANGE:
            body.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is sre.CATEGORY and av in _CATEGORIES:
            body.append(_CATEGORIES[av])
        else:
            raise _Unread(op)
    return "".join(body), negated


class RuleScanner:
    """The matches of a language's rules in a text, each rule tried only where it can start.

    Its tables fill as texts come; two threads that fill one entry write the same value.
    """

    def __init__(self, rules: Sequence[Rule], depth: int = DEPTH) -> None:
        self._rules = tuple(rules)
        self._depth = depth
        self._classes = [start_classes(rule.pattern, depth) for rule in self._rules]
        #: The rules tried at words only (a bit per rule, in rule order).
        self._at_words = sum(
            1 << index for index, classes in enumerate(self._classes) if classes is not None
        )
        # Filled as texts come: the rules that may open a word starting with these characters;
        # per position, the rules whose character there may be this one; the rules that may
        # start at this character where it is no word character (0 for word characters).
        self._word_masks: dict[str, int] = {}
        self._char_masks: list[dict[str, int]] = [{} for _ in range(depth)]
        self._off_word: dict[str, int] = {}

    def matches(self, text: str) -> list[list[re.Match[str]]]:
        """Per rule, what ``rule.pattern.finditer(text)`` gives, or nothing where the rule's
        gate is not in ``text``."""
        # A rule that may start at a character of this text that is no word character (an
        # apostrophe, say) is tried at every character, as before.
        at_words = self._at_words & ~self._off_word_rules(text)
        patterns = [rule.pattern for rule in self._rules]
        found: list[list[re.Match[str]]] = [[] for _ in self._rules]
        resume = [0] * len(self._rules)  # where each rule's next match may start
        depth = self._depth
        word_masks = self._word_masks
        for word in _WORD.finditer(text):
            start = word.start()
            opening = text[start : start + depth]
            mask = word_masks.get(opening)
            if mask is None:
                mask = self._word_mask(opening)
            mask &= at_words
            while mask:
                bit = mask & -mask
                mask ^= bit
                index = bit.bit_length() - 1
                if start >= resume[index]:
                    match = patterns[index].match(text, start)
                    if match is not None:
                        found[index].append(match)
                        resume[index] = match.end()
        for index, rule in enumerate(self._rules):
            if not at_words >> index & 1:
                if rule.gate is None or rule.gate.search(text) is not None:
                    found[index] = list(rule.pattern.finditer(text))
            elif found[index] and rule.gate is not None and rule.gate.search(text) is None:
                found[index] = []
        return found

    def _word_mask(self, opening: str) -> int:
        """The rules tried at words that may start a match at a word opening so."""
        mask = self._at_words
        for position in range(self._depth):
            mask &= self._char_mask(position, opening[position] if position < len(opening) else "")
        if len(self._word_masks) >= _KEPT_MASKS:
            self._word_masks.clear()
        self._word_masks[opening] = mask
        return mask

    def _char_mask(self, position: int, char: str) -> int:
        """The rules tried at words whose match may have ``char`` at ``position`` ("": the text
        ended before), counting those whose shortest match is over by then."""
        masks = self._char_masks[position]
        mask = masks.get(char)
        if mask is None:
            mask = 0
            for index, classes in enumerate(self._classes):
                if classes is not None and (
                    len(classes) <= position
                    or (char != "" and classes[position].fullmatch(char) is not None)
                ):
                    mask |= 1 << index
            masks[char] = mask
        return mask

    def _off_word_rules(self, text: str) -> int:
        r"""The rules tried at words that may start at a character of ``text`` that is no word
        character (a match at a word's end, after ``\b``)."""
        mask = 0
        for char in set(text):
            rules = self._off_word.get(char)
            if rules is None:
                rules = 0 if _WORD_CHAR.match(char) else self._char_mask(0, char)
                self._off_word[char] = rules
            mask |= rules
        return mask
