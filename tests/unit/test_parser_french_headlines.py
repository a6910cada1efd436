"""French present-tense headlines whose verb fr_core_news_sm reads as a noun, an adjective
or an adverb ("La Russie bombarde Kiev": "bombarde" an adjective): the verb is given
back, with its subject and object (:mod:`annals.nlp.headlines`). Sentences written for
this test."""

from __future__ import annotations

import pytest
from event_helpers import analyse, names, one_of_type

from annals.models import ParsedText, PartialDate, Token
from annals.nlp.headlines import FrenchVerbs
from annals.nlp.parser import Parser
from annals.pipeline import Analyzer

PUBLISHED = PartialDate(2024, 5, 10)


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


def _token(parsed: ParsedText, text: str) -> Token:
    return next(t for t in parsed.tokens if t.text == text)


@pytest.mark.parametrize(
    ("headline", "verb", "lemma", "subject", "complement", "dep"),
    [
        ("La Russie bombarde Kiev", "bombarde", "bombarder", "Russie", "Kiev", "obj"),
        ("Les rebelles libèrent les otages", "libèrent", "libérer", "rebelles", "otages", "obj"),
        ("Berlin livre des chars à Kiev", "livre", "livrer", "Berlin", "chars", "obj"),
        ("L'armée israélienne frappe le Liban", "frappe", "frapper", "armée", "Liban", "obj"),
        ("L'agence parle d'au moins 70 morts", "parle", "parler", "agence", "morts", "obl"),
    ],
)
def test_a_headline_verb_read_as_another_word_is_given_back(
    parser: Parser, headline: str, verb: str, lemma: str, subject: str, complement: str, dep: str
) -> None:
    parsed = parser.parse(headline, "fr")
    found = _token(parsed, verb)
    assert (found.pos, found.dep, found.lemma) == ("VERB", "ROOT", lemma)
    assert "VerbForm=Fin" in found.morph
    assert (_token(parsed, subject).dep, _token(parsed, subject).head) == ("nsubj", found.index)
    assert (_token(parsed, complement).dep, _token(parsed, complement).head) == (
        dep,
        found.index,
    )
    # still a tree: every token reaches the verb
    for token in parsed.tokens:
        seen = {token.index}
        while parsed.tokens[token.index].head != token.index:
            token = parsed.tokens[token.head]
            assert token.index not in seen
            seen.add(token.index)
        assert token.index == found.index


@pytest.mark.parametrize(
    "headline",
    [
        "La face sombre du régime",  # "sombre" an adjective before a preposition
        "Crimes contre l'humanité en Syrie",  # "contre" a preposition
        "Nouvelle attaque contre Kiev",  # no subject before the noun
        "Manifestations massives au Caire",
        "Le ministre a signé l'accord",  # a verb already
    ],
)
def test_verbless_titles_and_parsed_sentences_are_left_alone(parser: Parser, headline: str) -> None:
    before = parser._pipeline("fr")(headline)  # spaCy's own reading
    parsed = parser.parse(headline, "fr")
    assert [t.pos for t in parsed.tokens] == [t.pos_ for t in before]


@pytest.mark.parametrize(
    ("word", "infinitive"),
    [
        ("survolent", "survoler"),
        ("bombarde", "bombarder"),
        ("libèrent", "libérer"),  # from the lemmatizer's table
        ("accueille", "accueillir"),
        ("démentie", None),  # a participle
        ("Bombarde", None),  # capitalised: a name or a sentence start
        ("sommet", None),  # no verb
    ],
)
def test_french_verbs_read_finite_forms(parser: Parser, word: str, infinitive: str | None) -> None:
    verbs = parser.pipeline_info("fr").verbs
    assert isinstance(verbs, FrenchVerbs)
    assert verbs.infinitive(word) == infinitive


@pytest.mark.parametrize(
    ("headline", "type_", "actors", "recipients"),
    [
        ("La Russie bombarde Kiev", "ASSAULT", ["Russia"], ["Kyiv"]),
        ("Paris expulse deux diplomates russes", "SANCTION", ["France"], ["Russia"]),
        (
            "Londres et Berlin convoquent l'ambassadeur égyptien",
            "ACCUSE",
            ["United Kingdom", "Germany"],
            ["Egypt"],
        ),
        # the recogniser's "Ligue arabe critique" ends before the verb
        ("La Ligue arabe critique les frappes sur la Libye", "ACCUSE", ["Arab League"], None),
    ],
)
def test_a_headline_with_its_verb_back_is_an_event(
    analyzer: Analyzer,
    headline: str,
    type_: str,
    actors: list[str],
    recipients: list[str] | None,
) -> None:
    text = headline + "\n\nLes réactions se multiplient dans la région."
    event = one_of_type(analyse(analyzer, text, "fr", PUBLISHED).events, type_)
    assert names(event.actors) == actors
    if recipients is not None:
        assert names(event.recipients) == recipients
