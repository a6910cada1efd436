"""Handlers of times of day: "7:15 p.m.", "noon", "alle 15", "à 9 heures", "18 Uhr"."""

from __future__ import annotations

import re
from dataclasses import replace

from annals.time.mentions import RawMention
from annals.time.patterns import TIME_FOLLOWERS, next_word
from annals.time.rules_base import RuleSetBase

# Seconds after hours and minutes, with no clock word: a race or record time ("2:09:57 h").
_RACE_TIME = re.compile(r":[0-5]\d(?:[.,]\d+)?(?!\s*(?:GMT|UTC|Uhr))")


class ClockRules(RuleSetBase):
    """Handlers of the clock rules (``clock`` and the ``clock_<language>_<n>`` phrases)."""

    def _clock(self, match: re.Match[str], text: str) -> RawMention | None:
        groups = match.groupdict()
        if groups.get("noon"):
            clock = "24:00" if match["noon"].lower() == "midnight" else "12:00"
            return self._mention(match, "clock", "TIME", "clock", clock=clock)
        hour = int(match["h"])
        minute = int(groups["mi"]) if groups.get("mi") else 0
        marker = (groups.get("ap") or "").lower()
        pod = (groups.get("pod") or "").lower()
        if not marker and _RACE_TIME.match(text, match.end("t")):
            return None  # "in 2:09:57 h": a race time, not a time of day
        if (marker.startswith("p") or pod in ("tarde", "noche")) and hour < 12:
            hour += 12
        elif marker.startswith("a") and hour == 12:
            hour = 0
        if hour > 24:
            return None
        zone = "Z" if re.search(r"(?:GMT|UTC)$", match["t"], re.IGNORECASE) else ""
        clock = f"{hour:02d}:{minute:02d}{zone}"
        mention = self._mention(match, "clock", "TIME", "clock", clock=clock)
        start = self._extend_left(self._hedge_before, text, mention.start)  # "around 7:15 p.m."
        return replace(mention, start=start)

    def _clock_phrase(self, match: re.Match[str], text: str) -> RawMention | None:
        if self.lexicon.language in ("it", "es"):
            follower = next_word(text, match.end("t"))
            if follower and follower[0].islower() and follower.lower() not in TIME_FOLLOWERS:
                return None  # "alle 15 regioni": a count, not a time
        return self._clock(match, text)
