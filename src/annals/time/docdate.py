"""Infer when an article was published from the dates it mentions.

Used when neither a header nor metadata gives the date. The confidence says how far
the evidence ties the year to the article itself:

1. a weekday next to a month-day ("Monday (November 4)") agrees with a year only
   once in five to eleven; the latest year the text names as a fact ("was elected
   in 2010", "the 2011 revolution"; not a plan) bounds the year from below, and when
   the first agreeing year from it on is that year (confidence 0.8) or the next
   (0.55), that is the year; a day dated in full ("Lunedì 8 luglio 2024") in the
   latest year named gives that year (0.55). When the first agreeing year is years
   after the last one named, the text recounts history: unknown;
2. a numbered anniversary of a well-known event ("the second anniversary of the
   full-scale invasion") gives a year and month (``data/reference_events.json``), 0.5;
3. a guess, said as one: in a text that names no year as a fact, the latest year up
   to the reading date (and not after a plan's year) that its weekday-dated days agree
   with (0.3: right for a text read soon after it was written, as in a live feed).

Years named in passing are no evidence of their own: the latest past one was the
publication year in only one text in ten to four of TimeBank, AQUAINT and the Spanish
TimeBank, so they only bound the year, and a text with nothing more is unknown.

A dateline dated in full ("ROME, March 4, 2024 -") gives the year and the day itself
(0.9, before the 0.9 of any day's precision): the wire's own date.

Within the year, a dateline ("BRUSSELS, Feb 24 (Reuters) -") gives the day; the
latest past event dated by a weekday is a lower bound on the publication day, and only
when the text also speaks of days relative to its own date ("earlier this week",
"yesterday", a bare "on Monday") is that day returned, since such wording places the
article within days of the event. Otherwise the month the text's dates name most (or
the year) is returned: a day is never guessed from a month.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import logging
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources

from annals.errors import ModelLoadError
from annals.models import PartialDate, PublicationDate
from annals.time.lexicons import get_lexicon
from annals.time.mentions import RawMention
from annals.time.patterns import SPAN_END_BEFORE, alternation
from annals.time.tagger import TimeTagger, split_sentences, tagger_for
from annals.time.tense import Tense

logger = logging.getLogger(__name__)

_EARLIEST_YEAR = 1990
#: Confidence of each kind of evidence for the year (see :func:`_year_from_weekdays`).
_WEEKDAY_AT_FLOOR = 0.8  # weekday-dated days agree with the latest year the text names
_WEEKDAY_AFTER_FLOOR = 0.55  # ... with the year after it
_NAMED_DAY = 0.55  # a day dated in full, weekday and year, in the latest year named
_ANNIVERSARY = 0.5  # a numbered anniversary of a well-known event
_WEEKDAY_LATEST = 0.3  # weekday-dated days, no year named: the latest agreeing year
_DATELINE_FULL = 0.9  # a dateline dated in full, year and all ("ROME, March 4, 2024 -")
_FLAGS = re.IGNORECASE | re.UNICODE


@dataclass(frozen=True, slots=True)
class ReferenceEvent:
    """A well-known event whose anniversaries date an article."""

    id: str
    date: dt.date
    cues: dict[str, tuple[re.Pattern[str], ...]]

    def matches(self, text: str, language: str) -> bool:
        groups = self.cues.get(language) or self.cues.get("en", ())
        return bool(groups) and all(group.search(text) for group in groups)


@functools.cache
def load_reference_events() -> tuple[ReferenceEvent, ...]:
    """The bundled table of reference events (read once)."""
    resource = resources.files("annals.time").joinpath("data/reference_events.json")
    try:
        raw = json.loads(resource.read_text(encoding="utf-8"))
        events = []
        for item in raw["events"]:
            cues = {
                lang: tuple(re.compile("|".join(group), _FLAGS) for group in groups)
                for lang, groups in item["cues"].items()
            }
            events.append(ReferenceEvent(item["id"], dt.date.fromisoformat(item["date"]), cues))
    except (OSError, ValueError, KeyError, TypeError, re.error) as error:
        raise ModelLoadError(
            f"annals/time/data/reference_events.json is unreadable ({error}); reinstall Annals "
            "or restore the file from the repository"
        ) from error
    return tuple(events)


@dataclass(frozen=True, slots=True)
class _Anniversary:
    date: dt.date
    tense: Tense


class DateInferrer:
    """Publication-date inference for one language; patterns compiled once."""

    def __init__(self, language: str) -> None:
        self.language = get_lexicon(language).language
        self.tagger: TimeTagger = tagger_for(language)  # shared: its scan serves tagging too
        lexicon = get_lexicon(language)
        ordinals = alternation(lexicon.ordinals)
        self._ordinals = {k.lower(): v for k, v in lexicon.ordinals.items()}
        self._anniversary = re.compile(
            rf"\b(?P<ord>{ordinals}|\d{{1,3}}(?:st|nd|rd|th|°|º|ème|e|er|\.)?)[\s-]+"
            rf"(?:[^\W\d]+\s+){{0,2}}?(?:{lexicon.anniversary_re})\b(?P<rest>[^.!?\n]{{0,160}})",
            _FLAGS,
        )
        self._events = load_reference_events()

    def infer(self, text: str, not_after: dt.date) -> PublicationDate:
        mentions = self.tagger.scan(text)
        dated = [m for m in mentions if m.type in ("DATE", "TIME")]
        anniversaries = self._anniversaries(text)
        year, confidence = self._year(text, dated, anniversaries, not_after)
        if year is None:
            return PublicationDate.unknown()
        date = self._within_year(year, dated, anniversaries, text)
        if date.first_day() > not_after:
            date = PartialDate(year) if year <= not_after.year else date
            if date.first_day() > not_after:
                return PublicationDate.unknown()
        if date.precision == "day":
            confidence *= 0.9
        logger.debug("inferred publication date %s (confidence %.2f)", date, confidence)
        return PublicationDate(date, "inferred", round(confidence, 2))

    # ------------------------------------------------------------------ evidence

    def _anniversaries(self, text: str) -> list[_Anniversary]:
        found: list[_Anniversary] = []
        for match in self._anniversary.finditer(text):
            number = self._ordinal(match["ord"])
            if number is None or not 1 <= number <= 200:
                continue
            for event in self._events:
                if event.matches(match["rest"], self.language):
                    year = event.date.year + number
                    day = min(event.date.day, 28) if event.date.month == 2 else event.date.day
                    sentence = _sentence_around(text, match.start())
                    found.append(
                        _Anniversary(
                            dt.date(year, event.date.month, day),
                            self.tagger.sentence_tense(sentence),
                        )
                    )
                    break
        return found

    def _ordinal(self, word: str) -> int | None:
        key = word.lower()
        if key in self._ordinals:
            return self._ordinals[key]
        digits = re.match(r"\d+", key)
        return int(digits.group()) if digits else None

    def _year(
        self,
        text: str,
        dated: Sequence[RawMention],
        anniversaries: Sequence[_Anniversary],
        not_after: dt.date,
    ) -> tuple[int | None, float]:
        """The publication year and the confidence the evidence gives it; (None, 0.0)
        when the evidence cannot support a year (see the module's docstring)."""
        full = _dateline_year(dated, text, not_after)
        if full is not None:  # "ROME, March 4, 2024 -": the wire's own date
            return full, _DATELINE_FULL
        floor = _latest_past_year(dated, text, not_after)
        pairs = [m for m in dated if m.kind == "weekday" and m.month and m.day]
        if pairs:
            year, confidence = _year_from_weekdays(pairs, floor, not_after)
            if year is not None:
                return year, confidence
        years = Counter(
            a.date.year
            for a in anniversaries
            if a.date.year <= not_after.year and (floor is None or a.date.year >= floor)
        )
        if years:
            return years.most_common(1)[0][0], _ANNIVERSARY
        if pairs and floor is None:
            # weekday-dated days in a text that names no year as a fact: the latest agreeing
            # year, not after a plan's or a span's end ("elections will be held in 2012"), a
            # guess for a text read soon after it was written (a live feed), said as one
            ceiling = _earliest_year_ahead(dated, text, not_after)
            year = _latest_agreeing_year(pairs, ceiling)
            if year is not None:
                return year, _WEEKDAY_LATEST
        # years named in passing only, or a weekday's year years after the last one named:
        # unknown (the latest past year was right in about one text in ten to four)
        return None, 0.0

    def _within_year(
        self,
        year: int,
        dated: Sequence[RawMention],
        anniversaries: Sequence[_Anniversary],
        text: str,
    ) -> PartialDate:
        dateline = _dateline_day(dated, text, year)
        if dateline is not None:
            return PartialDate.from_date(dateline)
        pairs = [
            m for m in dated if m.kind == "weekday" and m.month and m.day and m.year in (None, year)
        ]
        past_pairs = sorted(_date_of(m, year) for m in pairs if m.tense != "future")
        if past_pairs:
            latest = past_pairs[-1]
            if _speaks_relatively(dated):
                return PartialDate.from_date(latest)
            return PartialDate(latest.year, latest.month)
        month = _lead_month(dated, year)
        if month is not None:
            return PartialDate(year, month)
        months = [a.date.month for a in anniversaries if a.date.year == year]
        if months:
            return PartialDate(year, months[0])
        return PartialDate(year)


#: What stands before the date of a dateline on its line: a place in capitals and a comma,
#: perhaps a day of the week ("BRUSSELS, Feb 24 (Reuters) -", "KYIV, Monday 3 March –").
_DATELINE_BEFORE = re.compile(
    r"^\s*[A-ZÀ-Ý][A-ZÀ-Ý .'’/-]{1,40}(?:\([^)]{1,30}\))?,\s*(?:\w+,?\s+)?$"
)
_DATELINE_WITHIN = 600  # characters from the start where a dateline may stand


def _dateline_mentions(dated: Iterable[RawMention], text: str) -> Iterator[RawMention]:
    """The day-dated expressions that stand as a line's dateline ("BRUSSELS, Feb 24
    (Reuters) -"), near the text's start, in order."""
    for mention in dated:
        if mention.start > _DATELINE_WITHIN:
            return
        if mention.kind not in ("calendar", "weekday") or not (mention.month and mention.day):
            continue
        if mention.end_day or mention.end_month:
            continue
        line_start = text.rfind("\n", 0, mention.start) + 1
        if _DATELINE_BEFORE.match(text[line_start : mention.start]):
            yield mention


def _dateline_year(dated: Iterable[RawMention], text: str, not_after: dt.date) -> int | None:
    """The year of a dateline dated in full ("ROME, March 4, 2024 -", "KYIV, 4 March 2024
    —"), not after ``not_after``; None without one."""
    return next(
        (
            m.year
            for m in _dateline_mentions(dated, text)
            if m.year is not None and m.year <= not_after.year
        ),
        None,
    )


def _dateline_day(dated: Iterable[RawMention], text: str, year: int) -> dt.date | None:
    """The day a dateline gives ("BRUSSELS, Feb 24 (Reuters) - The European Union ..."):
    the publication day, in ``year``."""
    for mention in _dateline_mentions(dated, text):
        if mention.year not in (None, year):
            continue
        assert mention.month is not None and mention.day is not None
        try:
            return dt.date(year, mention.month, mention.day)
        except ValueError:
            return None
    return None


def _sentence_around(text: str, offset: int) -> str:
    for start, end in split_sentences(text):
        if start <= offset < end:
            return text[start:end]
    return text


def _date_of(mention: RawMention, year: int) -> dt.date:
    assert mention.month is not None and mention.day is not None
    return dt.date(mention.year or year, mention.month, mention.day)


def _weekday_matches(mention: RawMention, year: int) -> bool:
    assert mention.month is not None and mention.day is not None
    try:
        return dt.date(year, mention.month, mention.day).weekday() == mention.weekday
    except ValueError:
        return False


def _year_from_weekdays(
    pairs: Sequence[RawMention], floor: int | None, not_after: dt.date
) -> tuple[int | None, float]:
    """The year in which the weekday-dated days agree, and its confidence; (None, 0.0)
    when nothing in the text settles which of the agreeing years it is.

    A weekday and a date ("Monday (November 4)") agree about once in seven years, so the
    agreement alone leaves a year every five to eleven. ``floor``, the latest year the text
    names as a fact, settles it when the first agreeing year from it on is that year or the
    next: an article that names a year and dates its days by weekday is written in it or
    soon after. A later agreeing year is as likely a text that recounts older history
    (measured: wrong in most such texts), and with no year named at all the text could be
    from any of them; both are left unknown. A pair that names its own year ("Friday,
    Oct. 23, 1998") is a past date: it raises the floor, and with no other pair, a day so
    dated in the latest year the text names gives that year (0.55).
    """
    named = [
        p.year
        for p in pairs
        if p.year is not None and p.tense != "future" and _weekday_matches(p, p.year)
    ]
    if named:
        floor = max([*named, *([floor] if floor is not None else [])])
    yearless = [p for p in pairs if p.year is None]
    if not yearless:
        # "Lunedì 8 luglio 2024": a day dated in full in the latest year the text names
        return (floor, _NAMED_DAY) if named and max(named) == floor else (None, 0.0)
    low = floor if floor is not None else _EARLIEST_YEAR
    agreeing = _most_agreed_years(yearless, low, not_after)
    if not agreeing:
        return None, 0.0
    if floor is None or agreeing[0] - floor > 1:
        return None, 0.0
    return agreeing[0], _WEEKDAY_AT_FLOOR if agreeing[0] == floor else _WEEKDAY_AFTER_FLOOR


def _earliest_year_ahead(dated: Sequence[RawMention], text: str, not_after: dt.date) -> dt.date:
    """The last day the text can be from: ``not_after``, or the end of the earliest year a
    plan or a span's end names ("will be held in 2012", "aid until 2012")."""
    ahead = [
        m.year
        for m in dated
        if m.year is not None
        and m.year <= not_after.year
        and (m.tense == "future" or SPAN_END_BEFORE.search(text, max(0, m.start - 16), m.start))
    ]
    return dt.date(min(ahead), 12, 31) if ahead else not_after


def _latest_agreeing_year(pairs: Sequence[RawMention], not_after: dt.date) -> int | None:
    """The latest year, up to ``not_after``, in which the most yearless weekday-dated days
    agree ("Friday (March 14)": 2025 when read in 2026)."""
    yearless = [pair for pair in pairs if pair.year is None]
    agreeing = _most_agreed_years(yearless, _EARLIEST_YEAR, not_after)
    return agreeing[-1] if agreeing else None


def _most_agreed_years(pairs: Sequence[RawMention], low: int, not_after: dt.date) -> list[int]:
    """The years from ``low`` to ``not_after`` in which the most weekday-dated days agree,
    in order (none when no day agrees with any)."""
    votes: Counter[int] = Counter()
    for pair in pairs:
        for year in range(low, not_after.year + 1):
            if _weekday_matches(pair, year) and _date_of(pair, year) <= not_after:
                votes[year] += 1
    if not votes:
        return []
    best = max(votes.values())
    return sorted(year for year, count in votes.items() if count == best)


def _latest_past_year(dated: Sequence[RawMention], text: str, not_after: dt.date) -> int | None:
    """The latest year the text names as a fact, past or present ("was elected in 2010",
    "the 2011 revolution"): the article was written that year or later. Plans ("will be
    held in 2012") and the ends of spans ("aid through 2012") point ahead and are left out."""
    years = [
        m.year
        for m in dated
        if m.year is not None
        and m.tense != "future"
        and m.year <= not_after.year
        and not SPAN_END_BEFORE.search(text, max(0, m.start - 16), m.start)
    ]
    return max(years) if years else None


def _lead_month(dated: Iterable[RawMention], year: int) -> int | None:
    """The month that the text's dates in ``year`` (or without a year) name most.

    Dates of plans are left out; a tie goes to the month named first.
    """
    counts: Counter[int] = Counter()
    order: list[int] = []
    for mention in dated:
        if (
            mention.kind == "calendar"
            and mention.month
            and mention.year in (None, year)
            and mention.suffix is None
            and mention.tense != "future"
        ):
            if mention.month not in counts:
                order.append(mention.month)
            counts[mention.month] += 1
    if not order:
        return None
    return max(order, key=lambda month: (counts[month], -order.index(month)))


def _speaks_relatively(dated: Iterable[RawMention]) -> bool:
    """Does the text date things relative to its own day ("yesterday", "this week", "Monday")?"""
    for mention in dated:
        if mention.kind == "weekday" and mention.day is None:
            return True
        if (
            mention.kind == "relative"
            and not mention.anaphoric
            and mention.unit in ("D", "W")
            and mention.offset is not None
            and -7 <= mention.offset <= 0
        ):
            return True
    return False


@functools.cache
def _inferrer(language: str) -> DateInferrer:
    return DateInferrer(language)


def infer_publication_date(
    text: str, language: str, *, not_after: dt.date | None = None
) -> PublicationDate:
    """The publication date implied by the dates in ``text`` (basis "inferred").

    ``not_after`` is the latest possible date (default: today); an article
    cannot be published after it. Returns :meth:`PublicationDate.unknown` when
    nothing in the text anchors a date.
    """
    return _inferrer(get_lexicon(language).language).infer(text, not_after or dt.date.today())
