"""Event coding: type, roles, status, date, place and attributes, in five languages."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import pytest

from annals.events.extractor import EventExtractor
from annals.events.plover import DocumentInfo, to_plover
from annals.models import (
    EntityMention,
    EntityRef,
    EntityType,
    Event,
    EventMention,
    PartialDate,
    PublicationDate,
    TimeExpression,
)
from annals.nlp.parser import Parser

PUBLISHED = PublicationDate(PartialDate(2025, 3, 12), "header")

# surface -> (type, entity id, canonical name); a few people, countries, demonyms and cities
KNOWN: dict[str, tuple[EntityType, str, str]] = {
    "Pedro Sánchez": ("PERSON", "person/pedro-sanchez", "Pedro Sánchez"),
    "Sánchez": ("PERSON", "person/pedro-sanchez", "Pedro Sánchez"),
    "Olaf Scholz": ("PERSON", "person/olaf-scholz", "Olaf Scholz"),
    "Scholz": ("PERSON", "person/olaf-scholz", "Olaf Scholz"),
    "Emmanuel Macron": ("PERSON", "person/emmanuel-macron", "Emmanuel Macron"),
    "Macron": ("PERSON", "person/emmanuel-macron", "Emmanuel Macron"),
    "Ursula von der Leyen": ("PERSON", "person/ursula-von-der-leyen", "Ursula von der Leyen"),
    "Volodymyr Zelensky": ("PERSON", "person/volodymyr-zelensky", "Volodymyr Zelensky"),
    "Zelensky": ("PERSON", "person/volodymyr-zelensky", "Volodymyr Zelensky"),
    "Kaja Kallas": ("PERSON", "person/kaja-kallas", "Kaja Kallas"),
    "Giorgia Meloni": ("PERSON", "person/giorgia-meloni", "Giorgia Meloni"),
    "Meloni": ("PERSON", "person/giorgia-meloni", "Giorgia Meloni"),
    "Mark Rutte": ("PERSON", "person/mark-rutte", "Mark Rutte"),
    "Rutte": ("PERSON", "person/mark-rutte", "Mark Rutte"),
    "Spain": ("GPE", "country/ESP", "Spain"),
    "Ukraine": ("GPE", "country/UKR", "Ukraine"),
    "Ucraina": ("GPE", "country/UKR", "Ukraine"),
    "Ukraine's": ("GPE", "country/UKR", "Ukraine"),
    "Russia": ("GPE", "country/RUS", "Russia"),
    "Russian": ("NORP", "country/RUS", "Russia"),
    "Russie": ("GPE", "country/RUS", "Russia"),
    "Russland": ("GPE", "country/RUS", "Russia"),
    "Rusia": ("GPE", "country/RUS", "Russia"),
    "Poland": ("GPE", "country/POL", "Poland"),
    "Germania": ("GPE", "country/DEU", "Germany"),
    "Deutschland": ("GPE", "country/DEU", "Germany"),
    "France": ("GPE", "country/FRA", "France"),
    "Francia": ("GPE", "country/FRA", "France"),
    "Italia": ("GPE", "country/ITA", "Italy"),
    "Italy": ("GPE", "country/ITA", "Italy"),
    "Canada": ("GPE", "country/CAN", "Canada"),
    "Dutch": ("NORP", "country/NLD", "Netherlands"),
    "Madrid": ("GPE", "city/madrid", "Madrid"),
    "Warsaw": ("GPE", "city/warsaw", "Warsaw"),
    "Kyiv": ("GPE", "city/kyiv", "Kyiv"),
    "Kiev": ("GPE", "city/kyiv", "Kyiv"),
    "Kharkiv": ("GPE", "city/kharkiv", "Kharkiv"),
    "Berlin": ("GPE", "city/berlin", "Berlin"),
    "Berlino": ("GPE", "city/berlin", "Berlin"),
    "Paris": ("GPE", "city/paris", "Paris"),
    "Bruxelles": ("GPE", "city/brussels", "Brussels"),
    "Roma": ("GPE", "city/rome", "Rome"),
    "Lisbonne": ("GPE", "city/lisbon", "Lisbon"),
    "NATO": ("ORG", "org/nato", "NATO"),
    "European Union": ("ORG", "org/eu", "European Union"),
    "Ukrinform": ("ORG", "media/ukrinform", "Ukrinform"),
    "ANSA": ("ORG", "media/ansa", "ANSA"),
    "Baltic Herald": ("ORG", "org/baltic-herald", "Baltic Herald"),
}


def mentions_for(text: str) -> list[EntityMention]:
    """Mentions of every KNOWN surface form in ``text`` (longest match first, no overlaps)."""
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


def time_at(text: str, surface: str, value: str, end_value: str | None = None) -> TimeExpression:
    start = text.find(surface)
    assert start >= 0, surface
    return TimeExpression(start, start + len(surface), surface, "DATE", value, end_value)


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


@pytest.fixture(scope="module")
def extractor() -> EventExtractor:
    return EventExtractor()


def code(
    parser: Parser,
    extractor: EventExtractor,
    text: str,
    language: str,
    times: Sequence[TimeExpression] = (),
) -> tuple[Event, ...]:
    parsed = parser.parse(text, language)
    return extractor.extract("doc-1", parsed, mentions_for(text), times, PUBLISHED)


def names(refs: Sequence[EntityRef]) -> set[str]:
    return {ref.name for ref in refs}


def only(events: Sequence[Event], event_type: str) -> Event:
    matching = [event for event in events if event.type == event_type]
    assert matching, f"no {event_type} event in {[e.type for e in events]}"
    return matching[0]


# --------------------------------------------------------------------------- type and roles

ROLE_CASES = [
    # (language, text, type, actors, recipients)
    ("en", "Pedro Sánchez visited Poland on Monday.", "CONSULT", {"Pedro Sánchez"}, {"Poland"}),
    (
        "en",
        "Olaf Scholz met with Emmanuel Macron in Paris.",
        "CONSULT",
        {"Olaf Scholz", "Emmanuel Macron"},
        set(),
    ),
    ("en", "Canada delivered ammunition to Ukraine last week.", "AID", {"Canada"}, {"Ukraine"}),
    (
        "en",
        "Kaja Kallas condemned Russia for the shelling of hospitals.",
        "ACCUSE",
        {"Kaja Kallas"},
        {"Russia"},
    ),
    (
        "en",
        "Zelensky thanked Mark Rutte for his support.",
        "SUPPORT",
        {"Volodymyr Zelensky"},
        {"Mark Rutte"},
    ),
    (
        "en",
        "The European Union imposed new sanctions on Russia.",
        "SANCTION",
        {"European Union"},
        {"Russia"},
    ),
    ("en", "Russian troops attacked Kharkiv overnight.", "ASSAULT", {"Russia"}, {"Kharkiv"}),
    (
        "fr",
        "Emmanuel Macron a rencontré Olaf Scholz à Berlin.",
        "CONSULT",
        {"Emmanuel Macron", "Olaf Scholz"},
        set(),
    ),
    ("fr", "La France a livré des missiles à l'Ukraine.", "AID", {"France"}, {"Ukraine"}),
    (
        "it",
        "Giorgia Meloni ha incontrato Olaf Scholz a Berlino.",
        "CONSULT",
        {"Giorgia Meloni", "Olaf Scholz"},
        set(),
    ),
    (
        "it",
        "L'Italia ha fornito sistemi di difesa aerea all'Ucraina.",
        "AID",
        {"Italy"},
        {"Ukraine"},
    ),
    (
        "de",
        "Am Montag traf Olaf Scholz Emmanuel Macron in Paris.",
        "CONSULT",
        {"Olaf Scholz", "Emmanuel Macron"},
        set(),
    ),
    ("de", "Olaf Scholz besuchte Deutschland.", "CONSULT", {"Olaf Scholz"}, {"Germany"}),
    ("de", "Deutschland liefert weitere Waffen an die Ukraine.", "AID", {"Germany"}, {"Ukraine"}),
    (
        "es",
        "Pedro Sánchez se reunió con Zelensky en Madrid.",
        "CONSULT",
        {"Pedro Sánchez", "Volodymyr Zelensky"},
        set(),
    ),
    ("es", "Rusia atacó Kiev con drones.", "ASSAULT", {"Russia"}, {"Kyiv"}),
]


@pytest.mark.parametrize(("language", "text", "event_type", "actors", "recipients"), ROLE_CASES)
def test_events_type_and_roles(
    parser: Parser,
    extractor: EventExtractor,
    language: str,
    text: str,
    event_type: str,
    actors: set[str],
    recipients: set[str],
) -> None:
    event = only(code(parser, extractor, text, language), event_type)
    assert actors <= names(event.actors) | names(event.recipients)
    assert actors <= names(event.actors)
    assert names(event.recipients) == recipients


def test_events_visit_to_meet_keeps_visitor_as_actor(
    parser: Parser, extractor: EventExtractor
) -> None:
    text = "Mark Rutte visited Italy to meet with Giorgia Meloni."
    events = code(parser, extractor, text, "en")
    assert len(events) == 1
    event = events[0]
    assert (event.type, event.mode) == ("CONSULT", "visit")
    assert names(event.actors) == {"Mark Rutte"}
    assert names(event.recipients) == {"Italy", "Giorgia Meloni"}


def test_events_three_meetings_in_one_sentence(parser: Parser, extractor: EventExtractor) -> None:
    text = (
        "Zelensky met Emmanuel Macron in Paris, visited Poland on Tuesday "
        "and held talks with Pedro Sánchez in Madrid."
    )
    events = [e for e in code(parser, extractor, text, "en") if e.type == "CONSULT"]
    assert len(events) == 3


def test_events_pronoun_subject_resolves_to_previous_person(
    parser: Parser, extractor: EventExtractor
) -> None:
    text = "Mark Rutte arrived on Monday. He met Olaf Scholz in Berlin."
    event = only(code(parser, extractor, text, "en"), "CONSULT")
    assert names(event.actors) == {"Mark Rutte", "Olaf Scholz"}
    assert event.location is not None and event.location.name == "Berlin"


def test_events_dropped_subject_in_italian(parser: Parser, extractor: EventExtractor) -> None:
    text = "Giorgia Meloni è arrivata ieri a Roma. Ha ringraziato Mark Rutte."
    event = only(code(parser, extractor, text, "it"), "SUPPORT")
    assert names(event.actors) == {"Giorgia Meloni"}
    assert names(event.recipients) == {"Mark Rutte"}


def test_events_demonym_is_its_country(parser: Parser, extractor: EventExtractor) -> None:
    event = only(
        code(parser, extractor, "Dutch officials deployed troops to Poland.", "en"), "MOBILIZE"
    )
    assert [ref.id for ref in event.actors] == ["country/NLD"]


def test_events_pronoun_of_a_reported_clause_is_the_reporting_subject(
    parser: Parser, extractor: EventExtractor
) -> None:
    # "he" is Scholz, who says it, not Macron of the sentence before
    text = "Emmanuel Macron arrived in Madrid. Olaf Scholz said he would visit Poland."
    event = only(code(parser, extractor, text, "en"), "CONSULT")
    assert names(event.actors) == {"Olaf Scholz"}


def test_events_possessive_pronoun_takes_the_clause_subject(
    parser: Parser, extractor: EventExtractor
) -> None:
    text = "Mark Rutte arrived on Monday. Dutch farmers continued their protest in Berlin."
    event = only(code(parser, extractor, text, "en"), "PROTEST")
    assert [ref.id for ref in event.actors] == ["country/NLD"]


@pytest.mark.parametrize(
    ("text", "event_type", "actor_id", "actor_name"),
    [
        (
            "University students protested in Madrid.",
            "PROTEST",
            "group/university-student",
            "University students",
        ),
        ("Rebels in Ukraine attacked Kharkiv.", "ASSAULT", "group/UKR/rebel", "Rebels in Ukraine"),
        ("The police arrested protesters in Warsaw.", "COERCE", "group/police", "police"),
        # "X of Y" is Y when Y is named
        ("The government of Spain rejected the plan.", "REJECT", "country/ESP", "Spain"),
        ("Leaders of NATO agreed to send tanks to Ukraine.", "AGREE", "org/nato", "NATO"),
    ],
)
def test_events_unnamed_group_subject_is_an_actor(
    parser: Parser,
    extractor: EventExtractor,
    text: str,
    event_type: str,
    actor_id: str,
    actor_name: str,
) -> None:
    event = only(code(parser, extractor, text, "en"), event_type)
    assert [(ref.id, ref.name) for ref in event.actors] == [(actor_id, actor_name)]


def test_events_reported_obligation_is_a_demand_of_the_speaker(
    parser: Parser, extractor: EventExtractor
) -> None:
    text = "Kaja Kallas said on Monday that Russia must withdraw its troops from Ukraine."
    event = only(code(parser, extractor, text, "en"), "REQUEST")
    assert names(event.actors) == {"Kaja Kallas"}
    assert "Russia" in names(event.recipients)
    assert event.status == "occurred"


def test_events_reported_fact_is_no_demand(parser: Parser, extractor: EventExtractor) -> None:
    text = "Kaja Kallas said on Monday that Russia withdrew its troops from Ukraine."
    assert not any(e.type == "REQUEST" for e in code(parser, extractor, text, "en"))


def test_events_bare_institution_noun_is_no_new_actor(
    parser: Parser, extractor: EventExtractor
) -> None:
    # "the alliance" refers back to one named before: not an actor of its own
    events = code(parser, extractor, "The alliance pledged tanks for Ukraine.", "en")
    assert not any(ref.id.startswith("group/") for e in events for ref in e.actors)


def test_events_group_noun_never_replaces_a_named_subject(
    parser: Parser, extractor: EventExtractor
) -> None:
    event = only(code(parser, extractor, "Russian troops attacked Kharkiv.", "en"), "ASSAULT")
    assert [ref.id for ref in event.actors] == ["country/RUS"]


# --------------------------------------------------------------------------- status

STATUS_CASES = [
    ("en", "Canada did not send weapons to Ukraine.", "AID", "negated"),
    ("en", "Canada could send weapons to Ukraine.", "AID", "hypothetical"),
    ("en", "If Russia attacks Poland, NATO will respond.", "ASSAULT", "hypothetical"),
    ("en", "Olaf Scholz will visit Spain.", "CONSULT", "planned"),
    ("en", "Spain plans to deliver tanks to Ukraine.", "AID", "planned"),
    ("en", "Russia is attacking Kharkiv with drones.", "ASSAULT", "ongoing"),
    ("en", "Olaf Scholz visited Spain.", "CONSULT", "occurred"),
    ("it", "L'Italia non ha inviato armi alla Russia.", "AID", "negated"),
    ("it", "Giorgia Meloni visiterà la Germania.", "CONSULT", "planned"),
    ("it", "Se la Russia attaccasse la Polonia, la NATO risponderebbe.", "ASSAULT", "hypothetical"),
    ("fr", "La France n'a pas livré de chars à l'Ukraine.", "AID", "negated"),
    ("fr", "Emmanuel Macron rencontrera Olaf Scholz à Berlin.", "CONSULT", "planned"),
    ("fr", "La France pourrait livrer des missiles à l'Ukraine.", "AID", "hypothetical"),
    ("de", "Deutschland liefert keine Waffen an Russland.", "AID", "negated"),
    ("de", "Olaf Scholz wird Emmanuel Macron in Paris treffen.", "CONSULT", "planned"),
    ("de", "Deutschland könnte Waffen an die Ukraine liefern.", "AID", "hypothetical"),
    ("es", "Pedro Sánchez no visitó Kiev.", "CONSULT", "negated"),
    ("es", "Pedro Sánchez visitará Kiev.", "CONSULT", "planned"),
    ("es", "Rusia podría atacar Kiev.", "ASSAULT", "hypothetical"),
    ("es", "Rusia está atacando Kiev con drones.", "ASSAULT", "ongoing"),
]


@pytest.mark.parametrize(("language", "text", "event_type", "status"), STATUS_CASES)
def test_events_status(
    parser: Parser,
    extractor: EventExtractor,
    language: str,
    text: str,
    event_type: str,
    status: str,
) -> None:
    assert only(code(parser, extractor, text, language), event_type).status == status


# --------------------------------------------------------------------------- dates and places


def test_events_date_from_time_expression(parser: Parser, extractor: EventExtractor) -> None:
    text = "Olaf Scholz met Emmanuel Macron in Paris on March 3."
    event = only(
        code(parser, extractor, text, "en", [time_at(text, "March 3", "2025-03-03")]), "CONSULT"
    )
    assert event.date == PartialDate(2025, 3, 3)
    assert event.status == "occurred"
    assert event.location is not None and (event.location.name, event.location.id) == (
        "Paris",
        "city/paris",
    )


def test_events_date_range_and_future(parser: Parser, extractor: EventExtractor) -> None:
    text = "I ministri si incontreranno a Bruxelles il 14 e 15 maggio con la NATO."
    times = [time_at(text, "14 e 15 maggio", "2025-05-14", "2025-05-15")]
    event = only(code(parser, extractor, text, "it", times), "CONSULT")
    assert (event.date, event.date_end) == (PartialDate(2025, 5, 14), PartialDate(2025, 5, 15))
    assert event.status == "planned"
    assert event.location is not None and event.location.name == "Brussels"


def test_events_simple_past_without_time_has_no_date(
    parser: Parser, extractor: EventExtractor
) -> None:
    # Past the headline and lead, a simple past may lie any time before publication.
    text = "Talks resumed in Madrid. Ministers met for hours. Olaf Scholz visited Spain."
    visits = [e for e in code(parser, extractor, text, "en") if e.trigger == "visited"]
    assert [e.type for e in visits] == ["CONSULT"]
    assert visits[0].date is None


def test_events_simple_past_in_the_lead_takes_the_publication_month(
    parser: Parser, extractor: EventExtractor
) -> None:
    event = only(code(parser, extractor, "Olaf Scholz visited Spain.", "en"), "CONSULT")
    assert event.date == PartialDate(2025, 3)


def test_events_statement_takes_the_publication_month(
    parser: Parser, extractor: EventExtractor
) -> None:
    # A statement is reported when it is made; an act in the body is not dated.
    text = (
        "Talks resumed in Madrid. Ministers met for hours. "
        "The Spanish government condemned the attack on the embassy."
    )
    event = only(code(parser, extractor, text, "en"), "ACCUSE")
    assert event.date == PartialDate(2025, 3)


def test_events_today_takes_publication_date(parser: Parser, extractor: EventExtractor) -> None:
    event = only(code(parser, extractor, "Pedro Sánchez met Olaf Scholz today.", "en"), "CONSULT")
    assert event.date == PUBLISHED.date


# --------------------------------------------------------------------------- attributes, evidence


def test_events_attributes_and_summary(parser: Parser, extractor: EventExtractor) -> None:
    text = "Spain approved its 10th military aid package for Ukraine, worth 1.1 billion euros."
    event = only(code(parser, extractor, text, "en"), "AID")
    assert event.attributes.ordinal == 10
    assert event.attributes.amount == pytest.approx(1.1e9)
    assert event.attributes.currency == "EUR"
    assert event.mode == "military"
    assert "Spain" in event.summary and "Ukraine" in event.summary


def test_events_evidence_and_stable_id(parser: Parser, extractor: EventExtractor) -> None:
    text = "Intro sentence here. Olaf Scholz visited Spain."
    first = only(code(parser, extractor, text, "en"), "CONSULT")
    second = only(code(parser, extractor, text, "en"), "CONSULT")
    assert first.id == second.id
    (mention,) = first.mentions
    assert text[mention.start : mention.end] == "Olaf Scholz visited Spain."
    assert mention.sentence == "Olaf Scholz visited Spain."
    assert (mention.doc_id, mention.language) == ("doc-1", "en")
    assert 0.0 < first.confidence <= 1.0
    assert first.trigger == "visited"
    assert first.summary == "Olaf Scholz visited Spain"


def test_events_nothing_without_trigger(parser: Parser, extractor: EventExtractor) -> None:
    assert code(parser, extractor, "Olaf Scholz is tall and Spain is sunny.", "en") == ()


# --------------------------------------------------------------------------- PLOVER export


def _event(status: str, event_type: str = "AID", mode: str | None = "military") -> Event:
    return Event(
        id="e1",
        type=event_type,  # type: ignore[arg-type]
        mode=mode,
        status=status,  # type: ignore[arg-type]
        date=PartialDate(2025, 3, 1),
        actors=(EntityRef("country/ITA", "Italy"),),
        recipients=(EntityRef("country/UKR", "Ukraine"),),
        mentions=(EventMention("doc-1", 0, 20, "Italy sent aid.", "en", 0.9),),
        confidence=0.9,
        contexts=("military", "humanitarian"),
        trigger="sent",
    )


DOCS = {"doc-1": DocumentInfo("doc-1", "A title", "Wire", "https://example.org/a", None, "en")}


@pytest.mark.parametrize(
    ("status", "event_type", "mode", "expected_type", "expected_mode"),
    [
        ("occurred", "AID", "military", "AID", []),
        ("planned", "AID", "military", "AGREE", []),
        ("planned", "CONSULT", "visit", "AGREE", []),
        ("planned", "RETREAT", "withdraw", "CONCEDE", []),
        ("occurred", "CONSULT", "visit", "CONSULT", ["visit"]),
        ("occurred", "CONSULT", "meet", "CONSULT", []),
        ("ongoing", "ASSAULT", "drone", "ASSAULT", ["drone"]),
    ],
)
def test_plover_reductions(
    status: str, event_type: str, mode: str, expected_type: str, expected_mode: list[str]
) -> None:
    record = to_plover(_event(status, event_type, mode), DOCS)
    assert record is not None
    assert record["event"] == [expected_type]
    assert record["mode"] == expected_mode


@pytest.mark.parametrize("status", ["negated", "hypothetical"])
def test_plover_drops_non_facts(status: str) -> None:
    assert to_plover(_event(status), DOCS) is None


def test_plover_fields() -> None:
    record = to_plover(_event("occurred"), DOCS)
    assert record is not None
    for field in (
        "id",
        "date",
        "actor",
        "recipient",
        "event",
        "mode",
        "context",
        "event_loc",
        "event_text",
        "text_info",
        "cite_info",
    ):
        assert field in record
    assert record["date"] == "2025-03-01"
    assert record["actor"] == [
        {
            "entity_text": "Italy",
            "identifier_id": "country/ITA",
            "identifier_text": "Italy",
            "code": "ITA",
        }
    ]
    assert record["context"] == ["military"]  # "humanitarian" is not a PLOVER context
    assert record["event_text"] == ["sent"]
    cite = record["cite_info"]
    assert isinstance(cite, dict) and cite["url"] == "https://example.org/a"


# --------------------------------------------------------------------------- seeds


def test_events_seed_smoke(shared_dir: Path, parser: Parser, extractor: EventExtractor) -> None:
    """Across the seed articles the coder finds meetings, agreements and aid."""
    found: set[str] = set()
    for path in sorted((shared_dir / "seeds").glob("*.txt")):
        text = re.sub(r"^\s*date \S+( \([^)]*\))?", "", path.read_text(encoding="utf-8"))
        language = "it" if re.search(r"\b(della|sono|il)\b", text[:400]) else "en"
        parsed = parser.parse(text, language)
        mentions = [
            EntityMention(s.start, s.end, s.text, s.type, f"local/{s.text}", s.text, 0.8)
            for s in parsed.entity_spans
        ]
        found |= {e.type for e in extractor.extract(path.stem, parsed, mentions, (), PUBLISHED)}
    assert {"CONSULT", "AGREE", "AID"} <= found


# --------------------------------------------------------------------------- round 2


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Russian troops shelled Kharkiv overnight, an Ukrinform correspondent reports."),
        ("en", "According to a Baltic Herald reporter, Russian troops attacked Kharkiv."),
        ("it", "La Russia ha attaccato Kharkiv nella notte, ha riferito l'ANSA."),
    ],
)
def test_events_news_agencies_are_never_participants(
    parser: Parser, extractor: EventExtractor, language: str, text: str
) -> None:
    event = only(code(parser, extractor, text, language), "ASSAULT")
    assert names(event.actors) == {"Russia"}
    assert names(event.recipients) == {"Kharkiv"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Mark Rutte warned of more frequent hybrid attacks against NATO members."),
        ("it", "Mark Rutte ha messo in guardia dal rischio di attacchi ibridi contro la NATO."),
    ],
)
def test_events_a_warning_of_attacks_is_no_assault(
    parser: Parser, extractor: EventExtractor, language: str, text: str
) -> None:
    events = code(parser, extractor, text, language)
    assert not [e for e in events if e.type == "ASSAULT" and e.status == "occurred"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "Kharkiv è stata attaccata dalla Russia nella notte."),
        ("es", "Kiev fue atacada por Rusia durante la noche."),
        ("it", "La Russia ha attaccato Kharkiv nella notte."),
        ("es", "Rusia atacó Kiev durante la noche."),
    ],
)
def test_events_passive_agent_is_the_actor(
    parser: Parser, extractor: EventExtractor, language: str, text: str
) -> None:
    event = only(code(parser, extractor, text, language), "ASSAULT")
    assert names(event.actors) == {"Russia"}
    assert names(event.recipients) <= {"Kharkiv", "Kyiv"} and event.recipients


def test_events_we_in_a_quote_is_the_speaker(parser: Parser, extractor: EventExtractor) -> None:
    text = (
        "Emmanuel Macron visited Kyiv on Monday. He also met Volodymyr Zelensky and Mark Rutte. "
        "“We will send more air defence systems to Ukraine,” he said."
    )
    event = only(code(parser, extractor, text, "en"), "AID")
    assert names(event.actors) == {"Emmanuel Macron"}
    assert names(event.recipients) == {"Ukraine"}
    assert event.status == "planned"


def test_events_we_of_an_unknown_speaker_yields_nothing(
    parser: Parser, extractor: EventExtractor
) -> None:
    text = "Mark Rutte visited Warsaw. “We will send more air defence systems to Ukraine.”"
    events = code(parser, extractor, text, "en")
    assert not [e for e in events if e.type == "AID"]


@pytest.mark.parametrize(
    ("language", "text", "event_type"),
    [
        ("en", "Giorgia Meloni will visit Kyiv next week.", "CONSULT"),
        ("it", "Giorgia Meloni visiterà Kyiv la prossima settimana.", "CONSULT"),
        ("en", "Mark Rutte said NATO would deploy more troops to Poland.", "MOBILIZE"),
        ("fr", "Emmanuel Macron se rendra à Berlin la semaine prochaine.", "CONSULT"),
    ],
)
def test_events_future_sentences_stay_planned(
    parser: Parser, extractor: EventExtractor, language: str, text: str, event_type: str
) -> None:
    assert only(code(parser, extractor, text, language), event_type).status == "planned"


@pytest.mark.parametrize(
    ("event_type", "mode", "expected_mode"),
    [
        ("SANCTION", "discontinue", ["relations"]),
        ("COERCE", "arrest", ["arrest"]),
        ("ASSAULT", "aerial", ["violence"]),
    ],
)
def test_plover_announced_hostile_action_is_a_threat(
    event_type: str, mode: str, expected_mode: list[str]
) -> None:
    record = to_plover(_event("planned", event_type, mode), DOCS)
    assert record is not None
    assert record["event"] == ["THREATEN"]
    assert record["mode"] == expected_mode


def test_events_meeting_noun_in_a_phrase_takes_the_clause_subject(
    parser: Parser, extractor: EventExtractor
) -> None:
    text = (
        "Olaf Scholz and Pedro Sánchez announced a joint plan for Ukraine. "
        "They spoke to reporters in Madrid today after lengthy talks."
    )
    events = code(parser, extractor, text, "en")
    meeting = only(events, "CONSULT")
    assert names(meeting.actors) == {"Olaf Scholz", "Pedro Sánchez"}
    assert meeting.location is not None and meeting.location.name == "Madrid"


@pytest.mark.parametrize(
    ("entity_type", "entity_id", "expected"),
    [
        ("NORP", "country/ITA", True),  # "Italian assistance": the state
        ("NORP", "local/NORP/european", False),  # "European capitals": a description
        ("PERSON", "person/mark-rutte", True),
        ("MISC", "local/MISC/x", False),
    ],
)
def test_events_which_mentions_can_be_participants(
    entity_type: EntityType, entity_id: str, expected: bool
) -> None:
    from annals.events.roles import is_participant

    mention = EntityMention(0, 5, "words", entity_type, entity_id, "words", 0.9)
    assert is_participant(mention) is expected


def test_events_meeting_held_from_a_place_has_no_place_participant(
    parser: Parser, extractor: EventExtractor
) -> None:
    # Co-participants of a meeting come with "with" or "between"; "from" says where from.
    text = "Giorgia Meloni chaired a video conference of G7 leaders from the Ukrainian capital."
    event = only(code(parser, extractor, text, "en"), "CONSULT")
    ids = {ref.id for ref in (*event.actors, *event.recipients)}
    assert "country/UKR" not in ids
    assert "person/giorgia-meloni" in ids
