"""Shared helpers of the event tests: analyse one hand-written text, pick its events."""

from __future__ import annotations

from annals.models import Analysis, EntityRef, Event, PartialDate, RawDocument
from annals.pipeline import Analyzer


def analyse(analyzer: Analyzer, text: str, language: str, published: PartialDate) -> Analysis:
    """The full analysis of ``text`` as a plain-text article of ``language``."""
    return analyzer.analyze(
        RawDocument(path="t.txt", text=text, format="text"), language, published
    )


def one_of_type(events: tuple[Event, ...], type_: str) -> Event:
    """The only event of ``type_``; fails naming the events found instead."""
    found = [e for e in events if e.type == type_]
    assert len(found) == 1, [(e.type, e.trigger) for e in events]
    return found[0]


def at_trigger(events: tuple[Event, ...], trigger: str) -> Event:
    """The only event whose trigger is ``trigger``; fails naming the events found instead."""
    found = [e for e in events if e.trigger == trigger]
    assert len(found) == 1, [(e.type, e.trigger) for e in events]
    return found[0]


def names(refs: tuple[EntityRef, ...]) -> list[str]:
    """The names of an event's actors or recipients, in order."""
    return [ref.name for ref in refs]
