"""Story clustering: documents about the same real-world event, across languages.

Documents become profiles (:mod:`annals.stories.profiles`), compared by
:func:`~annals.stories.similarity.profile_similarity`
(:mod:`annals.stories.similarity`); both modules' names are importable from here.

:class:`StoryClusterer` is incremental: :meth:`StoryClusterer.add` compares a
new profile only with the stories of candidate documents found through an
inverted index of entity ids and distinctive words, blocked by date (never
all pairs), and joins the most similar story above the threshold or starts a
new one. The result of a sequence of ``add`` calls depends on their order
(the statistics and the story centroids grow as documents arrive);
:meth:`StoryClusterer.recluster` rebuilds every story from the same candidate
pairs by average-link agglomeration with the final statistics, in an order
fixed by the similarities and document ids, so any insertion order yields the
same stories. :meth:`StoryClusterer.settle` does the same for the neighbourhood
of the documents added since the last settle (the store calls it at the end of
every ingest), and :meth:`StoryClusterer.restore` reloads the stories a store
recorded.
"""

from __future__ import annotations

import datetime as dt
import heapq
import logging
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from annals.errors import ConfigurationError
from annals.models import PartialDate
from annals.stories.profiles import (
    DATE_KEY_WEIGHT,
    LEAD_BOOST,
    LEAD_CHARS,
    LEAD_TERM_BOOST,
    MAX_ENTITIES,
    MAX_TERMS,
    MIN_DATE_CONFIDENCE,
    SHINGLE_SIZE,
    SKETCH_SIZE,
    TITLE_TERM_BOOST,
    TYPE_WEIGHTS,
    DocumentProfile,
    build_profile,
    content_words,
    profile_from_json,
    profile_to_json,
    shingle_sketch,
)
from annals.stories.similarity import (
    CorpusStatistics,
    ProfileVectors,
    SimilarityWeights,
    cached_vectors,
    combine,
    cosine,
    date_factor,
    date_gap_days,
    event_overlap,
    is_near_duplicate,
    profile_similarity,
    sketch_jaccard,
    span_gap_days,
    weighted_vector,
)

__all__ = [
    "DATE_KEY_WEIGHT",
    "LEAD_BOOST",
    "LEAD_CHARS",
    "LEAD_TERM_BOOST",
    "MAX_ENTITIES",
    "MAX_TERMS",
    "MIN_DATE_CONFIDENCE",
    "SHINGLE_SIZE",
    "SKETCH_SIZE",
    "TITLE_TERM_BOOST",
    "TYPE_WEIGHTS",
    "CorpusStatistics",
    "DocumentProfile",
    "SimilarityWeights",
    "StoryClusterer",
    "StorySummary",
    "average_link",
    "build_profile",
    "combine",
    "content_words",
    "cosine",
    "date_factor",
    "date_gap_days",
    "is_near_duplicate",
    "profile_from_json",
    "profile_similarity",
    "profile_to_json",
    "shingle_sketch",
    "sketch_jaccard",
]

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class StorySummary:
    """A story: its id, title (the earliest member's), documents, languages and date range."""

    id: str
    title: str
    doc_ids: tuple[str, ...]
    languages: tuple[str, ...]
    date_from: PartialDate | None
    date_to: PartialDate | None


@dataclass(slots=True)
class _Story:
    """A story's members and centroid (sums of the members' normalised vectors)."""

    members: list[int] = field(default_factory=list)
    entities: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    terms: dict[str, dict[str, float]] = field(default_factory=dict)
    events: set[tuple[str, str]] = field(default_factory=set)
    span: tuple[dt.date, dt.date] | None = None

    def absorb(self, index: int, profile: DocumentProfile) -> None:
        self.members.append(index)
        for key, value in _normalised(profile.entities):
            self.entities[key] += value
        terms = self.terms.setdefault(profile.language, defaultdict(float))
        for key, value in _normalised(profile.terms):
            terms[key] += value
        self.events.update(profile.events)
        if profile.published is not None:
            first, last = profile.published.first_day(), profile.published.last_day()
            if self.span is not None:
                first, last = min(first, self.span[0]), max(last, self.span[1])
            self.span = (first, last)


def _normalised(pairs: tuple[tuple[str, float], ...]) -> list[tuple[str, float]]:
    norm = math.sqrt(sum(value * value for _, value in pairs))
    return [(key, value / norm) for key, value in pairs] if norm else []


def _date_span(profile: DocumentProfile) -> tuple[dt.date, dt.date] | None:
    if profile.published is None:
        return None
    return profile.published.first_day(), profile.published.last_day()


class StoryClusterer:
    """Groups document profiles into stories, incrementally (see the module docstring).

    ``threshold`` is the least similarity of a new document to a story's centroid for it to
    join the story; ``link_threshold`` the least average similarity between two stories for
    :meth:`recluster` to merge them (both tuned on ECB+ dev topics 1-25). A key (entity id or
    word) that more than ``postings_limit`` documents share is too common to find candidates.
    """

    def __init__(
        self,
        threshold: float = 0.2,
        link_threshold: float = 0.15,
        weights: SimilarityWeights | None = None,
        postings_limit: int = 400,
        query_keys: int = 8,
        index_terms: int = 30,
    ) -> None:
        if not 0.0 < threshold <= 1.0 or not 0.0 < link_threshold <= 1.0:
            raise ConfigurationError(
                f"thresholds must lie in (0, 1], got threshold={threshold}, "
                f"link_threshold={link_threshold}"
            )
        self.threshold = threshold
        self.link_threshold = link_threshold
        self.weights = weights or SimilarityWeights()
        self.postings_limit = postings_limit
        self.query_keys = query_keys
        self.index_terms = index_terms
        self.statistics = CorpusStatistics()
        self._bucket_days = max(1, self.weights.window_days)
        self._profiles: list[DocumentProfile] = []
        self._index_of: dict[str, int] = {}
        self._story_of: list[int] = []
        self._stories: dict[int, _Story] = {}
        self._dated: dict[tuple[str, int], list[int]] = defaultdict(list)
        self._undated: dict[str, list[int]] = defaultdict(list)
        self._buckets_of: dict[str, set[int]] = defaultdict(set)

    def __len__(self) -> int:
        return len(self._profiles)

    # ----------------------------------------------------------------- incremental

    def add(self, profile: DocumentProfile) -> str:
        """Place one document in a story and return the story id (a known document keeps its
        story)."""
        known = self._index_of.get(profile.doc_id)
        if known is not None:
            return self._story_id(self._story_of[known])
        index = len(self._profiles)
        self._profiles.append(profile)
        self._index_of[profile.doc_id] = index
        self.statistics.add(profile)
        best, best_score = -1, self.threshold
        vectors: dict[str, ProfileVectors] = {}  # the document's, weighted once
        for story in sorted({self._story_of[c] for c in self._candidates(index)}):
            score = self._story_similarity(profile, self._stories[story], vectors)
            if score >= best_score and (score > best_score or best < 0):
                best, best_score = story, score
        if best < 0:
            best = index
            self._stories[best] = _Story()
        self._stories[best].absorb(index, profile)
        self._story_of.append(best)
        self._index(index)
        return self._story_id(best)

    def _story_similarity(
        self,
        profile: DocumentProfile,
        story: _Story,
        vectors: dict[str, ProfileVectors] | None = None,
    ) -> float:
        weights = self.weights
        span = _date_span(profile)
        gap = span_gap_days(span, story.span) if span and story.span else None
        factor = date_factor(gap, weights)
        if factor == 0.0:
            return 0.0
        stats = self.statistics
        own = cached_vectors(profile, stats, vectors)
        entity_score = cosine(own.entities, weighted_vector(story.entities.items(), "e:", stats))
        lexical_score = None
        if profile.language in story.terms:
            prefix = f"t:{profile.language}:"
            lexical_score = cosine(
                own.terms, weighted_vector(story.terms[profile.language].items(), prefix, stats)
            )
        event_score = event_overlap(profile.events, story.events)
        return factor * combine(entity_score, lexical_score, event_score, weights)

    # ----------------------------------------------------------------- blocking

    def _index_keys(self, profile: DocumentProfile) -> list[str]:
        terms = sorted(profile.terms, key=lambda pair: (-pair[1], pair[0]))[: self.index_terms]
        return [f"e:{key}" for key, _ in profile.entities] + [
            f"t:{profile.language}:{key}" for key, _ in terms
        ]

    def _query_keys(self, profile: DocumentProfile) -> list[str]:
        """The profile's most distinctive entity ids and words (weight x current IDF); keys
        more than ``postings_limit`` documents share are too common to block on."""
        stats, limit = self.statistics, self.query_keys
        prefix = f"t:{profile.language}:"
        chosen: list[str] = []
        for keyed in (
            [(f"e:{key}", value) for key, value in profile.entities],
            [(prefix + key, value) for key, value in profile.terms],
        ):
            ranked = sorted(
                (
                    (value * stats.idf(key), key)
                    for key, value in keyed
                    if stats.frequencies.get(key, 0) <= self.postings_limit
                ),
                key=lambda pair: (-pair[0], pair[1]),
            )
            chosen += [key for _, key in ranked[:limit]]
        return chosen

    def _bucket(self, day: dt.date) -> int:
        return day.toordinal() // self._bucket_days

    def _index(self, index: int) -> None:
        profile = self._profiles[index]
        span = _date_span(profile)
        for key in self._index_keys(profile):
            if span is None:
                self._undated[key].append(index)
                continue
            for bucket in range(self._bucket(span[0]), self._bucket(span[1]) + 1):
                self._dated[(key, bucket)].append(index)
                self._buckets_of[key].add(bucket)

    def _candidates(self, index: int) -> set[int]:
        """Documents sharing a distinctive key with document ``index`` within the date window
        (undated documents match any date); never document ``index`` itself."""
        profile = self._profiles[index]
        span = _date_span(profile)
        found: set[int] = set()
        for key in self._query_keys(profile):
            lists = [self._undated.get(key, [])]
            if span is None:
                buckets: Iterable[int] = sorted(self._buckets_of.get(key, ()))
            else:
                reach = dt.timedelta(days=self.weights.max_gap_days)
                buckets = range(self._bucket(span[0] - reach), self._bucket(span[1] + reach) + 1)
            lists += [self._dated.get((key, bucket), []) for bucket in buckets]
            for postings in lists:
                if len(postings) <= self.postings_limit:
                    found.update(postings)
        found.discard(index)
        return found

    # ----------------------------------------------------------------- results

    def _story_id(self, story: int) -> str:
        return f"story-{self._profiles[story].doc_id}"

    def stories(self) -> dict[str, list[str]]:
        """Story id → its document ids, in the order they were added."""
        out: dict[str, list[str]] = {}
        for story_number in sorted(self._stories):
            story = self._stories[story_number]
            out[self._story_id(story_number)] = [self._profiles[i].doc_id for i in story.members]
        return out

    def members_of(self, doc_id: str) -> list[str]:
        """The documents of the story of a document already added, in the order they were
        added (what :meth:`stories` gives for that story, without building every story)."""
        story = self._stories[self._story_of[self._index_of[doc_id]]]
        return [self._profiles[i].doc_id for i in story.members]

    def profile(self, doc_id: str) -> DocumentProfile:
        """The profile of a document already added."""
        return self._profiles[self._index_of[doc_id]]

    def story_of(self, doc_id: str) -> str:
        """The story id of a document already added."""
        index = self._index_of.get(doc_id)
        if index is None:
            raise KeyError(f"document {doc_id!r} was never added to this clusterer")
        return self._story_id(self._story_of[index])

    def summaries(self) -> list[StorySummary]:
        """Every story with its title, languages and date range, by story id."""
        summaries = []
        for story_number in sorted(self._stories, key=self._story_id):
            members = [self._profiles[i] for i in self._stories[story_number].members]
            dates = sorted(p.published for p in members if p.published is not None)
            summaries.append(
                StorySummary(
                    id=self._story_id(story_number),
                    title=self._profiles[story_number].title,
                    doc_ids=tuple(p.doc_id for p in members),
                    languages=tuple(sorted({p.language for p in members})),
                    date_from=dates[0] if dates else None,
                    date_to=dates[-1] if dates else None,
                )
            )
        return summaries

    def restore(self, placed: Sequence[tuple[DocumentProfile, str | None]]) -> None:
        """Load documents with the stories the store recorded for them (``story-<doc id>`` of
        a member, or ``None``), without comparing anything: the state :meth:`add` and
        :meth:`settle` continue from after a restart. A document without a story, or whose
        story names no restored document, founds a story of its own."""
        start = len(self._profiles)
        for profile, _ in placed:
            if profile.doc_id in self._index_of:
                raise ValueError(f"document {profile.doc_id!r} is already in this clusterer")
            self._index_of[profile.doc_id] = len(self._profiles)
            self._profiles.append(profile)
            self._story_of.append(-1)
            self.statistics.add(profile)
        groups: dict[str, list[int]] = defaultdict(list)
        for offset, (profile, story_id) in enumerate(placed):
            groups[story_id or f"story-{profile.doc_id}"].append(start + offset)
        for story_id, members in groups.items():
            founder = self._index_of.get(story_id.removeprefix("story-"))
            self._place(members, founder if founder in members else None)
        for index in range(start, len(self._profiles)):
            self._index(index)

    def _place(self, members: list[int], founder: int | None = None) -> int:
        """Make ``members`` one story, named by ``founder`` (by default the earliest member,
        then the smallest document id); return the story number."""
        ordered = sorted(members, key=self._founding_order)
        if founder is None:
            founder = ordered[0]
        story = _Story()
        for index in ordered:
            story.absorb(index, self._profiles[index])
            self._story_of[index] = founder
        self._stories[founder] = story
        return founder

    def settle(self, doc_ids: Iterable[str]) -> dict[str, tuple[str, str | None]]:
        """Re-cluster the neighbourhood of recently added documents so that the stories do
        not depend on the order the documents came in.

        The region is the documents ``doc_ids``, the documents they block with (under the
        current statistics), and every member of the stories of either; its stories are
        rebuilt by average link as in :meth:`recluster`, the rest stay as they are. Returns,
        for each document of the region, its story id and the document it copies (the
        earliest near-duplicate of it in its story, or ``None``).
        """
        dirty = sorted({self._index_of[doc_id] for doc_id in doc_ids})
        if not dirty:
            return {}
        region: set[int] = set(dirty)
        for index in dirty:
            region.update(self._candidates(index))
        for story in {self._story_of[index] for index in region}:
            region.update(self._stories[story].members)
        edges = self._pair_similarities(region)
        for story in {self._story_of[index] for index in region}:
            del self._stories[story]
        doc_ids_in_region = sorted(self._profiles[index].doc_id for index in region)
        placed: dict[str, tuple[str, str | None]] = {}
        for group in average_link(doc_ids_in_region, edges, self.link_threshold):
            founder = self._place([self._index_of[doc_id] for doc_id in group])
            placed.update(self._copies(founder))
        return placed

    def _copies(self, story: int) -> dict[str, tuple[str, str | None]]:
        """Each member of a story with the earliest earlier member it nearly duplicates."""
        story_id = self._story_id(story)
        originals: list[DocumentProfile] = []
        out: dict[str, tuple[str, str | None]] = {}
        for index in sorted(self._stories[story].members, key=self._founding_order):
            profile = self._profiles[index]
            original = next((o for o in originals if is_near_duplicate(o, profile)), None)
            if original is None:
                originals.append(profile)
            out[profile.doc_id] = (story_id, original.doc_id if original else None)
        return out

    # ----------------------------------------------------------------- batch pass

    def recluster(self) -> dict[str, list[str]]:
        """Rebuild every story from scratch, independently of the order of the ``add`` calls.

        Candidate pairs come from the same blocking as :meth:`add` (with the final
        statistics); clusters merge by average link (pairs never compared count as 0)
        while the best average similarity is at least ``link_threshold``; ties break by
        document id. Returns :meth:`stories`.
        """
        edges = self._pair_similarities()
        groups = average_link(sorted(self._index_of), edges, self.link_threshold)
        self._stories = {}
        for members in groups:
            self._place([self._index_of[doc_id] for doc_id in members])
        return self.stories()

    def _founding_order(self, index: int) -> tuple[dt.date, str]:
        profile = self._profiles[index]
        day = profile.published.first_day() if profile.published else dt.date.max
        return day, profile.doc_id

    def _pair_similarities(self, within: set[int] | None = None) -> dict[tuple[str, str], float]:
        """Similarities of the candidate pairs (blocking as in :meth:`add`), of every document
        or only between the documents ``within``."""
        edges: dict[tuple[str, str], float] = {}
        vectors: dict[str, ProfileVectors] = {}  # each document's, weighted once
        indices = range(len(self._profiles)) if within is None else sorted(within)
        for index in indices:
            for other in self._candidates(index):
                if within is not None and other not in within:
                    continue
                first, second = sorted((self._profiles[index].doc_id, self._profiles[other].doc_id))
                if (first, second) in edges:
                    continue
                score = profile_similarity(
                    self.profile(first),
                    self.profile(second),
                    self.statistics,
                    self.weights,
                    vectors,
                )
                if score > 0.0:
                    edges[(first, second)] = round(score, 9)
        return edges


def average_link(
    doc_ids: list[str], edges: Mapping[tuple[str, str], float], threshold: float
) -> list[list[str]]:
    """Average-link agglomeration over sparse similarities; clusters are named by their
    smallest document id, which also breaks ties, so the result does not depend on any
    insertion order."""
    members: dict[str, list[str]] = {doc_id: [doc_id] for doc_id in doc_ids}
    sums: dict[str, dict[str, float]] = defaultdict(dict)
    for (first, second), score in edges.items():
        sums[first][second] = score
        sums[second][first] = score
    heap = [(-score, first, second) for (first, second), score in edges.items()]
    heapq.heapify(heap)
    while heap:
        negative, first, second = heapq.heappop(heap)
        if -negative < threshold:
            break
        if first not in members or second not in members:
            continue
        current = sums[first].get(second, 0.0) / (len(members[first]) * len(members[second]))
        if round(current, 9) != round(-negative, 9):
            continue
        kept, gone = first, second  # first < second by construction
        members[kept].extend(members.pop(gone))
        for neighbour, score in sums.pop(gone).items():
            sums[neighbour].pop(gone, None)
            if neighbour != kept:
                sums[kept][neighbour] = sums[kept].get(neighbour, 0.0) + score
                sums[neighbour][kept] = sums[kept][neighbour]
        sums[kept].pop(gone, None)
        for neighbour, score in sums[kept].items():
            average = score / (len(members[kept]) * len(members[neighbour]))
            pair = (kept, neighbour) if kept < neighbour else (neighbour, kept)
            heapq.heappush(heap, (-round(average, 9), pair[0], pair[1]))
    return [sorted(group) for _, group in sorted(members.items())]
