"""Helpers shared by the time-tagger tests (imported by module name: tests/unit is on the path)."""

from __future__ import annotations

from collections.abc import Sequence

from annals.models import TimeExpression


def find_expression(found: Sequence[TimeExpression], span: str) -> TimeExpression:
    """The tagged expression whose text is ``span``; fails naming what was tagged instead."""
    for expression in found:
        if expression.text == span:
            return expression
    raise AssertionError(f"{span!r} not tagged; got {[(e.text, e.value) for e in found]}")
