"""English headlines whose verb en_core_web_sm tags as a plural noun ("Russia bombs Kyiv":
"bombs" a noun governing a direct object) or whose object it hangs from the verb as an
apposition: the verb and its object are given back (:mod:`annals.nlp.headlines`).
Sentences written for this test."""

from __future__ import annotations

import pytest
from event_helpers import analyse, names, one_of_type

from annals.models import ParsedText, PartialDate, Token
from annals.nlp.headlines import EnglishVerbs
from annals.nlp.parser import Parser
from annals.pipeline import Analyzer

PUBLISHED = PartialDate(2024, 3, 12)


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


def _token(parsed: ParsedText, text: str) -> Token:
    return next(t for t in parsed.tokens if t.text == text)


@pytest.mark.parametrize(
    ("headline", "verb", "lemma", "subject", "object_"),
    [
        ("Russia bombs Kyiv overnight", "bombs", "bomb", "Russia", "Kyiv"),
        ("Russia bombs Kyiv as allies weigh aid", "bombs", "bomb", "Russia", "Kyiv"),
        ("Turkey summons Dutch envoy", "summons", "summon", "Turkey", "envoy"),
    ],
)
def test_a_headline_verb_tagged_as_a_noun_is_given_back(
    parser: Parser, headline: str, verb: str, lemma: str, subject: str, object_: str
) -> None:
    before = parser._pipeline("en")(headline)
    assert [t.pos_ for t in before if t.text == verb] == ["NOUN"]  # spaCy's reading
    parsed = parser.parse(headline, "en")
    found = _token(parsed, verb)
    assert (found.pos, found.dep, found.lemma) == ("VERB", "ROOT", lemma)
    assert "VerbForm=Fin" in found.morph
    assert (_token(parsed, subject).dep, _token(parsed, subject).head) == ("nsubj", found.index)
    assert (_token(parsed, object_).dep, _token(parsed, object_).head) == ("dobj", found.index)


@pytest.mark.parametrize(
    "headline",
    [
        "US arms sales to Taiwan rise",  # "arms" a noun inside a noun phrase
        "Russia Bombs Kyiv",  # title case: all names, left to the recogniser
        "He averaged 2.1 steals in 300 games",  # "steals" a noun: no subject hangs from it
        "Tensions rise in the region",  # a verb already
    ],
)
def test_nouns_and_parsed_sentences_are_left_alone(parser: Parser, headline: str) -> None:
    before = parser._pipeline("en")(headline)  # spaCy's own reading
    parsed = parser.parse(headline, "en")
    assert [t.pos for t in parsed.tokens] == [t.pos_ for t in before]


@pytest.mark.parametrize(
    ("headline", "verb", "subject", "object_"),
    [
        # before a body paragraph the parser reads the headline as one noun phrase
        ("Turkey summons Dutch envoy\n\nReactions came quickly.", "summons", "Turkey", "envoy"),
        (
            "Russia bombs Kharkiv as talks stall\n\nReactions came quickly.",
            "bombs",
            "Russia",
            "Kharkiv",
        ),
    ],
)
def test_a_headline_read_as_one_noun_phrase_gets_its_verb(
    parser: Parser, headline: str, verb: str, subject: str, object_: str
) -> None:
    before = parser._pipeline("en")(headline)
    assert not [t for t in before if t.pos_ in ("VERB", "AUX") and t.text == verb]  # spaCy's
    parsed = parser.parse(headline, "en")
    found = _token(parsed, verb)
    assert (found.pos, found.dep) == ("VERB", "ROOT")
    assert (_token(parsed, subject).dep, _token(parsed, subject).head) == ("nsubj", found.index)
    assert (_token(parsed, object_).dep, _token(parsed, object_).head) == ("dobj", found.index)


@pytest.mark.parametrize(
    ("headline", "verb", "subject", "object_"),
    [
        (
            "Houthis attack cargo ship in Red Sea\n\nThe report follows.",
            "attack",
            "Houthis",
            "ship",
        ),
        ("Houthis attack cargo ship in Red Sea", "attack", "Houthis", "ship"),
    ],
)
def test_a_plural_and_a_bare_verb_opening_a_headline_get_their_verb(
    parser: Parser, headline: str, verb: str, subject: str, object_: str
) -> None:
    before = parser._pipeline("en")(headline)
    assert [t.pos_ for t in before if t.text == verb] == ["NOUN"]  # spaCy's reading
    parsed = parser.parse(headline, "en")
    found = _token(parsed, verb)
    assert (found.pos, found.dep, found.lemma) == ("VERB", "ROOT", verb)
    assert "Number=Plur" in found.morph
    assert (_token(parsed, subject).dep, _token(parsed, subject).head) == ("nsubj", found.index)
    assert (_token(parsed, object_).dep, _token(parsed, object_).head) == ("dobj", found.index)


@pytest.mark.parametrize(
    "headline",
    [
        "Ukraine aid package stalls in Congress",  # a singular: no subject of a bare verb
        "This time a bomb at an abortion clinic",  # a determiner, no plural name
    ],
)
def test_a_bare_verb_needs_a_plural_name_before_it(parser: Parser, headline: str) -> None:
    parsed = parser.parse(headline + "\n\nThe report follows.", "en")
    assert not [t for t in parsed.tokens if t.pos == "VERB" and t.text in ("aid", "time")]


def test_an_apposition_of_a_verb_is_its_object(parser: Parser) -> None:
    before = parser._pipeline("en")("Biden hosts Japanese prime minister at White House")
    assert [t.dep_ for t in before if t.text == "minister"] == ["appos"]  # spaCy's reading
    parsed = parser.parse("Biden hosts Japanese prime minister at White House", "en")
    minister = _token(parsed, "minister")
    assert (minister.dep, minister.head) == ("dobj", _token(parsed, "hosts").index)


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("bombs", "bomb"),
        ("launches", "launch"),
        ("denies", "deny"),
        ("summons", "summon"),
        ("press", None),  # no third person
        ("Bombs", None),  # capitalised: a name or a sentence start
        ("sales", None),  # no verb
    ],
)
def test_english_verbs_read_third_persons(parser: Parser, word: str, stem: str | None) -> None:
    verbs = parser.pipeline_info("en").verbs
    assert isinstance(verbs, EnglishVerbs)
    assert verbs.stem(word) == stem


@pytest.mark.parametrize(
    ("headline", "type_", "actors", "recipients"),
    [
        ("Russia bombs Kyiv as allies weigh aid", "ASSAULT", ["Russia"], ["Kyiv"]),
        ("Houthis attack cargo ship in Red Sea", "ASSAULT", ["Houthis"], []),
        ("Turkey summons Dutch ambassador", "ACCUSE", ["Türkiye"], ["Netherlands"]),
        # the office holder on the publication date, as the visitor
        ("Biden hosts Japanese prime minister", "CONSULT", ["Fumio Kishida"], ["Joe Biden"]),
    ],
)
def test_a_repaired_headline_is_an_event_with_its_participants(
    analyzer: Analyzer,
    headline: str,
    type_: str,
    actors: list[str],
    recipients: list[str],
) -> None:
    text = headline + "\n\nReactions came from across the region."
    event = one_of_type(analyse(analyzer, text, "en", PUBLISHED).events, type_)
    assert names(event.actors) == actors
    assert names(event.recipients) == recipients
