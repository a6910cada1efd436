"""The linker's view of a text: which words stand free in it (``DocumentView.has_free_word``),
the question behind "a capitalised word the text also writes in lowercase"."""

from __future__ import annotations

import re

import pytest

from annals.kb.candidates import DocumentView
from annals.models import ParsedText


def _view(text: str) -> DocumentView:
    parsed = ParsedText(
        language="it", text=text, sentences=(), tokens=(), entity_spans=(), has_parser=False
    )
    return DocumentView(parsed, [], [], None, None)  # type: ignore[arg-type]


def _by_regex(text: str, word: str) -> bool:
    """The definition: the word with no word character or hyphen on either side."""
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text) is not None


TEXT = (
    "Truffe informatiche in aumento. Le truffe via sms e le anti-frodi, le frodi-lampo; "
    "l'esplosione e dell'esplose. Città: città. U.S. e u.s. 2024 anno"
)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("truffe", True),  # lowercase elsewhere in the text
        ("informatiche", True),
        ("frodi", False),  # only after or before a hyphen
        ("anti", False),
        ("lampo", False),
        ("esplose", True),  # after an apostrophe: free
        ("esplosion", False),  # part of a longer word
        ("città", True),  # accented
        ("aumenti", False),
        ("u.s.", True),  # not a plain word: read by the expression itself
        ("2024", True),
    ],
)
def test_has_free_word_agrees_with_its_definition(word: str, expected: bool) -> None:
    view = _view(TEXT)
    assert view.has_free_word(word) is expected
    assert _by_regex(TEXT, word) is expected


def test_has_free_word_is_case_sensitive() -> None:
    view = _view("Truffe in aumento")
    assert not view.has_free_word("truffe")
    assert view.has_free_word("Truffe")
