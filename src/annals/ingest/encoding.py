"""Turn the bytes of one input into text: BOMs, UTF-8, legacy code pages, binary detection.

The order of decisions:

1. a byte-order mark names the encoding (UTF-8, UTF-16, UTF-32);
2. NUL bytes mean UTF-16 without a BOM (when they sit at every other byte) or binary content;
3. strict UTF-8;
4. Windows-1252 when the result looks like Western European text (the most common legacy
   encoding of news pages in the languages Annals targets; detectors often mistake it for
   Windows-1250 on short texts);
5. charset-normalizer for any other legacy encoding (Windows-1251, ISO-8859-x, ...).

The text is returned with newlines normalised to ``\\n`` and Unicode normalised to NFC.
"""

from __future__ import annotations

import codecs
import logging
import re
import unicodedata

from charset_normalizer import from_bytes

from annals.errors import InputError

logger = logging.getLogger(__name__)

# UTF-32 marks first: the UTF-32-LE mark starts with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Control characters that plain text legitimately contains.
_TEXT_CONTROLS = frozenset("\t\n\r\f\v")
# Other control characters in a text: more than this many, making up more than this share,
# mean binary content (a stray DOS end-of-file mark or two is tolerated).
_MAX_CONTROL_COUNT = 2
_MAX_CONTROL_SHARE = 0.01
# Share of NUL bytes at odd (or even) offsets that marks BOM-less UTF-16 text.
_UTF16_NUL_SHARE = 0.4

# Characters other than ASCII that Western European text (en, it, fr, de, es, pt, nl, ...)
# written in Windows-1252 decodes to.
_WESTERN_LETTERS = frozenset("ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝßàáâãäåæçèéêëìíîïñòóôõöøùúûüýÿŒœŠšŽžŸ")
_WESTERN_SYMBOLS = frozenset("\u00a0“”‘’‚„–—…€«»°·§©®£¥¢¡¿ºª×÷±´•‹›™\u00ad")
# Above this share of non-ASCII letters, a "Western" reading is really another script.
_MAX_WESTERN_ACCENT_SHARE = 0.35

_LINE_BREAKS = re.compile(r"\r\n?")


def decode_bytes(data: bytes, path: str, hint: str | None = None) -> str:
    """Decode ``data`` (the content of ``path``) to NFC text with ``\\n`` newlines.

    ``hint`` is an encoding the input declares (an HTML ``<meta charset>``); it is tried
    after UTF-8 fails. Raise ``InputError`` for binary or undecodable content.
    """
    text = _decode(data, path, hint)
    if _too_many_controls(sum(1 for char in text if _is_stray_control(char)), len(text)):
        raise InputError(
            path,
            "binary content (too many control characters); give a text, HTML or JSON file",
        )
    text = "".join(char for char in text if not _is_stray_control(char))
    text = _LINE_BREAKS.sub("\n", text).replace("\f", "\n").replace("\v", "\n")
    return unicodedata.normalize("NFC", text)


def _decode(data: bytes, path: str, hint: str | None) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], encoding, path)
    if b"\x00" in data:
        utf16 = _bomless_utf16(data)
        if utf16 is None:
            raise InputError(
                path, "binary content (contains NUL bytes); give a text, HTML or JSON file"
            )
        return _strict(data, utf16, path)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    controls = sum(1 for byte in data if byte < 0x20 and chr(byte) not in _TEXT_CONTROLS)
    if _too_many_controls(controls, len(data)):
        raise InputError(
            path, "binary content (too many control bytes); give a text, HTML or JSON file"
        )
    if hint:
        decoded = _try_declared(data, hint)
        if decoded is not None:
            return decoded
    western = _western(data)
    if western is not None:
        logger.debug("%s: decoded as cp1252", path)
        return western
    return _detect(data, path)


def _strict(data: bytes, encoding: str, path: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise InputError(
            path,
            f"cannot decode the text as {encoding} (byte {error.start}); re-save the file as UTF-8",
        ) from error


def _bomless_utf16(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when NUL bytes sit at every other offset, else None."""
    if len(data) < 4 or len(data) % 2:
        return None
    pairs = len(data) // 2
    even_nuls = data[0::2].count(0)
    odd_nuls = data[1::2].count(0)
    if odd_nuls >= _UTF16_NUL_SHARE * pairs and even_nuls == 0:
        return "utf-16-le"
    if even_nuls >= _UTF16_NUL_SHARE * pairs and odd_nuls == 0:
        return "utf-16-be"
    return None


def _try_declared(data: bytes, hint: str) -> str | None:
    try:
        codecs.lookup(hint)
        return data.decode(hint)
    except (LookupError, UnicodeDecodeError):
        return None


def _western(data: bytes) -> str | None:
    """The Windows-1252 reading of ``data`` when it looks like Western European text."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = 0
    accented = 0
    for char in text:
        if char.isascii():
            letters += char.isalpha()
            continue
        if char in _WESTERN_LETTERS:
            letters += 1
            accented += 1
        elif char not in _WESTERN_SYMBOLS:
            return None
    if letters == 0 or accented / letters > _MAX_WESTERN_ACCENT_SHARE:
        return None
    return text


def _detect(data: bytes, path: str) -> str:
    best = from_bytes(data).best()
    if best is None:
        raise InputError(
            path,
            "cannot detect the text encoding (not UTF-8 nor a known legacy encoding); "
            "re-save the file as UTF-8",
        )
    logger.debug("%s: detected encoding %s", path, best.encoding)
    return _strict(data, best.encoding, path)


def _is_stray_control(char: str) -> bool:
    return char not in _TEXT_CONTROLS and unicodedata.category(char) == "Cc"


def _too_many_controls(count: int, total: int) -> bool:
    return count > _MAX_CONTROL_COUNT and count > _MAX_CONTROL_SHARE * total
