"""Keep the article body; cut reader comments, related-article teasers and site notices.

Cleaning is line-based and conservative: a line goes only when it matches a marker of
the multilingual lexicons in ``markers.py`` as a whole (or, for notices, at its start),
or when it belongs to a block such a marker opens:

* ``reader-comments``: from a comments header ("Comments (3)", "Commenti", "Kommentare")
  that follows some article text, to the end;
* ``related-links``: a "related articles" / "read also" header, a title-like line right
  before it, and the teaser headlines (each with at most one snippet line) after it.
  Teasers are followed up to the end of the article only when nothing article-like comes
  after them; in the middle of an article only the header and bare headlines go;
* ``boilerplate``: correction, contact, subscription, follow, share, click-here,
  copyright and advertising notices.

A paragraph that merely mentions "comment" or "correction" does not match any marker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from annals.ingest.markers import LineRules, line_rules
from annals.models import CleanText, RemovalReason, RemovedSpan

LineKind = Literal[
    "blank", "comments", "related", "related-inline", "boilerplate", "headline", "paragraph"
]

# Longest line that can be a comments or related-articles header.
_MAX_HEADER_CHARS = 80
# Longest line that can be a notice or an inline "Read also: ..." teaser.
_MAX_NOTICE_CHARS = 250
# Longest line that can be a headline (a title-like line).
_MAX_HEADLINE_CHARS = 120
_MAX_HEADLINE_WORDS = 18
# Longest teaser snippet under a headline in a related-articles block.
_MAX_SNIPPET_CHARS = 400
_CLOSERS = "\"'”’»)]"
_NOT_HEADLINE_END = ".,;:!…"
_BLANK_RUNS = re.compile(r"\n{3,}")
# Snippets a teaser block needs to run to the end of the text without a closing notice.
_MIN_OPEN_SNIPPETS = 2
_NON_TAIL_KINDS = frozenset({"headline", "paragraph"})
# Title-like lines in a row that make a list of other articles at the end of a page.
_MIN_TAIL_HEADLINES = 5
# What a headline may open with besides a capital: a digit, a quotation mark, a bracket.
_OPENERS = frozenset("0123456789\"'«“‘¿¡(")
# A sentence at least this long after such a list is the article going on.
_MIN_PROSE_CHARS = 80
# A bulleted or numbered list item ("- 155mm shells", "2) HIMARS"): the article's own list.
_LIST_ITEM = re.compile(r"^(?:[-–—•*·▪►]|\d{1,2}[.)])\s")
# Most lines of promoted headlines and snippets between a notice and a closing block.
_MAX_PROMOTED_LINES = 4


@dataclass(frozen=True, slots=True)
class _Line:
    start: int  # offset of the first character of the line in the input
    end: int  # offset just past its content (before the line break)
    stop: int  # offset just past its line break
    content: str  # the line with white space collapsed


def clean_text(text: str, language: str | None = None) -> CleanText:
    """The article body of ``text`` with comments, teasers and notices cut out.

    ``language`` (an ISO 639-1 code) narrows the marker lexicons to that language and
    English; without it, every bundled language's markers apply. Offsets of the returned
    ``RemovedSpan``s refer to ``text`` as given.
    """
    rules = line_rules(language)
    lines = _split_lines(text)
    kinds = [_classify(line.content, rules) for line in lines]
    marks: list[RemovalReason | None] = [None] * len(lines)
    limit = _comments_start(kinds)
    for index in range(limit, len(lines)):
        marks[index] = "reader-comments"
    for index, kind in enumerate(kinds[:limit]):
        if kind == "boilerplate":
            marks[index] = "boilerplate"
        elif kind == "related-inline":
            marks[index] = "related-links"
    for index, kind in enumerate(kinds[:limit]):
        if kind == "related":
            _mark_related_block(kinds, lines, marks, index, limit)
    _mark_headline_tail(kinds, lines, marks, limit)
    removed = _spans(text, lines, kinds, marks)
    kept = "".join(
        text[line.start : line.end].rstrip() + "\n"
        for line, mark in zip(lines, marks, strict=True)
        if mark is None
    )
    return CleanText(text=_BLANK_RUNS.sub("\n\n", kept).strip(), removed=removed)


def _split_lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    position = 0
    for match in re.finditer(r"\r\n|\r|\n", text):
        lines.append(_line(text, position, match.start(), match.end()))
        position = match.end()
    if position < len(text):
        lines.append(_line(text, position, len(text), len(text)))
    return lines


def _line(text: str, start: int, end: int, stop: int) -> _Line:
    return _Line(start, end, stop, " ".join(text[start:end].split()))


def _classify(content: str, rules: LineRules) -> LineKind:
    if not content:
        return "blank"
    length = len(content)
    if length <= _MAX_HEADER_CHARS:
        if rules.comments.fullmatch(content):
            return "comments"
        if rules.related.fullmatch(content):
            return "related"
    if length <= _MAX_NOTICE_CHARS:
        if rules.related_inline.match(content):
            return "related-inline"
        if rules.boilerplate.match(content):
            return "boilerplate"
    return "headline" if _is_headline(content) else "paragraph"


def _is_headline(content: str) -> bool:
    """A title-like line: short, with letters, not ending as a sentence does."""
    if len(content) > _MAX_HEADLINE_CHARS or len(content.split()) > _MAX_HEADLINE_WORDS:
        return False
    if not any(char.isalpha() for char in content):
        return False
    return not content.rstrip(_CLOSERS).endswith(tuple(_NOT_HEADLINE_END))


def _comments_start(kinds: list[LineKind]) -> int:
    """Index of the first comments header that follows article text; len(kinds) if none."""
    seen_text = False
    for index, kind in enumerate(kinds):
        if kind == "comments" and seen_text:
            return index
        seen_text = seen_text or kind == "paragraph"
    return len(kinds)


def _mark_related_block(
    kinds: list[LineKind],
    lines: list[_Line],
    marks: list[RemovalReason | None],
    index: int,
    limit: int,
) -> None:
    """Mark a related-articles header at ``index`` and the teasers that belong to it."""
    marks[index] = "related-links"
    end, snippets = _greedy_teasers(kinds, lines, index, limit)
    runs_to_end = all(kind not in _NON_TAIL_KINDS for kind in kinds[end + 1 : limit])
    # A paragraph under a teaser headline is only taken for a snippet when the block is
    # closed by a notice or comments, or has several snippets: a lone one at the very end
    # may be the article's last paragraph.
    closed = any(kind != "blank" for kind in kinds[end + 1 :])
    if runs_to_end and (closed or snippets == 0 or snippets >= _MIN_OPEN_SNIPPETS):
        # The teasers run to the end of the article: take them all, and a title-like
        # line right before the header (often the first teaser, repeated).
        for teaser in range(index + 1, end + 1):
            if kinds[teaser] != "blank":
                marks[teaser] = "related-links"
        before = index - 1
        if before >= 0 and kinds[before] == "headline" and marks[before] is None:
            marks[before] = "related-links"
        _mark_teasers_after_notice(kinds, lines, marks, index - 1)
        return
    # In the middle of an article: only bare headlines, never a line heading a paragraph.
    for teaser in range(index + 1, limit):
        if kinds[teaser] == "blank":
            continue
        follower = teaser + 1
        heads_paragraph = follower < limit and kinds[follower] == "paragraph"
        if kinds[teaser] != "headline" or heads_paragraph:
            break
        marks[teaser] = "related-links"


def _mark_headline_tail(
    kinds: list[LineKind],
    lines: list[_Line],
    marks: list[RemovalReason | None],
    limit: int,
) -> None:
    """Mark lists of other articles' headlines without a header: at least
    ``_MIN_TAIL_HEADLINES`` title-like lines in a row after the article's text, where what
    follows is shorter than the list. Where nothing but short lines follows, those go too.
    A list the text introduces (a line ending in ":") or whose items are bulleted or
    numbered stays: it is the article's own."""
    for run in _headline_runs(kinds, lines, marks, limit):
        previous = _previous_nonblank(kinds, run[0])
        if previous is not None and lines[previous].content.endswith(":"):
            continue
        prose = sum(
            len(lines[index].content)
            for index in range(run[-1] + 1, limit)
            if kinds[index] == "paragraph"
            and marks[index] is None
            and len(lines[index].content) >= _MIN_PROSE_CHARS
        )
        listed = sum(len(lines[index].content) for index in run)
        if prose >= listed:
            # the article goes on after the list: its own headlines, perhaps (a live
            # report's entries), kept
            continue
        chosen = run if prose else [i for i in range(run[0], limit) if kinds[i] != "blank"]
        for index in chosen:
            if marks[index] is None:
                marks[index] = "related-links"


def _headline_runs(
    kinds: list[LineKind],
    lines: list[_Line],
    marks: list[RemovalReason | None],
    limit: int,
) -> list[list[int]]:
    """The runs of ``_MIN_TAIL_HEADLINES`` or more listed headlines (blank lines between
    them allowed) that come after some article text."""
    runs: list[list[int]] = []
    current: list[int] = []
    seen_text = False
    for index in range(limit):
        kind = kinds[index]
        if kind == "blank":
            continue
        following = _next_nonblank(kinds, index)
        goes_on = following is not None and lines[following].content[:1].islower()
        if (
            marks[index] is None
            and not goes_on  # a line wrapped mid-sentence, not a headline
            and _listed_headline(kind, lines[index].content)
        ):
            current.append(index)
            continue
        if len(current) >= _MIN_TAIL_HEADLINES and seen_text:
            runs.append(current)
        current = []
        seen_text = seen_text or kind == "paragraph"
    if len(current) >= _MIN_TAIL_HEADLINES and seen_text:
        runs.append(current)
    return runs


def _listed_headline(kind: LineKind, content: str) -> bool:
    """A title-like line of a list of other articles: a headline, or a teaser cut short
    ("Hamas e Israele hanno paura..."); not a bulleted or numbered item."""
    if _LIST_ITEM.match(content) or not (content[:1].isupper() or content[:1] in _OPENERS):
        return False
    if kind == "headline":
        return True
    return (
        kind == "paragraph"
        and len(content) <= _MAX_HEADLINE_CHARS
        and (content.endswith("...") or content.endswith("…"))
    )


def _previous_nonblank(kinds: list[LineKind], index: int) -> int | None:
    """The last non-blank line before ``index``, or None."""
    for previous in range(index - 1, -1, -1):
        if kinds[previous] != "blank":
            return previous
    return None


def _mark_teasers_after_notice(
    kinds: list[LineKind],
    lines: list[_Line],
    marks: list[RemovalReason | None],
    index: int,
) -> None:
    """Mark the teasers between a notice and a closing related block ending at ``index``.

    A newsletter or follow notice, then a promoted headline or two (each with at most one
    snippet line), then a "most read" block that runs to the end: the article ended at
    the notice, and the promotions between are page furniture, not the article's last
    paragraphs.
    """
    teasers: list[int] = []
    line = index
    while line >= 0 and marks[line] == "related-links":
        line -= 1
    while line >= 0 and marks[line] is None:
        kind = kinds[line]
        if kind == "paragraph":
            heads = line > 0 and kinds[line - 1] == "headline"
            if not heads or len(lines[line].content) > _MAX_SNIPPET_CHARS:
                return
        elif kind != "headline" and kind != "blank":
            return
        if kind != "blank":
            teasers.append(line)
        line -= 1
    if line < 0 or marks[line] != "boilerplate" or len(teasers) > _MAX_PROMOTED_LINES:
        return
    for teaser in teasers:
        marks[teaser] = "related-links"


def _greedy_teasers(
    kinds: list[LineKind], lines: list[_Line], index: int, limit: int
) -> tuple[int, int]:
    """Index of the last teaser line after the header at ``index``, and the snippet count."""
    end = index
    snippets = 0
    previous: LineKind = "related"
    for teaser in range(index + 1, limit):
        kind = kinds[teaser]
        if kind == "blank":
            continue
        if kind == "related":
            # A second header ("Most read", then "Top stories"): the block goes on.
            end = teaser
            previous = kind
            continue
        is_snippet = (
            kind == "paragraph"
            and previous == "headline"
            and len(lines[teaser].content) <= _MAX_SNIPPET_CHARS
        )
        if kind != "headline" and not is_snippet:
            break
        end = teaser
        snippets += is_snippet
        previous = "paragraph" if is_snippet else kind
    return end, snippets


def _spans(
    text: str,
    lines: list[_Line],
    kinds: list[LineKind],
    marks: list[RemovalReason | None],
) -> tuple[RemovedSpan, ...]:
    """One span per run of lines with the same reason (blank lines inside a run join it)."""
    spans: list[RemovedSpan] = []
    first: int | None = None
    last = 0
    for index, mark in enumerate([*marks, None]):
        if index < len(lines) and kinds[index] == "blank" and first is not None:
            following = _next_nonblank(kinds, index)
            if following is not None and marks[following] == marks[first]:
                marks[index] = marks[first]
                continue
        if first is not None and mark == marks[first]:
            last = index
            continue
        if first is not None:
            reason = marks[first]
            assert reason is not None
            start, end = lines[first].start, lines[last].end
            spans.append(RemovedSpan(start, end, reason, text[start:end]))
            first = None
        if mark is not None:
            first = last = index
    return tuple(spans)


def _next_nonblank(kinds: list[LineKind], index: int) -> int | None:
    """The next non-blank line after ``index``, or None."""
    for following in range(index + 1, len(kinds)):
        if kinds[following] != "blank":
            return following
    return None
