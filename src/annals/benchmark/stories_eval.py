"""`annals benchmark accuracy stories`: document clustering into same-event groups on ECB+.

ECB+ (Cybulska and Vossen, 2014) groups news documents by *topic* (e.g. "a
celebrity checks into rehab"), and each topic by two *sub-topics*: the ECB
documents (one real event) and the ECB+ documents (a similar but different
event: another celebrity, another year). The task is to cluster every
document of every topic at once so that each cluster is one sub-topic.

Documents are token-level XML (``ECB+/<topic>/<topic>_<n>ecb.xml`` and
``..._<n>ecbplus.xml`` inside ``ECBplus_topics_1-35.tar.gz``); the text is
rebuilt from the tokens (sentences on their own lines, light detokenisation).
An ECB+ document's first "sentence" is its source URL: it becomes the
document's URL, not its text (otherwise every ECB+ document would share the
tokens ``http``/``www``, a give-away of the sub-topic). The first sentence of
the text serves as the title.

Each document runs through the real per-article pipeline
(:class:`annals.pipeline.Analyzer`), its analysis becomes a
:class:`~annals.stories.cluster.DocumentProfile`, and all profiles are
clustered by :class:`~annals.stories.cluster.StoryClusterer` (incremental
adds, then the order-independent :meth:`recluster`, which is what a store's
settle gives after any sequence of ingest runs; the "add() only" row shows the
provisional stories before that pass). A TF-IDF baseline
(cosine similarity, average-link agglomerative clustering with a threshold
tuned on the dev topics) runs in the same report. Metrics: B³ and pairwise
precision/recall/F1 against the gold sub-topics. Topics 1-25 are ``dev``
(thresholds are tuned there), 26-35 ``heldout`` (the reported figure).
A timing of :meth:`StoryClusterer.add` against the number of stored profiles
(synthetic profiles) and of event merging against the number of stored events
(:mod:`annals.benchmark.merge_timing`) close the report.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
import random
import re
import tarfile
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from annals.benchmark.merge_timing import run_merge_timing
from annals.errors import ConfigurationError, InputError
from annals.models import Analysis, PartialDate, RawDocument
from annals.stories.cluster import (
    DocumentProfile,
    StoryClusterer,
    average_link,
    build_profile,
    content_words,
)

logger = logging.getLogger(__name__)

ARCHIVE_NAME = "ECBplus_topics_1-35.tar.gz"
DEV_TOPICS = range(1, 26)
HELDOUT_TOPICS = range(26, 36)
GOAL_B3_F1 = 0.85
ANCHOR = "lemma/TF-IDF clustering baselines (TF-IDF measured in the same run)"

_FILE_NAME = re.compile(r"(?:^|/)(\d+)_(\d+)(ecbplus|ecb)\.xml$")
_TOKEN = re.compile(r"<token\b([^>]*)>([^<]*)</token>")
_SENTENCE_ATTR = re.compile(r'\bsentence="(\d+)"')
_URL_SENTENCE = re.compile(r"^\s*(?:https?\s*:|www\s*\.)", re.IGNORECASE)
_NO_SPACE_BEFORE = frozenset({",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "''", "'s", "n't"})
_NO_SPACE_AFTER = frozenset({"(", "[", "{", "$", "``"})
_ENTITIES = {"&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'"}


@dataclass(frozen=True, slots=True)
class EcbDocument:
    """One ECB+ document rebuilt from its tokens; ``subtopic`` is e.g. ``"3_ecbplus"``."""

    name: str
    topic: int
    subtopic: str
    title: str
    text: str
    url: str | None = None


def _unescape(token: str) -> str:
    for entity, char in _ENTITIES.items():
        token = token.replace(entity, char)
    return token


def _detokenize(tokens: Iterable[str]) -> str:
    out: list[str] = []
    glue = True
    for token in tokens:
        token_text = '"' if token in ("``", "''") else token
        if out and not glue and token not in _NO_SPACE_BEFORE:
            out.append(" ")
        out.append(token_text)
        glue = token in _NO_SPACE_AFTER
    return "".join(out)


def parse_ecb_document(name: str, xml_text: str) -> EcbDocument:
    """Rebuild one ECB+ document (token XML) as text; ``name`` is its file name or path."""
    match = _FILE_NAME.search(name)
    if match is None:
        raise InputError(name, "not an ECB+ document name (expected <topic>_<n>ecb[plus].xml)")
    topic, corpus = int(match.group(1)), match.group(3)
    sentences: dict[int, list[str]] = {}
    for attributes, token in _TOKEN.findall(xml_text):
        sentence = _SENTENCE_ATTR.search(attributes)
        index = int(sentence.group(1)) if sentence else 0
        sentences.setdefault(index, []).append(_unescape(token))
    if not sentences:
        raise InputError(name, "no <token> elements: not an ECB+ token file")
    lines = [_detokenize(sentences[index]) for index in sorted(sentences)]
    url = None
    if _URL_SENTENCE.match(lines[0]):
        url = "".join(sentences[min(sentences)])
        lines = lines[1:]
    lines = [line for line in lines if line.strip()]
    if not lines:
        raise InputError(name, "no text besides the URL")
    return EcbDocument(
        name=Path(name).name,
        topic=topic,
        subtopic=f"{topic}_{corpus}",
        title=lines[0],
        text="\n".join(lines),
        url=url,
    )


def _archive_path(data: Path) -> Path | None:
    if data.is_file() and data.name.endswith((".tar.gz", ".tgz", ".tar")):
        return data
    candidate = data / ARCHIVE_NAME
    return candidate if candidate.is_file() else None


def _iter_archive(archive: Path) -> Iterator[tuple[str, str]]:
    with tarfile.open(archive) as tar:
        for member in tar:
            if member.isfile() and _FILE_NAME.search(member.name):
                handle = tar.extractfile(member)
                if handle is not None:
                    yield member.name, handle.read().decode("utf-8")


def read_ecbplus(data: Path, topics: Iterable[int] | None = None) -> list[EcbDocument]:
    """All ECB+ documents under ``data`` (the ecbplus folder, the tar.gz, or an extracted
    ``ECB+`` folder), sorted by topic, sub-topic and number; only ``topics`` when given."""
    wanted = set(topics) if topics is not None else None
    archive = _archive_path(data)
    if archive is not None:
        pairs: Iterable[tuple[str, str]] = _iter_archive(archive)
    elif data.is_dir():
        pairs = (
            (str(path), path.read_text(encoding="utf-8"))
            for path in sorted(data.rglob("*.xml"))
            if _FILE_NAME.search(str(path))
        )
    else:
        raise ConfigurationError(
            f"ECB+ data {str(data)!r} not found; pass the ecbplus folder holding "
            f"{ARCHIVE_NAME}, the archive itself, or its extracted ECB+ folder"
        )
    documents = []
    for name, xml_text in pairs:
        match = _FILE_NAME.search(name)
        if match is None or (wanted is not None and int(match.group(1)) not in wanted):
            continue
        documents.append(parse_ecb_document(name, xml_text))
    if not documents:
        raise ConfigurationError(f"no ECB+ documents found under {str(data)!r}")
    return sorted(documents, key=_document_order)


def _document_order(document: EcbDocument) -> tuple[int, str, int]:
    match = _FILE_NAME.search(document.name)
    number = int(match.group(2)) if match else 0
    return document.topic, document.subtopic, number


# --------------------------------------------------------------------------- metrics


@dataclass(frozen=True, slots=True)
class Scores:
    precision: float
    recall: float
    f1: float

    def as_dict(self) -> dict[str, float]:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1}


def _scores(precision: float, recall: float) -> Scores:
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Scores(round(precision, 4), round(recall, 4), round(f1, 4))


def _check_items(gold: Mapping[str, str], predicted: Mapping[str, str]) -> None:
    if set(gold) != set(predicted):
        missing = sorted(set(gold) ^ set(predicted))[:5]
        raise ConfigurationError(
            f"gold and predicted clusterings cover different items (e.g. {missing}); "
            "cluster exactly the gold items"
        )


def _groups(assignment: Mapping[str, str]) -> dict[str, set[str]]:
    groups: dict[str, set[str]] = defaultdict(set)
    for item, label in assignment.items():
        groups[label].add(item)
    return groups


def b_cubed(gold: Mapping[str, str], predicted: Mapping[str, str]) -> Scores:
    """B³ precision, recall and F1 of a clustering (item → cluster label) against gold."""
    _check_items(gold, predicted)
    if not gold:
        return Scores(0.0, 0.0, 0.0)
    gold_groups, predicted_groups = _groups(gold), _groups(predicted)
    precision = recall = 0.0
    for item in gold:
        own, truth = predicted_groups[predicted[item]], gold_groups[gold[item]]
        shared = len(own & truth)
        precision += shared / len(own)
        recall += shared / len(truth)
    return _scores(precision / len(gold), recall / len(gold))


def _pairs(assignment: Mapping[str, str]) -> set[tuple[str, str]]:
    pairs: set[tuple[str, str]] = set()
    for members in _groups(assignment).values():
        ordered = sorted(members)
        pairs.update(
            (first, second) for i, first in enumerate(ordered) for second in ordered[i + 1 :]
        )
    return pairs


def pairwise(gold: Mapping[str, str], predicted: Mapping[str, str]) -> Scores:
    """Pairwise precision, recall and F1: pairs put together by the prediction vs by gold.
    With no predicted (gold) pairs, precision (recall) is 1.0: nothing claimed is wrong."""
    _check_items(gold, predicted)
    gold_pairs, predicted_pairs = _pairs(gold), _pairs(predicted)
    shared = len(gold_pairs & predicted_pairs)
    precision = shared / len(predicted_pairs) if predicted_pairs else 1.0
    recall = shared / len(gold_pairs) if gold_pairs else 1.0
    return _scores(precision, recall)


# --------------------------------------------------------------------------- baseline


def tfidf_clusters(
    texts: Mapping[str, str], threshold: float, language: str = "en"
) -> dict[str, str]:
    """The baseline: TF-IDF vectors of content words (sublinear term frequency, smoothed
    IDF), cosine similarity, average-link clustering cut at ``threshold``."""
    import numpy as np

    ids = sorted(texts)
    counts = [Counter(content_words(texts[doc_id], language)) for doc_id in ids]
    vocabulary = {word: n for n, word in enumerate(sorted({w for c in counts for w in c}))}
    matrix = np.zeros((len(ids), max(1, len(vocabulary))))
    for row, counter in enumerate(counts):
        for word, count in counter.items():
            matrix[row, vocabulary[word]] = 1.0 + math.log(count)
    frequency = (matrix > 0).sum(axis=0)
    matrix *= np.log((len(ids) + 1) / (frequency + 1)) + 1.0
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    matrix /= np.where(norms == 0, 1.0, norms)
    similarity = matrix @ matrix.T
    edges = {
        (ids[i], ids[j]): round(float(similarity[i, j]), 9)
        for i, j in zip(*np.nonzero(np.triu(similarity, k=1) > 0), strict=True)
    }
    groups = average_link(ids, edges, threshold)
    return {doc_id: group[0] for group in groups for doc_id in group}


def cluster_profiles(
    profiles: Sequence[DocumentProfile], clusterer: StoryClusterer | None = None
) -> tuple[dict[str, str], dict[str, str]]:
    """Add the profiles in the given order, then recluster; return both assignments
    (document id → story id): incremental, and after the order-independent pass."""
    clusterer = StoryClusterer() if clusterer is None else clusterer
    incremental = {profile.doc_id: clusterer.add(profile) for profile in profiles}
    batch = {doc_id: story for story, docs in clusterer.recluster().items() for doc_id in docs}
    return incremental, batch


# --------------------------------------------------------------------------- runner

TFIDF_GRID = tuple(round(0.05 + 0.025 * step, 3) for step in range(15))
TIMING_SIZES = (1_000, 10_000, 100_000)
MERGE_PROBES = 20  # new articles of 15 events timed at each size
TIMING_PROBES = 200


def _split_of(topic: int) -> str:
    return "dev" if topic in DEV_TOPICS else "heldout"


def analyze_documents(documents: Sequence[EcbDocument]) -> list[Analysis]:
    """Run the per-article pipeline on every document (English, as ECB+ is)."""
    from annals.pipeline import Analyzer

    analyzer = Analyzer()
    analyses = []
    for number, document in enumerate(documents, 1):
        raw = RawDocument(
            path=document.name,
            text=document.text,
            format="text",
            title=document.title,
            url=document.url,
            language="en",
        )
        analyses.append(analyzer.analyze(raw, language="en"))
        if number % 100 == 0:
            logger.info("analysed %d/%d ECB+ documents", number, len(documents))
    return analyses


def evaluate_split(
    documents: Sequence[EcbDocument], analyses: Sequence[Analysis], tfidf_threshold: float
) -> dict[str, Any]:
    """Scores of the story clusterer (incremental and reclustered) and of the TF-IDF
    baseline on one set of documents, against their gold sub-topics."""
    gold = {
        analysis.id: document.subtopic
        for document, analysis in zip(documents, analyses, strict=True)
    }
    profiles = [build_profile(analysis) for analysis in analyses]
    started = time.perf_counter()
    incremental, batch = cluster_profiles(profiles)
    seconds = time.perf_counter() - started
    baseline = tfidf_clusters({a.id: a.text for a in analyses}, tfidf_threshold)
    return {
        "documents": len(gold),
        "topics": len({document.topic for document in documents}),
        "subtopics": len(set(gold.values())),
        "ours": _scored(gold, batch),
        "ours_incremental": _scored(gold, incremental),
        "tfidf": {**_scored(gold, baseline), "threshold": tfidf_threshold},
        "clustering_seconds": round(seconds, 3),
    }


def _scored(gold: Mapping[str, str], predicted: Mapping[str, str]) -> dict[str, Any]:
    return {
        "b3": b_cubed(gold, predicted).as_dict(),
        "pairwise": pairwise(gold, predicted).as_dict(),
        "clusters": len(set(predicted.values())),
    }


def tune_tfidf_threshold(gold: Mapping[str, str], texts: Mapping[str, str]) -> float:
    """The baseline threshold with the best B³ F1 on these (dev) documents."""
    best, best_f1 = TFIDF_GRID[0], -1.0
    for threshold in TFIDF_GRID:
        f1 = b_cubed(gold, tfidf_clusters(texts, threshold)).f1
        if f1 > best_f1:
            best, best_f1 = threshold, f1
    return best


def run_stories_benchmark(
    data: Path, language: str | None = None, limit: int | None = None
) -> dict[str, Any]:
    """Cluster ECB+ documents into sub-topics; ``limit`` keeps the first LIMIT topics of
    each split (dev: topics 1-25, heldout: 26-35)."""
    if language not in (None, "en"):
        raise ConfigurationError(f"ECB+ is English; --lang {language!r} is not available (use en)")
    documents = read_ecbplus(data)
    if limit is not None:
        keep = {
            split: sorted({d.topic for d in documents if _split_of(d.topic) == split})[:limit]
            for split in ("dev", "heldout")
        }
        documents = [d for d in documents if d.topic in keep[_split_of(d.topic)]]
    started = time.perf_counter()
    analyses = analyze_documents(documents)
    analysis_seconds = time.perf_counter() - started
    by_split: dict[str, tuple[list[EcbDocument], list[Analysis]]] = {
        "dev": ([], []),
        "heldout": ([], []),
    }
    for document, analysis in zip(documents, analyses, strict=True):
        by_split[_split_of(document.topic)][0].append(document)
        by_split[_split_of(document.topic)][1].append(analysis)
    dev_docs, dev_analyses = by_split["dev"]
    threshold = tune_tfidf_threshold(
        {a.id: d.subtopic for d, a in zip(dev_docs, dev_analyses, strict=True)},
        {a.id: a.text for a in dev_analyses},
    )
    splits = {
        split: evaluate_split(docs, split_analyses, threshold)
        for split, (docs, split_analyses) in by_split.items()
        if docs
    }
    return {
        "task": "stories",
        "data": str(data),
        "splits": splits,
        "analysis_seconds": round(analysis_seconds, 1),
        "timing": time_additions(TIMING_SIZES),
        "merge_timing": run_merge_timing(list(TIMING_SIZES), articles=MERGE_PROBES)["sizes"],
        "goal_b3_f1": GOAL_B3_F1,
        "anchor": ANCHOR,
    }


def synthetic_profiles(count: int, seed: int = 13) -> Iterator[DocumentProfile]:
    """Deterministic made-up profiles for timing: stories of 1-8 documents over three years,
    each with its own people and words, plus common countries and a Zipf-like vocabulary."""
    rng = random.Random(seed)
    start = dt.date(2022, 1, 1)
    made = story = 0
    while made < count:
        story += 1
        day = start + dt.timedelta(days=rng.randrange(3 * 365))
        own_entities = [f"local/PERSON/p{story}-{k}" for k in range(3)]
        own_terms = [f"w{story}x{k}" for k in range(12)]
        for _ in range(min(rng.randint(1, 8), count - made)):
            made += 1
            entities = {key: 1.0 + rng.random() for key in own_entities}
            entities[f"country/C{int(rng.paretovariate(1.2)) % 60}"] = 0.5
            terms = {term: 1.0 + rng.random() for term in own_terms}
            for _ in range(30):
                terms[f"v{int(rng.paretovariate(1.1)) % 50_000}"] = 1.0
            published = start if day < start else day + dt.timedelta(days=rng.randint(-2, 2))
            yield DocumentProfile(
                doc_id=f"doc{made:07d}",
                language="en",
                published=PartialDate.from_date(published),
                title=f"story {story}",
                entities=tuple(sorted(entities.items())),
                terms=tuple(sorted(terms.items())),
            )


def time_additions(sizes: Sequence[int], probes: int = TIMING_PROBES) -> list[dict[str, Any]]:
    """Mean cost of :meth:`StoryClusterer.add` once ``size`` profiles are stored, per size."""
    clusterer = StoryClusterer()
    profiles = synthetic_profiles(max(sizes) + probes * len(sizes))
    rows = []
    for size in sorted(sizes):
        while len(clusterer) < size:
            clusterer.add(next(profiles))
        started = time.perf_counter()
        for _ in range(probes):
            clusterer.add(next(profiles))
        elapsed = time.perf_counter() - started
        rows.append({"stored": size, "ms_per_add": round(1000 * elapsed / probes, 3)})
    return rows


def format_stories_report(report: Mapping[str, Any]) -> str:
    """The report as a text table: per split, ours (reclustered and incremental) beside the
    TF-IDF baseline, then the cost of one ``add`` against the number of stored profiles."""
    lines = [
        f"ECB+ story clustering ({report['data']}): documents into same-event sub-topics",
        f"goal: B3 F1 >= {report['goal_b3_f1']}; anchor: {report['anchor']}",
        "split    docs  sub  system            B3 P    B3 R    B3 F1   pair F1  clusters",
    ]
    for split, result in report["splits"].items():
        rows = [
            ("ours", result["ours"]),
            ("ours, add() only", result["ours_incremental"]),
            (f"tf-idf @{result['tfidf']['threshold']}", result["tfidf"]),
        ]
        for name, scores in rows:
            b3, pairs = scores["b3"], scores["pairwise"]
            lines.append(
                f"{split:8} {result['documents']:>4} {result['subtopics']:>4}  {name:16}"
                f"  {b3['precision']:.4f}  {b3['recall']:.4f}  {b3['f1']:.4f}  "
                f"{pairs['f1']:.4f}   {scores['clusters']:>5}"
            )
    lines.append(f"pipeline analysis: {report['analysis_seconds']} s")
    lines.append("add() cost, synthetic profiles: " + ", ".join(
        f"{row['stored']:,} stored: {row['ms_per_add']} ms" for row in report["timing"]
    ))  # fmt: skip
    if report.get("merge_timing"):
        lines.append("event merge cost per new article of 15 events (store + settle): " + ", ".join(
            f"{int(size):,} events: {ms} ms" for size, ms in report["merge_timing"].items()
        ))  # fmt: skip
    return "\n".join(lines)
