"""Longest-match lookup of knowledge-base aliases over a token sequence."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from annals.kb.knowledge_base import AliasEntry
from annals.kb.text import WordToken, is_acronym, tokenize

CaseRule = Literal["exact", "capitalised", "any"]


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    key: tuple[str, ...]
    alias: str
    target: str
    kind: str
    case: CaseRule
    surface: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class GazetteerMatch:
    """Tokens ``first``..``last`` (exclusive) match ``entries`` (all of the same length)."""

    first: int
    last: int
    start: int
    end: int
    entries: tuple[GazetteerEntry, ...]

    def kinds(self) -> set[str]:
        return {entry.kind for entry in self.entries}

    def of_kind(self, *kinds: str) -> tuple[GazetteerEntry, ...]:
        return tuple(entry for entry in self.entries if entry.kind in kinds)


def _case_rule(entry: AliasEntry) -> CaseRule:
    if entry.kind == "acronym" or is_acronym(entry.alias):
        return "exact"
    if entry.kind in ("demonym", "office") or not entry.alias[:1].isupper():
        return "any"
    return "capitalised"


class Gazetteer:
    """An index from first normalised token to the aliases that start with it."""

    def __init__(self, entries: Iterable[AliasEntry]) -> None:
        self._index: dict[str, list[GazetteerEntry]] = {}
        seen: set[tuple[tuple[str, ...], str, str, str]] = set()
        for entry in entries:
            alias_tokens = tokenize(entry.alias)
            key = tuple(token.norm for token in alias_tokens)  # alias_key, from the same tokens
            case = _case_rule(entry)
            signature = (key, entry.target, entry.kind, entry.alias if case == "exact" else case)
            if not key or signature in seen:
                continue
            seen.add(signature)
            self._index.setdefault(key[0], []).append(
                GazetteerEntry(
                    key,
                    entry.alias,
                    entry.target,
                    entry.kind,
                    case,
                    tuple(token.text for token in alias_tokens) if case == "exact" else (),
                )
            )
        for bucket in self._index.values():
            bucket.sort(key=lambda item: -len(item.key))

    def __len__(self) -> int:
        return sum(len(bucket) for bucket in self._index.values())

    def words(self, *kinds: str) -> frozenset[str]:
        """The normalised words of the aliases of these kinds."""
        return frozenset(
            word
            for bucket in self._index.values()
            for entry in bucket
            if entry.kind in kinds
            for word in entry.key
        )

    def find(self, text: str, tokens: Sequence[WordToken]) -> list[GazetteerMatch]:
        """Non-overlapping longest matches, left to right."""
        matches: list[GazetteerMatch] = []
        index = self._index
        position = 0
        count = len(tokens)
        while position < count:
            if tokens[position].norm not in index:  # most tokens start no alias
                position += 1
                continue
            match = self.match_at(text, tokens, position)
            if match is None:
                position += 1
                continue
            matches.append(match)
            position = match.last
        return matches

    def match_at(
        self, text: str, tokens: Sequence[WordToken], position: int
    ) -> GazetteerMatch | None:
        bucket = self._index.get(tokens[position].norm)
        if not bucket:
            return None
        found: list[GazetteerEntry] = []
        # the bucket is longest first: the words its longest alias may cover, compared as
        # tuples (one comparison per alias, not one per word)
        norms = tuple(token.norm for token in tokens[position : position + len(bucket[0].key)])
        for entry in bucket:
            if found and len(entry.key) < len(found[0].key):
                break
            last = position + len(entry.key)
            if last > len(tokens):
                continue
            if norms[: len(entry.key)] == entry.key and _case_ok(
                entry, text, tokens[position:last]
            ):
                found.append(entry)
        if not found:
            return None
        last = position + len(found[0].key)
        return GazetteerMatch(
            position, last, tokens[position].start, tokens[last - 1].end, tuple(found)
        )


def _case_ok(entry: GazetteerEntry, text: str, window: Sequence[WordToken]) -> bool:
    if entry.case == "any":
        return True
    if entry.case == "capitalised":
        return window[0].text[:1].isupper()
    return tuple(token.text for token in window) == entry.surface
