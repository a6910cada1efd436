"""Roles of event nouns: the country of a demonym or a possessive acts, its complement receives.

"the Turkish offensive against Syria", "la ofensiva turca contra Siria", "Turkey's offensive
in Syria": Turkey acts on Syria, whatever other names the sentence holds.
"""

from __future__ import annotations

import re

import pytest

from annals.events.extractor import EventExtractor
from annals.events.roles import MentionIndex, RoleFinder
from annals.events.triggers import TriggerCandidate
from annals.models import EntityMention, EntityType, PartialDate, PublicationDate
from annals.nlp.parser import Parser

PUBLISHED = PublicationDate(PartialDate(2025, 5, 20), "header")

# surface -> (type, entity id, canonical name)
KNOWN: dict[str, tuple[EntityType, str, str]] = {
    "Erdogan": ("PERSON", "person/recep-tayyip-erdogan", "Recep Tayyip Erdoğan"),
    "Erdoğan": ("PERSON", "person/recep-tayyip-erdogan", "Recep Tayyip Erdoğan"),
    "Pedro Sánchez": ("PERSON", "person/pedro-sanchez", "Pedro Sánchez"),
    "Tajani": ("PERSON", "person/antonio-tajani", "Antonio Tajani"),
    "Barrot": ("PERSON", "person/jean-noel-barrot", "Jean-Noël Barrot"),
    "Wadephul": ("PERSON", "person/johann-wadephul", "Johann Wadephul"),
    "Lammy": ("PERSON", "person/david-lammy", "David Lammy"),
    "Damasco": ("GPE", "city/damascus", "Damascus"),
    "Damas": ("GPE", "city/damascus", "Damascus"),
    "Damaskus": ("GPE", "city/damascus", "Damascus"),
    "Damascus": ("GPE", "city/damascus", "Damascus"),
    "Madrid": ("GPE", "city/madrid", "Madrid"),
    "Siria": ("GPE", "country/SYR", "Syria"),
    "Syrie": ("GPE", "country/SYR", "Syria"),
    "Syrien": ("GPE", "country/SYR", "Syria"),
    "Syria": ("GPE", "country/SYR", "Syria"),
    "Irak": ("GPE", "country/IRQ", "Iraq"),
    "Iraq": ("GPE", "country/IRQ", "Iraq"),
    "Turkey": ("GPE", "country/TUR", "Turkey"),
    "Türkei": ("GPE", "country/TUR", "Turkey"),
    "Turquía": ("GPE", "country/TUR", "Turkey"),
    "Turchia": ("GPE", "country/TUR", "Turkey"),
    "Turquie": ("GPE", "country/TUR", "Turkey"),
    "España": ("GPE", "country/ESP", "Spain"),
    "turca": ("NORP", "country/TUR", "Turkey"),
    "turco": ("NORP", "country/TUR", "Turkey"),
    "turque": ("NORP", "country/TUR", "Turkey"),
    "türkische": ("NORP", "country/TUR", "Turkey"),
    "Turkish": ("NORP", "country/TUR", "Turkey"),
    "sirio": ("NORP", "country/SYR", "Syria"),
    "siriani": ("NORP", "country/SYR", "Syria"),
}


def mentions_for(text: str) -> list[EntityMention]:
    """Mentions of every KNOWN surface form in ``text`` (longest first, no overlaps)."""
    found: list[EntityMention] = []
    taken: set[int] = set()
    for surface in sorted(KNOWN, key=len, reverse=True):
        for match in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
            span = set(range(match.start(), match.end()))
            if span & taken:
                continue
            taken |= span
            kind, entity_id, name = KNOWN[surface]
            country = entity_id.split("/")[1] if entity_id.startswith("country/") else None
            found.append(
                EntityMention(
                    match.start(), match.end(), surface, kind, entity_id, name, 0.9, None, country
                )
            )
    return sorted(found, key=lambda m: m.start)


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


def roles(
    parser: Parser, text: str, language: str, trigger: str, places: frozenset[int] = frozenset()
) -> tuple[list[str], list[str]]:
    """Actor and recipient names that the role finder gives the trigger word ``trigger``; the
    trigger is a noun where a parse says so, else as the lexicon's patterns leave it."""
    parsed = parser.parse(text, language)
    words = trigger.split()
    token = next(t for t in parsed.tokens if t.text == words[0])
    last = parsed.tokens[token.index + len(words) - 1]
    assert last.text == words[-1]
    sentence = parsed.sentences[token.sentence]
    candidate = TriggerCandidate(
        sentence=sentence.index,
        first=token.index,
        last=last.index + 1,
        head=token.index,
        start=token.start,
        end=last.end,
        text=trigger,
        type="ASSAULT",
        mode=None,
        nominal=parsed.has_parser and token.pos in {"NOUN", "PROPN"},
        weight=0.6,
        flip=False,
        contexts=(),
        pattern=trigger.lower(),
    )
    finder = RoleFinder(parsed, MentionIndex(parsed, mentions_for(text)))
    result = finder.find(sentence, candidate, places)
    return [m.name for m in result.actors], [m.name for m in result.recipients]


@pytest.mark.parametrize(
    ("language", "text", "trigger"),
    [
        ("es", "Erdogan habló en Damasco de la ofensiva turca contra Siria ayer.", "ofensiva"),
        ("es", "Erdogan habló en Damasco de la ofensiva militar turca de Siria.", "ofensiva"),
        ("it", "Tajani ha discusso a Damasco dell'offensiva turca della Siria.", "offensiva"),
        ("it", "Tajani ha discusso a Damasco dell'offensiva turca contro la Siria.", "offensiva"),
        ("fr", "Barrot a évoqué à Damas l'offensive turque de la Syrie.", "offensive"),
        (
            "de",
            "Wadephul sprach in Damaskus über die türkische Offensive gegen Syrien.",
            "Offensive",
        ),
        ("de", "Wadephul sprach in Damaskus über die türkische Offensive der Syrien.", "Offensive"),
        ("en", "Lammy spoke in Damascus about Turkey's offensive against Syria.", "offensive"),
        ("en", "Lammy spoke in Damascus about the Turkish offensive against Syria.", "offensive"),
        (
            "en",
            "Lammy spoke in Damascus about Turkey's full-scale offensive on Syria.",
            "offensive",
        ),
    ],
)
def test_nominal_event_demonym_or_possessor_acts_on_its_complement(
    parser: Parser, language: str, text: str, trigger: str
) -> None:
    actors, recipients = roles(parser, text, language, trigger)
    assert actors == ["Turkey"]
    assert recipients == ["Syria"]


@pytest.mark.parametrize(
    ("language", "text", "trigger"),
    [
        ("es", "El ministro recordó la ofensiva de Siria por parte de Turquía.", "ofensiva"),
        (
            "it",
            "Il ministro ha ricordato l'offensiva della Siria da parte della Turchia.",
            "offensiva",
        ),
        ("fr", "Le ministre a rappelé l'offensive de la Syrie par la Turquie.", "offensive"),
        (
            "de",
            "Der Minister erinnerte an die Offensive gegen Syrien durch die Türkei.",
            "Offensive",
        ),
        ("en", "The minister recalled the offensive against Syria by Turkey.", "offensive"),
    ],
)
def test_nominal_event_with_an_agent_complement(
    parser: Parser, language: str, text: str, trigger: str
) -> None:
    actors, recipients = roles(parser, text, language, trigger)
    assert actors == ["Turkey"]
    assert recipients == ["Syria"]


def test_nominal_complement_is_coordinated_by_a_conjunction_not_by_a_comma(
    parser: Parser,
) -> None:
    both = "Desde la ofensiva turca contra Siria e Irak, los precios han subido."
    assert roles(parser, both, "es", "ofensiva") == (["Turkey"], ["Syria", "Iraq"])
    clause = "Desde la ofensiva turca contra Siria, España ha enviado ayuda a Damasco."
    assert roles(parser, clause, "es", "ofensiva") == (["Turkey"], ["Syria"])


def test_nominal_complement_used_as_a_place_is_no_recipient(parser: Parser) -> None:
    text = "Erdogan habló de la ofensiva turca en Siria."
    start = text.index("Siria")
    assert roles(parser, text, "es", "ofensiva", frozenset({start})) == (["Turkey"], [])


@pytest.mark.parametrize(
    ("language", "text", "trigger", "absent"),
    [
        # a verb next to a demonym noun is no nominal frame
        ("es", "Erdogan atacó ayer posiciones turcas en Siria.", "atacó", "Turkey"),
        # a demonym inside "anti-..." is the target, not the actor
        ("en", "Erdogan condemned the anti-Turkish protests in Damascus.", "protests", "Turkey"),
        # a demonym that qualifies another noun ("the Turkish minister") does not act
        (
            "it",
            "Tajani ha criticato l'offensiva del ministro turco in Siria.",
            "offensiva",
            "Turkey",
        ),
        # a verb after an auxiliary, though an article stands before its subject
        ("it", "La Turchia ha espulso due diplomatici siriani.", "espulso", "Syria"),
        # ... nor one after a trigger of several words, which qualifies its last noun
        (
            "es",
            "Turquía anunció la expulsión del embajador sirio ayer.",
            "expulsión del embajador",
            "Syria",
        ),
    ],
)
def test_no_nominal_frame_leaves_the_demonym_out_of_the_actors(
    parser: Parser, language: str, text: str, trigger: str, absent: str
) -> None:
    actors, _ = roles(parser, text, language, trigger)
    assert absent not in actors


def test_nominal_event_in_a_sentence_coded_end_to_end(parser: Parser) -> None:
    """Through the extractor: the invasion noun's event has the demonym's country as actor,
    not the speaker nor the place of the speech."""
    text = "Pedro Sánchez habló en Madrid sobre la invasión turca de Siria."
    parsed = parser.parse(text, "es")
    events = EventExtractor().extract("doc-1", parsed, mentions_for(text), (), PUBLISHED)
    assaults = [e for e in events if e.type == "ASSAULT"]
    assert assaults, [e.type for e in events]
    assert [a.name for a in assaults[0].actors] == ["Turkey"]
    assert [r.name for r in assaults[0].recipients] == ["Syria"]
