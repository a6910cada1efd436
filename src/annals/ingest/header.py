"""The optional header at the start of a text file: `` date YYYY-MM[-DD] (SOURCE) ``.

The article text follows the header on the same line::

     date 2024-11-05 (Example Wire) The minister said ...
    date 2022-10 Il ministro ha detto ...

The leading space, the source and the day are optional; ``date`` is case-insensitive
(a colon after it is accepted). Only the very start of the text is examined.
"""

from __future__ import annotations

import re

from annals.models import PartialDate

_HEADER = re.compile(
    r"""
    \A[ \t]*                                # optional leading space
    date:?[ \t]+                            # the keyword
    (?P<date>\d{4}-\d{1,2}(?:-\d{1,2})?)    # YYYY-MM or YYYY-MM-DD
    (?:[ \t]+\((?P<source>[^()\n]*)\))?     # optional (SOURCE)
    (?=\s|\Z)                               # the header ends at a space or line end
    \s*                                     # the separator before the body
    """,
    re.IGNORECASE | re.VERBOSE,
)


def split_header(text: str) -> tuple[PartialDate | None, str | None, str]:
    """Split ``text`` into (date, source, body); without a header, (None, None, text).

    Raise ``ValueError`` naming the value when the header's date is not a real date
    (``2024-13-45``); readers turn that into an ``InputError`` for the file.
    """
    match = _HEADER.match(text)
    if match is None:
        return None, None, text
    raw_date = match.group("date")
    year, month, *day = (int(part) for part in raw_date.split("-"))
    try:
        date = PartialDate(year, month, day[0] if day else None)
    except ValueError as error:
        raise ValueError(
            f"invalid date {raw_date!r} in the header: {error}; write it as YYYY-MM-DD or YYYY-MM"
        ) from error
    source = (match.group("source") or "").strip() or None
    return date, source, text[match.end() :]
