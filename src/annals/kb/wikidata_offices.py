"""Mapping Wikidata positions (P39 values) to the knowledge base's office keys.

A position is mapped by its English label, because the items differ per country
("Prime Minister of Italy", "Federal Chancellor of Germany", "Minister of Foreign
Affairs of Ukraine") while their labels follow a few patterns. The table is
ordered: specific patterns first ("Vice President of …" before "President of …",
"Chancellor of the Exchequer" before "Chancellor of …").

Offices of a state (president, prime minister, ministers …) are mapped only when
the position applies to a country (its P1001 has an ISO 3166-1 alpha-3 code),
so "Premier of Ontario" or "President of Bavaria's Landtag" never become
Canada's prime minister or Germany's president, and only when the rest of the
label names no other body ("President of the Senate of the Republic" is not
the president). Junior posts (deputy, shadow, under-secretary …) are never
mapped to the senior office. A position that maps to nothing keeps its label as
the role title with ``office: null``: it is shown, but never answers "the
Italian prime minister".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from annals.kb.text import normalise, normalise_alias

# Offices that belong to a state (``country``) rather than to an organisation.
STATE_OFFICES = frozenset(
    {
        "president",
        "vice_president",
        "prime_minister",
        "deputy_prime_minister",
        "chancellor",
        "monarch",
        "supreme_leader",
        "foreign_minister",
        "defence_minister",
        "finance_minister",
        "national_security_adviser",
        "chief_of_general_staff",
        "ambassador",
    }
)

# Offices of one fixed organisation in the bundled knowledge base.
FIXED_ORGANISATIONS = {
    "commission_president": "org/european-commission",
    "council_president": "org/european-council",
    "parliament_president": "org/european-parliament",
    "central_bank_president": "org/ecb",
    "high_representative": "org/eu",
}

# Offices whose organisation comes from the label ("Secretary General of NATO").
ORGANISATION_OFFICES = frozenset({"secretary_general", "director_general", "managing_director"})

# Words that, after "President of …", name a body other than the state.
_OTHER_BODIES = frozenset(
    [
        "senate",
        "chamber",
        "house",
        "assembly",
        "parliament",
        "congress",
        "council",
        "court",
        "tribunal",
        "commission",
        "committee",
        "bank",
        "party",
        "university",
        "college",
        "school",
        "academy",
        "club",
        "association",
        "society",
        "league",
        "foundation",
        "company",
        "corporation",
        "board",
        "region",
        "regional",
        "province",
        "provincial",
        "district",
        "county",
        "city",
        "municipality",
        "municipal",
        "duma",
        "rada",
        "bundestag",
        "bundesrat",
        "landtag",
        "sejm",
        "knesset",
        "cortes",
        "constitutional",
        "supreme",
        "olympic",
        "trade",
        "union",
        "institute",
        "museum",
        "church",
        "synod",
        "diet",
        "cabinet",
        "government",
        "generalitat",
        "junta",
    ]
)

# Junior or opposition posts that must not be read as the senior office.
_JUNIOR = re.compile(
    r"\b(shadow|deputy|vice|assistant|under|undersecretary|junior|parliamentary|permanent|"
    r"acting|first deputy|state secretary|minister of state)\b"
)

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (key, re.compile(pattern))
    for key, pattern in (
        ("high_representative", r"^high representative of the union for foreign affairs"),
        ("commission_president", r"^president of the european commission$"),
        ("council_president", r"^president of the european council$"),
        ("parliament_president", r"^president of the european parliament$"),
        ("central_bank_president", r"^president of the european central bank$"),
        ("secretary_general", r"^secretary[ -]general of (?P<org>.+)$"),
        ("director_general", r"^director[ -]general of (?P<org>.+)$"),
        ("managing_director", r"^managing director of (?P<org>.+)$"),
        ("deputy_prime_minister", r"^(first )?deputy prime minister of (?P<state>.+)$"),
        ("vice_president", r"^vice[ -]president of (?P<state>.+)$"),
        (
            "prime_minister",
            r"^(prime minister|president of the government|president of the council of "
            r"ministers) of (?P<state>.+)$",
        ),
        (
            "finance_minister",
            r"^chancellor of the exchequer$|^(\w+ )*secretary of the treasury$|"
            r"^(\w+ )*(finance minister|minister (of|for) (the )?(economy and )?finance)\b",
        ),
        ("chancellor", r"^(federal )?chancellor of (?P<state>.+)$"),
        (
            "foreign_minister",
            r"^(\w+ )*(foreign (minister|secretary)|minister (of|for) (europe and )?foreign "
            r"affairs|secretary of state for foreign|minister of external affairs)\b|"
            r"^(united states )?secretary of state$",
        ),
        (
            "defence_minister",
            r"^(\w+ )*(defen[cs]e (minister|secretary)|minister (of|for) (national )?defen[cs]e|"
            r"secretary (of state )?for defen[cs]e|secretary of defen[cs]e|minister of the armed "
            r"forces)\b",
        ),
        ("supreme_leader", r"^supreme leader of (?P<state>.+)$"),
        ("president", r"^president of (?P<state>.+)$"),
        ("monarch", r"^(king|queen|monarch|emperor|sovereign) of (?P<state>.+)$"),
        ("national_security_adviser", r"^(\w+ )*national security advis[eo]r\b"),
        ("chief_of_general_staff", r"^chief of (the )?general staff\b"),
        ("ambassador", r"^ambassador of (?P<state>.+?) to "),
    )
)

# Generic positions ("prime minister" with a qualifier "of: Italy") by exact label.
_GENERIC = {
    "prime minister": "prime_minister",
    "president": "president",
    "head of state": "president",
    "monarch": "monarch",
    "chancellor": "chancellor",
    "foreign minister": "foreign_minister",
    "minister of foreign affairs": "foreign_minister",
    "defence minister": "defence_minister",
    "defense minister": "defence_minister",
    "minister of defence": "defence_minister",
    "minister of defense": "defence_minister",
    "finance minister": "finance_minister",
    "minister of finance": "finance_minister",
}

_DEPUTIES = frozenset({"deputy_prime_minister", "vice_president"})
_MINISTERS = frozenset({"foreign_minister", "defence_minister", "finance_minister"})
_REPUBLIC = re.compile(r"^([\w ]+ )?(republic|federation|confederation|kingdom)( of [\w ]+)?$")


@dataclass(frozen=True, slots=True)
class OfficeMatch:
    """An office key for a position, with the organisation named in its label, if any."""

    office: str
    organisation_name: str | None = None


def _clean(label: str) -> str:
    text = normalise(label)
    return re.sub(r"\s+", " ", re.sub(r"[()\[\],.]", " ", text)).strip()


def _names_other_body(rest: str) -> bool:
    return any(word in _OTHER_BODIES for word in re.findall(r"\w+", rest))


def match_office(
    label: str,
    *,
    state_names: Callable[[], frozenset[str]],
    state_level: bool,
) -> OfficeMatch | None:
    """The office key of a position label, or ``None``.

    ``state_level`` says whether the position applies to a country; ``state_names``
    gives that country's normalised names (called only when needed), which "President
    of X" must name unless X is a "… Republic" or "… Federation".
    """
    text = _clean(label)
    for key, pattern in _PATTERNS:
        match = pattern.match(text)
        if match is None:
            continue
        groups = match.groupdict()
        if key in STATE_OFFICES:
            if not state_level or (key not in _DEPUTIES and _JUNIOR.search(text)):
                return None
            state = groups.get("state")
            if state is not None and not _names_state(key, state, state_names):
                return None
            return OfficeMatch(key)
        org = groups.get("org")
        if org is not None and _JUNIOR.search(text.split(" of ")[0]):
            return None
        return OfficeMatch(key, org)
    return None


def _names_state(key: str, state: str, state_names: Callable[[], frozenset[str]]) -> bool:
    rest = state.removeprefix("the ")
    if _names_other_body(rest):
        return False
    if key in ("president", "monarch", "vice_president", "chancellor"):
        # The state names are normalised as aliases (hyphens and apostrophes split words).
        return normalise_alias(rest) in state_names() or bool(_REPUBLIC.match(rest))
    return True


def match_generic(label: str) -> str | None:
    """The office key of a generic position ("prime minister") by its exact label."""
    return _GENERIC.get(_clean(label))


def inherits_office(key: str, label: str) -> bool:
    """Whether a position may take ``key`` from its superclass (ministers only)."""
    text = _clean(label)
    return (
        key in _MINISTERS
        and not _JUNIOR.search(text)
        and ("minister" in text or "secretary" in text)
        and not _names_other_body(text)
    )
