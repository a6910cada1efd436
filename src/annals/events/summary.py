"""One English line per event: "Mark Rutte met Giorgia Meloni in Rome (EUR 8.2 billion)"."""

from __future__ import annotations

from collections.abc import Sequence

from annals.events.lexicon import cues
from annals.models import EntityRef, EventAttributes, EventStatus, EventType, Place

_UNKNOWN_ACTOR = "An unidentified actor"
_TRAILING_PREPOSITIONS = (" to", " with", " for", " against", " from")
_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def summarize(
    event_type: EventType,
    mode: str | None,
    status: EventStatus,
    actors: Sequence[EntityRef],
    recipients: Sequence[EntityRef],
    location: Place | None,
    attributes: EventAttributes,
) -> str:
    """An English sentence built from a per-type verb template."""
    verbs: dict[str, list[str]] = cues()["summary_verbs"]
    past, base = verbs.get(f"{event_type}/{mode}") or verbs[event_type]
    subject_refs = list(actors)
    object_refs = list(recipients)
    if event_type == "CONSULT" and not object_refs and len(subject_refs) > 1:
        subject_refs, object_refs = subject_refs[:1], subject_refs[1:]
    verb = _inflect(past, base, status)
    if not object_refs:
        for preposition in _TRAILING_PREPOSITIONS:
            if verb.endswith(preposition):
                verb = verb[: -len(preposition)]
                break
    subject = _names(subject_refs) or _UNKNOWN_ACTOR
    parts = [subject, verb]
    if object_refs:
        parts.append(_names(object_refs))
    line = " ".join(parts)
    if location is not None:
        line += f" in {location.name}"
    extras = _extras(attributes)
    if extras:
        line += f" ({'; '.join(extras)})"
    return line


def _inflect(past: str, base: str, status: EventStatus) -> str:
    if status == "planned":
        return f"will {base}"
    if status == "hypothetical":
        return f"may {base}"
    if status == "negated":
        return f"did not {base}"
    if status == "ongoing":
        return f"continues to {base}"
    return past


def _names(refs: Sequence[EntityRef]) -> str:
    names = [ref.name for ref in refs]
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + f" and {names[-1]}"


def format_amount(amount: float, currency: str | None) -> str:
    """``8.2e9, "EUR"`` -> ``"EUR 8.2 billion"``."""
    text = f"{amount:,.0f}"
    for factor, word in _SCALES:
        if amount >= factor:
            text = f"{amount / factor:.3g} {word}"
            break
    return f"{currency} {text}" if currency else text


def _extras(attributes: EventAttributes) -> list[str]:
    extras: list[str] = []
    if attributes.amount is not None:
        extras.append(format_amount(attributes.amount, attributes.currency))
    if attributes.ordinal is not None:
        extras.append(f"no. {attributes.ordinal}")
    if attributes.count is not None:
        extras.append(f"{attributes.count} units")
    if attributes.percent is not None:
        extras.append(f"{attributes.percent:g}%")
    if attributes.items:
        extras.append(", ".join(attributes.items))
    if attributes.dead is not None:
        extras.append(f"{attributes.dead} dead")
    if attributes.injured is not None:
        extras.append(f"{attributes.injured} injured")
    return extras
