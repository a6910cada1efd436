"""Main text and metadata of an HTML page, with trafilatura (never fetching anything)."""

from __future__ import annotations

import datetime as dt
import logging
import re
from html.parser import HTMLParser

import trafilatura

from annals.errors import InputError
from annals.models import PartialDate, RawDocument

logger = logging.getLogger(__name__)

# Only the page's own metadata and URL are used for the date, not guesses from its text.
_DATE_PARAMS: dict[str, object] = {"extensive_search": False, "original_date": True}
_HTML_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})\b", re.IGNORECASE)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_BLANK_LINES = re.compile(r"\n\s*\n+")
_SPACES = re.compile(r"[ \t\u00a0]+")

_HIDDEN_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head", "title"})
_CHROME_TAGS = frozenset({"nav", "header", "footer", "aside", "form", "button", "select"})
_PARAGRAPH_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote"})
_BLOCK_TAGS = _PARAGRAPH_TAGS | frozenset(
    {"div", "section", "article", "main", "br", "tr", "td", "th", "dd", "dt", "pre", "figcaption"}
)


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a ``<meta>`` tag within its first 4 KB."""
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def extract_html(html: str, path: str) -> RawDocument:
    """Extract the article text, title, date, source, URL and language of one page.

    Raise ``InputError`` when the page holds no article text.
    """
    document: object = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_images=False,
        include_links=False,
        date_extraction_params=_DATE_PARAMS,
    )
    text = _text_of(document)
    if not text:
        logger.debug("%s: trafilatura found no main text; using the body's paragraphs", path)
        text = visible_text(html)
        document = document or _metadata_only(html)
    if not text:
        raise InputError(path, "no article text found in HTML; give the page with its body")
    published = _published(_attribute(document, "date"), path)
    return RawDocument(
        path=path,
        text=text,
        format="html",
        title=_attribute(document, "title"),
        url=_attribute(document, "url"),
        source=_attribute(document, "sitename") or _attribute(document, "hostname"),
        language=_page_language(html),
        published=published,
        published_basis="metadata" if published else "unknown",
    )


def visible_text(html: str) -> str:
    """The text of the ``<body>`` paragraphs (or of its visible blocks when it has none)."""
    collector = _BodyText()
    collector.feed(html)
    collector.close()
    return collector.text()


def _text_of(document: object) -> str:
    text = _attribute(document, "text") or ""
    return _BLANK_LINES.sub("\n", text).strip()


def _metadata_only(html: str) -> object:
    try:
        return trafilatura.extract_metadata(html, date_config=_DATE_PARAMS)
    except (ValueError, TypeError, AttributeError) as error:  # malformed markup
        logger.debug("no metadata: %s", error)
        return None


def _attribute(document: object, name: str) -> str | None:
    value = getattr(document, name, None)
    if not isinstance(value, str):
        return None
    return value.strip() or None


def _published(value: str | None, path: str) -> PartialDate | None:
    if not value:
        return None
    try:
        return PartialDate.parse(value[:10])
    except ValueError:
        try:
            return PartialDate.from_date(dt.datetime.fromisoformat(value).date())
        except ValueError:
            logger.warning("%s: ignoring the page's unreadable date %r", path, value)
            return None


def _page_language(html: str) -> str | None:
    match = _HTML_LANG.search(html[:4096])
    return match.group(1).lower() if match else None


class _BodyText(HTMLParser):
    """Collects visible body text, paragraph by paragraph, skipping scripts and page chrome."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._hidden = 0
        self._chrome = 0
        self._in_paragraph = 0
        self._paragraphs: list[str] = []
        self._blocks: list[str] = []
        self._current: list[str] = []
        self._block: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN_TAGS:
            self._hidden += 1
        elif tag in _CHROME_TAGS:
            self._chrome += 1
        if tag in _BLOCK_TAGS:
            self._flush_block()
        if tag in _PARAGRAPH_TAGS:
            self._flush_paragraph()
            self._in_paragraph += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN_TAGS:
            self._hidden = max(0, self._hidden - 1)
        elif tag in _CHROME_TAGS:
            self._chrome = max(0, self._chrome - 1)
        if tag in _PARAGRAPH_TAGS:
            self._flush_paragraph()
            self._in_paragraph = max(0, self._in_paragraph - 1)
        if tag in _BLOCK_TAGS:
            self._flush_block()

    def handle_data(self, data: str) -> None:
        if self._hidden or self._chrome:
            return
        self._block.append(data)
        if self._in_paragraph:
            self._current.append(data)

    def _flush_paragraph(self) -> None:
        line = _SPACES.sub(" ", " ".join("".join(self._current).split())).strip()
        if line:
            self._paragraphs.append(line)
        self._current = []

    def _flush_block(self) -> None:
        line = " ".join("".join(self._block).split())
        if line:
            self._blocks.append(line)
        self._block = []

    def text(self) -> str:
        self._flush_paragraph()
        self._flush_block()
        return "\n".join(self._paragraphs or self._blocks)
