"""Error analysis of the time tagger on TimeML / XTN data (a development aid).

Lists false positives, misses, span mismatches and wrong values, grouped by a
rough pattern (the lower-cased text with digits folded), most frequent first.

    python scripts/time_errors.py ../shared/data/time/tbaq/TimeBank
    python scripts/time_errors.py ../shared/data/time/xtn/timebank_es_train.tsv.gz --half even

``--half even`` keeps the documents at even 0-based positions of an XTN file
(#1, #3, ...: the tuning half); ``--half odd`` keeps the held-out half (#2, #4,
...) and prints only its aggregate score.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from pathlib import Path

from annals.benchmark.time_eval import (
    Counts,
    Timex,
    TimexDocument,
    load_datasets,
    match_timexes,
    metrics,
    tag_documents,
)


def _pattern(text: str) -> str:
    folded = re.sub(r"\d", "9", text.lower())
    return re.sub(r"\s+", " ", folded)


def _keep(doc: TimexDocument, half: str | None) -> bool:
    if half is None:
        return True
    index = int(doc.id.rsplit("#", 1)[1]) - 1 if "#" in doc.id else 0
    return (index % 2 == 0) == (half == "even")


def _context(text: str, start: int, end: int) -> str:
    left = text[max(0, start - 50) : start].replace("\n", " ")
    right = text[end : end + 40].replace("\n", " ")
    return f"{left}[{text[start:end]}]{right}"


def analyse(
    docs: list[TimexDocument], found: list[list[Timex]], show: int, errors_only: bool
) -> None:
    groups: dict[str, Counter[str]] = defaultdict(Counter)
    examples: dict[tuple[str, str], list[str]] = defaultdict(list)
    for doc, system in zip(docs, found, strict=True):
        pairs: list[tuple[int, int, int]] = []
        for gi, g in enumerate(doc.timexes):
            for si, s in enumerate(system):
                overlap = min(g.end, s.end) - max(g.start, s.start)
                if overlap > 0:
                    pairs.append((-overlap, gi, si))
        pairs.sort()
        used_g: dict[int, int] = {}
        used_s: set[int] = set()
        for _, gi, si in pairs:
            if gi in used_g or si in used_s:
                continue
            used_g[gi] = si
            used_s.add(si)

        def note(kind: str, key: str, line: str) -> None:
            groups[kind][key] += 1
            if len(examples[(kind, key)]) < show:
                examples[(kind, key)].append(line)

        for gi, g in enumerate(doc.timexes):
            gtext = doc.text[g.start : g.end]
            if gi not in used_g:
                note(
                    "miss",
                    f"{g.type} {_pattern(gtext)}",
                    f"{doc.id} {g.value} | " + _context(doc.text, g.start, g.end),
                )
                continue
            s = system[used_g[gi]]
            stext = doc.text[s.start : s.end]
            if (s.start, s.end) != (g.start, g.end):
                note(
                    "span",
                    f"{_pattern(gtext)!r} vs {_pattern(stext)!r}",
                    f"{doc.id} " + _context(doc.text, min(g.start, s.start), max(g.end, s.end)),
                )
            if g.value.strip().upper() != s.value.strip().upper():
                note(
                    "value",
                    f"{_pattern(gtext)} gold={re.sub(r'[0-9]', '9', g.value)}",
                    f"{doc.id} dct={doc.dct} gold={g.value} ours={s.value} | "
                    + _context(doc.text, g.start, g.end),
                )
            if g.type.upper() != s.type.upper():
                note(
                    "type",
                    f"{g.type}->{s.type} {_pattern(gtext)}",
                    f"{doc.id} {g.value}/{s.value} | " + _context(doc.text, g.start, g.end),
                )
        for si, s in enumerate(system):
            if si not in used_s:
                stext = doc.text[s.start : s.end]
                note(
                    "fp",
                    f"{s.type} {_pattern(stext)}",
                    f"{doc.id} {s.value} | " + _context(doc.text, s.start, s.end),
                )
    for kind in ("value", "miss", "fp", "span", "type"):
        total = sum(groups[kind].values())
        print(f"\n===== {kind}: {total}")
        for key, count in groups[kind].most_common(None if errors_only else 60):
            print(f"{count:4d}  {key}")
            for line in examples[(kind, key)]:
                print(f"        {line}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("data", type=Path)
    parser.add_argument("--half", choices=("even", "odd"))
    parser.add_argument("--show", type=int, default=2)
    parser.add_argument("--score-only", action="store_true")
    parser.add_argument("--all", action="store_true", help="every group, not the top 60")
    args = parser.parse_args()
    for dataset in load_datasets(args.data):
        docs = [d for d in dataset.documents if _keep(d, args.half)]
        found, seconds = tag_documents(docs)
        total = Counts()
        for doc, system in zip(docs, found, strict=True):
            total = total + match_timexes(doc.timexes, system)
        figures = metrics(total)
        print(
            f"{dataset.name} {args.half or 'all'}: {len(docs)} docs, value F1 "
            f"{figures['value_f1']:.3f}, relaxed F1 {figures['relaxed']['f1']:.3f}, strict F1 "
            f"{figures['strict']['f1']:.3f}, value acc {figures['value_accuracy']:.3f}, "
            f"{1000 * sum(seconds) / max(1, len(seconds)):.2f} ms/doc"
        )
        if not args.score_only and args.half != "odd":
            analyse(docs, found, args.show, args.all)


if __name__ == "__main__":
    main()
