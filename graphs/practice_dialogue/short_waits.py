"""Her wait told shorter than the brief's: 「您其实也就等了十来分钟」 where she waited from 2 点 to
2 点 50 分, "it was barely twenty minutes" after a 45-minute wait (issue 12: 也就二十分钟 for
50 minutes went unnamed).

The brief's wait is a duration in its clause of waiting (等, 迟到, "waited", "late") or the gap
from her booked clock time to the one she waited until (约了下午 2 点…等到 2 点 50 分). A learner's
clause of her wait with a shorter duration understates it, and the report names the true wait; the
true wait or a longer one, a wait still to come (再等, "another ten minutes") or a promise for next
time (「一分钟都不用等」, 不会让您等: a wait said not to come) tell nothing of hers.
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.practice_dialogue.signals import TurnText
from graphs.scenarios import Scenario
from graphs.text.quantities import parse_quantities

WAITED: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"等|迟到|晚了"),
    "en": re.compile(r"\b(?:wait\w*|late|kept|delay\w*|held up)\b", re.IGNORECASE),
}
"""A clause of waiting."""
AHEAD: dict[Language, re.Pattern[str]] = {
    # a wait said not to come (一分钟都不用等, 不会让您等) promises; 没等 tells of hers
    "zh": re.compile(
        r"再等|还要等|还得等|只需|只要等|下次|以后|保证|不超过|之内|以内|不会|不用|不必|不让|不再"
    ),
    "en": re.compile(
        r"\b(?:another|more|next time|in future|from now on|will|won't|no more than|within|at most)\b",
        re.IGNORECASE,
    ),
}
"""A wait still to come or a promise: none of hers."""
OTHERS: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"前一位|上一位|前面(?:的|那位)|别的|其他|医生|老师|师傅|他|她"),
    "en": re.compile(
        r"\b(?:previous|the one before|another|the (?:doctor|dentist|engineer|teacher|driver))\b",
        re.IGNORECASE,
    ),
}
"""Another party's overrun (「前一位患者的根管拖了四十分钟」): the reason for her wait, not it."""
_BOOKED = re.compile(r"(?:约|预约|约好)[^。，,；;]*?(\d{1,2})\s*点(?:\s*(\d{1,2})\s*分?)?")
_UNTIL = re.compile(r"等到\s*(\d{1,2})\s*点\s*(?:(\d{1,2})\s*分?|半)?")
_CLAUSE = re.compile(r"[。！!？?；;，,]|(?<=[a-z])\.(?:\s|$)", re.IGNORECASE)
_HOUR = 60
LABEL: dict[Language, str] = {
    "zh": "少说客户等候的时间（实际等了 {minutes} 分钟）",
    "en": "Understating the customer's wait (it was {minutes} minutes)",
}


_QUARTERS = re.compile(r"一刻钟|\ba quarter of an hour\b", re.IGNORECASE)
"""A quarter of an hour, which the quantity parser does not read."""


def _minutes(text: str) -> list[float]:
    """The durations the text states, in minutes."""
    scale = {"minute": 1.0, "hour": float(_HOUR)}
    return [
        q.value * scale[q.unit]
        for q, _, _ in parse_quantities(_QUARTERS.sub("15 minutes", text))
        if q.dimension == "duration" and q.unit in scale
    ]


def brief_wait(scenario: Scenario) -> float | None:
    """How many minutes she waited, by the brief."""
    background = scenario.background
    booked, until = _BOOKED.search(background), _UNTIL.search(background)
    if booked and until:
        start = int(booked[1]) * _HOUR + int(booked[2] or 0)
        end = int(until[1]) * _HOUR + (30 if "半" in until[0] else int(until[2] or 0))
        if end > start:
            return float(end - start)
    for clause in _CLAUSE.split(background):
        if WAITED[scenario.language].search(clause) and (found := _minutes(clause)):
            return max(found)
    return None


def short_wait(scenario: Scenario, sentence: TurnText, asking: bool) -> str | None:
    """The label naming her true wait where the sentence tells it shorter."""
    language = scenario.language
    waited = brief_wait(scenario) if not asking else None
    if waited is None:
        return None
    for clause in _CLAUSE.split(sentence.raw):
        if not WAITED[language].search(clause) or AHEAD[language].search(clause):
            continue
        if OTHERS[language].search(clause):
            continue
        said = _minutes(clause)
        if (
            said
            and max(said) < waited
            and not TurnText.of(clause, language).negated(0, len(clause))
        ):
            return LABEL[language].format(minutes=f"{waited:g}")
    return None
