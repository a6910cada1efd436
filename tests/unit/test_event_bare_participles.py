"""Without a parse (Italian, Spanish), a past participle with no form of "have" or "be"
before it is passive: who it qualifies is acted on ("dodici manifestanti uccisi dalla
polizia": the protesters are the victims, the police the actor), and with no agent named
no one acts (not a name told in an earlier sentence). Sentences written for this test."""

from __future__ import annotations

import pytest
from event_helpers import analyse, one_of_type

from annals.models import PartialDate
from annals.pipeline import Analyzer

PUBLISHED = PartialDate(2011, 2, 20)


@pytest.mark.parametrize(
    ("lang", "text", "type_", "actor", "recipient"),
    [
        (
            "it",
            "Almeno dodici manifestanti uccisi sabato dalla polizia a Bengasi.",
            "ASSAULT",
            "polizia",
            "manifestanti",
        ),
        (
            "it",
            "Sei giornalisti arrestati ieri dai soldati al confine.",
            "COERCE",
            "soldati",
            "giornalisti",
        ),
        (
            "es",
            "Decenas de manifestantes asesinados por la policía en la plaza.",
            "ASSAULT",
            "policía",
            "manifestantes",
        ),
        (
            "es",
            "Dos periodistas detenidos por los militares en Trípoli.",
            "COERCE",
            "militares",
            "periodistas",
        ),
    ],
)
def test_the_agent_of_a_bare_participle_acts_on_the_group_it_qualifies(
    analyzer: Analyzer, lang: str, text: str, type_: str, actor: str, recipient: str
) -> None:
    event = one_of_type(analyse(analyzer, text, lang, PUBLISHED).events, type_)
    assert [a.name for a in event.actors] == [actor]
    assert recipient in [r.name for r in event.recipients]


@pytest.mark.parametrize(
    ("lang", "text", "type_", "recipient"),
    [
        (
            "it",
            "Gheddafi ha parlato alla televisione. Dieci manifestanti uccisi nella notte a "
            "Tripoli.",
            "ASSAULT",
            "manifestanti",
        ),
        (
            "es",
            "Mubarak habló por la noche. Decenas de activistas detenidos el lunes en El Cairo.",
            "COERCE",
            "activistas",
        ),
    ],
)
def test_without_an_agent_no_one_told_before_acts(
    analyzer: Analyzer, lang: str, text: str, type_: str, recipient: str
) -> None:
    event = one_of_type(analyse(analyzer, text, lang, PUBLISHED).events, type_)
    assert not event.actors, [a.name for a in event.actors]
    assert recipient in [r.name for r in event.recipients]


def test_a_named_person_qualified_by_a_participle_is_acted_on(analyzer: Analyzer) -> None:
    text = "Saddam Hussein condannato a morte dal tribunale di Baghdad."
    event = one_of_type(analyse(analyzer, text, "it", PUBLISHED).events, "SANCTION")
    assert "Saddam Hussein" in [r.name for r in event.recipients]
    assert "Saddam Hussein" not in [a.name for a in event.actors]


@pytest.mark.parametrize(
    ("lang", "text", "type_", "actor"),
    [
        ("it", "I ribelli hanno ucciso dieci soldati vicino a Misurata.", "ASSAULT", "ribelli"),
        ("it", "I soldati avevano arrestato due attivisti.", "COERCE", "soldati"),
        ("es", "Los rebeldes han atacado la ciudad de Brega.", "ASSAULT", "rebeldes"),
    ],
)
def test_a_participle_after_an_auxiliary_stays_active(
    analyzer: Analyzer, lang: str, text: str, type_: str, actor: str
) -> None:
    event = one_of_type(analyse(analyzer, text, lang, PUBLISHED).events, type_)
    assert actor in [a.name for a in event.actors]
