"""Her line once she has said yes: what was offered is not weighed again.

Before her yes, a line of hers weighs what the learner told her of the offer ("Breakfast for two
and a late check-out? Hm, that would be handy.", 「质保三年还行。」). After it, the same line reads
as the turn before her yes played back (session 25 trainer P18, english-upsell strong: "Sure,
here's my card. Breakfast for two and a late check-out? Hm, that would be handy." to the
wrap-up after "Okay, you've convinced me. Let's do it."). Such a line is one from a stage before
the goal stage that answers only points the learner makes by telling; her answer to a question
about her (a point made by asking: "Any preferences for the room?") still stands after her yes.
"""

from __future__ import annotations

from graphs.practice_dialogue.script_lines import LineChoice
from graphs.scenarios import Scenario


def weighs_the_offer(scenario: Scenario, choice: LineChoice) -> bool:
    """The line is her weighing of what she was told of the offer, before the goal stage."""
    if choice.key is None or ":" not in choice.key or choice.agrees:
        return False
    stage_id, _, index = choice.key.partition(":")
    order = [s.id for s in scenario.stages]
    if stage_id not in order or order.index(stage_id) >= order.index(scenario.end.goal_stage):
        return False
    line = scenario.stage(stage_id).persona_lines[int(index)]
    places = scenario.point_tags()
    points = [places[tag] for tag in line.answers if tag in places]
    return (
        bool(points)
        and len(points) == len(line.answers)
        and not any(scenario.stage(sid).points[i].by_asking for sid, i in points)
    )
