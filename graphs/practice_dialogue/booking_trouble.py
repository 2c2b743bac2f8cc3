"""A made-up problem with what the customer booked, to move her to the thing on sale: "your room
isn't ready yet, so the suite is the easier option", "the standard rooms have been double-booked",
「您订的那间还没收拾好」.

The brief says what she booked and in what state; a trouble it never mentions is a claim the
business cannot stand behind (session 22 trainer: the false "room isn't ready" was reported only
as "Pressure in turn 1"). A trouble the scenario's own text states (a broken power point in the
complaint's brief) is true; a negated ("your room is ready, no problem") or asked ("is your room
ready?") one claims nothing.
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.practice_dialogue.signals import TurnText
from graphs.scenarios import Scenario

_THING = (
    r"(?:[a-z-]+ ){0,2}?(?:[a-z]*room|booking|reservation|table|slot|place|plan|seat|cabin|pitch"
    r"|ticket)s?"
)
"""What she booked, with up to two words before it ("your inside stateroom")."""
TROUBLE: dict[Language, re.Pattern[str]] = {
    "en": re.compile(
        rf"\b(?:your|the) {_THING} (?:is|are|was|were|"
        r"has been|have been|isn't|aren't|'s) (?:still |actually |unfortunately |sadly )?"
        r"(?:not (?:ready|available|clean(?:ed)?|made up)|unavailable|being (?:cleaned|repaired|"
        r"fixed|renovated)|under (?:repair|renovation|maintenance)|double[- ]booked|overbooked|"
        r"given away|cancelled|out of (?:order|service)|(?:ready|available)(?= (?:until|till) "
        r"(?:late|tomorrow|much later)))"
        rf"|\b(?:your|the) {_THING} (?:isn't|aren't) "
        r"(?:ready|available|clean|made up)\b",
        re.IGNORECASE,
    ),
    "zh": re.compile(
        r"(?:您|你)(?:订|定|约|预订|预约|办)的(?:那|这)?(?:间|个|张|套)?[\u4e00-\u9fff]{0,4}?"
        r"(?:还没|没有|没)(?:收拾|打扫|准备|弄|整理|安排|装修|修)(?:好|完)"
        r"|(?:您|你)(?:订|定|约|预订|预约|办)的(?:那|这)?(?:间|个|张|套)?[\u4e00-\u9fff]{0,4}?"
        r"(?:正在|在)(?:维修|装修|打扫|清洁)|(?:您|你)(?:订|定|约|预订|预约)的[\u4e00-\u9fff]{0,4}?"
        r"(?:被订重|重复预订|超订|出了问题|有问题|用不了|坏了)"
    ),
}
"""Her booking said to be not ready, in repair, double-booked or given away."""
BRIEF_TROUBLE: dict[Language, re.Pattern[str]] = {
    "en": re.compile(
        r"\b(?:not ready|repairs?|broken|double|cancel(?:led)?|problems?|faults?|complain\w*|"
        r"delay\w*|ran late|dropped|slow|missing|wrong)\b",
        re.IGNORECASE,
    ),
    "zh": re.compile(
        r"坏|问题|故障|没电|维修|晚了|超时|等到|投诉|没收拾|没准备|出错|漏|迟到|延误|晚交|多收|"
        r"没(?:人)?(?:说明|告知)|未(?:事先)?告知"
    ),
}
"""A brief that tells of some trouble with what she booked (a complaint): her booking's trouble
is then hers to hear acknowledged, not made up."""
LABEL: dict[Language, str] = {
    "zh": "编造客户所订项目出了问题",
    "en": "A made-up problem with the customer's booking",
}


def booking_trouble(scenario: Scenario, sentence: TurnText, asking: bool) -> str | None:
    """The label of a made-up problem with her booking the sentence states, if any."""
    language = scenario.language
    if asking:
        return None
    brief = " ".join([scenario.background, scenario.persona.profile, scenario.opening_line])
    if BRIEF_TROUBLE[language].search(brief):
        return None  # the brief tells of trouble itself: the learner may be owning it
    for found in TROUBLE[language].finditer(sentence.raw):
        if not sentence.negated(found.start(), found.end()):
            return LABEL[language]
    return None
