"""Session 20, H9: asked 退多少？多久能到账？ and told only a vague time, she presses the time and
what else is still open (vague_times.pressed_on_time), not her whole question again as if nothing
were said (session-19 end trainer P12, ch_average: 「钱过几天就会退回来」 -> 「你先回答我：退多少？
多久能到账？」 half-repeated). Own wording beside the trainer's."""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from tests.graphs.practice_dialogue.test_practice_hearing import turn


@pytest.mark.parametrize(
    ("replies", "vague"),
    [
        (
            (
                "不好意思，让您久等了。",
                "前一位患者的治疗时间超了，所以耽误了。",
                "抛光费我们可以给您退掉。",
                "钱过几天就会退回来。",
            ),
            "过几天",
        ),
        (("实在对不起，让您白等这么久。", "抛光费这块我们给您退。", "很快就能到账的。"), "很快"),
    ],
)
async def test_a_vague_time_is_pressed_and_the_rest_still_asked(
    offline_context: FlowContext, replies: tuple[str, ...], vague: str
) -> None:
    _, line = await turn(offline_context, "complaint-handling", *replies)
    assert line.startswith(f"{vague}是多久"), line
    assert "退多少" in line, line  # the sum is still not told
    assert "你先回答我" not in line, line  # the time was answered, if vaguely
