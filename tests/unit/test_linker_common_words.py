"""A capitalised adverb or verb form opening a sentence is no name, even when the recogniser
tags it ("Stamattina il ministro…", "Deberíamos…", "Donnez…"); a name that is also a word
form stays where the text writes it capitalised inside a sentence too. Sentences written
for this test; the spans stand for what a recogniser tagged."""

from __future__ import annotations

import re

import pytest

from annals.kb.common_words import CommonWords, load_common_words
from annals.kb.knowledge_base import KnowledgeBase
from annals.kb.linker import EntityLinker
from annals.models import EntitySpan, EntityType, ParsedText, PartialDate, Sentence, Token

DAY = PartialDate(2013, 7, 4)


@pytest.fixture(scope="module")
def linker() -> EntityLinker:
    return EntityLinker(KnowledgeBase.load())


def _parse(text: str, language: str, spans: tuple[tuple[str, EntityType, int], ...]) -> ParsedText:
    """A ParsedText built by regex; each span is (surface, type, occurrence)."""
    tokens = tuple(
        Token(i, m.start(), m.end(), m.group(), m.group(), "", "", i, 0)
        for i, m in enumerate(re.finditer(r"\w+|[^\w\s]", text))
    )
    entity_spans = []
    for surface, kind, occurrence in spans:
        starts = [m.start() for m in re.finditer(re.escape(surface), text)]
        start = starts[occurrence]
        entity_spans.append(EntitySpan(start, start + len(surface), surface, kind, 0.8, "test"))
    sentence = Sentence(0, 0, len(text), 0, len(tokens))
    return ParsedText(language, text, (sentence,), tokens, tuple(entity_spans), False)


def _mentions(
    linker: EntityLinker, text: str, language: str, *spans: tuple[str, EntityType, int]
) -> list[tuple[str, int]]:
    result = linker.link(_parse(text, language, spans), DAY)
    return [(m.text, m.start) for m in result.mentions]


@pytest.mark.parametrize(
    ("language", "text", "word"),
    [
        ("it", "Stamattina il ministro ha incontrato i sindacati a Torino.", "Stamattina"),
        ("it", "La crisi continua. Ricordiamo che il governo è caduto in luglio.", "Ricordiamo"),
        (
            "it",
            "Il voto è rinviato. Contemporaneamente la piazza si riempie.",
            "Contemporaneamente",
        ),
        ("es", "Deberíamos pensar en las víctimas, dijo el portavoz.", "Deberíamos"),
        ("es", "Fundada en 1928, la organización tiene millones de miembros.", "Fundada"),
        ("fr", "« Donnez-nous du pain », criaient les manifestants.", "Donnez"),
        ("fr", "Le calme est revenu. Finalement, les blindés ont quitté la place.", "Finalement"),
    ],
)
def test_linker_common_words_opening_a_sentence_are_no_names(
    linker: EntityLinker, language: str, text: str, word: str
) -> None:
    mentions = _mentions(linker, text, language, (word, "PERSON", 0))
    assert word not in [surface for surface, _ in mentions]


def test_linker_common_words_after_a_spaced_dash(linker: EntityLinker) -> None:
    text = "ROMA – Stamattina il ministro ha parlato ai giornalisti."
    mentions = _mentions(linker, text, "it", ("Stamattina", "ORG", 0))
    assert "Stamattina" not in [surface for surface, _ in mentions]


def test_linker_common_words_a_name_that_is_no_common_word_stays(linker: EntityLinker) -> None:
    # "morsi" is an Italian verb form ("I bit") and a noun: no noun is a common word
    text = "La folla aspettava in piazza. Morsi ha parlato per un'ora alla televisione."
    assert ("Morsi", text.index("Morsi")) in _mentions(linker, text, "it", ("Morsi", "PERSON", 0))


def test_linker_common_words_a_word_form_named_inside_a_sentence_stays(
    linker: EntityLinker,
) -> None:
    # "posada" is a verb form ("posar"), and the surname of the man named in full before
    text = "El exiliado Luis Posada llegó a Miami. Posada dijo que no volverá."
    mentions = _mentions(linker, text, "es", ("Luis Posada", "PERSON", 0), ("Posada", "PERSON", 1))
    assert ("Posada", text.rindex("Posada")) in mentions


def test_linker_common_words_a_newspaper_named_inside_a_sentence_keeps_both(
    linker: EntityLinker,
) -> None:
    text = "Domani ha pubblicato i documenti. Lo scrive il quotidiano Domani nella sua inchiesta."
    mentions = _mentions(linker, text, "it", ("Domani", "ORG", 0), ("Domani", "ORG", 1))
    assert [surface for surface, _ in mentions] == ["Domani", "Domani"]


def test_linker_common_words_only_one_word_mentions(linker: EntityLinker) -> None:
    text = "Ricordiamo Insieme ha raccolto fondi per le vittime."
    mentions = _mentions(linker, text, "it", ("Ricordiamo Insieme", "ORG", 0))
    assert [surface for surface, _ in mentions] == ["Ricordiamo Insieme"]


def test_linker_common_words_a_known_name_is_never_common(linker: EntityLinker) -> None:
    # "misurata" is a past participle ("measured"), and a Libyan city
    text = "Misurata è stata bombardata di nuovo nella notte."
    mentions = _mentions(linker, text, "it", ("Misurata", "LOC", 0))
    assert [surface for surface, _ in mentions] == ["Misurata"]


@pytest.mark.parametrize(
    ("language", "word", "common"),
    [
        ("it", "Stamattina", True),  # an adverb
        ("it", "Dovrebbero", True),  # an auxiliary
        ("it", "Lasciando", True),  # a gerund
        ("it", "Arrivato", True),  # a past participle, though also an adjective
        ("it", "Curiosamente", True),
        ("it", "Morsi", False),  # a verb form, but a noun too
        ("it", "Draghi", False),
        ("it", "Conti", False),
        ("it", "Rossi", False),
        ("it", "Meloni", False),
        ("it", "Autostrade", False),
        ("it", "Avvenire", False),
        ("it", "Clemente", False),  # "-mente", but no adverb
        ("es", "Quieren", True),
        ("es", "Acompañada", True),
        ("es", "Rápidamente", True),  # an adverb by its ending
        ("es", "Machado", False),  # a masculine participle: surnames take that shape
        ("es", "Estrada", False),  # no verb form
        ("fr", "Citant", True),
        ("fr", "Attendre", True),
        ("fr", "Critiquée", True),
        ("fr", "René", False),
        ("fr", "Pierre", False),
        ("fr", "Parlement", False),  # "-ement", but a noun of the table
        ("de", "Möglicherweise", True),
        ("de", "Hinweise", False),
        ("en", "Yesterday", False),  # no list: nothing is common
    ],
)
def test_linker_common_words_lists(language: str, word: str, common: bool) -> None:
    assert (word in load_common_words(language)) is common


def test_linker_common_words_adverb_ending_needs_a_stem() -> None:
    words = CommonWords(frozenset({"presto"}), "mente", frozenset({"clemente"}))
    assert "Presto" in words
    assert "Raramente" in words
    assert "Clemente" not in words
    assert "Demente" not in words  # fewer than four letters before the ending


def test_linker_common_words_a_word_written_capitalised_twice_stays(linker: EntityLinker) -> None:
    # "rodez" is a verb form ("roder"), and a town named at the start of two lines
    text = "Rodez. Le maire a parlé hier.\nRodez accueille le festival en juillet."
    mentions = _mentions(linker, text, "fr", ("Rodez", "LOC", 0), ("Rodez", "LOC", 1))
    assert [surface for surface, _ in mentions] == ["Rodez", "Rodez"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Die Hisbollah feuerte nach Angaben der israelischen Armee Raketen ab.", "Angaben"),
        ("Laut Berichten des Senders wurden drei Menschen verletzt.", "Berichten"),
    ],
)
def test_linker_a_german_noun_heading_a_genitive_is_no_name(
    linker: EntityLinker, text: str, word: str
) -> None:
    """ "nach Angaben der Armee": a common noun between a preposition and a genitive
    article, which the German recogniser tags as a place."""
    mentions = _mentions(linker, text, "de", (word, "LOC", 0))
    assert word not in [surface for surface, _ in mentions]


def test_linker_a_german_name_after_a_preposition_stays(linker: EntityLinker) -> None:
    text = "Scholz reiste nach Vilnius und traf dort Soldaten der Bundeswehr."
    mentions = _mentions(linker, text, "de", ("Vilnius", "LOC", 0))
    assert "Vilnius" in [surface for surface, _ in mentions]
