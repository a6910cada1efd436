"""Direct quotes, their offsets and their speakers."""

from __future__ import annotations

import pytest

from annals.events.quotes import extract_quotes
from annals.models import EntityMention, EntityType, PartialDate, PublicationDate
from annals.nlp.parser import Parser

PUBLISHED = PublicationDate(PartialDate(2025, 2, 20), "header")

PEOPLE: dict[str, tuple[EntityType, str, str]] = {
    "Kaja Kallas": ("PERSON", "person/kaja-kallas", "Kaja Kallas"),
    "Kallas": ("PERSON", "person/kaja-kallas", "Kaja Kallas"),
    "Pedro Sánchez": ("PERSON", "person/pedro-sanchez", "Pedro Sánchez"),
    "Olaf Scholz": ("PERSON", "person/olaf-scholz", "Olaf Scholz"),
    "Scholz": ("PERSON", "person/olaf-scholz", "Olaf Scholz"),
    "Emmanuel Macron": ("PERSON", "person/emmanuel-macron", "Emmanuel Macron"),
    "Guido Crosetto": ("PERSON", "person/guido-crosetto", "Guido Crosetto"),
    "Crosetto": ("PERSON", "person/guido-crosetto", "Guido Crosetto"),
    "NATO": ("ORG", "org/nato", "NATO"),
    "Ursula von der Leyen": ("PERSON", "person/ursula-von-der-leyen", "Ursula von der Leyen"),
}


def mentions_for(text: str) -> list[EntityMention]:
    found: list[EntityMention] = []
    for surface in sorted(PEOPLE, key=len, reverse=True):
        start = text.find(surface)
        while start >= 0:
            if not any(m.start <= start < m.end for m in found):
                kind, entity_id, name = PEOPLE[surface]
                found.append(
                    EntityMention(start, start + len(surface), surface, kind, entity_id, name, 0.9)
                )
            start = text.find(surface, start + 1)
    return sorted(found, key=lambda m: m.start)


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


CASES = [
    # (language, text, quoted text, speaker name)
    (
        "en",
        "“We will keep helping our partners every single day,” Kaja Kallas said on Monday.",
        "We will keep helping our partners every single day,",
        "Kaja Kallas",
    ),
    (
        "en",
        'Olaf Scholz said: "Germany stands firmly with its allies in Europe."',
        "Germany stands firmly with its allies in Europe.",
        "Olaf Scholz",
    ),
    (
        "en",
        "Kaja Kallas arrived in Kyiv. ‘This is a message to the whole world,’ she emphasized.",
        "This is a message to the whole world,",
        "Kaja Kallas",
    ),
    (
        "en",
        "According to Pedro Sánchez, “the decision was taken by all the partners together.”",
        "the decision was taken by all the partners together.",
        "Pedro Sánchez",
    ),
    (
        "fr",
        "« Nous ne laisserons jamais tomber nos amis », a déclaré Emmanuel Macron.",
        "Nous ne laisserons jamais tomber nos amis",
        "Emmanuel Macron",
    ),
    (
        "it",
        "Guido Crosetto è intervenuto in Senato. «Il sostegno continuerà fino alla fine», "
        "ha detto.",
        "Il sostegno continuerà fino alla fine",
        "Guido Crosetto",
    ),
    (
        "it",
        "Il ministro Crosetto ha parlato ai giornalisti.\n– Non lasceremo sola l'Ucraina in "
        "questo momento – ha concluso.",
        "Non lasceremo sola l'Ucraina in questo momento",
        "Guido Crosetto",
    ),
    (
        "de",
        "„Wir stehen fest an der Seite unserer Partner“, sagte Olaf Scholz in Berlin.",
        "Wir stehen fest an der Seite unserer Partner",
        "Olaf Scholz",
    ),
    (
        "es",
        "“Europa debe asumir más responsabilidad en su defensa”, afirmó Pedro Sánchez.",
        "Europa debe asumir más responsabilidad en su defensa",
        "Pedro Sánchez",
    ),
    (
        "en",
        "'We will keep helping our partners every day,' Kaja Kallas said on Monday.",
        "We will keep helping our partners every day,",
        "Kaja Kallas",
    ),
    (
        "en",
        "'We won't give up on our partners', Olaf Scholz said. The leaders' summit ended.",
        "We won't give up on our partners",
        "Olaf Scholz",
    ),
    (
        "es",
        "—No vamos a ceder ante el chantaje —afirmó el presidente Pedro Sánchez.",
        "No vamos a ceder ante el chantaje",
        "Pedro Sánchez",
    ),
    (
        "es",
        "- No vamos a ceder ante nadie - dijo Pedro Sánchez.",
        "No vamos a ceder ante nadie",
        "Pedro Sánchez",
    ),
    (
        "en",
        "“The alliance must spend much more on defence,” the NATO chief said. Scholz agreed.",
        "The alliance must spend much more on defence,",
        None,
    ),
]


@pytest.mark.parametrize(("language", "text", "quoted", "speaker"), CASES)
def test_quotes_text_offsets_and_speaker(
    parser: Parser, language: str, text: str, quoted: str, speaker: str | None
) -> None:
    quotes = extract_quotes("doc-9", parser.parse(text, language), mentions_for(text), PUBLISHED)
    assert len(quotes) == 1
    (quote,) = quotes
    assert quote.text == quoted
    assert text[quote.start : quote.end] == quoted
    assert (quote.speaker.name if quote.speaker else None) == speaker
    assert quote.date == PartialDate(2025, 2, 20)
    assert quote.doc_id == "doc-9"


def test_quotes_pronoun_resolves_to_latest_person(parser: Parser) -> None:
    text = (
        "Olaf Scholz spoke first. Then Kaja Kallas took the floor. "
        "“Russia will not win this war of aggression,” she said."
    )
    (quote,) = extract_quotes("d", parser.parse(text, "en"), mentions_for(text), PUBLISHED)
    assert quote.speaker is not None and quote.speaker.id == "person/kaja-kallas"


def test_quotes_short_quotes_and_apostrophes_are_ignored(parser: Parser) -> None:
    text = "NATO’s chief called it a “historic” day and Germany’s ‘new era’ began, Scholz said."
    assert extract_quotes("d", parser.parse(text, "en"), mentions_for(text), PUBLISHED) == ()


def test_quotes_straight_apostrophes_open_no_quote(parser: Parser) -> None:
    text = "Ukraine's allies don't agree with the leaders' plan, Olaf Scholz's aide said."
    assert extract_quotes("d", parser.parse(text, "en"), mentions_for(text), PUBLISHED) == ()


def test_quotes_ids_are_stable_and_distinct(parser: Parser) -> None:
    text = (
        "“We will keep helping our partners every day,” Kallas said. "
        "“Our support does not depend on the news cycle,” she added."
    )
    parsed = parser.parse(text, "en")
    first = extract_quotes("d", parsed, mentions_for(text), PUBLISHED)
    second = extract_quotes("d", parsed, mentions_for(text), PUBLISHED)
    assert [q.id for q in first] == [q.id for q in second]
    assert len({q.id for q in first}) == 2
    assert all(q.speaker is not None and q.speaker.name == "Kaja Kallas" for q in first)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Emmanuel Macron arrived in Berlin on Tuesday. He also met with Chancellor "
            "Olaf Scholz and minister Guido Crosetto. “Europe must stand together for as "
            "long as it takes,” he said.",
        ),
        (
            "it",
            "Emmanuel Macron è arrivato a Berlino martedì. Ha poi incontrato il cancelliere "
            "Olaf Scholz e il ministro Guido Crosetto. «L'Europa deve restare unita per tutto "
            "il tempo necessario», ha detto.",
        ),
        (
            "fr",
            "Emmanuel Macron est arrivé à Berlin mardi. Il a aussi rencontré le chancelier "
            "Olaf Scholz et le ministre Guido Crosetto. « L'Europe doit rester unie aussi "
            "longtemps qu'il le faudra », a-t-il déclaré.",
        ),
    ],
)
def test_quotes_pronoun_is_the_salient_subject_not_the_last_name(
    parser: Parser, language: str, text: str
) -> None:
    (quote,) = extract_quotes("d", parser.parse(text, language), mentions_for(text), PUBLISHED)
    assert quote.speaker is not None and quote.speaker.name == "Emmanuel Macron"


def test_quotes_pronoun_follows_the_previous_speaker(parser: Parser) -> None:
    text = (
        "“Our support for Ukraine will not waver this year,” Kaja Kallas said. "
        "The remarks came after a meeting with Olaf Scholz in Brussels. "
        "“Nobody should doubt our resolve on this point,” she added."
    )
    quotes = extract_quotes("d", parser.parse(text, "en"), mentions_for(text), PUBLISHED)
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Kaja Kallas"] * 2


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "it",
            "Il ministro Guido Crosetto ha parlato alla stampa, ribadendo che l'Italia resterà "
            "accanto a Kiev «per tutto il tempo che servirà», senza cambiare rotta.",
        ),
        (
            "fr",
            "Le président Emmanuel Macron a reçu les journalistes, affirmant que la France "
            "restera aux côtés de Kiev « aussi longtemps qu'il le faudra », sans faiblir.",
        ),
        (
            "es",
            "El presidente Pedro Sánchez habló con la prensa, asegurando que España seguirá "
            "junto a Kiev «el tiempo que haga falta», sin cambiar de rumbo.",
        ),
    ],
)
def test_words_quoted_in_the_subjects_reported_speech_are_the_subjects(
    parser: Parser, language: str, text: str
) -> None:
    (quote,) = extract_quotes("d", parser.parse(text, language), mentions_for(text), PUBLISHED)
    assert quote.speaker is not None
    assert quote.speaker.id in {
        "person/guido-crosetto",
        "person/emmanuel-macron",
        "person/pedro-sanchez",
    }


def test_a_quote_in_the_next_sentence_is_not_given_to_a_distant_subject(parser: Parser) -> None:
    text = (
        "Olaf Scholz spoke to reporters in Berlin at length, repeating that Germany remains "
        "committed. Elsewhere, the words «a betrayal of our shared values» were heard."
    )
    (quote,) = extract_quotes("d", parser.parse(text, "en"), mentions_for(text), PUBLISHED)
    assert quote.speaker is None
