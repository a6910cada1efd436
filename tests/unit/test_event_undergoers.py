"""Who undergoes an event noun: the possessor of a patient noun ("his arrest"), the subject
of a verb like "face", "survive" or "receive", and the actors an event may not have (a
building, one person for "they"). Sentences written for this test."""

from __future__ import annotations

import pytest
from event_helpers import analyse, one_of_type

from annals.models import PartialDate
from annals.pipeline import Analyzer

PUBLISHED = PartialDate(2025, 3, 12)


@pytest.mark.parametrize(
    ("text", "type_", "patient"),
    [
        (
            "David Miller had spent the night at a friend's flat before his arrest.",
            "COERCE",
            "David Miller",
        ),
        (
            "Prosecutors say Anna Keller was at the border for hours before her arrest.",
            "COERCE",
            "Anna Keller",
        ),
        ("The former minister Sergei Volkov will face trial in Moscow.", "ACCUSE", "Sergei Volkov"),
        ("Maria Ortega survived an assassination attempt in Bogota.", "ASSAULT", "Maria Ortega"),
    ],
)
def test_who_undergoes_the_event_is_no_actor(
    analyzer: Analyzer, text: str, type_: str, patient: str
) -> None:
    event = one_of_type(analyse(analyzer, text, "en", PUBLISHED).events, type_)
    assert patient not in [a.name for a in event.actors]
    assert [r.name for r in event.recipients] == [patient]


def test_aid_received_is_given_by_its_source(analyzer: Analyzer) -> None:
    text = "Ukraine received 2 billion euros in military aid from Germany."
    event = one_of_type(analyse(analyzer, text, "en", PUBLISHED).events, "AID")
    assert [a.name for a in event.actors] == ["Germany"]
    assert [r.name for r in event.recipients] == ["Ukraine"]


@pytest.mark.parametrize(
    ("text", "type_", "actor"),
    [
        ("Hungary's arrest of two activists angered Brussels.", "COERCE", "Hungary"),
        ("Russia launched a missile attack on Kyiv.", "ASSAULT", "Russia"),
    ],
)
def test_the_possessor_still_acts_when_an_of_phrase_or_no_patient_noun(
    analyzer: Analyzer, text: str, type_: str, actor: str
) -> None:
    event = one_of_type(analyse(analyzer, text, "en", PUBLISHED).events, type_)
    assert [a.name for a in event.actors] == [actor]


def test_a_modifier_of_a_patient_noun_that_is_no_person_takes_no_part(
    analyzer: Analyzer,
) -> None:
    text = "Jackson was on probation for a previous DUI arrest."
    events = analyse(analyzer, text, "en", PUBLISHED).events
    # nor is the man arrested made the actor of an event read at "was"
    assert all(not e.actors for e in events)


def test_a_pronoun_that_undergoes_is_resolved_from_earlier_sentences(analyzer: Analyzer) -> None:
    text = "Police arrested Tom Baker on Monday. He faces charges of arson."
    event = one_of_type(analyse(analyzer, text, "en", PUBLISHED).events, "ACCUSE")
    assert not event.actors
    assert [r.name for r in event.recipients] == ["Tom Baker"]


def test_an_unnamed_subject_is_not_replaced_by_another_name(analyzer: Analyzer) -> None:
    text = (
        "In Denver's Union Center on Monday, police say a man shot his former partner "
        "just downstairs from the center's Grand Hotel."
    )
    event = one_of_type(analyse(analyzer, text, "en", PUBLISHED).events, "ASSAULT")
    assert not event.actors


def test_a_hosted_building_is_no_visitor(analyzer: Analyzer) -> None:
    text = "She hosted the Golden Globes at the Beverly Hilton."
    analysis = analyse(analyzer, text, "en", PUBLISHED)
    buildings = {m.entity_id for m in analysis.entities if m.type == "FAC"}
    assert buildings  # the recogniser reads a name here as a building
    assert not buildings & {a.id for e in analysis.events for a in e.actors}


def test_they_is_not_one_person(analyzer: Analyzer) -> None:
    text = (
        "Prime Minister Kostas Andreou condemned the violence on Sunday. "
        "Later they set fire to two banks in the city centre."
    )
    events = analyse(analyzer, text, "en", PUBLISHED).events
    assert all(
        "Kostas Andreou" not in [a.name for a in e.actors] for e in events if e.type != "ACCUSE"
    )


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Ieri a Misurata cecchini appostati sui tetti sparavano contro i passanti.", "cecchini"),
        ("A Tripoli le milizie hanno attaccato il parlamento.", "milizie"),
    ],
)
def test_a_city_before_the_trigger_is_the_place_not_the_actor(
    analyzer: Analyzer, text: str, actor: str
) -> None:
    event = one_of_type(analyse(analyzer, text, "it", PUBLISHED).events, "ASSAULT")
    assert [a.name for a in event.actors] == [actor]
    assert event.location is not None


def test_an_event_noun_in_a_phrase_takes_no_dropped_subject(analyzer: Analyzer) -> None:
    text = (
        "Il presidente messicano Felipe Calderón ha parlato ieri. Un nuovo governo cerca di "
        "far fronte all'offensiva dei miliziani di al-Shabaab."
    )
    event = one_of_type(analyse(analyzer, text, "it", PUBLISHED).events, "ASSAULT")
    assert "Felipe Calderón" not in [a.name for a in event.actors]


def test_a_verb_s_dropped_subject_still_does_the_event_noun_it_governs(
    analyzer: Analyzer,
) -> None:
    text = (
        "Il ministro Antonio Tajani è arrivato a Kiev. Ha annunciato l'invio di aiuti all'Ucraina."
    )
    event = one_of_type(analyse(analyzer, text, "it", PUBLISHED).events, "AID")
    assert [a.name for a in event.actors] == ["Antonio Tajani"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "A journalist of Sky News killed in Gaza."),
        ("fr", "Un journaliste de Sky News tué"),
    ],
)
def test_a_participle_s_noun_suffers_and_its_employer_does_not_act(
    analyzer: Analyzer, language: str, text: str
) -> None:
    events = analyse(analyzer, text, language, PUBLISHED).events
    assert all(not a.name.startswith("Sky News") for e in events for a in e.actors)


def test_a_participle_with_an_object_is_an_active_verb(analyzer: Analyzer) -> None:
    text = (
        "Doctors from two American aid groups donated and personally delivered "
        "medicines worth $50,000 to a hospital in Basra."
    )
    event = one_of_type(analyse(analyzer, text, "en", PUBLISHED).events, "AID")
    assert [a.name for a in event.actors] == ["United States"]


@pytest.mark.parametrize(
    ("language", "text", "type_", "actor"),
    [
        (
            "en",
            "His arrest by Russian police drew condemnation from Washington.",
            "COERCE",
            "Russia",
        ),
        (
            "fr",
            "L'arrestation en mars 1919 par les Britanniques du dirigeant provoqua une révolte.",
            "COERCE",
            "United Kingdom",
        ),
    ],
)
def test_an_event_noun_s_agent_phrase_names_its_actor(
    analyzer: Analyzer, language: str, text: str, type_: str, actor: str
) -> None:
    event = one_of_type(analyse(analyzer, text, language, PUBLISHED).events, type_)
    assert [a.name for a in event.actors] == [actor]
    assert actor not in [r.name for r in event.recipients]


def test_a_clause_typed_by_another_trigger_takes_that_trigger_s_parties(
    analyzer: Analyzer,
) -> None:
    text = (
        "The government of Sindh province has ordered patrols by police and paramilitary "
        "soldiers after violent protests by Muslim groups."
    )
    event = one_of_type(analyse(analyzer, text, "en", PUBLISHED).events, "MOBILIZE")
    assert event.trigger == "patrols"
    assert "Muslim groups" not in [a.name for a in event.actors]


@pytest.mark.parametrize(
    ("language", "text", "type_", "actor"),
    [
        ("es", "La OTAN sometió esta noche a Trípoli a intensos bombardeos.", "ASSAULT", "NATO"),
        ("it", "Secondo la Russia, l'Ucraina ha attaccato la centrale.", "ASSAULT", "Ukraine"),
        ("es", "Según Moscú, Ucrania atacó la central nuclear.", "ASSAULT", "Ukraine"),
    ],
)
def test_a_name_after_a_preposition_is_no_subject(
    analyzer: Analyzer, language: str, text: str, type_: str, actor: str
) -> None:
    event = one_of_type(analyse(analyzer, text, language, PUBLISHED).events, type_)
    assert [a.name for a in event.actors] == [actor]


def test_names_coordinated_in_a_prepositional_phrase_are_no_subject(analyzer: Analyzer) -> None:
    text = (
        "Rusia y Ucrania firmaron ayer en Estambul, en documentos separados con Turquía y las "
        "Naciones Unidas, un acuerdo para reanudar las exportaciones de grano."
    )
    event = one_of_type(analyse(analyzer, text, "es", PUBLISHED).events, "AGREE")
    assert {a.name for a in event.actors} == {"Russia", "Ukraine"}


def test_a_name_in_a_phrase_that_a_relative_clause_follows_is_its_subject(
    analyzer: Analyzer,
) -> None:
    text = "Meloni habló en una rueda de prensa con Zelenski, que agradeció a Italia su respaldo."
    event = one_of_type(analyse(analyzer, text, "es", PUBLISHED).events, "SUPPORT")
    assert [a.name for a in event.actors] == ["Volodymyr Zelenskyy"]


@pytest.mark.parametrize(
    ("language", "text", "actor", "target"),
    [
        ("es", "Un ataque de Gadafi contra los barcos de la OTAN sería posible.", "Gadafi", "NATO"),
        ("it", "L'attacco della Russia all'Ucraina è iniziato nel 2022.", "Russia", "Ukraine"),
    ],
)
def test_the_of_phrase_of_an_attack_with_a_target_names_its_actor(
    analyzer: Analyzer, language: str, text: str, actor: str, target: str
) -> None:
    event = one_of_type(analyse(analyzer, text, language, PUBLISHED).events, "ASSAULT")
    assert [a.name for a in event.actors] == [actor]
    assert [r.name for r in event.recipients] == [target]


def test_the_of_phrase_of_an_invasion_alone_names_the_invaded(analyzer: Analyzer) -> None:
    text = "L'invasione dell'Ucraina è iniziata nel 2022."
    event = one_of_type(analyse(analyzer, text, "it", PUBLISHED).events, "ASSAULT")
    assert not event.actors
    assert [r.name for r in event.recipients] == ["Ukraine"]


@pytest.mark.parametrize(
    ("text", "type_", "patient"),
    [
        (
            "Police said David Miller surrendered after two hours and was charged on Saturday "
            "with murder.",
            "ACCUSE",
            "David Miller",
        ),
        ("Chargers' Jackson arrested on suspicion of drunk driving", "COERCE", "Jackson"),
    ],
)
def test_a_passive_without_its_own_subject_acts_on_the_inherited_one(
    analyzer: Analyzer, text: str, type_: str, patient: str
) -> None:
    event = one_of_type(analyse(analyzer, text, "en", PUBLISHED).events, type_)
    assert not event.actors
    assert [r.name for r in event.recipients] == [patient]


def test_a_passive_pronoun_subject_is_resolved_as_the_one_acted_on(analyzer: Analyzer) -> None:
    text = "Vincent Gigante died in prison in 2005. He was convicted of racketeering in 1997."
    event = one_of_type(analyse(analyzer, text, "en", PUBLISHED).events, "SANCTION")
    assert not event.actors
    assert [r.name for r in event.recipients] == ["Vincent Gigante"]


def test_criticism_drawn_comes_from_the_from_phrase(analyzer: Analyzer) -> None:
    text = "Last month, India's navy drew criticism from Thailand after sinking a fishing boat."
    event = one_of_type(analyse(analyzer, text, "en", PUBLISHED).events, "ACCUSE")
    assert [a.name for a in event.actors] == ["Thailand"]
    assert [r.name for r in event.recipients] == ["India"]


def test_a_verb_tagged_as_a_participle_in_a_full_sentence_stays_active(
    analyzer: Analyzer,
) -> None:
    text = "Nigerian and British detectives teamed up to trace the stolen millions."
    event = one_of_type(analyse(analyzer, text, "en", PUBLISHED).events, "COOPERATE")
    assert {a.name for a in event.actors} == {"Nigeria", "United Kingdom"}
