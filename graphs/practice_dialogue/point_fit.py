"""A point that asks for what fits her ("Describe the suite as a fit for the occasion", 介绍与目标
匹配的服务) is made only once her need was asked or told, or in a turn that names it outside its
questions.

The suite named before anyone asked about the occasion, or 体测和私教体验 listed before a word of
her goal or her hours, is a feature, not a fit. Her need is asked by the points asked of her in the
stages before, and told by their cues (the occasion, 目标, 下班, 坚持); a question that asks for it
in the same turn ("Are you here for anything special?") ties nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from graphs.practice_dialogue.phrases import question_starts
from graphs.practice_dialogue.signals import TurnText, sentences
from graphs.practice_dialogue.unmade_points import MATCH_POINT, WISH_POINT
from graphs.scenarios import Point, Scenario


def _text_units(text: str) -> set[str]:
    """English words of five letters or more, Chinese character pairs: what two point texts
    share when they speak of the same need (目标 of 询问健身目标 and 介绍与目标匹配的服务)."""
    words = {w for w in re.findall(r"[a-z]{5,}", text.lower())}
    han = re.sub(r"[^\u4e00-\u9fff]", " ", text)
    pairs = {run[i : i + 2] for run in han.split() for i in range(len(run) - 1)}
    return words | pairs


def _asked_needs(scenario: Scenario, stage_id: str, point: Point | None) -> list[Point]:
    """The points asked of her in the stages before that the fit point names (its goal, its
    occasion): her hours are no goal a service is matched to. None named: all of them."""
    before = scenario.stages[: scenario.stage_index(stage_id)]
    asked = [p for stage in before for p in stage.points if p.by_asking]
    if point is None:
        return asked
    target = _text_units(point.text)
    named = [p for p in asked if _text_units(p.text) & target]
    return named or asked


def _need_words(scenario: Scenario, stage_id: str, point: Point | None = None) -> list[str]:
    """The words of her need: the cues of the points asked of her in the stages before (those
    the fit point names), and of a wish of her occasion ("Congratulations! We have a suite…"
    speaks to the anniversary)."""
    asked = [k for p in _asked_needs(scenario, stage_id, point) for k in p.keywords]
    wishes = [
        k
        for stage in scenario.stages
        for p in stage.points
        if WISH_POINT.search(p.text)
        for k in p.keywords
    ]
    return asked + wishes


def unfitted(scenario: Scenario, stage_id: str, point: Point, reply: str) -> bool:
    """A point that asks for what fits her, said in a turn that names nothing of her need but in
    its questions ("Are you here for anything special?" asks, it does not tie)."""
    if not MATCH_POINT.search(point.text):
        return False
    words = _need_words(scenario, stage_id, point)
    told = [
        line[: question_starts(line)] if question_starts(line) is not None else line
        for line in sentences(reply)
    ]
    return bool(words) and not any(
        TurnText.of(line, scenario.language).said_any(words) for line in told
    )


def fit_unheard(
    scenario: Scenario,
    point: dict[str, Any],
    covered_before: dict[str, list[int]],
    reply: str,
    her_lines: Sequence[str] = (),
) -> bool:
    """A point that asks for what fits her, made before her need was asked or told (by her: "万一
    我又坚持不下来呢" tells what she fears) and in a turn that names none of it (module docstring):
    not credited."""
    stage_id, index = point["stage"], point["index"]
    point_of = scenario.stage(stage_id).points[index]
    before = scenario.stages[: scenario.stage_index(stage_id)]
    needs = _asked_needs(scenario, stage_id, point_of)
    asked = any(
        stage.points[i] in needs for stage in before for i in covered_before.get(stage.id, [])
    )
    words = _need_words(scenario, stage_id, point_of)
    told = any(TurnText.of(line, scenario.language).said_any(words) for line in her_lines)
    return not (asked or told) and unfitted(scenario, stage_id, point_of, reply)
