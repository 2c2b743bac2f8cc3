"""Running down what the customer already has to sell her more: "your standard room is quite
noisy, you should upgrade", 「您现在这个套餐其实挺差的」.

The thing run down is one the scenario names (its background: "booked a standard city-view
room", the plan she is on), and the flaw is one the scenario never mentions: agreeing with her
own complaint ("your evening speeds are slow", she said so) is listening, not this. An invented
flaw of her own booking is a claim the business cannot stand behind, made to push the sale
(conduct.py).
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.practice_dialogue.signals import TurnText
from graphs.scenarios import Scenario

OWN_RUN_DOWN: dict[Language, re.Pattern[str]] = {
    "en": re.compile(
        r"\b(?:your|the|our) (?P<thing>(?:[a-z-]+ ){0,2}[a-z-]+?)s? (?:is|are|'s|can be|gets?)"
        r" (?:a bit |quite |rather |really |pretty |very |so |too |a little |fairly |honestly )?"
        r"(?P<flaw>noisy|loud|cramped|small|tiny|poky|dated|tired|shabby|dingy|dark|old-fashioned"
        r"|rubbish|awful|terrible|nothing special|not great|depressing|basic)"
        r"(?: and (?P<flaw2>[a-z-]+))?\b",
        re.IGNORECASE,
    ),
    "zh": re.compile(
        r"(?:您|你)(?:订|定|选|买|办|用|住)?(?:的|现在的|现在这个|原来的|目前的)(?P<thing>[\u4e00-\u9fff]{1,4}?)"
        r"(?:其实|确实|真的|说实话)?(?:很|太|挺|比较|有点|特别)?(?P<flaw>吵|小|旧|差|挤|暗|破|一般|不行)"
    ),
}
"""A flaw said of a thing ("the city-view rooms are small and dated", 您订的房间挺吵)."""


def runs_down_own(scenario: Scenario, sentence: TurnText) -> re.Match[str] | None:
    """Where the sentence puts a flaw the scenario never mentions on a thing it names."""
    known = " ".join([scenario.background, scenario.persona.profile]).lower()
    said = scenario.model_dump_json().lower()
    for found in OWN_RUN_DOWN[scenario.language].finditer(sentence.raw):
        thing = found["thing"].lower().split()[-1]
        if thing.rstrip("s") in known and found["flaw"].lower() not in said:
            return found
    return None
