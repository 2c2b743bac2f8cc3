"""A time said vaguely: "钱很快就到账了", "the engineer will be in touch soon".

A learner who speaks of a point's matter (a keyword of the point in the same sentence) with a time
that bounds nothing (很快, 尽快, 马上, 过几天, soon, shortly, as soon as possible) and gives no time
limit in the turn (time_limits.py) has told her nothing she can hold them to. A trainer expects her
to ask how soon: she asks her own line's question of that point that asks a time ("多久能到账？"),
the clause alone; asked just now and told "很快" again, she presses ("很快是多久？你给我个准话，几天
能到？"). A scenario with no such line of hers keeps her usual reply.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from graphs.practice_dialogue.her_asks import asking_clause, questions_in
from graphs.practice_dialogue.script_lines import LineChoice
from graphs.practice_dialogue.signals import TurnText, sentences
from graphs.scenarios import Scenario

VAGUE = re.compile(
    r"很快|尽快|马上|立刻|过几天|过两天|回头|早晚|\bsoon\b|\bshortly\b|\bas soon as\b|"
    r"\bin (?:a|the) (?:few|couple of) days\b|\bany (?:day|time) now\b|\bin due course\b",
    re.IGNORECASE,
)
"""A time that bounds nothing."""
ASKS_TIME = re.compile(
    r"多久|多长时间|什么时候|啥时候|哪天|几天|\bhow (?:long|soon)\b|\bwhen\b|\bwhat time\b|\bwhich day\b",
    re.IGNORECASE,
)
"""A question of hers that asks a time."""
PRESS = {
    "zh": "{vague}是多久？你给我个准话，几天能到？",
    "en": "How soon is '{vague}'? Give me a day I can hold you to.",
}
"""Her question again, pressed, when she has just asked it and was told a vague time."""


def how_soon(
    scenario: Scenario, evaluation: dict[str, Any] | None, reply: str, said_before: list[str]
) -> LineChoice | None:
    """Her question of how soon, when the reply put a point's time vaguely (module docstring)."""
    if evaluation is None or evaluation.get("time_limits"):
        return None
    if evaluation.get("forbidden") or evaluation.get("pushy") or evaluation.get("off_topic"):
        return None
    tags: list[str] = []
    vague = ""
    for raw in sentences(reply):
        if not (found := VAGUE.search(raw)):
            continue
        vague = vague or found.group()
        sentence = TurnText.of(raw, scenario.language)
        for stage in scenario.stages:
            tags += [
                scenario.point_tag(stage.id, i)
                for i, point in enumerate(stage.points)
                if sentence.said_any(point.keywords)
            ]
    if vague and not tags and said_before and asks_her_time(said_before[-1]):
        # "过几天钱就会回到您卡里" to her 「多久能到账？」: the point her question was about
        tags = [
            tag
            for stage in scenario.stages
            for line in stage.persona_lines
            if any(
                ASKS_TIME.search(q) and _clause(q, scenario.language) in said_before[-1]
                for q in questions_in(line.text)
            )
            for tag in line.answers
        ]
    for stage in scenario.stages:
        for index, line in enumerate(stage.persona_lines):
            if not set(line.answers) & set(tags) or line.agrees:
                continue
            for question in questions_in(line.text):
                clause = _clause(question, scenario.language)
                if not ASKS_TIME.search(clause):
                    continue
                if any(clause in s for s in said_before[-1:]):
                    # asked just now and told "很快": she presses for a time she can hold
                    text = PRESS[scenario.language].format(vague=vague)
                    # what else she just asked stays open (退多少？), not what she has let go
                    text = _with_rest(text, said_before[-1], scenario.language)
                    return LineChoice(text=text, key=f"{stage.id}:{index}", answers=tags[0])
                return LineChoice(text=clause, key=f"{stage.id}:{index}", answers=tags[0])
    return None


def _clause(question: str, language: str) -> str:
    """The asking clause of her question (「多久能到账？」 of 「你给我说清楚，多久能到账？」)."""
    return asking_clause(question) if language == "zh" else question


def asks_her_time(her_line: str) -> bool:
    """Her line asks a time (「多久能到账？」, "When will it be fixed?")."""
    return any(ASKS_TIME.search(q) for q in questions_in(her_line))


def vague_to_her_time(reply: str, her_line: str) -> bool:
    """The reply puts a time vaguely ("过几天", "soon") to her question of a time: an answer on
    her matter, however poor, never small talk (session 23, trainer P16: "过几天钱就回去了" was
    "第4轮在闲聊"); she presses for a time she can hold (`how_soon`)."""
    return bool(VAGUE.search(reply)) and asks_her_time(her_line)


def pressed_on_time(
    pressed: LineChoice | None, soon: LineChoice | None, language: str
) -> LineChoice | None:
    """Her pressed question (her_questions.pressed_question) when the reply also put its time
    vaguely: the time pressed first, then what else she asked and was not told ("钱过几天就会退回
    来" -> 「过几天是多久？你给我个准话，几天能到？退多少？」, not 「你先回答我：退多少？多久能到账？」
    as if nothing were said). Either alone is what it is."""
    if pressed is None or soon is None:
        return pressed or soon
    return replace(pressed, text=_with_rest(soon.text, pressed.text, language))


def _with_rest(press: str, asked: str, language: str) -> str:
    """`press` (her time pressed), then the questions of `asked` that ask no time (退多少？)."""
    rest = [
        re.split(r"[:：]", asking_clause(q) if language == "zh" else q)[-1].strip()
        for q in questions_in(asked)
        if not ASKS_TIME.search(q)
    ]
    rest = [r for r in rest if r and r not in press]
    return ("" if language == "zh" else " ").join([press, *rest])
