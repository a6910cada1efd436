"""English event coding, second round of the "en" trigger lexicon (``triggers.json``).

The sentences were written for this test (invented, typical wire phrasing) from the PLOVER
codebook's definitions of the types and modes, not taken from any gold set. Each one was
coded wrongly (or not at all) before the round: phrasings of visits and calls, hand-overs
and resignations, withdrawals from treaties, speech acts that govern the action they ask
for or threaten, and words of two readings ("truce monitors", "cut prices on flights").
"""

from __future__ import annotations

import pytest

from annals.benchmark.events_eval import _Coder
from annals.events.triggers import TriggerMatcher
from annals.nlp.parser import Parser


@pytest.fixture(scope="module")
def coder() -> _Coder:
    return _Coder()


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


@pytest.fixture(scope="module")
def matcher() -> TriggerMatcher:
    return TriggerMatcher()


# (sentence, PLOVER type the coder gives the text)
CASES = [
    # CONSULT
    ("Scholz travelled to Washington to confer with Biden about Ukraine.", "CONSULT"),
    ("Egypt's Sisi spoke with the Jordanian king over the phone about the crisis.", "CONSULT"),
    ("Macron sat down with the Chinese leader at the Elysee Palace.", "CONSULT"),
    ("Lula welcomed the Argentine president to Brasilia for talks on trade.", "CONSULT"),
    # AGREE
    ("China said it was willing to work with the United States to manage differences.", "AGREE"),
    ("Seoul said it was open to dialogue with Pyongyang without preconditions.", "AGREE"),
    # SUPPORT
    ("The European Commission gave its approval to Ukraine's reform plan.", "SUPPORT"),
    (
        "Beijing expressed appreciation for Islamabad's efforts to protect Chinese workers.",
        "SUPPORT",
    ),
    # COOPERATE
    ("Colombian police worked with the DEA to dismantle the trafficking ring.", "COOPERATE"),
    ("South Korea and Japan resumed military intelligence sharing.", "COOPERATE"),
    ("The two armies held combined drills near the border.", "COOPERATE"),
    # AID
    ("Turkey dispatched rescue teams and tents to quake-hit Syria.", "AID"),
    ("The Red Cross distributed food parcels to displaced families in Khartoum.", "AID"),
    ("French troops trained Malian soldiers in counter-terrorism tactics.", "AID"),
    ("The UAE shipped fuel to Sudan's hospitals.", "AID"),
    # RETREAT
    ("Italy's prime minister tendered his resignation to the president.", "RETREAT"),
    ("The M23 rebels handed over control of Kibumba to the regional force.", "RETREAT"),
    ("FARC guerrillas handed in their weapons to UN monitors.", "RETREAT"),
    ("Azerbaijan returned the bodies of Armenian soldiers.", "RETREAT"),
    ("Iran let IAEA inspectors back into the Fordow facility.", "RETREAT"),
    ("Myanmar's army abandoned several bases near the Chinese border.", "RETREAT"),
    # CONCEDE
    ("The Thai government dropped charges against the protest leaders.", "CONCEDE"),
    ("The Georgian ruling party withdrew the controversial foreign agents bill.", "CONCEDE"),
    ("The Israeli government shelved the judicial reform bill.", "CONCEDE"),
    ("Mali's junta promised to hand power to civilians by 2024.", "CONCEDE"),
    # REQUEST
    ("Iraq submitted a formal request to Turkey for more water from the Tigris.", "REQUEST"),
    # ACCUSE
    ("The US State Department faulted Hungary for its crackdown on the media.", "ACCUSE"),
    ("Poland summoned the Belarusian charge d'affaires over the airspace violation.", "ACCUSE"),
    # THREATEN
    ("Erdogan vowed to launch a new ground operation in northern Syria.", "THREATEN"),
    ("Russia said it would retaliate if Finland joined NATO.", "THREATEN"),
    # SANCTION
    ("Niger's junta ordered the French ambassador to leave the country.", "SANCTION"),
    ("Russia withdrew from the Conventional Armed Forces in Europe treaty.", "SANCTION"),
    ("Washington imposed visa restrictions on Ugandan officials.", "SANCTION"),
    # a package of sanctions is no aid package
    ("The European Union adopted a 17th package of sanctions against Belarus.", "SANCTION"),
    ("Canada unveiled a new round of sanctions on Iranian officials.", "SANCTION"),
    # MOBILIZE
    ("Azerbaijan reinforced its positions along the Lachin corridor.", "MOBILIZE"),
    ("The Brazilian government sent the national guard to the Amazon.", "MOBILIZE"),
    # COERCE
    ("The Russian government blocked access to Instagram.", "COERCE"),
    ("Chinese hackers breached the email accounts of US officials.", "COERCE"),
    ("Burkina Faso suspended French radio broadcasts.", "COERCE"),
    # ASSAULT
    ("Russian missiles pounded Kyiv's energy infrastructure overnight.", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_english_sentence_type(coder: _Coder, text: str, expected: str) -> None:
    assert coder.predict(text, "en").label == expected


# sentences without a political event: no trigger may give one
NO_EVENT = [
    "The airline cut prices on flights to Spain.",
    "Germany beat France two goals to one in the friendly match.",
    "The Indian cricket team beat Australia in Mumbai.",
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_english_sentence_without_event(coder: _Coder, text: str) -> None:
    assert coder.predict(text, "en").label == "none"


# (sentence, a type the lexicon must not propose): one word, two readings
TRIGGERS_NOT = [
    ("Cyprus sent truce monitors to the buffer zone.", "CONCEDE"),
    ("Amnesty International published its annual report.", "CONCEDE"),
    ("Japan cut prices on flights to Seoul.", "SANCTION"),
]


@pytest.mark.parametrize(("text", "wrong"), TRIGGERS_NOT)
def test_english_trigger_not(
    parser: Parser, matcher: TriggerMatcher, text: str, wrong: str
) -> None:
    parsed = parser.parse(text, "en")
    found = [c.type for s in parsed.sentences for c in matcher.find(parsed, s)]
    assert wrong not in found
