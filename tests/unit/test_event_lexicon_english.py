"""English event coding of general PLOVER vocabulary (the "en" section of ``triggers.json``).

The sentences were written for this test (invented, typical wire phrasing) from the PLOVER
codebook's definitions of the types and modes, not taken from any gold set. The ambiguity
cases check that a word of two readings ("riot police", "struck a deal", "handed over
weapons to an ally") does not give the wrong type.
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
    # SANCTION
    ("The United States blacklisted five companies linked to the militia.", "SANCTION"),
    ("The African Union suspended Mali's membership after the coup.", "SANCTION"),
    ("A Peruvian court found former president Castillo guilty of abuse of power.", "SANCTION"),
    ("Kenya banned imports of Ukrainian grain.", "SANCTION"),
    ("Russia announced its withdrawal from the arms control treaty.", "SANCTION"),
    ("Britain froze the assets of twelve oligarchs.", "SANCTION"),
    ("Moscow expelled four Polish diplomats in a retaliatory move.", "SANCTION"),
    ("Kenya severed diplomatic ties with Somalia.", "SANCTION"),
    # COERCE
    ("Macron declared a state of emergency after the unrest.", "COERCE"),
    ("Russia blocked access to several news websites.", "COERCE"),
    ("Chinese hackers breached the ministry's computer systems.", "COERCE"),
    ("Israeli soldiers cordoned off the area around the parliament.", "COERCE"),
    ("Egyptian authorities cut off water and electricity to the besieged town.", "COERCE"),
    ("Turkish police searched the home of the opposition leader.", "COERCE"),
    ("Iranian security forces detained the journalist at the airport.", "COERCE"),
    ("Greek customs officers seized a shipment of weapons at the port.", "COERCE"),
    # THREATEN
    ("Iran warned of a crushing response if attacked.", "THREATEN"),
    ("Hezbollah vowed to retaliate for the killing of its commander.", "THREATEN"),
    ("Turkey threatened to expel ten Western ambassadors.", "THREATEN"),
    # ACCUSE
    (
        "The Chinese foreign ministry summoned the ambassador to protest against the remarks.",
        "ACCUSE",
    ),
    ("The Serbian general will stand trial for crimes against humanity.", "ACCUSE"),
    ("Kyiv blamed Moscow for the attack on the dam.", "ACCUSE"),
    ("The United Nations condemned the coup in Niger.", "ACCUSE"),
    # REQUEST / REJECT
    ("The United Nations called on both sides to respect the ceasefire.", "REQUEST"),
    ("Ukraine asked its allies for more air defence systems.", "REQUEST"),
    ("Russia vetoed the Security Council resolution.", "REJECT"),
    ("Israel rejected calls for a ceasefire.", "REJECT"),
    # PROTEST
    ("Thousands of Serbians protested against the new pension law.", "PROTEST"),
    ("German rail workers walked off the job on Monday.", "PROTEST"),
    ("Rioters in Paris looted shops and set cars on fire.", "PROTEST"),
    ("French farmers blocked motorways with their tractors.", "PROTEST"),
    ("Italian transport unions staged a nationwide strike.", "PROTEST"),
    # RETREAT
    ("The Ukrainian defence minister stepped down amid the corruption probe.", "RETREAT"),
    ("Hezbollah handed over its weapons to the army.", "RETREAT"),
    ("Kenya allowed aid workers into the besieged town.", "RETREAT"),
    ("The M23 rebel fighters laid down their arms.", "RETREAT"),
    ("Russian troops withdrew from the city of Kherson.", "RETREAT"),
    # MOBILIZE
    ("China held large-scale military exercises around Taiwan.", "MOBILIZE"),
    ("North Korea test-fired a ballistic missile into the sea.", "MOBILIZE"),
    ("The French interior ministry sent thousands of riot police to the capital.", "MOBILIZE"),
    ("The US Navy dispatched an aircraft carrier to the region.", "MOBILIZE"),
    ("Pakistan conducted a nuclear test.", "MOBILIZE"),
    # ASSAULT
    ("Boko Haram gunmen hijacked a bus carrying pilgrims.", "ASSAULT"),
    ("The Syrian regime used chemical weapons against civilians.", "ASSAULT"),
    ("M23 rebels torched dozens of houses in the village.", "ASSAULT"),
    ("Saudi fighter jets struck rebel positions overnight.", "ASSAULT"),
    ("Russian forces shelled residential areas of Kharkiv.", "ASSAULT"),
    # AID
    ("Japan donated medical supplies to the hospital.", "AID"),
    ("China wrote off Cuba's debt.", "AID"),
    ("Ecuador granted asylum to the activist.", "AID"),
    # CONSULT / SUPPORT / COOPERATE / AGREE / CONCEDE
    ("Biden and Erdogan held a video call on Tuesday.", "CONSULT"),
    ("Egypt hosted talks between Israel and Hamas.", "CONSULT"),
    ("France backed Morocco's autonomy plan.", "SUPPORT"),
    ("Saudi Arabia and Iran restored diplomatic relations.", "SUPPORT"),
    ("Italian and Albanian police exchanged intelligence on the smuggling network.", "COOPERATE"),
    ("Spain handed over the suspect to French authorities.", "COOPERATE"),
    ("Italy extradited the suspect to the United States.", "COOPERATE"),
    ("The Houthis expressed readiness to negotiate with Riyadh.", "AGREE"),
    ("Macron pardoned two hundred political prisoners.", "CONCEDE"),
    # more SANCTION and COERCE phrasing
    ("Canada imposed a travel ban on senior Iranian officials.", "SANCTION"),
    ("Russia revoked the visas of three American journalists.", "SANCTION"),
    ("Washington halted arms sales to Riyadh.", "SANCTION"),
    ("A Moscow court jailed Navalny for nineteen years.", "SANCTION"),
    ("Germany withheld funding from the UN agency.", "SANCTION"),
    ("Poland's constitutional court ruled the abortion law unconstitutional.", "SANCTION"),
    ("Nicaragua stripped the bishop of his citizenship.", "COERCE"),
    ("Belarus barred the opposition leader from leaving the country.", "COERCE"),
    ("Ethiopia suspended internet services in the Amhara region.", "COERCE"),
    # more ASSAULT, PROTEST, AID, CONSULT, SUPPORT, COOPERATE, RETREAT, MOBILIZE
    ("The Russian army launched missiles at Kyiv overnight.", "ASSAULT"),
    ("Al-Shabaab militants set the police station ablaze.", "ASSAULT"),
    ("Houthi rebels targeted a cargo ship in the Red Sea.", "ASSAULT"),
    ("Sudanese paramilitaries besieged the city of El Fasher.", "ASSAULT"),
    ("Indian farmers held a sit-in outside parliament.", "PROTEST"),
    ("Thousands of Georgians gathered outside parliament to denounce the law.", "PROTEST"),
    ("The United States provided training to Ukrainian pilots.", "AID"),
    ("The World Bank disbursed $200 million to Pakistan.", "AID"),
    ("Modi attended the G20 summit in Bali.", "CONSULT"),
    ("Brazil reopened its embassy in Caracas.", "SUPPORT"),
    ("Poland and Ukraine joined forces to fight smuggling.", "COOPERATE"),
    ("Egypt reopened the Rafah crossing.", "RETREAT"),
    ("The ceasefire between Israel and Hezbollah took effect at dawn.", "RETREAT"),
    ("Poland beefed up security along its border with Belarus.", "MOBILIZE"),
    ("Iran put its air defences on high alert.", "MOBILIZE"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_english_sentence_type(coder: _Coder, text: str, expected: str) -> None:
    assert coder.predict(text, "en").label == expected


# (sentence, a type the coder must not give it): one word, two readings
NOT_CASES = [
    ("The French interior ministry sent thousands of riot police to the capital.", "PROTEST"),
    ("Germany handed over heavy weapons to Ukraine's army.", "RETREAT"),
    ("The Indian and French navies held joint exercises in the Mediterranean.", "MOBILIZE"),
    ("Iraq and Turkey struck a deal on water sharing.", "ASSAULT"),
    ("Thousands of Serbians protested against the new pension law.", "ACCUSE"),
    ("Greek customs officers seized a shipment of weapons at the port.", "ASSAULT"),
    ("German rail workers walked off the job on Monday.", "RETREAT"),
    ("EU leaders gathered in Brussels for the summit on migration.", "PROTEST"),
    ("The new US sanctions targeted Russian oligarchs.", "ASSAULT"),
    ("Kenyan teachers called off their strike after the government raised salaries.", "PROTEST"),
]


@pytest.mark.parametrize(("text", "wrong"), NOT_CASES)
def test_english_sentence_not_type(coder: _Coder, text: str, wrong: str) -> None:
    assert coder.predict(text, "en").label != wrong


# sentences without a political event: no trigger may fire
NO_EVENT = [
    "The museum opened a new exhibition of Renaissance paintings.",
    "The weather was sunny in Rome on Tuesday.",
    "The new smartphone will use a faster chip.",
    "Fans of the football club celebrated the cup final.",
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_english_sentence_without_event(coder: _Coder, text: str) -> None:
    assert coder.predict(text, "en").label == "none"


# (sentence, trigger type, mode): the lexicon alone, before the classifier weighs in
TRIGGERS = [
    ("Police fired rubber bullets and water cannon at the crowd.", "ASSAULT", "crowd-control"),
    ("A car bomb exploded near the ministry.", "ASSAULT", "explosives"),
    ("The junta banned imports of cars.", "SANCTION", "discontinue"),
    ("The party suspended his membership.", "SANCTION", "expel"),
    ("The rebels laid down their weapons.", "RETREAT", "disarm"),
    ("Workers will strike over pay next week.", "PROTEST", "strike"),
    ("The regime cut power to the region.", "COERCE", "withhold"),
    ("The minister was taken into custody.", "COERCE", "arrest"),
]


@pytest.mark.parametrize(("text", "event_type", "mode"), TRIGGERS)
def test_english_trigger(
    parser: Parser, matcher: TriggerMatcher, text: str, event_type: str, mode: str
) -> None:
    parsed = parser.parse(text, "en")
    found = [
        (candidate.type, candidate.mode)
        for sentence in parsed.sentences
        for candidate in matcher.find(parsed, sentence)
    ]
    assert (event_type, mode) in found


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("The minister warned of rising inflation.", "THREATEN"),
        ("Armed civilians patrolled the streets.", "ASSAULT"),
        ("Germany handed over heavy weapons to Ukraine.", "RETREAT"),
    ],
)
def test_english_trigger_not(
    parser: Parser, matcher: TriggerMatcher, text: str, wrong: str
) -> None:
    parsed = parser.parse(text, "en")
    found = [c.type for s in parsed.sentences for c in matcher.find(parsed, s)]
    assert wrong not in found


def test_riot_police_is_no_riot(parser: Parser, matcher: TriggerMatcher) -> None:
    parsed = parser.parse("Riot police stood outside the stadium.", "en")
    found = [c.type for s in parsed.sentences for c in matcher.find(parsed, s)]
    assert "PROTEST" not in found
