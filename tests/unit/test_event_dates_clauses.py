"""An event's date across the clauses of its sentence.

* A deadline is not the act's date: "agreed on Wednesday to spend 5% by 2035" dates the
  agreement on Wednesday.
* Verbs joined without a subject of their own share a time: "killed twelve and wounded
  sixty on Tuesday" dates the killing on Tuesday.
* A weekday takes the tense of its own clause, not of the clause after "and": "released
  them on Saturday and will free more next week" is last Saturday.

Hand-written sentences; the full analysis runs. Published on Friday 14 March 2025.
"""

from __future__ import annotations

from annals.models import Analysis, PartialDate, RawDocument
from annals.pipeline import Analyzer

PUBLISHED = PartialDate(2025, 3, 14)


def _analyse(analyzer: Analyzer, text: str) -> Analysis:
    return analyzer.analyze(RawDocument(path="t.txt", text=text, format="text"), "en", PUBLISHED)


def _dated(analysis: Analysis, event_type: str) -> list[tuple[str, str]]:
    return [(str(e.date), e.status) for e in analysis.events if e.type == event_type]


def test_a_deadline_is_not_the_date_of_the_agreement(analyzer: Analyzer) -> None:
    text = "NATO allies agreed to spend 5% of GDP on defence by 2035 at a summit on Wednesday."
    assert _dated(_analyse(analyzer, text), "AGREE") == [("2025-03-12", "occurred")]


def test_verbs_without_their_own_subject_share_a_time(analyzer: Analyzer) -> None:
    text = "A missile strike on Kharkiv killed twelve people and wounded sixty on Tuesday."
    assert ("2025-03-11", "occurred") in _dated(_analyse(analyzer, text), "ASSAULT")


def test_a_verb_with_its_own_subject_keeps_its_own_time(analyzer: Analyzer) -> None:
    text = "Russia shelled Kharkiv overnight, and Ukraine attacked a Russian depot on Tuesday."
    analysis = _analyse(analyzer, text)
    dates = {e.trigger: str(e.date) for e in analysis.events if e.type == "ASSAULT"}
    struck = [date for trigger, date in dates.items() if trigger.startswith("shelled")]
    assert struck and struck[0] != "2025-03-11", dates


def test_a_weekday_takes_the_tense_of_its_own_clause(analyzer: Analyzer) -> None:
    text = "Hamas released four hostages on Saturday and will free more next week."
    assert _dated(_analyse(analyzer, text), "RETREAT")[:1] == [("2025-03-08", "occurred")]


def test_a_german_perfect_of_an_inseparable_verb_is_past(analyzer: Analyzer) -> None:
    text = "Scholz hat am Montag in Berlin den polnischen Ministerpräsidenten Tusk empfangen."
    analysis = analyzer.analyze(
        RawDocument(path="t.txt", text=text, format="text"), "de", PUBLISHED
    )
    visits = [(str(e.date), e.status) for e in analysis.events if e.type == "CONSULT"]
    assert visits == [("2025-03-10", "occurred")]


def test_the_year_a_thing_is_for_is_not_the_date_of_the_act(analyzer: Analyzer) -> None:
    text = "Portugal announced 200 million euros in military aid for 2026 on Tuesday."
    dated = _dated(_analyse(analyzer, text), "AID")
    assert dated == [("2025-03-11", "occurred")]


def test_the_year_an_act_is_scheduled_for_dates_it(analyzer: Analyzer) -> None:
    text = "NATO's next summit is scheduled for 2026."
    analysis = _analyse(analyzer, text)
    summits = [e for e in analysis.events if e.type == "CONSULT"]
    assert summits and str(summits[0].date) == "2026"
