"""Who acts in passives and in an event noun's "of" phrase: "è accusato di" and "es
detenido" are passives; a French passive's "par" phrase is its agent even where the parser
labels it otherwise, and unnamed people may be that agent ("by armed men"); a refusal's,
a visit's or a sanction's "of" phrase names who acts ("le refus de la Hongrie"), an arrest's
only when it names police or forces ("un arresto dei carabinieri"); the subject of a passive
whose agent is an event noun undergoes it ("visé par une enquête de la Commission").
Sentences written for this test."""

from __future__ import annotations

import pytest
from event_helpers import analyse, names, one_of_type

from annals.models import PartialDate
from annals.pipeline import Analyzer

PUBLISHED = PartialDate(2025, 3, 12)


@pytest.mark.parametrize(
    ("lang", "text", "kind", "patient"),
    [
        (
            "it",
            "Giorgio Santini è accusato di furto aggravato.",
            "ACCUSE",
            "Giorgio Santini",
        ),
        ("it", "Gli studenti sono arrestati all'alba a Torino.", "COERCE", "studenti"),
        ("es", "Los dos jóvenes son detenidos en la estación de Atocha.", "COERCE", "jóvenes"),
    ],
)
def test_a_form_of_be_before_a_participle_makes_a_passive(
    analyzer: Analyzer, lang: str, text: str, kind: str, patient: str
) -> None:
    event = one_of_type(analyse(analyzer, text, lang, PUBLISHED).events, kind)
    assert patient in names(event.recipients), names(event.recipients)
    assert patient not in names(event.actors)


@pytest.mark.parametrize(
    "text",
    ["Gli operai sono scesi in piazza a Taranto."],
)
def test_be_with_a_verb_of_motion_is_no_passive(analyzer: Analyzer, text: str) -> None:
    # "scendere" takes "essere" in the perfect: the workers act, nothing is done to them
    event = one_of_type(analyse(analyzer, text, "it", PUBLISHED).events, "PROTEST")
    assert names(event.actors) == ["operai"] and not event.recipients


@pytest.mark.parametrize(
    ("lang", "text", "kind", "agent"),
    [
        (
            "fr",
            "Le consul a été attaqué dans le hall de l'hôtel par des hommes armés.",
            "ASSAULT",
            "hommes",
        ),
        (
            "fr",
            "Le convoi a été pris d'assaut par des miliciens près de Syrte.",
            "ASSAULT",
            "miliciens",
        ),
        ("en", "The consul was attacked in the hotel lobby by armed men.", "ASSAULT", "armed men"),
    ],
)
def test_unnamed_people_may_be_a_passives_agent(
    analyzer: Analyzer, lang: str, text: str, kind: str, agent: str
) -> None:
    event = one_of_type(analyse(analyzer, text, lang, PUBLISHED).events, kind)
    assert names(event.actors) == [agent], names(event.actors)


@pytest.mark.parametrize(
    ("lang", "text", "kind", "actor"),
    [
        (
            "it",
            "Il governo ha criticato il rifiuto dell'Ungheria di inviare truppe.",
            "REJECT",
            "Hungary",
        ),
        (
            "es",
            "Las sanciones de la Unión Europea contra Bielorrusia entraron en vigor.",
            "SANCTION",
            "European Union",
        ),
        (
            "fr",
            "Le refus de la Hongrie de signer le pacte a irrité Bruxelles.",
            "REJECT",
            "Hungary",
        ),
        ("en", "The refusal of Hungary to sign the pact angered Brussels.", "REJECT", "Hungary"),
        (
            "it",
            "Un arresto dei carabinieri ha chiuso l'indagine sul furto.",
            "COERCE",
            "carabinieri",
        ),
        (
            "es",
            "El ataque de los soldados contra la aldea dejó seis heridos.",
            "ASSAULT",
            "soldados",
        ),
    ],
)
def test_the_of_phrase_of_an_event_noun_may_name_who_acts(
    analyzer: Analyzer, lang: str, text: str, kind: str, actor: str
) -> None:
    event = one_of_type(analyse(analyzer, text, lang, PUBLISHED).events, kind)
    assert actor in names(event.actors), (names(event.actors), names(event.recipients))
    assert actor not in names(event.recipients)


@pytest.mark.parametrize(
    ("lang", "text", "kind", "patient"),
    [
        ("es", "La invasión de Georgia comenzó en agosto.", "ASSAULT", "Georgia"),
        ("en", "The arrest of Navalny sparked protests.", "COERCE", "Alexei Navalny"),
        # a locution's "of" phrase is who it is for
        ("it", "Il governo italiano resta al fianco della Moldavia.", "SUPPORT", "Moldova"),
    ],
)
def test_an_attacks_or_a_locutions_of_phrase_names_who_undergoes_it(
    analyzer: Analyzer, lang: str, text: str, kind: str, patient: str
) -> None:
    event = one_of_type(analyse(analyzer, text, lang, PUBLISHED).events, kind)
    assert patient in names(event.recipients), (names(event.actors), names(event.recipients))


def test_a_meetings_of_phrase_names_no_participant_but_a_person() -> None:
    from annals.events.roles_words import genitive_party

    assert genitive_party("CONSULT", "PERSON", "person/x")
    assert not genitive_party("CONSULT", "ORG", "org/g7")  # "un vertice del G7"
    assert genitive_party("SANCTION", "GPE", "country/HUN")
    assert not genitive_party("SANCTION", "GPE", "city/budapest")
    assert not genitive_party("ASSAULT", "ORG", "org/nato")


@pytest.mark.parametrize(
    ("lang", "text", "kind", "actor", "patient"),
    [
        (
            "fr",
            "Le ministre Paul Girard est visé par une enquête de la Commission européenne.",
            "ACCUSE",
            "European Commission",
            "Paul Girard",
        ),
        (
            "en",
            "Paul Girard was hit by sanctions from the European Union.",
            "SANCTION",
            "European Union",
            "Paul Girard",
        ),
    ],
)
def test_a_passives_subject_undergoes_the_event_noun_of_its_agent(
    analyzer: Analyzer, lang: str, text: str, kind: str, actor: str, patient: str
) -> None:
    event = one_of_type(analyse(analyzer, text, lang, PUBLISHED).events, kind)
    assert names(event.actors) == [actor], names(event.actors)
    assert patient in names(event.recipients), names(event.recipients)


@pytest.mark.parametrize(
    ("lang", "text", "agent", "patient"),
    [
        (
            "it",
            "Luca Ferretti era ricercato da mesi. Ieri è stato arrestato dai carabinieri a Lodi.",
            "carabinieri",
            "Luca Ferretti",
        ),
        (
            "es",
            "Andrés Molina llevaba semanas escondido. Fue detenido por la policía en Murcia.",
            "policía",
            "Andrés Molina",
        ),
        # a subject after the verb, past the agent
        (
            "it",
            "È stato arrestato dagli agenti il consigliere Paolo Greco.",
            "agenti",
            "Paolo Greco",
        ),
    ],
)
def test_a_passives_dropped_or_postposed_subject_undergoes_it(
    analyzer: Analyzer, lang: str, text: str, agent: str, patient: str
) -> None:
    event = one_of_type(analyse(analyzer, text, lang, PUBLISHED).events, "COERCE")
    assert names(event.actors) == [agent], names(event.actors)
    assert names(event.recipients) == [patient], names(event.recipients)


@pytest.mark.parametrize(
    ("lang", "text", "kind", "actor", "recipient"),
    [
        # a passive in a relative clause acts on the name the clause is about
        (
            "es",
            "El jefe del clan era Omar Haddad, que fue asesinado por Karim Jalil.",
            "ASSAULT",
            "Karim Jalil",
            "Omar Haddad",
        ),
        # names in a relative clause closed before the verb are none of its parties
        (
            "es",
            "La ministra Elena Ruiz, que visitó Lisboa ayer, firmó un acuerdo con Marruecos.",
            "AGREE",
            "Elena Ruiz",
            "Morocco",
        ),
        (
            "it",
            "Il ministro Paolo Neri, che ha visitato Tunisi, ha firmato un accordo con l'Egitto.",
            "AGREE",
            "Paolo Neri",
            "Egypt",
        ),
    ],
)
def test_relative_clauses_around_the_trigger(
    analyzer: Analyzer, lang: str, text: str, kind: str, actor: str, recipient: str
) -> None:
    event = one_of_type(analyse(analyzer, text, lang, PUBLISHED).events, kind)
    assert names(event.actors) == [actor], names(event.actors)
    assert names(event.recipients) == [recipient], names(event.recipients)


@pytest.mark.parametrize(
    ("text", "actor", "patient"),
    [
        # a headline's noun with no article, its agent and its patients in "of" phrases
        ("Doppio arresto dei carabinieri di due rapinatori a Cesena.", "carabinieri", "rapinatori"),
        ("Arresto dei carabinieri di tre ladri a Imola.", "carabinieri", "ladri"),
        # "l'altro": one of those told just before
        (
            "Uno dei ladri è fuggito, l'altro è stato arrestato dai carabinieri.",
            "carabinieri",
            "altro",
        ),
    ],
)
def test_italian_crime_report_arrests(
    analyzer: Analyzer, text: str, actor: str, patient: str
) -> None:
    event = one_of_type(analyse(analyzer, text, "it", PUBLISHED).events, "COERCE")
    assert names(event.actors) == [actor], names(event.actors)
    assert names(event.recipients) == [patient], names(event.recipients)


@pytest.mark.parametrize(
    ("lang", "text", "place", "party"),
    [
        (
            "fr",
            "Le ministre a signé un accord à Rabat avec son homologue Karim Bennani.",
            "Rabat",
            "Karim Bennani",
        ),
        (
            "it",
            "Il ministro ha firmato un accordo a Tunisi con il collega Karim Bennani.",
            "Tunis",
            "Karim Bennani",
        ),
    ],
)
def test_where_an_agreement_is_signed_with_someone_is_no_party(
    analyzer: Analyzer, lang: str, text: str, place: str, party: str
) -> None:
    event = one_of_type(analyse(analyzer, text, lang, PUBLISHED).events, "AGREE")
    parties = names(event.actors) + names(event.recipients)
    assert party in parties and place not in parties, parties
