"""Quantities stated in a sentence: money, counts, ordinals, percentages, casualties, items.

``extract_attributes("Italy will send 8.2 billion euros", "en")`` gives
``EventAttributes(amount=8.2e9, currency="EUR")``. Numbers follow each
language's conventions: ``1,5 miliardi`` (it/fr/de/es: decimal comma,
``50.000`` thousands) and ``1,500`` / ``8.2`` (en). Number words are read in
all five languages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from annals.events.lexicon import PhraseSet, Spec, items, numbers
from annals.models import EventAttributes

_TOKEN = re.compile(
    r"(?P<ord>\d+(?:st|nd|rd|th|ème|eme|e|er|re|°|º|ª)(?![^\W\d_]))"
    r"|(?P<num>\d+(?:[.,\u00a0\u202f]\d{3})*(?:[.,]\d+)?)"
    r"|(?P<sym>US\$|[€$£¥₴₽%])"
    r"|(?P<word>[^\W\d_]+['’](?=[^\W\d_])|[^\W\d_]+(?:-[^\W\d_]+)*\.?)"
    r"|(?P<other>\S)"
)
_YEAR = re.compile(r"^(1[89]|20)\d\d$")
_CASUALTY_AUXILIARIES = frozenset(
    [
        "were",
        "was",
        "have",
        "has",
        "had",
        "been",
        "are",
        "is",
        "sono",
        "stati",
        "state",
        "è",
        "furono",
        "ont",
        "été",
        "sont",
        "wurden",
        "sind",
        "wurde",
        "han",
        "sido",
        "fueron",
        "son",
    ]
)


@dataclass(frozen=True, slots=True)
class _Tok:
    kind: str  # ord | num | sym | word | other
    text: str
    lower: str
    start: int
    glued: bool  # attached to a preceding letter or hyphen (F-16, MiG-29)


def _tokenize(text: str) -> list[_Tok]:
    tokens: list[_Tok] = []
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup or "other"
        value = match.group()
        start = match.start()
        before = text[start - 1] if start else " "
        glued = kind in {"num", "ord"} and (before.isalpha() or before == "-")
        lower = value.lower().rstrip(".") if kind == "word" and len(value) > 2 else value.lower()
        tokens.append(_Tok(kind, value, lower.replace("’", "'"), start, glued))
    return tokens


def parse_number(text: str, language: str) -> float | None:
    """Parse ``8.2``, ``1,500`` (en) or ``1,5`` / ``50.000`` (it, fr, de, es)."""
    value = re.sub(r"[\u00a0\u202f ]", "", text)
    if language == "en":
        if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", value):
            value = value.replace(",", "")
        else:
            value = value.replace(",", ".")
    elif "," in value:
        value = value.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(\.\d{3})+", value):
        value = value.replace(".", "")
    try:
        return float(value)
    except ValueError:
        return None


class AttributeExtractor:
    """Reads quantities from text; loads the number lexicons once."""

    def __init__(self) -> None:
        data = numbers()
        self._cardinals: dict[str, dict[str, int]] = data["cardinals"]
        self._ordinals: dict[str, dict[str, int]] = data["ordinals"]
        self._scales: dict[str, dict[str, float]] = data["scales"]
        self._symbols: dict[str, str] = data["currency_symbols"]
        self._currency_of: dict[str, str] = {
            word: code for code, words in data["currency_words"].items() for word in words
        }
        self._connectors = frozenset(data["currency_connectors"])
        self._qualifiers: dict[str, str] = data["dollar_qualifiers"]
        self._percent = {
            lang: PhraseSet.build(words) for lang, words in data["percent_words"].items()
        }
        self._units = {
            lang: Spec.parse("|".join(words)) for lang, words in data["unit_nouns"].items()
        }
        casualties = data["casualties"]
        self._casualty = {
            key: {lang: Spec.parse("|".join(words)) for lang, words in casualties[key].items()}
            for key in ("dead_after", "dead_before", "injured_after", "injured_before")
        }
        self._people = frozenset(casualties["people_nouns"])
        self._approx = frozenset(casualties["approx_words"])
        aliases = sorted(
            ((alias, name) for name, names in items() for alias in names),
            key=lambda pair: -len(pair[0]),
        )
        self._item_names = dict(aliases)
        self._item_pattern = re.compile(
            r"(?<![\w/-])(" + "|".join(re.escape(alias) for alias, _ in aliases) + r")(?![\w/-])"
        )

    # ------------------------------------------------------------------ public

    def extract(self, text: str, language: str) -> EventAttributes:
        lang = language if language in self._cardinals else "en"
        tokens = _tokenize(text)
        used: set[int] = set()
        amount, currency = self._money(tokens, lang, used)
        percent = self._percent_value(tokens, lang, used)
        ordinal = self._ordinal(tokens, lang, used)
        dead = self._casualties(tokens, lang, used, "dead")
        injured = self._casualties(tokens, lang, used, "injured")
        count = self._count(tokens, lang, used)
        return EventAttributes(
            amount=amount,
            currency=currency,
            count=count,
            ordinal=ordinal,
            percent=percent,
            items=self.items_in(text),
            dead=dead,
            injured=injured,
        )

    def items_in(self, text: str) -> tuple[str, ...]:
        found: list[str] = []
        for match in self._item_pattern.finditer(text):
            name = self._item_names[match.group(1)]
            if name not in found:
                found.append(name)
        return tuple(found)

    # ------------------------------------------------------------------ numbers

    def _cardinal(self, token: _Tok, lang: str) -> float | None:
        if token.glued:
            return None
        if token.kind == "num":
            return parse_number(token.text, lang)
        if token.kind == "word":
            table = self._cardinals[lang]
            if token.lower in table:
                return float(table[token.lower])
            parts = token.lower.split("-")
            if len(parts) == 2 and all(part in table for part in parts):
                return float(table[parts[0]] + table[parts[1]])
        return None

    def _scale_run(self, tokens: list[_Tok], index: int, lang: str) -> tuple[float, int]:
        """Product of the scale words starting at ``index`` and the index after them."""
        factor = 1.0
        scales = self._scales[lang]
        while index < len(tokens) and tokens[index].lower in scales:
            factor *= scales[tokens[index].lower]
            index += 1
        return factor, index

    # ------------------------------------------------------------------ money

    def _currency_word(self, tokens: list[_Tok], index: int) -> tuple[str | None, int]:
        """Currency named at ``index`` (after optional connectors) and the index after it."""
        position = index
        while position < len(tokens) and tokens[position].lower in self._connectors:
            position += 1
        if position >= len(tokens):
            return None, index
        token = tokens[position]
        code = self._symbols.get(token.lower) or self._currency_of.get(token.lower)
        if code is None:
            return None, index
        if code == "USD" and position + 1 < len(tokens):
            code = self._qualifiers.get(tokens[position + 1].lower, code)
        if code == "USD" and position > 0:
            code = self._qualifiers.get(tokens[position - 1].lower, code)
        return code, position + 1

    def _money(
        self, tokens: list[_Tok], lang: str, used: set[int]
    ) -> tuple[float | None, str | None]:
        found: list[tuple[float, str | None, range]] = []
        index = 0
        while index < len(tokens):
            token = tokens[index]
            prefix_code = self._symbols.get(token.lower) if token.kind == "sym" else None
            if prefix_code is None and token.kind == "word" and token.text.isupper():
                prefix_code = self._currency_of.get(token.lower)
            if prefix_code and index + 1 < len(tokens) and tokens[index + 1].kind == "num":
                value = parse_number(tokens[index + 1].text, lang)
                factor, end = self._scale_run(tokens, index + 2, lang)
                if value is not None:
                    found.append((round(value * factor, 2), prefix_code, range(index, end)))
                    index = end
                    continue
            if token.kind == "num" and not token.glued:
                value = parse_number(token.text, lang)
                factor, after_scale = self._scale_run(tokens, index + 1, lang)
                code, end = self._currency_word(tokens, after_scale)
                if value is not None and (
                    code or (factor >= 1e6 and not self._unit_follows(tokens, after_scale, lang))
                ):
                    found.append(
                        (round(value * factor, 2), code, range(index, max(end, after_scale)))
                    )
                    index = max(end, after_scale)
                    continue
            index += 1
        if not found:
            return None, None
        with_currency = [item for item in found if item[1]] or found
        amount, code, _span = max(with_currency, key=lambda item: item[0])
        for item in found:
            used.update(item[2])
        return amount, code

    def _unit_follows(self, tokens: list[_Tok], index: int, lang: str) -> bool:
        if index >= len(tokens):
            return False
        word = tokens[index].lower
        return word in self._people or self._units[lang].matches_word(word)

    # ------------------------------------------------------------------ the rest

    def _percent_value(self, tokens: list[_Tok], lang: str, used: set[int]) -> float | None:
        words = [token.lower for token in tokens]
        phrases = self._percent[lang]
        for index, token in enumerate(tokens):
            if index in used or token.kind != "num" or token.glued:
                continue
            if phrases.match_at(words, index + 1):
                used.add(index)
                return parse_number(token.text, lang)
        return None

    def _unit_within(self, tokens: list[_Tok], index: int, lang: str, window: int = 4) -> bool:
        units = self._units[lang]
        for position in range(index, min(index + window, len(tokens))):
            token = tokens[position]
            if token.kind != "word":
                return False
            if units.matches_word(token.lower):
                return True
        return False

    def _ordinal(self, tokens: list[_Tok], lang: str, used: set[int]) -> int | None:
        table = self._ordinals[lang]
        for index, token in enumerate(tokens):
            value: int | None = None
            after = index + 1
            if token.kind == "ord" and not token.glued:
                value = int(re.match(r"\d+", token.text).group())  # type: ignore[union-attr]
            elif token.kind == "word" and token.lower in table:
                value = table[token.lower]
            elif (
                lang == "de"
                and token.kind == "num"
                and after < len(tokens)
                and tokens[after].text == "."
            ):
                value, after = int(parse_number(token.text, lang) or 0) or None, after + 1
            if value is not None and self._unit_within(tokens, after, lang):
                used.add(index)
                return value
        return None

    def _count(self, tokens: list[_Tok], lang: str, used: set[int]) -> int | None:
        for index, token in enumerate(tokens):
            if index in used or (token.kind == "num" and _YEAR.match(token.text)):
                continue
            value = self._cardinal(token, lang)
            if value is None or value != int(value) or value < 1:
                continue
            if token.kind == "word" and value < 2:
                continue  # "a"/"un"/"una"/"one" is an article or a single item, not a count
            if self._unit_within(tokens, index + 1, lang, window=4):
                return int(value)
        return None

    def _casualties(self, tokens: list[_Tok], lang: str, used: set[int], kind: str) -> int | None:
        after_spec = self._casualty[f"{kind}_after"][lang]
        before_spec = self._casualty[f"{kind}_before"][lang]
        for index, token in enumerate(tokens):
            if index in used or (token.kind == "num" and _YEAR.match(token.text)):
                continue
            value = self._cardinal(token, lang)
            if value is None or value < 1:
                continue
            if self._casualty_after(tokens, index + 1, after_spec) or self._casualty_before(
                tokens, index - 1, before_spec
            ):
                used.add(index)
                return int(value)
        return None

    def _casualty_after(self, tokens: list[_Tok], index: int, spec: Spec) -> bool:
        for position in range(index, min(index + 4, len(tokens))):
            word = tokens[position].lower
            if spec.matches_word(word):
                return True
            if word not in self._people and word not in _CASUALTY_AUXILIARIES:
                return False
        return False

    def _casualty_before(self, tokens: list[_Tok], index: int, spec: Spec) -> bool:
        for position in range(index, max(index - 5, -1), -1):
            word = tokens[position].lower
            if spec.matches_word(word):
                return True
            if word not in self._approx:
                return False
        return False


@cache
def default_extractor() -> AttributeExtractor:
    """One shared extractor over the bundled, read-only lexicons."""
    return AttributeExtractor()


def extract_attributes(text: str, language: str) -> EventAttributes:
    """Money, counts, ordinals, percentages, casualties and named items in ``text``."""
    return default_extractor().extract(text, language)
