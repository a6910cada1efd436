"""The merge of a trained NER's names into a PyPI pipeline's entities (annals.nlp.entity_merge)."""

from __future__ import annotations

from itertools import pairwise

import pytest

from annals.nlp.entity_merge import NameSpan, merge_names


def _pipeline(*spans: tuple[int, int, str]) -> list[NameSpan]:
    return [NameSpan(start, end, label) for start, end, label in spans]


def _trained(*spans: tuple[int, int, str]) -> list[NameSpan]:
    return [NameSpan(start, end, label, "trained") for start, end, label in spans]


def _labels(spans: list[NameSpan]) -> list[tuple[int, int, str, str]]:
    return [(s.start, s.end, s.label, s.source) for s in spans]


def test_trained_class_fixes_a_person_the_pipeline_calls_an_organisation() -> None:
    # "Premier Ada Lovelock spoke in Dunmore": the pipeline took the premier for an ORG
    merged = merge_names(_pipeline((1, 3, "ORG"), (5, 6, "GPE")), _trained((1, 3, "PER")))
    assert _labels(merged)[0] == (1, 3, "PERSON", "trained")


def test_fine_label_stays_where_the_classes_agree() -> None:
    # "Talks in Vellmar": GPE and LOC are one class; the pipeline's finer label is kept
    merged = merge_names(_pipeline((2, 3, "GPE")), _trained((2, 3, "LOC")))
    assert _labels(merged) == [(2, 3, "GPE", "pipeline")]
    # a facility is a place as well
    merged = merge_names(_pipeline((0, 2, "FAC")), _trained((0, 2, "LOC")))
    assert _labels(merged) == [(0, 2, "FAC", "pipeline")]


def test_trained_boundaries_replace_overlapping_pipeline_names() -> None:
    # "the Northern Rail Board met": OntoNotes takes in "the"; the trained span does not
    merged = merge_names(_pipeline((0, 4, "ORG")), _trained((1, 4, "ORG")))
    assert _labels(merged) == [(1, 4, "ORG", "trained")]
    # one trained name over two pipeline pieces ("Port" GPE + "Alvar Harbour" ORG)
    merged = merge_names(_pipeline((3, 4, "GPE"), (4, 6, "ORG")), _trained((3, 6, "LOC")))
    assert _labels(merged) == [(3, 6, "LOC", "trained")]


def test_names_only_the_trained_model_finds_are_added() -> None:
    merged = merge_names(_pipeline((7, 8, "DATE")), _trained((0, 2, "PER"), (4, 5, "ORG")))
    assert _labels(merged) == [
        (0, 2, "PERSON", "trained"),
        (4, 5, "ORG", "trained"),
        (7, 8, "DATE", "pipeline"),
    ]


@pytest.mark.parametrize("label", ["DATE", "MONEY", "CARDINAL", "NORP", "MISC", "PERCENT"])
def test_other_entities_of_the_pipeline_are_kept(label: str) -> None:
    merged = merge_names(_pipeline((0, 2, "PERSON"), (5, 7, label)), _trained((0, 2, "PER")))
    assert (5, 7, label, "pipeline") in _labels(merged)


@pytest.mark.parametrize("label", ["NORP", "EVENT", "DATE"])
def test_other_entities_of_the_pipeline_block_an_overlapping_trained_name(label: str) -> None:
    # "Ukrainian" (NORP) is never a person, whatever the trained model guesses
    merged = merge_names(_pipeline((2, 3, label)), _trained((2, 3, "PER")))
    assert _labels(merged) == [(2, 3, label, "pipeline")]


def test_a_trained_name_replaces_an_overlapping_misc() -> None:
    # French MISC ("Conférence de Munich") is often an organisation or a place
    merged = merge_names(_pipeline((2, 5, "MISC")), _trained((2, 5, "ORG")))
    assert _labels(merged) == [(2, 5, "ORG", "trained")]


def test_merged_spans_are_sorted_and_never_overlap() -> None:
    pipeline = _pipeline((0, 1, "NORP"), (1, 3, "ORG"), (6, 8, "DATE"), (9, 10, "GPE"))
    trained = _trained((1, 4, "ORG"), (9, 10, "LOC"), (11, 13, "PER"))
    merged = merge_names(pipeline, trained)
    assert [s.start for s in merged] == sorted(s.start for s in merged)
    for left, right in pairwise(merged):
        assert left.end <= right.start


def test_names_only_the_pipeline_finds_are_kept() -> None:
    merged = merge_names(_pipeline((0, 1, "ORG"), (3, 5, "PERSON"), (6, 7, "CARDINAL")), [])
    assert _labels(merged) == [
        (0, 1, "ORG", "pipeline"),
        (3, 5, "PERSON", "pipeline"),
        (6, 7, "CARDINAL", "pipeline"),
    ]


def test_labels_the_trained_model_does_not_have_are_ignored() -> None:
    merged = merge_names(_pipeline((0, 1, "DATE")), _trained((2, 3, "MISC")))
    assert _labels(merged) == [(0, 1, "DATE", "pipeline")]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("language", "text", "person"),
    [
        (
            "en",
            "First Minister Ailsa McTavish opened the session in Glasgow on Monday.",
            "Ailsa McTavish",
        ),
        ("fr", "La ministre Amélie Durand-Vasseur a visité Lyon mardi.", "Amélie Durand-Vasseur"),
    ],
)
def test_parser_merges_the_packaged_names_into_the_pypi_pipeline(
    language: str, text: str, person: str
) -> None:
    from annals.nlp.parser import Parser, packaged_model_path

    if packaged_model_path(language) is None:
        pytest.skip(f"no packaged NER model for {language} (scripts/train_ner.sh {language})")
    parser = Parser(merge_languages=[language])
    parsed = parser.parse(text, language)
    info = parser.pipeline_info(language)
    assert info.merged_ner == f"annals-ner-{language}" and info.has_parser
    assert info.description.endswith(f"+ annals-ner-{language}")
    found = {(span.text, span.type) for span in parsed.entity_spans}
    assert (person, "PERSON") in found, found
    assert parsed.tokens[0].pos  # the PyPI pipeline's tags are still there
    alone = Parser(merge_languages=())
    assert alone.pipeline_info(language).merged_ner is None
    assert alone.pipeline_info(language).description == info.model


@pytest.mark.slow
def test_parser_merge_keeps_the_pipeline_nationalities() -> None:
    from annals.nlp.parser import Parser, packaged_model_path

    if packaged_model_path("en") is None:
        pytest.skip("no packaged NER model for en (scripts/train_ner.sh en)")
    text = "On Monday, 300 Scottish protesters marched in Glasgow, the broadcaster said."
    merged = Parser(merge_languages=["en"]).parse(text, "en").entity_spans
    assert ("Scottish", "NORP") in {(span.text, span.type) for span in merged}
    assert any(span.text == "Glasgow" and span.type in {"GPE", "LOC"} for span in merged)


@pytest.mark.parametrize(
    ("labels", "replaced"),
    [
        (("PER", "ORG", "LOC", "MISC"), True),  # fr_core_news_sm: names only
        (("PERSON", "ORG", "GPE", "NORP", "DATE", "MONEY"), False),  # en_core_web_sm
        ((), True),
    ],
)
def test_a_pipeline_ner_of_names_only_is_replaced_not_merged(
    labels: tuple[str, ...], replaced: bool
) -> None:
    from annals.nlp.entity_merge import names_only

    assert names_only(labels) is replaced


@pytest.mark.slow
def test_parser_runs_the_trained_french_ner_instead_of_spacys() -> None:
    from annals.nlp.parser import Parser, packaged_model_path

    if packaged_model_path("fr") is None:
        pytest.skip("no packaged NER model for fr (scripts/train_ner.sh fr)")
    parser = Parser(merge_languages=["fr"])
    # a participle that opens a sentence is no place, whatever spaCy's NER reads
    parsed = parser.parse(
        "Réunis à Genève, les délégués de Norvège ont signé mardi l'accord.", "fr"
    )
    assert "ner" not in parser._pipeline("fr").pipe_names
    assert parsed.has_parser
    spans = {span.text: span.origin for span in parsed.entity_spans}
    assert "Réunis" not in spans, spans
    assert spans.get("Genève") == "spacy:annals-ner-fr", spans
    # English keeps its pipeline NER: its dates, amounts and nationalities
    assert "ner" in Parser(merge_languages=["en"])._pipeline("en").pipe_names


def test_parser_refuses_to_merge_a_language_without_a_pypi_pipeline() -> None:
    from annals.errors import ConfigurationError
    from annals.nlp.parser import Parser

    with pytest.raises(ConfigurationError, match="choose among en, fr"):
        Parser(merge_languages=["de"])


@pytest.mark.slow
def test_parser_merge_ignores_trained_names_of_stop_words_only() -> None:
    import spacy

    from annals.nlp.entity_merge import NameSpan, NerMerge, _has_a_word

    doc = spacy.load("fr_core_news_sm").make_doc("L'Ukraine a signé.")
    assert not _has_a_word(doc, NameSpan(0, 1, "LOC", "trained"))
    assert _has_a_word(doc, NameSpan(0, 2, "LOC", "trained"))
    assert NerMerge is not None
