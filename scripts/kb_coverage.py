"""Report which required offices the bundled knowledge base covers over a period.

Usage::

    python scripts/kb_coverage.py [--since 2018-01-01] [--until 2026-01-01] [--tolerance 1]

For every country in the required set (NATO, EU and G20 members, Ukraine, Russia,
Israel, Iran) and each of head of state, head of government, foreign minister and
defence minister, it checks that the roles in the knowledge base cover the period
without gaps longer than ``--tolerance`` days, and lists the gaps. Exit status 1
when any gap is found. ``tests/unit/test_kb_content.py`` imports :func:`coverage_gaps`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from annals.kb.knowledge_base import KnowledgeBase
from annals.models import PartialDate


def _codes(text: str) -> list[str]:
    return text.split()


NATO = _codes(
    "ALB BEL BGR CAN HRV CZE DNK EST FIN FRA DEU GRC HUN ISL ITA LVA LTU LUX MNE NLD MKD NOR "
    "POL PRT ROU SVK SVN ESP SWE TUR GBR USA"
)
EU = _codes(
    "AUT BEL BGR HRV CYP CZE DNK EST FIN FRA DEU GRC HUN IRL ITA LVA LTU LUX MLT NLD POL PRT "
    "ROU SVK SVN ESP SWE"
)
G20 = _codes("ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN KOR MEX RUS SAU ZAF TUR GBR USA")
OTHERS = ["UKR", "RUS", "ISR", "IRN"]
REQUIRED_COUNTRIES: tuple[str, ...] = tuple(sorted({*NATO, *EU, *G20, *OTHERS}))

# Where the president heads the government (or, in Iran, under the Supreme Leader).
PRESIDENTIAL = frozenset(_codes("USA BRA ARG MEX IDN KOR CYP TUR IRN ZAF"))
# Where a monarch of another realm is head of state (the British Crown).
REALMS = {"CAN": "GBR", "AUS": "GBR"}

# Offices a country does not have: Iceland has no armed forces or defence minister (the
# foreign minister handles defence); in Malta the home affairs and security minister
# oversees the armed forces.
NO_OFFICE = frozenset({("ISL", "defence_minister"), ("MLT", "defence_minister")})

OFFICE_GROUPS = ("head_of_state", "head_of_government", "foreign_minister", "defence_minister")


def office_keys(group: str, country: str) -> tuple[str, ...]:
    """The offices.json keys that count as ``group`` for ``country``."""
    if group == "head_of_state":
        return ("supreme_leader",) if country == "IRN" else ("president", "monarch")
    if group == "head_of_government":
        keys: tuple[str, ...] = ("prime_minister", "chancellor")
        if country in PRESIDENTIAL:
            keys = ("president",) if country in ("USA", "IRN") else (*keys, "president")
        if country == "SAU":
            keys = (*keys, "monarch")
        return keys
    return (group,)


@dataclass(frozen=True, slots=True)
class Gap:
    country: str
    group: str
    start: date
    end: date  # inclusive

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def __str__(self) -> str:
        return f"{self.country} {self.group}: {self.start} .. {self.end} ({self.days} days)"


def _intervals(kb: KnowledgeBase, country: str, keys: tuple[str, ...]) -> list[tuple[date, date]]:
    owner = REALMS.get(country, country)
    spans = []
    for record in kb.records():
        for office in record.offices:
            role = office.role
            if office.office not in keys or role.organisation is not None:
                continue
            holder_country = owner if office.office == "monarch" else country
            if role.country != holder_country:
                continue
            first = PartialDate.parse(role.start).first_day() if role.start else date.min
            last = PartialDate.parse(role.end).last_day() if role.end else date.max
            spans.append((first, last))
    return sorted(spans)


def _gaps(spans: Iterable[tuple[date, date]], since: date, until: date) -> list[tuple[date, date]]:
    gaps = []
    covered_to = since - timedelta(days=1)
    for first, last in spans:
        first, last = max(first, since), min(last, until)
        if first > covered_to + timedelta(days=1) and covered_to < until:
            gaps.append((covered_to + timedelta(days=1), min(first - timedelta(days=1), until)))
        covered_to = max(covered_to, last)
    if covered_to < until:
        gaps.append((covered_to + timedelta(days=1), until))
    return [(a, b) for a, b in gaps if a <= b]


def coverage_gaps(
    kb: KnowledgeBase,
    since: date = date(2018, 1, 1),
    until: date = date(2026, 1, 1),
    tolerance: int = 1,
    countries: Iterable[str] = REQUIRED_COUNTRIES,
) -> list[Gap]:
    """Gaps longer than ``tolerance`` days in the required offices between the two dates."""
    found = []
    for country in countries:
        for group in OFFICE_GROUPS:
            if (country, group) in NO_OFFICE:
                continue
            spans = _intervals(kb, country, office_keys(group, country))
            for start, end in _gaps(spans, since, until):
                gap = Gap(country, group, start, end)
                if gap.days > tolerance:
                    found.append(gap)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--since", default="2018-01-01", type=date.fromisoformat)
    parser.add_argument("--until", default="2026-01-01", type=date.fromisoformat)
    parser.add_argument("--tolerance", default=1, type=int, help="ignore gaps this many days")
    parser.add_argument("--country", action="append", help="only these ISO3 codes")
    args = parser.parse_args(argv)
    kb = KnowledgeBase.load()
    countries = args.country or REQUIRED_COUNTRIES
    gaps = coverage_gaps(kb, args.since, args.until, args.tolerance, countries)
    slots = sum(
        (country, group) not in NO_OFFICE for country in countries for group in OFFICE_GROUPS
    )
    missing = {(gap.country, gap.group) for gap in gaps}
    for gap in gaps:
        print(gap)
    print(
        f"{slots - len(missing)}/{slots} country-office slots covered "
        f"{args.since}..{args.until} (gaps > {args.tolerance} days: {len(gaps)})"
    )
    return 1 if gaps else 0


if __name__ == "__main__":
    raise SystemExit(main())
