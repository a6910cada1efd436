"""Names from a NER trained by ``annals train ner`` merged into a PyPI pipeline's entities.

The small PyPI pipelines of English and French keep their parse, tags and fine
entity labels (GPE, NORP, DATE, MONEY, ...), which the event coder reads, but
their person/organisation/place names are weak on general text: ``en_core_web_sm``
calls many people ORG and follows OntoNotes spans ("the European Union"). The
component ``annals_ner_merge`` runs the packaged NER of the language (PER, ORG, LOC)
on the same tokens and merges the two sets of spans (:func:`merge_names`):

* a span both find keeps the pipeline's fine label when their classes agree
  (GPE stays GPE), else takes the trained class (PER → PERSON, ORG, LOC);
* a trained name that overlaps pipeline names with other boundaries replaces them;
* a name only the trained model finds is added;
* a name only the pipeline finds is kept;
* the pipeline's other entities (DATE, MONEY, CARDINAL, NORP, ...) are kept, and a
  trained name that overlaps one is dropped ("Ukrainian" is NORP, never a person),
  except French MISC, which an overlapping trained name replaces;
* a trained name of stop words and punctuation only ("L'", "C'") is ignored.

The policy follows the errors on the training side of WikiNEuRal (the sentences that
pick the checkpoint, never the held-out ones): where both models find a name with
other boundaries or another class, the trained model is right three to eight times
as often. Names only the pipeline finds are mostly wrong there too (Wikipedia titles,
ships, albums), but dropping them lost actors on English news (events benchmarks), so
they stay. A pipeline NER that finds nothing but names (French) is removed instead
(:func:`names_only`): the trained model alone is better there.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import Any, Literal

#: The pipeline labels of person, organisation and place names (both label sets).
NAME_LABELS: frozenset[str] = frozenset({"PERSON", "PER", "ORG", "GPE", "LOC", "FAC"})

#: The class of each name label: what the merge compares.
_CLASS: dict[str, str] = {
    "PERSON": "PER",
    "PER": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
}

#: Trained labels as pipeline labels (the linker refines LOC to GPE for places it knows).
_TRAINED_LABELS: dict[str, str] = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}

#: Other pipeline labels that an overlapping trained name replaces: French MISC
#: ("Conférence de Munich", "Alliés"). NORP, DATE, MONEY, ... stay ("Ukrainian" is NORP,
#: where the trained model, which never learnt demonyms, may guess a person or a place).
_OVERRIDDEN: frozenset[str] = frozenset({"MISC"})

Source = Literal["pipeline", "trained"]

#: The registered name of the component.
COMPONENT = "annals_ner_merge"


@dataclass(frozen=True, slots=True)
class NameSpan:
    """An entity over tokens ``[start, end)`` with its label and where it came from."""

    start: int
    end: int
    label: str
    source: Source = "pipeline"

    def overlaps(self, other: NameSpan) -> bool:
        return self.start < other.end and other.start < self.end


def merge_names(pipeline: Sequence[NameSpan], trained: Sequence[NameSpan]) -> list[NameSpan]:
    """The merged entities of one text, sorted and without overlaps (policy: module doc).

    ``pipeline`` holds the PyPI pipeline's entities (any labels), ``trained`` the
    trained NER's (PER, ORG, LOC); neither may overlap itself, as in a spaCy ``Doc``.
    """
    merged: list[NameSpan] = []
    kept = [s for s in pipeline if s.label not in NAME_LABELS and s.label not in _OVERRIDDEN]
    for name in trained:
        label = _TRAINED_LABELS.get(name.label)
        if label is None or any(name.overlaps(other) for other in kept):
            continue
        same = next((s for s in pipeline if (s.start, s.end) == (name.start, name.end)), None)
        if same is not None and _CLASS.get(same.label) == name.label:
            merged.append(same)  # the fine label: GPE, FAC
        else:
            merged.append(NameSpan(name.start, name.end, label, "trained"))
    for span in pipeline:
        if not any(span.overlaps(name) for name in merged):
            merged.append(span)
    return sorted(merged, key=lambda span: span.start)


def names_only(labels: Iterable[str]) -> bool:
    """Does a pipeline NER with these labels find nothing but names (and French MISC)?

    Then the trained model replaces it rather than being merged in: on held-out
    WikiNEuRal fr the trained names alone score 0.885 F1 against 0.856 merged, and
    ``fr_core_news_sm``'s own NER cost as much time as the trained one (a quarter of the
    French parse). What merging kept were its names the trained model misses, mostly
    wrong (a title read as an organisation: "ministre des Affaires étrangères algérien").
    """
    return all(label in NAME_LABELS or label in _OVERRIDDEN for label in labels)


def doc_names(doc: Any, source: Source = "pipeline") -> list[NameSpan]:
    """The entities of a spaCy ``Doc`` as :class:`NameSpan` objects."""
    return [NameSpan(e.start, e.end, e.label_, source) for e in doc.ents]


class NerMerge:
    """The ``annals_ner_merge`` component: merges a trained NER's names into ``doc.ents``.

    ``trained`` is the packaged pipeline (tokenizer, ``tok2vec``, ``ner``); it runs on
    the tokens of the host pipeline's ``Doc``, so spans line up token for token.
    Merged spans from the trained model carry ``trained_id`` as their ``id_``.
    """

    def __init__(self, trained: Any, trained_id: str) -> None:
        self.trained = trained
        self.trained_id = trained_id

    def __call__(self, doc: Any) -> Any:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Any], batch_size: int = 64) -> Iterator[Any]:
        stream = iter(docs)
        while batch := list(islice(stream, batch_size)):
            copies = [self._copy(doc) for doc in batch]
            for doc, copy in zip(
                batch, self.trained.pipe(copies, batch_size=batch_size), strict=True
            ):
                self._merge(doc, copy)
                yield doc

    def _copy(self, doc: Any) -> Any:
        from spacy.tokens import Doc

        return Doc(
            self.trained.vocab,
            words=[token.text for token in doc],
            spaces=[bool(token.whitespace_) for token in doc],
        )

    def _merge(self, doc: Any, copy: Any) -> None:
        from spacy.tokens import Span

        trained = [name for name in doc_names(copy, "trained") if _has_a_word(doc, name)]
        merged = merge_names(doc_names(doc), trained)
        doc.set_ents(
            [
                Span(
                    doc,
                    span.start,
                    span.end,
                    label=span.label,
                    span_id=self.trained_id if span.source == "trained" else 0,
                )
                for span in merged
            ],
            default="outside",
        )


def _has_a_word(doc: Any, name: NameSpan) -> bool:
    """Does the span hold a token that is neither a stop word nor punctuation alone?"""
    return any(
        not token.is_stop and any(character.isalnum() for character in token.text)
        for token in doc[name.start : name.end]
    )
