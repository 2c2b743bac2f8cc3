"""Her point conceded, her decision respected, her words taken in: acknowledgement (session 17
held-out trainer P10, fault 2: bb-strong "I'm not going to argue with a decision you've made",
oh-strong 「明白，加班多、下班晚…」 and 「隔壁那家便宜是事实」 went uncounted).

Own learners, through the real flow; a denial (这不是事实) or 说明白 (explain) grants nothing.
"""

from __future__ import annotations

from graphs.context import FlowContext
from tests.support.practice import criterion, played


async def test_granting_her_point_acknowledges_her_zh(offline_context: FlowContext) -> None:
    values = await played(
        offline_context,
        "objection-handling",
        "您好，我是会籍顾问小周。您想多比较几家，我尊重您的选择。",
        "那您平时一般几点下班？",
        "明白，天天加班到九点多，以前那家早早关门，您根本赶不上。",
        "隔壁那家价钱低是事实，我们这边营业到晚上十一点，您下班过来也来得及。",
        "结束",
    )
    empathy = criterion(values, "共情")
    assert empathy["turns"] == [1, 3, 4], empathy


async def test_granting_her_point_acknowledges_her_en(offline_context: FlowContext) -> None:
    values = await played(
        offline_context,
        "broadband-retention",
        "Hello Ms Shah, I'll respect your decision either way. Can I ask what's made you want to leave?",
        "That's true, paying more than a new customer does feel unfair. How do you use the "
        "connection in the evenings?",
        "quit",
    )
    listening = criterion(values, "Listening and acknowledgement")
    assert listening["turns"] == [1, 2], listening


async def test_a_denial_grants_nothing(offline_context: FlowContext) -> None:
    values = await played(
        offline_context,
        "complaint-handling",
        "这不是事实，我跟您说明白，抛光费是要收的。",
        "结束",
    )
    assert criterion(values, "安抚与共情")["turns"] == []
