"""A next step left open ("whenever you're ready") is no concrete next step, in English as in
Chinese (随时): unmade_points.OPEN_TIME. Its English pattern held two backspace characters where
`\\b` was meant, so it never matched; the bench sets read the same with it mended."""

from __future__ import annotations

from graphs.library import ContentLibrary
from graphs.practice_dialogue.unmade_points import not_credited
from graphs.scenarios import Scenario


def test_a_next_step_left_to_her_time_is_not_confirmed() -> None:
    scenario = ContentLibrary.load().get(Scenario, "broadband-retention")
    closing = scenario.stage("closing")
    point = next(p for p in closing.points if p.id == "next-steps")
    open_step = "So that's settled then, just ring us whenever you're ready to book it."
    booked = (
        "So that's the engineer booked for Thursday morning and the new price from your next bill."
    )
    assert not_credited(scenario, "closing", point, ["so that's"], open_step)
    assert not not_credited(scenario, "closing", point, ["so that's", "booked for"], booked)
