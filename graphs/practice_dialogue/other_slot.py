"""A deal confirmed for a time she did not give: no confirmation of her wishes.

She says when she is free ("周六上午我有空", "Saturday morning suits me"); a learner who then books
another slot ("那我帮您约周四晚上八点的体测", "I'll put you down for Thursday evening") and never
names hers has confirmed something she did not ask for. The goal stage's confirming point
(point_gates.RECAP_POINT: 确认客户的意愿, "Confirm the details of the change") is not made in that
turn, nor is it settled by her yes once the last time the learner named is another
(report_coverage.settled_by_her_yes). A turn that names her slot as well (offering another beside it, or saying why hers is
taken) still speaks to what she said. Times are read by times.py.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from graphs.exams import Language
from graphs.practice_dialogue.point_gates import RECAP_POINT
from graphs.practice_dialogue.signals import sentences
from graphs.practice_dialogue.times import Slot, slots_in
from graphs.scenarios import Scenario

FREE: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"有空|有时间|方便|能来|可以来|过得来|行"),
    "en": re.compile(
        r"\b(?:free|available|suits?|works?|fine|good for (?:me|us)|can (?:come|do))\b"
    ),
}
"""She gives the time as one she can come."""
NOT_FREE: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"没空|没时间|不方便|来不了|过不来|不行|不能来|不太行"),
    "en": re.compile(
        r"\b(?:not free|can't|cannot|busy|doesn't (?:suit|work)|won't work|no good)\b",
        re.IGNORECASE,
    ),
}
"""She rules the time out."""


def her_slot(her_lines: Sequence[str], language: Language) -> Slot | None:
    """The last time she said she is free, from her latest line back."""
    for line in reversed(her_lines):
        for sentence in reversed(sentences(line)):
            if NOT_FREE[language].search(sentence) or not FREE[language].search(sentence):
                continue
            # a day she gave, not a habit ("一般晚上九点以后才有空" is every evening)
            if found := [slot for slot in slots_in(sentence, language) if slot.day]:
                return found[-1]
    return None


def other_slot_booked(
    scenario: Scenario, point: dict[str, Any], reply: str, her_lines: Sequence[str]
) -> bool:
    """The goal stage's confirming point, in a turn that names a time other than the one she
    gave and never hers (module docstring)."""
    if point["stage"] != scenario.end.goal_stage or not RECAP_POINT.search(point["text"]):
        return False
    return _names_other(reply, her_slot(her_lines, scenario.language), scenario.language) is True


def booked_other_slot(scenario: Scenario, lines: dict[int, str], hers: Sequence[str]) -> bool:
    """The learner's last turn that names a time (`lines`: turn -> what was said) names one other
    than she gave before it (`hers`: her lines in order, the opening first): her yes to the deal
    confirms no wish of hers the learner booked over."""
    for turn in sorted(lines, reverse=True):
        found = _names_other(
            lines[turn], her_slot(hers[:turn], scenario.language), scenario.language
        )
        if found is not None:
            return found
    return False


def _names_other(reply: str, hers: Slot | None, language: Language) -> bool | None:
    """Whether the reply names another time than hers and never hers; None when it names no time
    to compare (or she gave none)."""
    if hers is None:
        return None
    # compared on the day she named: "我们早上六点开门" in the same turn tells opening hours
    said = [replace(s, part=None, clock=None) for s in slots_in(reply, language) if s.day]
    if not said:
        return None
    return any(s.differs(hers) for s in said) and not any(not s.differs(hers) for s in said)
