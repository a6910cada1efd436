"""Human-readable terminal rendering of timelines, events, documents and entities."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from pathlib import PurePath
from typing import TYPE_CHECKING

from rich.console import Console
from rich.text import Text

from annals.models import Event
from annals.serialize import attributes_to_json
from annals.store.base import Store, StoredDocument, StoredEntity

if TYPE_CHECKING:
    from annals.service import TimelineEntry

_TYPE_STYLE = {
    "ASSAULT": "bold red",
    "COERCE": "red",
    "THREATEN": "red",
    "SANCTION": "magenta",
    "ACCUSE": "magenta",
    "PROTEST": "magenta",
    "REJECT": "magenta",
    "MOBILIZE": "yellow",
    "AID": "green",
    "AGREE": "cyan",
    "CONSULT": "blue",
    "SUPPORT": "green",
    "COOPERATE": "cyan",
    "REQUEST": "yellow",
    "CONCEDE": "cyan",
    "RETREAT": "yellow",
}


def _date_label(event: Event) -> str:
    if event.date is None:
        return "undated"
    if event.date_end and event.date_end != event.date:
        return f"{event.date.iso}…{event.date_end.iso}"
    return event.date.iso


def _source_label(document: StoredDocument) -> str:
    name = document.source or document.title or PurePath(document.path).name
    published = document.published.date.iso if document.published.date else "undated"
    return f"{name} ({document.language}, {published})"


def render_timeline(console: Console, entries: Sequence[TimelineEntry]) -> None:
    if not entries:
        console.print("No dated events match.", markup=False)
        return
    documents = {doc.id for entry in entries for doc in entry.sources}
    console.print(
        Text(f"Timeline: {len(entries)} events from {len(documents)} documents", style="bold")
    )
    current_month = None
    for entry in entries:
        event = entry.event
        assert event.date is not None
        month = event.date.iso[:7]
        if month != current_month:
            console.print(Text(f"\n── {month} ──", style="dim"))
            current_month = month
        line = Text()
        line.append(f"{_date_label(event):<22}", style="bold")
        line.append(f"{event.type:<10}", style=_TYPE_STYLE.get(event.type, ""))
        line.append(event.summary or event.trigger)
        if event.status != "occurred":
            line.append(f"  [{event.status}]", style="italic")
        console.print(line)
        sources = " · ".join(_source_label(doc) for doc in entry.sources)
        console.print(Text(f"{'':<32}sources: {sources}", style="dim"))


def render_event(console: Console, event: Event, store: Store) -> None:
    console.print(
        Text(
            f"{event.type} ({event.mode or '-'}) · {event.status} · {_date_label(event)}",
            style="bold",
        )
    )
    console.print(event.summary, markup=False)
    console.print(f"actors:     {', '.join(a.name for a in event.actors) or '-'}", markup=False)
    console.print(f"recipients: {', '.join(r.name for r in event.recipients) or '-'}", markup=False)
    if event.location:
        console.print(
            f"location:   {event.location.name} ({event.location.country or '?'})", markup=False
        )
    attributes = {
        k: v for k, v in attributes_to_json(event.attributes).items() if v not in (None, [])
    }
    if attributes:
        console.print(
            "attributes: " + ", ".join(f"{k}={v}" for k, v in attributes.items()), markup=False
        )
    if len({(f.field, f.value, f.currency) for f in event.figures}) > 1:
        console.print("figures by source:", markup=False)
        for figure in event.figures:
            unit = f" {figure.currency}" if figure.currency else ""
            console.print(
                f"  {figure.field} = {figure.value:g}{unit}  (doc {figure.doc_id})", markup=False
            )
    console.print(f"confidence: {event.confidence:.2f}", markup=False)
    console.print(Text("evidence:", style="bold"))
    for mention in event.mentions:
        document = store.get_document(mention.doc_id)
        console.print(
            f"  [{_source_label(document)}  doc {mention.doc_id} {mention.start}-{mention.end}]",
            markup=False,
        )
        for line in textwrap.wrap(mention.sentence, 96):
            console.print(f"    {line}", markup=False)


def render_document(console: Console, document: StoredDocument, events: Sequence[Event]) -> None:
    console.print(Text(document.title or document.path, style="bold"))
    console.print(
        f"id {document.id} · {_source_label(document)} · date basis "
        f"{document.published.basis} · {document.path}",
        markup=False,
    )
    if document.url:
        console.print(document.url, markup=False)
    console.print()
    console.print(document.text, markup=False)
    if document.removed:
        console.print(
            Text(
                f"\nremoved by cleaning: {len(document.removed)} span(s): "
                + ", ".join(sorted({span.reason for span in document.removed})),
                style="dim",
            )
        )
    if events:
        console.print(Text("\nevents:", style="bold"))
        for event in events:
            console.print(
                f"  {event.id}  {_date_label(event):<10}  {event.type:<9} {event.summary}",
                markup=False,
            )


def render_entity(console: Console, stored: StoredEntity, events: Sequence[Event]) -> None:
    entity = stored.entity
    console.print(Text(f"{entity.name} ({entity.type})", style="bold"))
    console.print(
        f"id {entity.id} · kb {entity.kb_id or '-'} · wikidata {entity.wikidata or '-'} · "
        f"country {entity.country or '-'} · {stored.mentions} mentions",
        markup=False,
    )
    if entity.aliases:
        console.print(f"aliases: {', '.join(entity.aliases)}", markup=False)
    for role in entity.roles:
        console.print(
            f"role: {role.title} ({role.start or '?'} – {role.end or 'present'})", markup=False
        )
    if events:
        console.print(Text("events:", style="bold"))
        for event in events:
            console.print(
                f"  {_date_label(event):<10}  {event.type:<9} {event.summary}", markup=False
            )
