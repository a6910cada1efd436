"""Passives with an unnamed group (Italian, Spanish, no parse), negation in a German
separable verb's middle field, a negated rejection, and German genitive country names.
Sentences written for this test."""

from __future__ import annotations

import pytest
from event_helpers import analyse, one_of_type

from annals.models import PartialDate
from annals.pipeline import Analyzer

PUBLISHED = PartialDate(2025, 3, 12)


@pytest.mark.parametrize(
    ("language", "text", "type_", "actor"),
    [
        (
            "it",
            "Un sindacalista è stato ucciso dai ribelli nel nord del Paese.",
            "ASSAULT",
            "ribelli",
        ),
        ("it", "Un giornalista è stato ucciso da due sicari in moto.", "ASSAULT", "sicari"),
        ("es", "El alcalde fue asesinado por sicarios en Culiacán.", "ASSAULT", "sicarios"),
    ],
)
def test_an_unnamed_group_after_the_agent_preposition_acts(
    analyzer: Analyzer, language: str, text: str, type_: str, actor: str
) -> None:
    event = one_of_type(analyse(analyzer, text, language, PUBLISHED).events, type_)
    assert [a.name for a in event.actors] == [actor]


@pytest.mark.parametrize(
    ("language", "text", "type_", "patient"),
    [
        ("it", "I ribelli sono stati arrestati a Bamako.", "COERCE", "ribelli"),
        ("es", "Los manifestantes fueron detenidos en Caracas.", "COERCE", "manifestantes"),
    ],
)
def test_an_unnamed_group_before_a_passive_is_acted_on(
    analyzer: Analyzer, language: str, text: str, type_: str, patient: str
) -> None:
    event = one_of_type(analyse(analyzer, text, language, PUBLISHED).events, type_)
    assert not event.actors
    assert [r.name for r in event.recipients] == [patient]


@pytest.mark.parametrize(
    "text",
    [
        "Die Türkei lehnte den Beitritt Schwedens nicht ab.",
        "Der Präsident wies die Vorwürfe der Opposition nicht zurück.",
    ],
)
def test_nicht_in_the_middle_field_negates_the_separable_verb(
    analyzer: Analyzer, text: str
) -> None:
    event = one_of_type(analyse(analyzer, text, "de", PUBLISHED).events, "REJECT")
    assert event.status == "negated"


def test_a_negated_rejection_is_no_refusal(analyzer: Analyzer) -> None:
    text = "Turkey did not reject Sweden's bid to join the alliance."
    event = one_of_type(analyse(analyzer, text, "en", PUBLISHED).events, "REJECT")
    assert event.status == "negated"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Die Türkei lehnte den Beitritt Schwedens zur NATO ab.", "Sweden"),
        ("Perus Regierung verurteilte den Angriff scharf.", "Peru"),
    ],
)
def test_a_german_genitive_names_the_country(analyzer: Analyzer, text: str, country: str) -> None:
    analysis = analyse(analyzer, text, "de", PUBLISHED)
    assert country in {m.name for m in analysis.entities}


def test_a_group_named_in_two_words_acts(analyzer: Analyzer) -> None:
    text = "Las centrales sindicales rechazaron la reforma laboral del Gobierno peruano."
    event = one_of_type(analyse(analyzer, text, "es", PUBLISHED).events, "REJECT")
    assert [a.name for a in event.actors] == ["centrales sindicales"]


def test_the_city_of_an_arrest_is_where_not_whom(analyzer: Analyzer) -> None:
    text = "Un attivista è stato fermato dalla polizia a Milano."
    event = one_of_type(analyse(analyzer, text, "it", PUBLISHED).events, "COERCE")
    assert not event.recipients
    assert event.location is not None
    assert (event.location.name, event.location.country) == ("Milan", "ITA")  # GeoNames' town


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The Japanese prime minister met his Indian counterpart in Tokyo."),
        ("fr", "Le Premier ministre japonais a rencontré son homologue indien à Tokyo."),
    ],
)
def test_a_counterpart_named_by_a_demonym_takes_part(
    analyzer: Analyzer, language: str, text: str
) -> None:
    event = one_of_type(analyse(analyzer, text, language, PUBLISHED).events, "CONSULT")
    assert "India" in [a.name for a in (*event.actors, *event.recipients)]


def test_a_city_after_an_articulated_preposition_is_where(analyzer: Analyzer) -> None:
    text = "Migliaia di manifestanti hanno protestato al Cairo contro il governo egiziano."
    event = one_of_type(analyse(analyzer, text, "it", PUBLISHED).events, "PROTEST")
    assert "Cairo" not in [p.name for p in (*event.actors, *event.recipients)]
    assert event.location is not None and event.location.name == "Cairo"
