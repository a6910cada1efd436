"""How likely two documents tell the same story.

:func:`profile_similarity` combines

* entity overlap: cosine of entity vectors weighted by mention count, entity
  type (people, places, organisations count more than countries and
  nationalities) and, when corpus statistics are given, inverse document
  frequency (an entity in every article, such as a country at war, says little);
* lexical overlap: TF-IDF cosine of content words, only between documents of
  the same language;
* shared events: the same PLOVER type on the same date;
* date proximity: documents whose dates lie more than ``window_days`` apart
  count less, more than ``max_gap_days`` apart are never the same story.

When the languages differ the lexical part is left out and the other parts
are re-weighted, so a story can still join its translation.
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from annals.errors import ConfigurationError
from annals.models import PartialDate
from annals.stories.profiles import DocumentProfile


@dataclass(slots=True)
class CorpusStatistics:
    """Document frequencies of entity ids and words over the profiles seen so far."""

    documents: int = 0
    frequencies: Counter[str] = field(default_factory=Counter)

    def add(self, profile: DocumentProfile) -> None:
        self.documents += 1
        self.frequencies.update(f"e:{key}" for key, _ in profile.entities)
        self.frequencies.update(f"t:{profile.language}:{key}" for key, _ in profile.terms)

    def idf(self, key: str) -> float:
        """Smoothed inverse document frequency of an ``e:``/``t:lang:`` key (1.0 when unseen)."""
        if self.documents == 0:
            return 1.0
        return math.log((self.documents + 1) / (self.frequencies.get(key, 0) + 1)) + 1.0


@dataclass(frozen=True, slots=True)
class SimilarityWeights:
    """How the parts of :func:`profile_similarity` combine, and the date window."""

    entities: float = 0.3
    lexical: float = 0.7
    events: float = 0.05
    window_days: int = 7
    max_gap_days: int = 45
    outside_window: float = 0.6

    def __post_init__(self) -> None:
        if min(self.entities, self.lexical, self.events) < 0 or self.entities + self.events <= 0:
            raise ConfigurationError(
                f"similarity weights {self!r} must be non-negative, with entities + events > 0"
            )
        if not 0 <= self.window_days <= self.max_gap_days:
            raise ConfigurationError(
                f"window_days {self.window_days} must lie in 0..max_gap_days ({self.max_gap_days})"
            )


def weighted_vector(
    pairs: Iterable[tuple[str, float]], prefix: str, statistics: CorpusStatistics | None
) -> dict[str, float]:
    """A sparse vector with each weight times the IDF of its ``prefix``-ed key (the weights
    as they are without ``statistics``)."""
    if statistics is None:
        return dict(pairs)
    return {key: value * statistics.idf(prefix + key) for key, value in pairs}


def cosine(first: Mapping[str, float], second: Mapping[str, float]) -> float:
    """Cosine similarity of two sparse vectors (0.0 when either is empty)."""
    if len(first) > len(second):
        first, second = second, first
    dot = sum(value * second.get(key, 0.0) for key, value in first.items())
    if dot == 0.0:
        return 0.0
    norm = math.sqrt(sum(v * v for v in first.values()) * sum(v * v for v in second.values()))
    return dot / norm


def date_gap_days(first: PartialDate | None, second: PartialDate | None) -> int | None:
    """Days between two date spans (0 when they overlap); ``None`` when either is unknown."""
    if first is None or second is None:
        return None
    return span_gap_days(
        (first.first_day(), first.last_day()), (second.first_day(), second.last_day())
    )


def span_gap_days(first: tuple[dt.date, dt.date], second: tuple[dt.date, dt.date]) -> int:
    """Days between two spans of days (0 when they overlap)."""
    if first[1] < second[0]:
        return (second[0] - first[1]).days
    if second[1] < first[0]:
        return (first[0] - second[1]).days
    return 0


def date_factor(gap: int | None, weights: SimilarityWeights) -> float:
    """1.0 within the window (or when a date is unknown), less outside it, 0.0 past the maximum."""
    if gap is None or gap <= weights.window_days:
        return 1.0
    if gap > weights.max_gap_days:
        return 0.0
    return weights.outside_window


def event_overlap(first: Iterable[tuple[str, str]], second: Iterable[tuple[str, str]]) -> float:
    """Shared (type, date) pairs as a share of the smaller set (0.0 when either is empty)."""
    a, b = set(first), set(second)
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def combine(
    entity_score: float,
    lexical_score: float | None,
    event_score: float,
    weights: SimilarityWeights,
) -> float:
    """Weighted mean of the parts; ``lexical_score`` is ``None`` across languages."""
    total = weights.entities * entity_score + weights.events * event_score
    norm = weights.entities + weights.events
    if lexical_score is not None:
        total += weights.lexical * lexical_score
        norm += weights.lexical
    return total / norm


@dataclass(frozen=True, slots=True)
class ProfileVectors:
    """A document's entity and term vectors, weighted by the IDF of one state of the corpus
    statistics."""

    entities: dict[str, float]
    terms: dict[str, float]


def profile_vectors(
    profile: DocumentProfile, statistics: CorpusStatistics | None
) -> ProfileVectors:
    return ProfileVectors(
        weighted_vector(profile.entities, "e:", statistics),
        weighted_vector(profile.terms, f"t:{profile.language}:", statistics),
    )


def profile_similarity(
    a: DocumentProfile,
    b: DocumentProfile,
    statistics: CorpusStatistics | None = None,
    weights: SimilarityWeights | None = None,
    vectors: dict[str, ProfileVectors] | None = None,
) -> float:
    """How likely two documents tell the same story, in 0..1 (see the module docstring).

    Without ``statistics`` every entity and word has the same inverse document frequency.
    ``vectors`` keeps the documents' vectors by id across calls with the same statistics
    (a document compared with many others is weighted once).
    """
    weights = weights or SimilarityWeights()
    factor = date_factor(date_gap_days(a.published, b.published), weights)
    if factor == 0.0:
        return 0.0
    first, second = cached_vectors(a, statistics, vectors), cached_vectors(b, statistics, vectors)
    entity_score = cosine(first.entities, second.entities)
    lexical_score = cosine(first.terms, second.terms) if a.language == b.language else None
    event_score = event_overlap(a.events, b.events)
    return factor * combine(entity_score, lexical_score, event_score, weights)


def cached_vectors(
    profile: DocumentProfile,
    statistics: CorpusStatistics | None,
    vectors: dict[str, ProfileVectors] | None,
) -> ProfileVectors:
    """The document's vectors, from ``vectors`` (filled on the way) when given."""
    if vectors is None:
        return profile_vectors(profile, statistics)
    found = vectors.get(profile.doc_id)
    if found is None:
        found = vectors[profile.doc_id] = profile_vectors(profile, statistics)
    return found


def sketch_jaccard(first: tuple[int, ...], second: tuple[int, ...]) -> float:
    """Estimated Jaccard similarity of two bottom-k shingle sketches."""
    if not first or not second:
        return 0.0
    keep = min(len(first), len(second))
    union = heapq.nsmallest(keep, set(first) | set(second))
    shared = set(first) & set(second)
    return sum(1 for value in union if value in shared) / len(union)


def is_near_duplicate(a: DocumentProfile, b: DocumentProfile, threshold: float = 0.8) -> bool:
    """True for republished or syndicated copies: the same language and either most word
    shingles in common, or content words alike (cosine >= 0.95) with similar lengths."""
    if a.language != b.language:
        return False
    if sketch_jaccard(a.sketch, b.sketch) >= threshold:
        return True
    if not a.terms or not b.terms:
        return False
    shorter, longer = sorted((len(a.terms), len(b.terms)))
    return shorter / longer >= 0.8 and cosine(dict(a.terms), dict(b.terms)) >= 0.95
