"""English lexicon precision on everyday news: award-show hosts, sports signings, software
releases, police appeals and courtroom wording are no political events; arrests, hostage
takings and arraignments are. Sentences written for this test."""

from __future__ import annotations

import pytest
from event_helpers import analyse, one_of_type

from annals.models import PartialDate
from annals.pipeline import Analyzer

PUBLISHED = PartialDate(2025, 3, 12)


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        # entertainment and sports senses
        ("Comedian Jimmy Kimmel will host the Academy Awards ceremony in March.", "CONSULT"),
        ("A pop singer hosted the charity concert at the stadium on Saturday.", "CONSULT"),
        ("The Boston Celtics signed guard Dennis Smith to a two-year contract.", "AGREE"),
        ("Barcelona signed the Brazilian forward on Tuesday.", "AGREE"),
        ("The champion defended his heavyweight title in Hamburg on Saturday.", "SUPPORT"),
        ("Senator Collins defended her thesis at Harvard in 1975.", "SUPPORT"),
        ("Her photographs captured the imagination of Americans in the 1950s.", "ASSAULT"),
        ("The Rams rallied in the fourth quarter to beat Seattle.", "PROTEST"),
        ("Firefighters from Leeds fought the blaze for six hours.", "ASSAULT"),
        # software and technology senses
        ("The company released an emergency patch for its web browser on Wednesday.", "RETREAT"),
        ("Administrators can deploy the update through the usual management tools.", "MOBILIZE"),
        ("The flaw lets an attacker hijack the browser of anyone who opens the page.", "ASSAULT"),
        ("Mark Ellis, a threat researcher at Sophos, described the flaw.", "THREATEN"),
        # names, nouns and everyday wording
        ("The Arizona Highway Patrol said the driver was speeding.", "MOBILIZE"),
        ("The defence lawyer Tom Lynch spoke to reporters outside the court.", "ASSAULT"),
        ("Mayor Karen Bass said: thank God nobody was hurt in the blaze.", "SUPPORT"),
        ("The climber was released from hospital after a check-up.", "RETREAT"),
        ("After the war the novelist Graham Greene settled in Antibes.", "AGREE"),
        # police appeals and courtroom wording
        ("Police asked anyone with information about the fire to call the station.", "REQUEST"),
        ("The former treasurer pleaded guilty to embezzlement in federal court.", "REQUEST"),
        ("The mayor declined to comment on the report.", "REJECT"),
        ("The witness insisted that the driver had not been drinking.", "REQUEST"),
    ],
)
def test_everyday_sense_is_no_event(analyzer: Analyzer, text: str, type_: str) -> None:
    events = analyse(analyzer, text, "en", PUBLISHED).events
    assert type_ not in {e.type for e in events}, [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize(
    ("text", "type_", "mode"),
    [
        ("Egypt hosted the Israeli prime minister for talks on Gaza.", "CONSULT", "visit"),
        ("Kenya and Somalia signed a border accord in Nairobi on Monday.", "AGREE", None),
        ("The rebels released twelve soldiers they had held since May.", "RETREAT", "release"),
        ("The Indian navy captured nine pirates after a chase in the gulf.", "COERCE", "arrest"),
        ("Police apprehended the gunman near the central station.", "COERCE", "arrest"),
        ("Gunmen took four aid workers hostage near the border town.", "ASSAULT", "abduct"),
        ("The escaped inmate pulled a pistol on two prison guards.", "ASSAULT", "firearms"),
        (
            "Tens of thousands of teachers rallied outside parliament against the budget cuts.",
            "PROTEST",
            "demo",
        ),
        ("The former mayor was arraigned on corruption charges in Boston.", "ACCUSE", "allege"),
        ("Iran refused to release the detained sailors.", "REJECT", None),
    ],
)
def test_news_event_is_coded(analyzer: Analyzer, text: str, type_: str, mode: str | None) -> None:
    event = one_of_type(analyse(analyzer, text, "en", PUBLISHED).events, type_)
    assert event.mode == mode
