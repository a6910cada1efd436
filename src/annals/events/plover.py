"""Export of events as PLOVER v0.8 records (PLOVER manual, chapter 6).

PLOVER's coding rules are applied on the way out:

* negated and hypothetical events are not facts and are not exported (``None``);
* future CONSULT, SUPPORT, COOPERATE and AID become AGREE (manual 3.1), a
  future RETREAT becomes CONCEDE (3.4, 3.7), and an announced SANCTION,
  COERCE, ASSAULT or PROTEST becomes THREATEN; other planned events keep their
  type with the auxiliary mode ``future`` in ``context`` (2.3);
* in a CONSULT without host and visitor, all participants are actors (2.4.2);
* modes that PLOVER does not define for a type are dropped (Annals' AID
  modes military/humanitarian/economic become contexts).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from annals.models import Entity, EntityRef, Event, PartialDate

CODEBOOK = "plover-0.8"
CODER = "annals"

#: Modes defined by the PLOVER v0.8 manual and structured codebook, per type.
PLOVER_MODES: dict[str, frozenset[str]] = {
    "CONSULT": frozenset({"visit", "third-party", "multilateral", "phone"}),
    "RETREAT": frozenset(
        {"withdraw", "release", "return", "disarm", "ceasefire", "access", "resign"}
    ),
    "REQUEST": frozenset({"assist", "change", "yield", "meet"}),
    "REJECT": frozenset({"assist", "change", "yield", "meet"}),
    "ACCUSE": frozenset({"disapprove", "investigate", "allege"}),
    "THREATEN": frozenset(
        {"restrict", "ban", "arrest", "relations", "rights", "expel", "territory", "violence"}
    ),
    "PROTEST": frozenset({"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"}),
    "SANCTION": frozenset({"convict", "expel", "withdraw", "discontinue"}),
    "MOBILIZE": frozenset({"troops", "weapons", "police", "militia"}),
    "COERCE": frozenset(
        {
            "seize",
            "restrict",
            "ban",
            "censor",
            "curfew",
            "martial-law",
            "arrest",
            "deport",
            "withhold",
            "misinformation",
            "cyber",
        }
    ),
    "ASSAULT": frozenset(
        {
            "abduct",
            "beat",
            "torture",
            "execute",
            "sexual",
            "assassinate",
            "targeted",
            "destroy",
            "primitive",
            "firearms",
            "explosives",
            "suicide-attack",
            "aerial",
            "drone",
            "heavy-weapons",
            "crowd-control",
            "cleansing",
            "massacre",
            "unconventional",
        }
    ),
}

#: The general contexts of PLOVER table 2.1.
PLOVER_CONTEXTS = frozenset(
    {
        "military",
        "intelligence",
        "executive",
        "legislative",
        "election",
        "politicalinstitutions",
        "prodemocracy",
        "proautocracy",
        "economic",
        "legal",
        "reparations",
        "humanrights",
        "rightsfreedoms",
        "repression",
        "humansecurity",
        "gender",
        "lgbt",
        "religionethnicity",
        "inequality",
        "diplomatic",
        "territory",
        "peacekeeping",
        "health",
        "asylum",
        "migration",
        "disasters",
        "naturalresource",
        "environment",
        "technology",
        "terrorism",
        "cbrn",
        "cyber",
        "misinformation",
        "crime",
        "corruption",
        "illegaldrugs",
        "trafficking",
    }
)

#: Quad categories (PLOVER table 7.2).
QUAD_CODES: dict[str, int] = {
    "AGREE": 1,
    "CONSULT": 1,
    "SUPPORT": 1,
    "CONCEDE": 1,
    "COOPERATE": 2,
    "AID": 2,
    "RETREAT": 2,
    "REQUEST": 3,
    "ACCUSE": 3,
    "REJECT": 3,
    "SANCTION": 3,
    "THREATEN": 3,
    "PROTEST": 4,
    "MOBILIZE": 4,
    "COERCE": 4,
    "ASSAULT": 4,
}

#: Conflict-cooperation scores of the base categories (PLOVER table 2.2).
EVENT_SCALES: dict[str, float] = {
    "AGREE": 2.5,
    "CONSULT": 2.5,
    "SUPPORT": 5.0,
    "CONCEDE": 4.5,
    "COOPERATE": 9.5,
    "AID": 10.0,
    "RETREAT": 6.5,
    "REQUEST": 0.0,
    "ACCUSE": -3.0,
    "REJECT": -2.0,
    "THREATEN": -3.5,
    "PROTEST": -5.0,
    "SANCTION": -6.0,
    "MOBILIZE": -5.5,
    "COERCE": -7.0,
    "ASSAULT": -9.0,
}

_FUTURE_TO_AGREE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})
#: An announced hostile action is a THREATEN, with the matching THREATEN mode.
_FUTURE_TO_THREATEN: dict[str, str | None] = {
    "SANCTION": "relations",
    "COERCE": "restrict",
    "ASSAULT": "violence",
    "PROTEST": None,
}
_THREATEN_MODES = {"arrest": "arrest", "ban": "ban", "deport": "expel", "expel": "expel"}
_AID_MODE_CONTEXTS = {"military": "military", "economic": "economic"}


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """What a PLOVER ``cite_info`` needs to know about a source document."""

    id: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: PartialDate | None = None
    language: str | None = None


def plover_type(event: Event) -> tuple[str, str | None, tuple[str, ...]] | None:
    """PLOVER ``(event, mode, auxiliary contexts)`` of an event, or None if not exportable."""
    if event.status in {"negated", "hypothetical"}:
        return None
    mode = event.mode
    auxiliary: tuple[str, ...] = ()
    event_type: str = event.type
    if event.status == "planned":
        if event.type in _FUTURE_TO_AGREE:
            event_type, mode = "AGREE", None
        elif event.type == "RETREAT":
            event_type, mode = "CONCEDE", None
        elif event.type in _FUTURE_TO_THREATEN:
            threat = _THREATEN_MODES.get(mode or "", _FUTURE_TO_THREATEN[event.type])
            event_type, mode = "THREATEN", threat
        elif event.type not in {"AGREE", "CONCEDE"}:
            auxiliary = ("future",)
    if mode is not None and mode not in PLOVER_MODES.get(event_type, frozenset()):
        mode = None
    return event_type, mode, auxiliary


def to_plover(
    event: Event,
    documents: Mapping[str, DocumentInfo],
    entities: Mapping[str, Entity] | None = None,
) -> dict[str, object] | None:
    """One PLOVER JSON record, or None for an event PLOVER does not code as a fact.

    ``documents`` maps document ids to their metadata (for ``cite_info``);
    ``entities`` optionally maps entity ids to records, to fill country codes.
    """
    coded = plover_type(event)
    if coded is None:
        return None
    event_type, mode, auxiliary = coded
    contexts = [c for c in event.contexts if c in PLOVER_CONTEXTS]
    aid_context = _AID_MODE_CONTEXTS.get(event.mode or "") if event.type == "AID" else None
    if aid_context and aid_context not in contexts:
        contexts.append(aid_context)
    contexts += list(auxiliary)
    evidence = event.mentions[0] if event.mentions else None
    document = documents.get(evidence.doc_id) if evidence else None
    date = event.date or (document.published if document else None)
    record: dict[str, object] = {
        "id": event.id,
        "date": date.iso if date else None,
        "actor": [_entity(ref, entities) for ref in event.actors],
        "recipient": [_entity(ref, entities) for ref in event.recipients],
        "event": [event_type],
        "mode": [mode] if mode else [],
        "context": contexts,
        "event_loc": _location(event),
        "event_text": [event.trigger] if event.trigger else [],
        "text_info": _text_info(event),
        "cite_info": _cite_info(evidence.doc_id if evidence else None, document, evidence),
        "quad_code": QUAD_CODES[event_type],
        "event_scale": EVENT_SCALES[event_type],
    }
    if event.date_end is not None:
        record["end_date"] = event.date_end.iso
    if event.type == "ASSAULT" and (event.attributes.dead or event.attributes.injured):
        record["size"] = {"dead": event.attributes.dead, "injured": event.attributes.injured}
    return record


def _entity(ref: EntityRef, entities: Mapping[str, Entity] | None) -> dict[str, object]:
    code = ref.id.split("/", 1)[1] if ref.id.startswith("country/") else None
    if code is None and entities is not None and ref.id in entities:
        code = entities[ref.id].country
    record: dict[str, object] = {
        "entity_text": ref.name,
        "identifier_id": ref.id,
        "identifier_text": ref.name,
    }
    if code:
        record["code"] = code
    if entities is not None and ref.id in entities and entities[ref.id].wikidata:
        record["wikidata_id"] = entities[ref.id].wikidata
    return record


def _location(event: Event) -> dict[str, object] | None:
    if event.location is None:
        return None
    return {
        "extracted_place": event.location.name,
        "resolved_place": event.location.name,
        "country_code": event.location.country,
        "identifier_id": event.location.id,
    }


def _text_info(event: Event) -> list[dict[str, object]]:
    return [{"doc_id": m.doc_id, "start": m.start, "end": m.end} for m in event.mentions]


def _cite_info(
    doc_id: str | None, document: DocumentInfo | None, evidence: object
) -> dict[str, object]:
    language = getattr(evidence, "language", None)
    return {
        "citation": doc_id,
        "url": document.url if document else None,
        "title": document.title if document else None,
        "publication": document.source if document else None,
        "language": (document.language if document and document.language else language),
        "coder": CODER,
        "codebook": CODEBOOK,
    }
