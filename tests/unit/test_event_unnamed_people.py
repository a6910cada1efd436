"""Unnamed people as parties ("l'uomo", "dos mujeres", "deux hommes", "il 45enne"), and the
group whose "of" phrase names a place, a person or a company ("i vigili di Parma", "los
padres de Lucía"): the group acts, not what its phrase names; but armed forces act for whom
they serve ("le truppe di Haftar"). Sentences written for this test."""

from __future__ import annotations

import pytest
from event_helpers import analyse, names, one_of_type

from annals.models import PartialDate
from annals.pipeline import Analyzer

PUBLISHED = PartialDate(2025, 3, 12)


@pytest.mark.parametrize(
    ("lang", "text", "kind", "recipient"),
    [
        ("it", "La polizia ha arrestato l'uomo davanti alla stazione di Rimini.", "COERCE", "uomo"),
        ("it", "I carabinieri hanno denunciato ieri una donna di 52 anni.", "ACCUSE", "donna"),
        ("es", "La policía detuvo ayer a dos mujeres en el puerto de Vigo.", "COERCE", "mujeres"),
        ("es", "Los soldados mataron a cuatro civiles cerca de Sirte.", "ASSAULT", "civiles"),
        ("fr", "La police a interpellé trois hommes à Nantes.", "COERCE", "hommes"),
        ("en", "Police detained two women outside the embassy on Friday.", "COERCE", "women"),
    ],
)
def test_unnamed_people_a_verb_acts_on_are_its_recipients(
    analyzer: Analyzer, lang: str, text: str, kind: str, recipient: str
) -> None:
    event = one_of_type(analyse(analyzer, text, lang, PUBLISHED).events, kind)
    assert recipient in names(event.recipients), names(event.recipients)
    assert recipient not in names(event.actors)


@pytest.mark.parametrize(
    ("lang", "text", "kind", "actor", "recipient"),
    [
        (
            "it",
            "Un uomo ha accoltellato un passante a Livorno.",
            "ASSAULT",
            "uomo",
            "passante",
        ),
        ("es", "Un hombre atacó a una mujer en una calle de Cádiz.", "ASSAULT", "hombre", "mujer"),
        # an Italian age as a noun, and the place he is from, which takes no part
        ("it", "Il 45enne, originario di Bari, ha picchiato un vicino.", "ASSAULT", "45enne", None),
    ],
)
def test_unnamed_people_before_a_verb_are_its_actors(
    analyzer: Analyzer, lang: str, text: str, kind: str, actor: str, recipient: str | None
) -> None:
    event = one_of_type(analyse(analyzer, text, lang, PUBLISHED).events, kind)
    assert names(event.actors) == [actor]
    if recipient is not None:
        assert recipient in names(event.recipients)
    assert "Bari" not in names(event.actors) + names(event.recipients)


@pytest.mark.parametrize(
    ("lang", "text", "kind", "actor", "named"),
    [
        (
            "it",
            "I poliziotti di Parma hanno arrestato due giovani.",
            "COERCE",
            "poliziotti",
            "Parma",
        ),
        (
            "it",
            "I carabinieri di Ferrara hanno arrestato tre uomini.",
            "COERCE",
            "carabinieri",
            "Ferrara",
        ),
        ("it", "I genitori di Luca hanno chiesto giustizia.", "REQUEST", "genitori", "Luca"),
        ("es", "Los padres de Lucía pidieron ayuda al alcalde.", "REQUEST", "padres", "Lucía"),
        (
            "es",
            "Los manifestantes de Túnez y Argelia pidieron reformas.",
            "REQUEST",
            "manifestantes",
            "Tunisia",
        ),
    ],
)
def test_a_group_acts_not_the_name_in_its_of_phrase(
    analyzer: Analyzer, lang: str, text: str, kind: str, actor: str, named: str
) -> None:
    event = one_of_type(analyse(analyzer, text, lang, PUBLISHED).events, kind)
    assert names(event.actors) == [actor], names(event.actors)
    assert named not in names(event.actors)


def test_the_mother_in_an_of_phrase_heads_the_subject(analyzer: Analyzer) -> None:
    text = "La madre del ragazzo ha denunciato l'allenatore."
    event = one_of_type(analyse(analyzer, text, "it", PUBLISHED).events, "ACCUSE")
    # the group keeps the common noun of its "of" phrase (test_event_group_names)
    assert names(event.actors) == ["madre del ragazzo"]


@pytest.mark.parametrize(
    ("lang", "text", "actor"),
    [
        ("it", "Le milizie di Haftar hanno bombardato Tripoli.", "Haftar"),
        ("es", "Las tropas de Rusia atacaron Járkov.", "Russia"),
    ],
)
def test_forces_act_for_whom_they_serve(
    analyzer: Analyzer, lang: str, text: str, actor: str
) -> None:
    event = one_of_type(analyse(analyzer, text, lang, PUBLISHED).events, "ASSAULT")
    assert actor in names(event.actors), names(event.actors)


def test_victims_of_an_event_noun_are_not_its_actors(analyzer: Analyzer) -> None:
    text = "Tres civiles murieron en un ataque contra el mercado de Sirte."
    events = analyse(analyzer, text, "es", PUBLISHED).events
    assert all("civiles" not in names(e.actors) for e in events)


@pytest.mark.parametrize(
    ("lang", "text", "kind", "patients"),
    [
        (
            "es",
            "Un portavoz de Amnistía Internacional ha dicho que 300 personas fueron asesinadas.",
            "ASSAULT",
            ["personas"],
        ),
        (
            "it",
            "Un portavoce dell'Onu ha detto che sei giornalisti sono stati arrestati.",
            "COERCE",
            ["giornalisti"],
        ),
    ],
)
def test_the_speaker_of_a_reported_passive_is_not_its_actor(
    analyzer: Analyzer, lang: str, text: str, kind: str, patients: list[str]
) -> None:
    event = one_of_type(analyse(analyzer, text, lang, PUBLISHED).events, kind)
    assert not event.actors, names(event.actors)
    assert names(event.recipients) == patients


def test_a_headline_participle_acts_on_the_group_after_it(analyzer: Analyzer) -> None:
    text = "Arrestata la banda dei furti: sei arresti tra Parma e Piacenza."
    event = one_of_type(analyse(analyzer, text, "it", PUBLISHED).events, "COERCE")
    assert names(event.recipients) == ["banda dei furti"]


def test_towns_between_which_it_happened_are_no_sides(analyzer: Analyzer) -> None:
    text = "Nella notte sei arresti tra Parma e Piacenza per spaccio."
    events = analyse(analyzer, text, "it", PUBLISHED).events
    assert all(
        not {"Parma", "Piacenza"} & set(names(e.actors) + names(e.recipients)) for e in events
    ), [(e.type, names(e.actors), names(e.recipients)) for e in events]


@pytest.mark.parametrize(
    ("text", "kind", "actor"),
    [
        # a kin noun in apposition to a name stands for that name
        (
            "Marco Bianchi, padre di Luca, ha chiesto giustizia al sindaco.",
            "REQUEST",
            "Marco Bianchi",
        ),
        # a passive's agent group keeps its nationality
        (
            "Tre pescatori tunisini sono stati arrestati dai militari libici.",
            "COERCE",
            "militari libici",
        ),
        # a group noun in apposition to the agent's name leaves the name the agent
        ("Il sindaco fu arrestato dal nuovo uomo forte, Karim Haddad.", "COERCE", "Karim Haddad"),
    ],
)
def test_apposition_and_agent_groups(analyzer: Analyzer, text: str, kind: str, actor: str) -> None:
    event = one_of_type(analyse(analyzer, text, "it", PUBLISHED).events, kind)
    assert names(event.actors) == [actor], names(event.actors)


@pytest.mark.parametrize(
    ("lang", "text", "kind", "actor", "recipient"),
    [
        (
            "es",
            "Los activistas sirios pidieron ayuda a la ONU.",
            "REQUEST",
            "activistas sirios",
            None,
        ),
        (
            "it",
            "Due 20enni albanesi sono stati arrestati dai carabinieri.",
            "COERCE",
            "carabinieri",
            "20enni albanesi",
        ),
        # soldiers of a nationality are its state's
        ("it", "I soldati russi hanno bombardato Sumy.", "ASSAULT", "Russia", None),
    ],
)
def test_people_of_a_nationality_are_a_group_not_the_state(
    analyzer: Analyzer, lang: str, text: str, kind: str, actor: str, recipient: str | None
) -> None:
    event = one_of_type(analyse(analyzer, text, lang, PUBLISHED).events, kind)
    assert names(event.actors) == [actor], names(event.actors)
    if recipient is not None:
        assert names(event.recipients) == [recipient], names(event.recipients)


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient"),
    [
        (
            "it",
            "Il giudice ha condannato l'imputato a quattro anni di carcere.",
            "giudice",
            "imputato",
        ),
        ("es", "El juez condenó a Rosa Medina a seis años de prisión.", "juez", "Rosa Medina"),
    ],
)
def test_a_judge_sentences(
    analyzer: Analyzer, lang: str, text: str, actor: str, recipient: str
) -> None:
    event = one_of_type(analyse(analyzer, text, lang, PUBLISHED).events, "SANCTION")
    assert names(event.actors) == [actor], names(event.actors)
    assert names(event.recipients) == [recipient], names(event.recipients)


@pytest.mark.parametrize(
    ("text", "kind", "actors", "recipients"),
    [
        # people counted by their nationality are a group, not the state
        (
            "Tre marocchini hanno aggredito un passante a Rimini.",
            "ASSAULT",
            ["marocchini"],
            ["passante"],
        ),
        # a relative clause's passive acts on what the clause is about
        (
            "Sono due albanesi, già noti, che sono stati denunciati per furto.",
            "ACCUSE",
            [],
            ["albanesi"],
        ),
    ],
)
def test_people_counted_by_nationality(
    analyzer: Analyzer, text: str, kind: str, actors: list[str], recipients: list[str]
) -> None:
    event = one_of_type(analyse(analyzer, text, "it", PUBLISHED).events, kind)
    assert names(event.actors) == actors, names(event.actors)
    assert names(event.recipients) == recipients, names(event.recipients)


def test_a_nationality_of_origin_is_no_party(analyzer: Analyzer) -> None:
    text = "Le due donne, di origine moldava, sono state denunciate per furto."
    events = analyse(analyzer, text, "it", PUBLISHED).events
    assert all("Moldova" not in names(e.actors) + names(e.recipients) for e in events)


@pytest.mark.parametrize(
    ("text", "kind", "actor"),
    [
        # a town the recogniser takes for an organisation, after an "of" with no article
        ("I carabinieri di Sassuolo hanno arrestato un 30enne per furto.", "COERCE", "carabinieri"),
        # one it takes for a person's name: police serve a place, not a person
        ("I carabinieri di Medolla hanno denunciato una 41enne.", "ACCUSE", "carabinieri"),
        # a police unit, with its article, acts
        ("Gli agenti della Digos hanno arrestato due giovani.", "COERCE", "Digos"),
        # armed forces still act for whom they serve
        ("Le forze di Gheddafi hanno attaccato Misurata.", "ASSAULT", "Gheddafi"),
    ],
)
def test_police_act_for_themselves_not_for_their_town(
    analyzer: Analyzer, text: str, kind: str, actor: str
) -> None:
    event = one_of_type(analyse(analyzer, text, "it", PUBLISHED).events, kind)
    assert names(event.actors) == [actor]
