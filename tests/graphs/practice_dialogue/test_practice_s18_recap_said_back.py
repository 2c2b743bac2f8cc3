"""A recap announced with nothing said back makes none (session 17 held-out trainer: 「我帮您把刚才
说的梳理一遍」 credited as 总结). Own learners through the real flow: the announcement alone earns
nothing; a summary that says her needs back still counts.
"""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from tests.support.practice import played

LEAD = "理解，三千九百八不是小数目，多看看没错。冒昧问下，您这次想练出什么效果？"
SUMMARY = "总结与客户需求对应的方案"


@pytest.mark.parametrize(
    ("reply", "credited"),
    [
        ("我帮您把刚才说的梳理一遍。", False),
        ("我帮您总结一下吧。", False),
        ("我帮您梳理一下：您想减脂，下班又晚，年卡分期加晚上来练最适合您。", True),
    ],
)
async def test_a_summary_says_something_back(
    offline_context: FlowContext, reply: str, credited: bool
) -> None:
    values = await played(offline_context, "objection-handling", LEAD, reply, "结束")
    closing = next(c for c in values["report"]["criteria"] if c["name"] == "促成")["explanation"]
    done = closing.split("没做到")[0]
    assert (SUMMARY in done) is credited, closing
