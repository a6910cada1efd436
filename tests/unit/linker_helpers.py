"""Shared helpers of the linker tests: a parsed text built by regex, without spaCy."""

from __future__ import annotations

import re

from annals.models import EntitySpan, EntityType, ParsedText, Sentence, Token


def parse(text: str, language: str, spans: tuple[tuple[str, EntityType], ...] = ()) -> ParsedText:
    """One sentence of regex tokens and the recogniser's ``spans``: each at the first
    occurrence of its surface that an earlier span of the same surface has not taken."""
    tokens = tuple(
        Token(i, m.start(), m.end(), m.group(), m.group(), "", "", i, 0)
        for i, m in enumerate(re.finditer(r"\w+|[^\w\s]", text))
    )
    entity_spans = []
    taken: set[int] = set()
    for surface, kind in spans:
        start = next(
            m.start() for m in re.finditer(re.escape(surface), text) if m.start() not in taken
        )
        taken.add(start)
        entity_spans.append(EntitySpan(start, start + len(surface), surface, kind, 0.8, "test"))
    sentence = Sentence(0, 0, len(text), 0, len(tokens))
    return ParsedText(language, text, (sentence,), tokens, tuple(entity_spans), False)
