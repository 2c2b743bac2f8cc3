"""Running down what the customer already has to sell her more: "your standard room is quite
noisy, you should upgrade", 「您现在这个套餐其实挺差的」, or a fault made up of it: "the
standard rooms back onto the bin store", 「您订的标准间楼下就是垃圾站」.

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
OWN_FAULT: dict[Language, re.Pattern[str]] = {
    "en": re.compile(
        r"\b(?:your|the|our) (?P<thing>(?:[a-z-]+ ){0,2}?[a-z-]+?)s? (?:(?:all |both |actually |"
        r"unfortunately )?(?:face|faces|overlook|overlooks|look (?:out )?(?:on|onto|over)|back "
        r"onto|backs onto|sit (?:right )?(?:above|over|next to|beside)|are (?:right )?(?:above|"
        r"over|next to|beside)|is (?:right )?(?:above|over|next to|beside)|have|has|had|get|gets)"
        r" (?:had )?(?:the |a |an |some )?(?:[a-z-]+ )?(?P<flaw>bins?|bin (?:yard|store|area)|"
        r"rubbish|skips?|car park|loading bay|building site|construction|roadworks|kitchens?|"
        r"extractors?|generators?|bed ?bugs?|bedbug reports|damp|mou?ld|cockroach(?:es)?|mice|rats"
        r"|leaks?|a smell|smells))\b",
        re.IGNORECASE,
    ),
    "zh": re.compile(
        r"(?:您|你)(?:订|定|选|买|办|用|住)?(?:的|现在的|现在这个|原来的|目前的)(?P<thing>[\u4e00-\u9fff]{1,4}?)"
        r"(?:其实|确实|说实话)?(?:正对着?|对着|挨着|靠着|紧挨着|旁边(?:就)?是|楼下(?:就)?是|窗外(?:就)?是|"
        r"有过?|闹过?|出过)(?P<flaw>垃圾站|垃圾房|垃圾桶|工地|后厨|厨房|停车场|臭虫|蟑螂|老鼠|霉|异味|漏水)"
    ),
}
"""A made-up fault put on it: what it faces or sits by, or a pest ("the standard rooms face the
bin store", 您订的标准间正对着垃圾站)."""


def runs_down_own(scenario: Scenario, sentence: TurnText) -> re.Match[str] | None:
    """Where the sentence puts a flaw the scenario never mentions on a thing it names."""
    known = " ".join([scenario.background, scenario.persona.profile]).lower()
    said = scenario.model_dump_json().lower()
    found_all = [
        *OWN_RUN_DOWN[scenario.language].finditer(sentence.raw),
        *OWN_FAULT[scenario.language].finditer(sentence.raw),
    ]
    for found in found_all:
        thing = found["thing"].lower().split()[-1]
        if thing.rstrip("s") in known and found["flaw"].lower() not in said:
            return found
    return None
