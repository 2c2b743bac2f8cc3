"""Her facts read back to her: the confirm-the-facts point made by saying them, not by asking.

「我跟您确认一下：您约的是两点洗牙，……您到两点五十才就诊，对吗？」 asks no question with 几点 or
哪位医生 in it, yet a trainer credits 确认具体经过（预约时间、就诊医生） at once: the learner says her
times back and asks her to confirm them, which is what the point asks for (the session-20 trainer
marked 「没做到：确认具体经过」 false for that turn). A point is such a point by its text (确认具体
经过, 核实经过, "confirm what happened", "check the details") and by being made `by_asking`.

The turn reads them back when it announces a check (跟您确认一下, 核对一下, "just to confirm",
"let me check I have this right") or closes on a tag question (对吗？, 是吗？, "is that right?"),
and a sentence of it puts a clock time to her (您…两点, "you were booked for 2 pm"). A time the
learner offers ("我给您约两点") is not hers: an offer is no read-back, so the time must stand in a
sentence that speaks of her (您/你, you) without an offer's verb.
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.practice_dialogue.signals import sentences
from graphs.scenarios import Point, Scenario

FACTS_POINT = re.compile(
    r"确认具体|(?:确认|核实|核对)[^，,。]{0,4}经过|what happened|the details|the facts", re.I
)
"""A point that asks the learner to establish what happened (by its text)."""
CHECKED_BACK: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"(?:跟|和|向)(?:您|你)(?:确认|核实|核对)|(?:确认|核实|核对|复述)一下|对吗[？?]|是吗[？?]|"
        r"对不对[？?]|没错吧|是这样吗"
    ),
    "en": re.compile(
        r"\bjust to (?:confirm|check)\b|\blet me (?:confirm|check|make sure)\b|"
        r"\bis that (?:right|correct)\b|\bhave i got that right\b|\bright\?",
        re.IGNORECASE,
    ),
}
"""The learner checking what they say back with her."""
HER_TIME: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"[您你][^。；;？?！!]{0,20}?[零一二两三四五六七八九十\d]{1,3}点(?:[零一二三四五六七八九十半\d]{1,3}分?)?"
    ),
    "en": re.compile(
        r"\byou(?:r)?\b[^.;?!]{0,40}?\b\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|o'clock)\b", re.IGNORECASE
    ),
}
"""A clock time put to her: 您约的是两点, "your appointment was at 2 pm"."""
OFFERING: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"(?:给|帮|为)(?:您|你)(?:约|安排|预约|订)|可以约|下次"),
    "en": re.compile(
        r"\b(?:i can|i'll|we can|we'll) (?:book|arrange|fit|schedule)\b|\bnext\b", re.I
    ),
}
"""A time offered her, not hers: 给您约两点, "I can book you in at 2 pm"."""


def facts_point(point: Point) -> bool:
    """Whether the point asks the learner to establish what happened (module docstring)."""
    return point.by_asking and bool(FACTS_POINT.search(point.text))


def reads_back_her_facts(reply: str, language: Language) -> bool:
    """The turn says her times back to her and checks them with her."""
    if not CHECKED_BACK[language].search(reply):
        return False
    return any(
        HER_TIME[language].search(s) and not OFFERING[language].search(s) for s in sentences(reply)
    )


def confirmed_points(scenario: Scenario, reply: str) -> list[tuple[str, int]]:
    """The confirm-the-facts points the turn makes by reading her facts back."""
    if not reads_back_her_facts(reply, scenario.language):
        return []
    return [
        (stage.id, index)
        for stage in scenario.stages
        for index, point in enumerate(stage.points)
        if facts_point(point)
    ]
