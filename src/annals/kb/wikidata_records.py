"""The knowledge-base records of a Wikidata import, resolved after the scan.

An entity the bundled knowledge base already has (same Wikidata id, same ISO
alpha-3 code for a country, or the same normalised name and type with no
conflicting country) keeps its bundled id (:func:`decide_ids`), and its record is
the bundled record with the Wikidata names, roles and id merged in; other entities
get ``wikidata/Q…`` ids (:func:`output_record`). Positions held become roles with
an office key, a country or an organisation where one can be told.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from annals.kb.knowledge_base import BUNDLED_FILES
from annals.kb.text import is_acronym, normalise_alias
from annals.kb.wikidata_dump import MULTILINGUAL
from annals.kb.wikidata_offices import (
    FIXED_ORGANISATIONS,
    ORGANISATION_OFFICES,
    inherits_office,
    match_generic,
    match_office,
)
from annals.kb.wikidata_scan import Position, Scan, first_label, read_spool
from annals.models import PartialDate

_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


@dataclass(slots=True)
class Bundled:
    """The bundled entities as raw JSON, indexed for id reuse."""

    records: dict[str, dict[str, Any]] = field(default_factory=dict)
    files: dict[str, str] = field(default_factory=dict)  # id → bundled file name
    by_qid: dict[str, str] = field(default_factory=dict)
    by_name: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    countrynames: dict[str, frozenset[str]] = field(default_factory=dict)  # ISO3 → names
    org_by_alias: dict[str, str] = field(default_factory=dict)


def _raw_names(record: Mapping[str, Any], *keys: str) -> list[str]:
    names = [str(record["name"])]
    for key in keys:
        value = record.get(key)
        groups = value.values() if isinstance(value, dict) else [value or []]
        names.extend(name for group in groups for name in group if isinstance(name, str))
    return names


def load_bundled() -> Bundled:
    """The bundled knowledge-base files, indexed by Wikidata id, name and alias."""
    bundled = Bundled()
    folder = resources.files("annals.kb").joinpath("data")
    for name in BUNDLED_FILES:
        data = json.loads(folder.joinpath(name).read_text(encoding="utf-8"))
        for record in data.get("entities", []):
            kb_id, kind = record["id"], record["type"]
            bundled.records[kb_id] = record
            bundled.files[kb_id] = name
            if record.get("wikidata"):
                bundled.by_qid.setdefault(record["wikidata"], kb_id)
            key = (normalise_alias(record["name"]), kind)
            bundled.by_name.setdefault(key, []).append(kb_id)
            if kb_id.startswith("country/"):
                names = _raw_names(record, "aliases")
                bundled.countrynames[kb_id.removeprefix("country/")] = frozenset(
                    normalise_alias(n) for n in names
                )
            if kind == "ORG":
                for alias in _raw_names(record, "aliases", "acronyms"):
                    bundled.org_by_alias.setdefault(normalise_alias(alias), kb_id)
    return bundled


def _bundled_match(rec: Mapping[str, Any], scan: Scan, bundled: Bundled) -> tuple[str, int] | None:
    """The bundled id this entity extends, with the strength of the evidence (2 > 1 > 0)."""
    qid = rec["q"]
    if qid in bundled.by_qid:
        return bundled.by_qid[qid], 2
    country_id = f"country/{rec['iso3']}"
    if (
        rec["is_country"]
        and country_id in bundled.records
        and bundled.records[country_id].get("wikidata") in (None, qid)
    ):
        return country_id, 1
    country = scan.iso3.get(rec["country"] or "")
    for names in rec["labels"].values():
        for kb_id in bundled.by_name.get((normalise_alias(names[0]), rec["t"]), []):
            raw = bundled.records[kb_id]
            if raw.get("wikidata") not in (None, qid):
                continue
            if country and raw.get("country") and raw["country"] != country:
                continue
            if rec["t"] == "GPE" and kb_id.startswith("country/") != rec["is_country"]:
                continue
            return kb_id, 0
    return None


def decide_ids(spool: Path, scan: Scan, bundled: Bundled) -> tuple[dict[str, str], set[str]]:
    """QID → bundled id for the entities that extend a bundled one; the kept organisations."""
    best: dict[str, tuple[int, int, int, str]] = {}
    wanted_orgs = {org for position in scan.positions.values() for org in position.organisations}
    kept_orgs = set()
    for rec in read_spool(spool):
        if rec["t"] == "ORG" and rec["q"] in wanted_orgs:
            kept_orgs.add(rec["q"])
        match = _bundled_match(rec, scan, bundled)
        if match is None:
            continue
        key = (match[1], rec["links"], -int(rec["q"][1:]), rec["q"])
        if match[0] not in best or key > best[match[0]]:
            best[match[0]] = key
    return {key[3]: kb_id for kb_id, key in best.items()}, kept_orgs


@dataclass(frozen=True, slots=True)
class RecordContext:
    """What resolving a spooled record needs: the scan's tables, the bundled entities,
    the bundled id each extending QID keeps and the organisations kept."""

    scan: Scan
    bundled: Bundled
    ids: Mapping[str, str]
    kept_orgs: frozenset[str]

    def org_id(self, qid: str) -> str | None:
        if qid in self.ids:
            return self.ids[qid]
        if qid in self.bundled.by_qid:
            return self.bundled.by_qid[qid]
        return f"wikidata/{qid}" if qid in self.kept_orgs else None


def _office(
    position: Position, iso3: str | None, jurisdiction: str | None, context: RecordContext
) -> tuple[str | None, str | None]:
    """The office key of a position and the organisation named in its label."""
    scan, bundled = context.scan, context.bundled

    def state_names() -> frozenset[str]:
        own = scan.state_names.get(jurisdiction or "", frozenset())
        return bundled.countrynames.get(iso3 or "", frozenset()) | own

    match = match_office(position.label, state_names=state_names, state_level=iso3 is not None)
    if match is not None:
        return match.office, match.organisation_name
    if iso3 is None:
        return None, None
    generic = match_generic(position.label)
    if generic is not None:
        return generic, None
    for superclass in position.superclasses:
        parent = scan.positions.get(superclass)
        key = match_generic(parent.label) if parent else None
        if key is not None and inherits_office(key, position.label):
            return key, None
    return None, None


def _role(
    raw: Mapping[str, Any], death: str | None, context: RecordContext
) -> dict[str, Any] | None:
    position = context.scan.positions.get(raw["p"])
    if position is None:
        return None
    jurisdiction = raw["j"] or position.jurisdiction
    iso3 = context.scan.iso3.get(jurisdiction or "")
    country = iso3 or context.scan.iso3.get(position.country or "")
    office, org_name = _office(position, iso3, jurisdiction, context)
    organisation = None
    if office in FIXED_ORGANISATIONS:
        organisation = FIXED_ORGANISATIONS[office]
    elif office in ORGANISATION_OFFICES:
        found = (context.org_id(qid) for qid in position.organisations)
        organisation = next((org for org in found if org), None)
        if organisation is None and org_name:
            organisation = context.bundled.org_by_alias.get(
                normalise_alias(org_name.removeprefix("the "))
            )
        if organisation is None:
            office = None
    if organisation is not None:
        country = None
    end = raw["to"] or death  # an unknown or missing end: the holder's death, if known
    return {
        "title": position.label,
        "office": office,
        "country": country,
        "organisation": organisation,
        "from": raw["from"],
        "to": end,
    }


def _span(role: Mapping[str, Any]) -> tuple[str, str]:
    start = PartialDate.parse(role["from"]).first_day().isoformat() if role.get("from") else ""
    end = PartialDate.parse(role["to"]).last_day().isoformat() if role.get("to") else "9999"
    return start, end


def _same_role(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    if normalise_alias(a["title"]) == normalise_alias(b["title"]) and a.get("from") == b.get(
        "from"
    ):
        return True
    if a.get("office") is None or a.get("office") != b.get("office"):
        return False
    if (a.get("country"), a.get("organisation")) != (b.get("country"), b.get("organisation")):
        return False
    (a_start, a_end), (b_start, b_end) = _span(a), _span(b)
    return a_start <= b_end and b_start <= a_end


def _add_roles(
    existing: list[dict[str, Any]], new: Sequence[dict[str, Any]]
) -> list[dict[str, Any]]:
    roles = list(existing)
    for role in new:
        if not any(_same_role(role, other) for other in roles):
            roles.append(role)
    return roles


@dataclass(slots=True)
class _Names:
    names: dict[str, list[str]] = field(default_factory=dict)
    short: dict[str, list[str]] = field(default_factory=dict)
    acronyms: list[str] = field(default_factory=list)


def _split_names(rec: Mapping[str, Any], has_office: bool) -> _Names:
    """Labels and aliases per language; a person's one-word aliases (and, for office
    holders, the last word of the label) are surnames (``short``); an organisation's
    all-capital aliases are acronyms."""
    split = _Names()
    for lang in dict.fromkeys([*rec["labels"], *rec["aliases"]]):
        key = "*" if lang == MULTILINGUAL else lang
        labels, aliases = rec["labels"].get(lang, []), rec["aliases"].get(lang, [])
        for name in (*labels, *aliases):
            one_word = name in aliases and len(name.split()) == 1
            if rec["t"] == "PERSON" and one_word:
                split.short.setdefault(key, []).append(name)
            elif rec["t"] == "ORG" and name in aliases and is_acronym(name):
                split.acronyms.append(name)
            else:
                split.names.setdefault(key, []).append(name)
        if rec["t"] == "PERSON" and has_office:
            for label in labels:
                words = label.split()
                last = words[-1] if len(words) >= 2 else ""
                if len(last) >= 3 and last.rstrip(".").lower() not in _SUFFIXES:
                    split.short.setdefault(key, []).append(last)
    split.acronyms = list(dict.fromkeys(split.acronyms))
    return split


def _dedupe(groups: dict[str, list[str]], seen: set[str]) -> dict[str, list[str]]:
    result: dict[str, list[str]] = {}
    for lang, names in groups.items():
        for name in names:
            key = normalise_alias(name)
            if key and key not in seen:
                seen.add(key)
                result.setdefault(lang, []).append(name)
    return result


def _as_language_dict(value: Any) -> dict[str, list[str]]:
    if isinstance(value, dict):
        return {str(lang): list(names) for lang, names in value.items()}
    return {"*": list(value)} if value else {}


def _merge(
    raw: Mapping[str, Any],
    qid: str,
    rec: Mapping[str, Any],
    split: _Names,
    country: str | None,
    roles: Sequence[dict[str, Any]],
) -> dict[str, Any]:
    """The bundled record with the Wikidata id, names and roles added."""
    merged = dict(raw)
    seen = {normalise_alias(n) for n in _raw_names(raw, "aliases", "short", "acronyms")}
    aliases = _as_language_dict(raw.get("aliases"))
    for lang, names in _dedupe(split.names, seen).items():
        aliases[lang] = [*aliases.get(lang, []), *names]
    merged["aliases"] = aliases
    if not raw.get("short") and rec["t"] == "PERSON":
        short = _dedupe(split.short, seen)
        if short:
            merged["short"] = short
    acronyms = [a for a in split.acronyms if normalise_alias(a) not in seen]
    if acronyms:
        merged["acronyms"] = [*raw.get("acronyms", []), *acronyms]
    merged["wikidata"] = raw.get("wikidata") or qid
    merged["country"] = raw.get("country") or country
    if roles:
        merged["roles"] = _add_roles(list(raw.get("roles") or []), roles)
    return merged


def output_record(
    rec: Mapping[str, Any], context: RecordContext, counts: Counter[str]
) -> dict[str, Any]:
    """The knowledge-base record of a spooled entity (its bundled record extended, when it
    has one), counting its roles in ``counts``."""
    roles = []
    for raw_role in rec["roles"]:
        role = _role(raw_role, rec["death"], context)
        if role is None:
            counts["unresolved"] += 1
        else:
            roles.append(role)
    roles = _add_roles([], roles)
    counts["roles"] += len(roles)
    counts["offices"] += sum(1 for role in roles if role["office"])
    split = _split_names(rec, any(role["office"] for role in roles))
    qid = rec["q"]
    country = context.scan.iso3.get(rec["country"] or "") or rec["iso3"]
    if qid in context.ids:
        counts["merged"] += 1
        raw = context.bundled.records[context.ids[qid]]
        return _merge(raw, qid, rec, split, country, roles)
    name = first_label(rec["labels"], list(rec["labels"]))
    assert name is not None  # the scan keeps only entities with a label
    seen = {normalise_alias(name)}
    record: dict[str, Any] = {
        "id": f"wikidata/{qid}",
        "type": rec["t"],
        "name": name,
        "country": country,
        "wikidata": qid,
        "aliases": _dedupe(split.names, seen),
    }
    short = _dedupe(split.short, seen)
    if short:
        record["short"] = short
    if split.acronyms:
        record["acronyms"] = split.acronyms
    if roles:
        record["roles"] = roles
    return record
