"""The examples a point lists in brackets, as the report names them: 提出灵活方案（分期免息、先体验）.

A trainer who heard the learner offer 分期 writes "做到：提出灵活方案（分期免息）", not the whole
list: 先体验 was never offered (said_examples). And no report suggests what the scenario does not
have: an example no word of which is in the learner's brief (background, objectives, what they may
offer) is left out of the point's text wherever it is shown (offered_text: 介绍与目标匹配的服务
（体测、私教体验、减脂团课） is shown without 减脂团课 when the gym has no such class).

An example goes with the point's keywords that share a part with it (分期 and 免息 with 分期免息,
体验一次 with 先体验: two characters, or an English word of four letters or more), and it is said
when one of them, or the example itself, is in a learner line (heard as the point is,
point_hearing.py). Only the points of the offer stages (between the opening and the goal) are
checked against the brief: "Confirm the next steps (visit, new price, start date)" names steps,
not offers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from graphs.exams import Language
from graphs.practice_dialogue.point_hearing import says_point
from graphs.scenarios import Point, Scenario, Stage

_BRACKETS = re.compile(r"^(?P<head>.+?)\s*[（(](?P<list>[^（()）]+)[)）]\s*$")
_SEPARATORS = re.compile(r"\s*(?:、|，|,|或|\bor\b|\band\b)\s*", re.IGNORECASE)
_WORD = re.compile(r"[a-z]{4,}|\d+")


def _parts(text: str, language: Language) -> set[str]:
    """Two-character pieces of Chinese text, words of four letters or more of English."""
    lowered = text.lower()
    if language == "zh":
        return {lowered[i : i + 2] for i in range(len(lowered) - 1)}
    return set(_WORD.findall(lowered))


def _split(point: Point) -> tuple[str, list[str]] | None:
    found = _BRACKETS.match(point.text)
    if not found:
        return None
    examples = [e for e in _SEPARATORS.split(found["list"]) if e.strip()]
    return (found["head"], examples) if len(examples) > 1 else None


def _joined(head: str, examples: list[str], language: Language) -> str:
    if not examples:
        return head
    if language == "zh":
        return f"{head}（{'、'.join(examples)}）"
    return f"{head} ({', '.join(examples)})"


def _brief_text(scenario: Scenario) -> str:
    return " ".join(
        [scenario.background, *scenario.learner.objectives, *scenario.learner.may_offer]
    )


def _offers(scenario: Scenario, point: Point) -> bool:
    """A point of the stages between the opening and the goal that the learner offers, not asks."""
    goal = scenario.stage_index(scenario.end.goal_stage)
    return not point.by_asking and any(point in stage.points for stage in scenario.stages[1:goal])


def offered_text(scenario: Scenario, point: Point) -> str:
    """The text of a point the learner offers without the bracketed examples the learner's brief
    never names."""
    split = _split(point)
    if not split or not _offers(scenario, point):
        return point.text
    head, examples = split
    brief = _parts(_brief_text(scenario), scenario.language)
    kept = [e for e in examples if _parts(e, scenario.language) & brief]
    return point.text if kept == examples else _joined(head, kept, scenario.language)


def said_examples(scenario: Scenario, point: Point, lines: Iterable[str]) -> str:
    """The point's text with only the examples a learner line said (the head alone when none
    was); the text as offered when it lists none."""
    split = _split(point)
    if not split:
        return offered_text(scenario, point)
    head, examples = split
    language = scenario.language
    lines = list(lines)
    said = []
    for example in examples:
        own = _parts(example, language)
        tied = [k for k in point.keywords if _parts(k, language) & own]
        probe = point.model_copy(update={"text": example, "keywords": [example, *tied]})
        if any(says_point(probe, line, language) for line in lines):
            said.append(example)
    return _joined(head, said, language)


def offered_stage(scenario: Scenario, stage: Stage) -> Stage:
    """The stage with each point's text as offered (offered_text), for hints."""
    points = [p.model_copy(update={"text": offered_text(scenario, p)}) for p in stage.points]
    return stage.model_copy(update={"points": points})
