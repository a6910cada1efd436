"""A line break ends a sentence unless the line plainly goes on: a headline or a dateline on
a line of its own is not glued to the lead. Hand-written texts; real parsers and models."""

from __future__ import annotations

import pytest

from annals.models import Analysis, ParsedText, PartialDate, RawDocument
from annals.nlp.parser import Parser
from annals.pipeline import Analyzer


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


def _sentences(parsed: ParsedText) -> list[str]:
    return [parsed.text[s.start : s.end].strip() for s in parsed.sentences]


def _consistent(parsed: ParsedText) -> None:
    for sentence in parsed.sentences:
        for token in parsed.sentence_tokens(sentence):
            assert token.sentence == sentence.index
    assert [s.index for s in parsed.sentences] == list(range(len(parsed.sentences)))


@pytest.mark.parametrize(
    ("language", "headline", "body"),
    [
        (
            "en",
            "Ministers discuss air defence at meeting in Kyiv",
            "President Zelensky met the Italian defence minister in Kyiv on Thursday.",
        ),
        (
            "fr",
            "Les Alliés promettent une aide à l'Ukraine",
            "Réunis à Bruxelles, les ministres ont promis de nouveaux systèmes.",
        ),
        (
            "it",
            "Il ministro della Difesa incontra Zelensky a Kiev",
            "Il presidente ucraino ha ricevuto il ministro italiano giovedì.",
        ),
        (
            "de",
            "Verteidigungsminister trifft Selenskyj in Kiew",
            "Der ukrainische Präsident empfing den Minister am Donnerstag.",
        ),
        (
            "es",
            "El ministro de Defensa se reúne con Zelenski en Kiev",
            "El presidente ucraniano recibió al ministro el jueves.",
        ),
    ],
)
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_headline_line_is_its_own_sentence(
    parser: Parser, language: str, headline: str, body: str, gap: str
) -> None:
    parsed = parser.parse(f"{headline}{gap}{body}\n", language)
    assert _sentences(parsed) == [headline, body]
    _consistent(parsed)


def test_the_next_line_keeps_its_first_word(parser: Parser) -> None:
    # a start set on "President" alone made the parser cut it off from "Zelensky"
    parsed = parser.parse("Talks in Kyiv\nPresident Zelensky met the minister.", "en")
    assert _sentences(parsed)[1] == "President Zelensky met the minister."


@pytest.mark.parametrize(
    "text",
    [
        "The minister met with\nPresident Zelensky in Kyiv on Thursday.",
        "The minister, who arrived on Thursday,\nVisited the hospital in Kyiv.",
        "The minister arrived in Kyiv on Thursday\nand visited the hospital.",
    ],
)
def test_a_wrapped_sentence_stays_whole(parser: Parser, text: str) -> None:
    parsed = parser.parse(text, "en")
    assert len(parsed.sentences) == 1, _sentences(parsed)


def test_lead_end_skips_headline_and_dateline_lines(parser: Parser) -> None:
    text = (
        "Ministers meet in Kyiv\nKyiv, 16 January 2025\nThe minister arrived on Thursday. "
        "He met the president.\nThe two discussed air defence."
    )
    parsed = parser.parse(text, "en")
    assert len(parsed.sentences) == 5, _sentences(parsed)
    assert parsed.lead_end(2) == 4
    assert parsed.lead_end(1) == 3


def test_lead_end_of_plain_sentences(parser: Parser) -> None:
    parsed = parser.parse("The minister arrived. He met the president. They talked.", "en")
    assert parsed.lead_end(2) == 2


def test_a_lead_event_after_headline_and_dateline_takes_the_publication_month() -> None:
    # the lead's event has no date of its own: it is the news, so it is dated to the
    # publication month, as it was when the headline was glued to the lead
    text = (
        "Ukraine seeks investors for its power grid\nBerlin, 12 June 2024\n"
        "Officials opened a conference on rebuilding the grid.\n"
        "Russian forces attacked power plants in the east with missiles."
    )
    analysis: Analysis = Analyzer().analyze(
        RawDocument(path="t.txt", text=text, format="text"), "en", PartialDate(2024, 6, 12)
    )
    attacks = [e for e in analysis.events if e.type == "ASSAULT"]
    assert attacks, [e.type for e in analysis.events]
    assert attacks[0].date == PartialDate(2024, 6)


@pytest.mark.parametrize(
    ("language", "dateline", "body"),
    [
        (
            "en",
            "ROME, March 3 (Reuters) -",
            "Italian Prime Minister Giorgia Meloni met the Ukrainian president on Monday.",
        ),
        ("en", "KYIV, Ukraine (AP) —", "Russian drones struck the port of Odesa overnight."),
        ("fr", "PARIS, 3 mars (AFP) -", "Le président a reçu son homologue allemand à l'Élysée."),
        ("it", "ROMA, 3 marzo -", "Il governo ha approvato un nuovo pacchetto di aiuti."),
        ("en", "CANBERRA, Australia (AP)_", "The cabinet approved a new defence budget."),
        ("en", "INDEPENDENCE, Mo. _", "The alliance welcomed three new members on Friday."),
        ("en", "MOSCOW (AP) --", "The two presidents signed a cooperation plan."),
        # dated in full, and with a country
        ("en", "VILNIUS, July 11, 2023 -", "The allies agreed on a new air policing plan."),
        ("en", "KYIV, Ukraine, 4 March 2024 —", "Drones struck an energy plant overnight."),
        ("es", "MADRID, 3 de marzo de 2024 -", "El Gobierno aprobó un nuevo paquete de ayuda."),
    ],
)
def test_a_dateline_before_a_dash_is_a_sentence_of_its_own(
    parser: Parser, language: str, dateline: str, body: str
) -> None:
    parsed = parser.parse(f"{dateline} {body}", language)
    _consistent(parsed)
    assert _sentences(parsed) == [dateline, body]


@pytest.mark.parametrize(
    "dateline",
    [
        "WARSAW, February 26 (Xinhua) --",
        "OSLO, Norway (AP) _",
        "BERLIN (AP) --",
        "LISBON, PT. (AP)--",
        "WASHINGTON _",
        "BRUSSELS -",
    ],
)
def test_a_wire_dateline_on_a_line_of_its_own_is_a_sentence(parser: Parser, dateline: str) -> None:
    body = "Latvia and Estonia formally joined the alliance on Friday."
    parsed = parser.parse(f"{dateline}\n\n{body}", "en")
    _consistent(parsed)
    assert _sentences(parsed) == [dateline, body]


@pytest.mark.parametrize("dateline", ["OSLO, Norway (AP) _", "BERLIN (AP) --"])
def test_a_story_after_a_wire_dateline_keeps_its_first_abbreviation(
    parser: Parser, dateline: str
) -> None:
    body = "U.S. Ambassador Jane Doe met the foreign minister on Wednesday."
    parsed = parser.parse(f"{dateline}\n\n{body}", "en")
    assert _sentences(parsed) == [dateline, body]


@pytest.mark.parametrize(
    "text",
    [
        "NATO - the alliance of 32 states - met on Monday.",
        "U.S. - Russian talks ended on Monday.",
        "NATO, the EU, and the UN - all three - sent observers.",
    ],
)
def test_a_capitalised_name_before_a_dash_is_no_dateline(parser: Parser, text: str) -> None:
    assert _sentences(parser.parse(text, "en")) == [text]


def test_a_capital_in_a_wire_dateline_is_no_party(analyzer: Analyzer) -> None:
    text = (
        "WASHINGTON, March 12 (Xinhua) --\n\nLatvia, Lithuania and Estonia on Friday formally "
        "joined NATO at a ceremony."
    )
    analysis = analyzer.analyze(
        RawDocument(path="t.txt", text=text, format="text"), "en", PartialDate(2004, 3, 13)
    )
    joins = [e for e in analysis.events if e.type == "AGREE"]
    assert len(joins) == 1
    assert {a.name for a in joins[0].actors} == {"Latvia", "Lithuania", "Estonia"}


def test_a_dash_inside_a_sentence_cuts_nothing(parser: Parser) -> None:
    text = "The talks - the first in years - ended on Monday, officials said."
    assert _sentences(parser.parse(text, "en")) == [text]


def test_the_story_after_a_dateline_keeps_its_subject(analyzer: Analyzer) -> None:
    text = "ROME, March 3 (Reuters) - Italian Prime Minister Giorgia Meloni met Olaf Scholz."
    analysis = analyzer.analyze(
        RawDocument(path="t.txt", text=text, format="text"), "en", PartialDate(2025, 3, 4)
    )
    meetings = [e for e in analysis.events if e.type == "CONSULT"]
    assert len(meetings) == 1
    assert {a.name for a in meetings[0].actors} == {"Giorgia Meloni", "Olaf Scholz"}
