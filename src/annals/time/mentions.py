"""The tagger's intermediate record: what an expression says, before anchoring.

A :class:`RawMention` keeps the parts of an expression (year, month, day,
weekday, a relative offset, a clock time) so that the tagger can normalise it
against a publication date and :mod:`annals.time.docdate` can reason about
the publication date from the same parts.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from annals.models import TimeType
from annals.time.tense import Tense

MentionKind = Literal["calendar", "weekday", "relative", "literal", "clock"]


@dataclass(frozen=True, slots=True)
class RawMention:
    """One temporal expression as written, with its parts.

    ``kind`` says which fields matter:

    * ``calendar``: ``year``/``month``/``day`` (any may be missing), an optional
      range end (``end_day``, ``end_month``) and a ``suffix`` for quarters and
      seasons ("Q1", "SU"), a ``year_offset`` when the year is counted from the
      anchor ("June last year") and an ``easter_offset`` for movable feasts;
    * ``weekday``: ``weekday`` (0 = Monday) and ``offset`` (-1 "last", +1 "next",
      0 "this", None plain), plus the calendar fields when a date is attached;
    * ``relative``: ``unit`` (D, W, M, Y, WE or a season) and ``offset``
      ("yesterday" is D -1, "next week" W +1, "this year" Y 0);
    * ``literal``: a fixed ``literal`` value (durations, sets, PAST_REF, decades);
    * ``clock``: a time of day with no date of its own.

    ``clock`` ("10:30", "MO") may accompany any date kind: the expression is then a TIME.
    """

    start: int
    end: int
    type: TimeType
    kind: MentionKind
    rule: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    end_day: int | None = None
    end_month: int | None = None
    weekday: int | None = None
    unit: str | None = None
    offset: int | None = None
    literal: str | None = None
    clock: str | None = None
    suffix: str | None = None
    year_offset: int | None = None  # "June last year": the year counted from the anchor's
    easter_offset: int | None = None  # days from Easter Sunday ("Good Friday" is -2)
    # (month, weekday, n) for feasts on the n-th weekday of a month (n = -1: the last);
    # "Thanksgiving" is (11, 3, 4), the fourth Thursday of November
    nth_weekday: tuple[int, int, int] | None = None
    anaphoric: bool = False  # counted from the text's last date ("the next day"), not the anchor
    tense: Tense = "unknown"
    tense_is_local: bool = False  # the tense comes from words right next to the expression

    @property
    def length(self) -> int:
        return self.end - self.start

    def with_tense(self, tense: Tense, local: bool = False) -> RawMention:
        return replace(self, tense=tense, tense_is_local=local)

    def overlaps(self, other: RawMention) -> bool:
        return self.start < other.end and other.start < self.end
