"""Terminal rendering of an event shows its evidence and each source's figures."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console

from annals.models import (
    Analysis,
    Event,
    EventAttributes,
    EventMention,
    PartialDate,
    PublicationDate,
    SourceFigure,
)
from annals.render import render_event
from annals.store.sql import open_store

TEXT = "Leaders met in Rome on Tuesday."


def _document() -> Analysis:
    return Analysis(
        id="doc1",
        path="doc1.txt",
        language="en",
        published=PublicationDate(PartialDate(2024, 7, 9), "header"),
        text=TEXT,
        removed=(),
        entities=(),
        entity_records=(),
        times=(),
        events=(),
        quotes=(),
        content_hash="h1",
        source="Wire",
    )


def test_render_event_lists_conflicting_figures_by_source(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "render.db"))
    store.add_analysis(_document())
    event = Event(
        id="e1",
        type="ASSAULT",
        mode=None,
        status="occurred",
        date=PartialDate(2024, 7, 8),
        actors=(),
        recipients=(),
        mentions=(EventMention("doc1", 0, 31, "Leaders met in Rome on Tuesday.", "en", 0.8),),
        confidence=0.8,
        attributes=EventAttributes(dead=41),
        figures=(SourceFigure("doc1", "dead", 41), SourceFigure("doc2", "dead", 33)),
        summary="An attack",
    )
    console = Console(record=True, width=120)
    render_event(console, event, store)
    output = console.export_text()
    store.close()
    assert "dead = 41  (doc doc1)" in output and "dead = 33  (doc doc2)" in output
    assert "Leaders met in Rome on Tuesday." in output
