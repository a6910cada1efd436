"""Readers for token-per-line NER corpora (KIND TSV, WikiNEuRal CoNLL) and BIO helpers.

Two formats are read, detected line by line:

* KIND: ``token TAB tag``;
* WikiNEuRal: ``index TAB token TAB tag``.

Sentences are separated by blank lines; files may be gzip-compressed. Tags are
BIO (``B-PER``, ``I-LOC``, ``O``); a stray ``I-`` tag opens a new entity, as
conlleval does.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from annals.errors import ConfigurationError, InputError

#: Entity labels scored by the benchmark and learnt by the trained pipelines.
SCORED_LABELS: tuple[str, ...] = ("PER", "ORG", "LOC")

#: Any NER label (ours, spaCy's, the corpora's) to its scored label; absent labels are ignored.
_SCORED: dict[str, str] = {
    "PER": "PER",
    "PERSON": "PER",
    "ORG": "ORG",
    "LOC": "LOC",
    "GPE": "LOC",
    "FAC": "LOC",
}


@dataclass(frozen=True, slots=True)
class TaggedSentence:
    """One sentence of gold tokens and their BIO tags."""

    tokens: tuple[str, ...]
    tags: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TokenSpan:
    """An entity over tokens ``[start, end)`` with its label."""

    start: int
    end: int
    label: str


def scored_label(label: str) -> str | None:
    """The scored label (PER, ORG, LOC) of any NER label, or None when it is not scored."""
    return _SCORED.get(label.upper())


def _open_text(path: Path) -> IO[str]:
    if path.name.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8")
    return path.open("r", encoding="utf-8")


def parse_ner_lines(
    lines: Sequence[str] | Iterator[str], source: str = "<text>"
) -> list[TaggedSentence]:
    """Sentences from KIND (2 columns) or WikiNEuRal (3 columns, first an index) lines."""
    sentences: list[TaggedSentence] = []
    tokens: list[str] = []
    tags: list[str] = []
    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip("\n").rstrip("\r")
        if not line.strip():
            if tokens:
                sentences.append(TaggedSentence(tuple(tokens), tuple(tags)))
                tokens, tags = [], []
            continue
        if line.startswith("#"):
            continue
        columns = line.split("\t")
        if len(columns) == 3 and columns[0].isdigit():
            token, tag = columns[1], columns[2]
        elif len(columns) == 2:
            token, tag = columns
        else:
            raise InputError(
                source,
                f"line {number} has {len(columns)} tab-separated columns ({line[:60]!r}); "
                "expected `token TAB tag` (KIND) or `index TAB token TAB tag` (WikiNEuRal)",
            )
        tag = tag.strip() or "O"
        if tag != "O" and not tag.startswith(("B-", "I-")):
            raise InputError(source, f"line {number}: tag {tag!r} is not BIO (B-X, I-X or O)")
        if token.strip():
            tokens.append(token.strip())
            tags.append(tag)
    if tokens:
        sentences.append(TaggedSentence(tuple(tokens), tuple(tags)))
    return sentences


def read_ner_file(path: Path, limit: int | None = None) -> list[TaggedSentence]:
    """All sentences of a KIND or WikiNEuRal file (``.gz`` or plain), up to ``limit``."""
    if not path.is_file():
        raise ConfigurationError(
            f"NER data file {str(path)!r} does not exist; pass a KIND .tsv(.gz) or a "
            "WikiNEuRal .conllu(.gz) file"
        )
    with _open_text(path) as handle:
        sentences = parse_ner_lines(handle, source=str(path))
    if not sentences:
        raise InputError(str(path), "the file holds no tagged sentences")
    return sentences[:limit] if limit else sentences


def bio_spans(tags: Sequence[str]) -> list[TokenSpan]:
    """Entities of a BIO tag sequence, with their labels as written."""
    spans: list[TokenSpan] = []
    start: int | None = None
    label = ""
    for index, tag in enumerate((*tags, "O")):
        prefix, _, kind = tag.partition("-")
        continues = prefix == "I" and start is not None and kind == label
        if start is not None and not continues:
            spans.append(TokenSpan(start, index, label))
            start = None
        if prefix == "B" or (prefix == "I" and not continues):
            start, label = index, kind
    return spans


def split_holdout(
    sentences: Sequence[TaggedSentence], every: int = 10
) -> tuple[list[TaggedSentence], list[TaggedSentence]]:
    """Deterministic split: every ``every``-th sentence (1-based) is held out for dev."""
    if every < 2:
        raise ConfigurationError(f"split_holdout(every={every}) must be 2 or more")
    train = [s for index, s in enumerate(sentences, start=1) if index % every]
    dev = [s for index, s in enumerate(sentences, start=1) if not index % every]
    return train, dev


#: The 1-based sentence positions, modulo 10, of a WikiNEuRal split on which training
#: picks its checkpoint: neither trained on nor scored by the benchmark's ``--holdout``
#: (which scores positions 10, 20, 30, ...).
CHECKPOINT_REMAINDER = 5


def split_checkpoint(
    sentences: Sequence[TaggedSentence], every: int = 10, remainder: int = CHECKPOINT_REMAINDER
) -> tuple[list[TaggedSentence], list[TaggedSentence], list[TaggedSentence]]:
    """Training, checkpoint and held-out sentences, by 1-based position modulo ``every``.

    The held-out part is ``split_holdout``'s (every ``every``-th sentence: what the
    benchmark's ``--holdout`` scores); the checkpoint part (positions ``remainder``,
    ``remainder + every``, ...) chooses the best checkpoint while training, so that choice
    does not flatter the held-out figure; training gets the rest.
    """
    if not 0 < remainder < every:
        raise ConfigurationError(
            f"split_checkpoint(remainder={remainder}) must be between 1 and {every - 1}"
        )
    held_out = split_holdout(sentences, every)[1]
    train = [s for index, s in enumerate(sentences, start=1) if index % every not in (0, remainder)]
    checkpoint = [s for index, s in enumerate(sentences, start=1) if index % every == remainder]
    return train, checkpoint, held_out


def split_tail(
    sentences: Sequence[TaggedSentence], share: float
) -> tuple[list[TaggedSentence], list[TaggedSentence]]:
    """The first sentences and the last ``share`` of them (at least one), in order.

    For corpora whose sentences run article by article (KIND), a tail keeps
    whole articles apart (all but the one it cuts), where ``split_holdout``
    would put sentences of every article on both sides.
    """
    if not 0 < share < 1:
        raise ConfigurationError(f"split_tail(share={share}) must be between 0 and 1")
    cut = len(sentences) - max(1, round(len(sentences) * share))
    return list(sentences[:cut]), list(sentences[cut:])


def token_offsets(tokens: Sequence[str]) -> list[tuple[int, int]]:
    """Character offsets of each token in ``" ".join(tokens)``."""
    offsets: list[tuple[int, int]] = []
    position = 0
    for token in tokens:
        offsets.append((position, position + len(token)))
        position += len(token) + 1
    return offsets


def gold_spans(sentence: TaggedSentence) -> list[tuple[int, int, str]]:
    """Scored gold entities (PER, ORG, LOC) of a sentence as ``(start, end, label)``
    character spans of its space-joined tokens: what training places and scoring counts."""
    offsets = token_offsets(sentence.tokens)
    spans: list[tuple[int, int, str]] = []
    for span in bio_spans(sentence.tags):
        label = scored_label(span.label)
        if label is not None:
            spans.append((offsets[span.start][0], offsets[span.end - 1][1], label))
    return spans


def detect_ner_format(path: Path) -> str:
    """``wikineural`` (3 columns, the first an index) or ``kind`` (2 columns), from the data."""
    with _open_text(path) as handle:
        for line in handle:
            columns = line.rstrip("\n").split("\t")
            if len(columns) >= 2 and not line.startswith("#"):
                return "wikineural" if len(columns) == 3 and columns[0].isdigit() else "kind"
    raise InputError(str(path), "no tagged line found to tell KIND from WikiNEuRal format")
