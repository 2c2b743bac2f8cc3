"""Session 23, F6: a vague answer to her question of a time is on her matter (trainer P16:
"过几天钱就回去了" to 「多久能到账？」 was "第4轮在闲聊", with the hint "别闲聊" and her 「你扯别的
干什么？」). The shipped complaint scenario with new scripted lines; the real graph."""

from __future__ import annotations

from graphs.context import FlowContext
from tests.support.practice import compliance, her_lines, played


async def test_a_vague_time_to_her_how_soon_is_pressed_not_small_talk(
    offline_context: FlowContext,
) -> None:
    values = await played(
        offline_context,
        "complaint-handling",
        "李先生，让您等这么久，真对不起。",
        "那一百二的抛光费我们给您退掉。",
        "过几天钱就会回到您卡里。",
        "结束",
    )
    lines = her_lines(values)
    assert "多久" in lines[-2], lines  # she asked how soon
    vague = values["turn_evaluations"][2]
    assert not vague["off_topic"], vague
    assert "闲聊" not in (vague["hint"] or ""), vague
    assert "闲聊" not in compliance(values)
    assert lines[-1].startswith("过几天是多久"), lines
