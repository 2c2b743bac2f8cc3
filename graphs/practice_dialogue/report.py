"""The practice report: a score per rubric criterion with the turns behind it, total, pass/fail.

Each criterion's `measures` names the signal that scores it (0-100):
- `stage_coverage`: share of the stage's points covered over the session, in whichever turn they
  were made (no stage: all stages);
- `empathy`: learner turns showing empathy, an apology or acknowledgement (off-topic turns earn
  none), against a target of 40% of the turns (at least 2, at most 3: one apology in a two-turn
  session is not full marks);
- `questions`: learner turns asking questions on the subject, against a target of 30% of the turns
  (at most 3); a question about a point made by asking (her needs, her decision) counts fully,
  any other (her name, "anything else?", "would you like to upgrade?") half;
- `compliance`: 100, minus 40 per forbidden claim and 15 per pushy turn, times the share of turns
  on topic (small talk to a furious customer is no 表达得体);
- `closing`: 70% the goal stage's coverage, 30% how willing the persona ended up (her mood above
  neutral: a neutral or cross customer is not willing at all) times that coverage (a warm
  customer nobody asked for a decision is no closing). A coverage criterion with a point made is
  described by at least its first level above none (never "Never asked for a decision").
The explanation quotes the rubric level reached (the highest level at or below the score) and the
evidence; `turns` lists the learner turns that justify the score. Total = sum of weight x score.
Strengths: up to three criteria scoring 70 or more, best first. Improvements: criteria under 80,
lowest first, each with what to do. Empathy and questions shown in at least one turn reach the
rubric's first level above none (its description never says "没有回应客户的情绪" then). A session
quit before any reply gets a short report: no criteria, no items, a `note` saying there were no
turns to evaluate.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from graphs.scenarios import MOOD_MAX, Criterion, Rubric, Scenario

STRENGTH_FROM = 70
IMPROVE_BELOW = 80
EMPATHY_SHARE = 0.4
QUESTION_SHARE = 0.3
FORBIDDEN_PENALTY = 40
PUSHY_PENALTY = 15


EMPATHY_MIN_TURNS = 2
"""Empathy is shown in at least this many turns for full marks: one apology in a two-turn session
is not "真诚道歉并多次回应"."""
SIDE_QUESTION_WEIGHT = 0.5
"""A question about nothing the scenario asks the learner to find out (her name, "anything else?",
"would you like to upgrade?") counts half; one about her needs or her decision counts fully."""


def _target(turns: int, share: float, least: int = 1) -> int:
    return min(3, max(least, math.ceil(turns * share)))


def asking_tags(scenario: Scenario) -> set[str]:
    """Tags of the points made by asking: what the learner must find out (her needs, her
    decision)."""
    return {
        scenario.point_tag(stage.id, index)
        for stage in scenario.stages
        for index, point in enumerate(stage.points)
        if point.by_asking
    }


def _on_topic_share(evaluations: list[dict[str, Any]]) -> float:
    return sum(not e["off_topic"] for e in evaluations) / len(evaluations) if evaluations else 0.0


def _coverage(
    scenario: Scenario, stage_ids: Sequence[str], evaluations: list[dict[str, Any]]
) -> tuple[float, list[int], list[str]]:
    """Share of the stages' points covered, the turns that covered them, the points missing."""
    wanted = [
        (s.id, i, p.text)
        for s in scenario.stages
        if s.id in stage_ids
        for i, p in enumerate(s.points)
    ]
    got = {(c["stage"], c["index"]) for e in evaluations for c in e["covered"]}
    turns = sorted(
        {e["turn"] for e in evaluations for c in e["covered"] if c["stage"] in stage_ids}
    )
    missing = [text for sid, i, text in wanted if (sid, i) not in got]
    share = (len(wanted) - len(missing)) / len(wanted) if wanted else 1.0
    return share, turns, missing


def score_criterion(
    criterion: Criterion, scenario: Scenario, evaluations: list[dict[str, Any]], mood: int
) -> tuple[int, list[int], str, str]:
    """Score (0-100), justifying turns, evidence and advice for one criterion."""
    n = len(evaluations)
    zh = scenario.language == "zh"
    if criterion.measures in ("stage_coverage", "closing"):
        if criterion.measures == "closing":
            stage_ids = [scenario.end.goal_stage]
        else:
            stage_ids = [criterion.stage] if criterion.stage else [s.id for s in scenario.stages]
        share, turns, missing = _coverage(scenario, stage_ids, evaluations)
        evidence = f"覆盖 {share:.0%} 的要点" if zh else f"covered {share:.0%} of the points"
        if missing:
            advice = ("补上：" if zh else "cover: ") + ("；" if zh else "; ").join(missing)
        else:
            advice = (
                "先消除客户的顾虑，再请客户做决定"
                if zh
                else "clear the doubts before asking for a decision"
            )
        if criterion.measures == "stage_coverage":
            return round(100 * share), turns, evidence, advice
        willing = max(0, mood) / MOOD_MAX  # a neutral or cross customer is not willing
        evidence += f"，客户最终情绪 {mood}" if zh else f", customer's final mood {mood}"
        # her willingness counts as far as the closing was done: a warm customer nobody asked
        # for a decision is no closing
        return round(70 * share + 30 * willing * share), turns, evidence, advice
    if criterion.measures == "empathy":
        turns = [e["turn"] for e in evaluations if e["empathy"]]
        target = _target(n, EMPATHY_SHARE, EMPATHY_MIN_TURNS)
        score = round(100 * min(1.0, len(turns) / target))
        evidence = (
            f"{len(turns)}/{n} 轮表达了共情" if zh else f"empathy in {len(turns)} of {n} turns"
        )
        advice = (
            "先回应客户的感受，再谈方案"
            if zh
            else "acknowledge the customer's feelings before offering options"
        )
        return score, turns, evidence, advice
    if criterion.measures == "questions":
        turns = [e["turn"] for e in evaluations if e["questions"]]
        needs = asking_tags(scenario)
        weighed = sum(
            1.0 if set(e.get("asked", [])) & needs else SIDE_QUESTION_WEIGHT
            for e in evaluations
            if e["questions"]
        )
        score = round(100 * min(1.0, weighed / _target(n, QUESTION_SHARE)))
        evidence = (
            f"{len(turns)}/{n} 轮提出了问题" if zh else f"questions in {len(turns)} of {n} turns"
        )
        advice = (
            "多用开放式问题了解需求" if zh else "ask open questions to find the customer's needs"
        )
        return score, turns, evidence, advice
    forbidden = [(e["turn"], claim) for e in evaluations for claim in e["forbidden"]]
    pushy = [e["turn"] for e in evaluations if e["pushy"]]
    score = max(0, 100 - FORBIDDEN_PENALTY * len(forbidden) - PUSHY_PENALTY * len(pushy))
    # Tone is shown in turns that speak to her: small talk to a furious patient is no 表达得体.
    # Scaled by the share of on-topic turns, one stray line read as "one improper promise" in
    # the rubric's levels; a session with no turn on topic shows no tone at all.
    if not n or _on_topic_share(evaluations) == 0:
        score = 0
    turns = sorted({t for t, _ in forbidden} | set(pushy))
    claims = ("；" if zh else "; ").join(dict.fromkeys(c for _, c in forbidden))
    if zh:
        evidence = f"禁止说法 {len(forbidden)} 次，强势推销 {len(pushy)} 轮"
        advice = f"不要承诺：{claims}" if claims else "不要给客户施压"
    else:
        evidence = f"{len(forbidden)} forbidden claim(s), {len(pushy)} pushy turn(s)"
        advice = f"never claim: {claims}" if claims else "do not pressure the customer"
    return score, turns, evidence, advice


SHOWN_AT_ALL = ("empathy", "questions")
"""Criteria counted in turns: one turn showing it reaches the rubric's first level above none."""
NO_TURNS = {
    "zh": "没有可评估的轮次：在客户回应前就结束了。",
    "en": "No turns to evaluate: the session ended before any reply.",
}


def _empty_report(
    scenario: Scenario,
    rubric: Rubric,
    transcript: list[dict[str, Any]],
    mood: int,
    ended: str | None,
) -> dict[str, Any]:
    note = NO_TURNS[scenario.language]
    return {
        "scenario": scenario.id,
        "title": scenario.title,
        "rubric": rubric.id,
        "ended": ended,
        "turns": 0,
        "final_mood": mood,
        "total": 0,
        "pass_mark": rubric.pass_mark,
        "passed": False,
        "note": note,
        "criteria": [],
        "strengths": [],
        "improvements": [],
        "transcript": transcript,
    }


def build_report(
    scenario: Scenario,
    rubric: Rubric,
    evaluations: list[dict[str, Any]],
    transcript: list[dict[str, Any]],
    mood: int,
    ended: str | None,
) -> dict[str, Any]:
    """The session's report (plain JSON); a session quit before any reply gets a short one."""
    if not evaluations:
        return _empty_report(scenario, rubric, transcript, mood, ended)
    criteria: list[dict[str, Any]] = []
    for criterion in rubric.criteria:
        score, turns, evidence, advice = score_criterion(criterion, scenario, evaluations, mood)
        if criterion.measures in SHOWN_AT_ALL and turns:
            # shown at all: at least the rubric's first level above none, never "没有回应"
            above_none = sorted(lv.score for lv in criterion.levels if lv.score > 0)
            score = max(score, above_none[0]) if above_none else score
        floor = 0
        if turns and criterion.measures in ("stage_coverage", "closing"):
            # a point made is never "Never asked for a decision": the first level above none
            floor = min((lv.score for lv in criterion.levels if lv.score > 0), default=0)
        level = max(
            (lv for lv in criterion.levels if lv.score <= max(score, floor)),
            key=lambda lv: lv.score,
            default=criterion.levels[0],
        )
        criteria.append(
            {
                "id": criterion.id,
                "name": criterion.name,
                "weight": criterion.weight,
                "measures": criterion.measures,
                "score": score,
                "level": level.score,
                "explanation": f"{level.description} ({evidence})",
                "turns": turns,
                "advice": advice,
            }
        )
    total = round(sum(c["weight"] * c["score"] for c in criteria))
    best = sorted((c for c in criteria if c["score"] >= STRENGTH_FROM), key=lambda c: -c["score"])
    worst = sorted((c for c in criteria if c["score"] < IMPROVE_BELOW), key=lambda c: c["score"])
    return {
        "scenario": scenario.id,
        "title": scenario.title,
        "rubric": rubric.id,
        "ended": ended,
        "turns": len(evaluations),
        "final_mood": mood,
        "total": total,
        "pass_mark": rubric.pass_mark,
        "passed": total >= rubric.pass_mark,
        "criteria": criteria,
        "strengths": [f"{c['name']}: {c['explanation']}" for c in best[:3]],
        "improvements": [
            {"criterion": c["id"], "name": c["name"], "score": c["score"], "advice": c["advice"]}
            for c in worst
        ],
        "transcript": transcript,
    }
