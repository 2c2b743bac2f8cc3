"""The persona's reveal rule: whether the learner has earned her hidden goal (the scenario's
`persona.reveal`: a least mood, the points made (all of `after_points`, one of `after_any_of`),
empathy or a question shown), as of the last turn.
A turn that pressured, lied or wandered off earns nothing, whatever came before. What she tells only
when asked stays out of her other lines until it is asked (`tells_unasked`); a line that
answers such a point is not drawn out by a statement that only touches its topic
(`tells_on_asking`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from graphs.practice_dialogue.script_lines import canonical, lines_for
from graphs.practice_dialogue.signals import TurnText
from graphs.scenarios import PersonaLine, Scenario


def goal_earned(
    scenario: Scenario,
    mood: int,
    covered: dict[str, list[int]],
    evaluations: list[dict[str, Any]],
) -> bool:
    """Whether the learner has met the scenario's reveal rule, as of their last turn."""
    if not evaluations:
        return False
    last = evaluations[-1]
    if last.get("pushy") or last.get("forbidden") or last.get("off_topic"):
        return False
    rule = scenario.persona.reveal
    if mood < rule.min_mood:
        return False
    tags = scenario.point_tags()

    def made(tag: str) -> bool:
        stage_id, index = tags[tag]
        return index in covered.get(stage_id, [])

    if not all(made(tag) for tag in rule.after_points):
        return False
    if rule.after_any_of and not any(made(tag) for tag in rule.after_any_of):
        return False  # "Is the car out front?" earns no budget: the occasion was never asked
    shown = {
        "empathy": any(e.get("empathy") for e in evaluations),
        "question": any(e.get("questions") for e in evaluations),
    }
    return all(shown[need] for need in rule.needs)


def tells_unasked(
    scenario: Scenario, line: PersonaLine, learner_said: TurnText, said: Sequence[str]
) -> bool:
    """True when her line names what she keeps until asked: a word of a point the learner makes
    by asking that the point's text and her hidden goal both name ('occasion' of "Ask about … any
    special occasion"; the goal "… will not say so unless asked about the occasion"), while nobody has asked it and
    she has not told it. "Forty-five for the occasion?" to a learner who never asked why she is
    here gives it away. A line that answers that point is its telling, not this."""
    if line.reveals_goal:
        return False  # the reveal rule keeps it (goal_earned)
    text = TurnText.of(line.text, scenario.language)
    goal = TurnText.of(scenario.persona.hidden_goal, scenario.language)
    own = {canonical(scenario, tag) for tag in line.answers}
    told = {canonical(scenario, tag) for key in said for tag in _answers_of(scenario, key)}
    for stage in scenario.stages:
        for index, point in enumerate(stage.points):
            tag = scenario.point_tag(stage.id, index)
            if not point.by_asking or tag in own | told or learner_said.said_any(point.keywords):
                continue
            named = TurnText.of(point.text, scenario.language)
            kept = [w for w in point.keywords if goal.find(w) and named.find(w)]
            if text.said_any(kept):
                return True
    return False


def _answers_of(scenario: Scenario, key: str) -> list[str]:
    stage_id, _, index = key.partition(":")
    try:
        return list(scenario.stage(stage_id).persona_lines[int(index)].answers)
    except (KeyError, ValueError, IndexError):
        return []


def tells_on_asking(scenario: Scenario, line: PersonaLine) -> bool:
    """The line answers a point the learner must ask for (她的预约、她的目标): a statement that
    only touches one of its topics ("排队是正常的" names the wait) does not draw it out."""
    points = scenario.point_tags()
    for tag in line.answers:
        if tag in points:
            stage_id, index = points[tag]
            if scenario.stage(stage_id).points[index].by_asking:
                return True
    return False


def reveal_tags(
    scenario: Scenario,
    asked: list[str],
    made: list[str],
    said: Sequence[str],
    usable: Callable[[PersonaLine], bool],
) -> list[str]:
    """The tags whose line that reveals her goal may come first, once it is earned: those the
    turn asked about, then the points it made, unless a question of the turn still has an answer
    she has not given. Asked why she is leaving in a turn that also said "that makes sense", she
    gives her reason first, not her condition for staying ("If you fix the evenings and get close
    to thirty…" before the reason no more)."""
    unanswered = any(
        key not in said and usable(line) and not line.reveals_goal
        for tag in asked
        for key, line in lines_for(scenario, tag)
    )
    return [*asked, *([] if unanswered else made)]
