"""Session 9's trainer faults with the customer (issue 12), through the real flow (offline engine,
shipped scenarios), in wording of their own: a time the learner proposes is taken, not read as a
question about her habits; a goodbye after the conversation is a closing, not a digression."""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from tests.graphs.test_practice_hearing import turn


async def test_a_proposed_evening_is_when_not_her_evenings(offline_context: FlowContext) -> None:
    _, line = await turn(
        offline_context,
        "broadband-retention",
        "Hello Ms Shah, thanks for calling Northline. I'm sorry the evenings have been slow.",
        "I can send an engineer out to check the line, free of charge.",
        "How about Thursday evening for the engineer, would that suit you?",
    )
    assert line.startswith("Thursday evening?"), line
    assert "video calls" not in line, line


async def test_a_call_back_time_is_taken(offline_context: FlowContext) -> None:
    _, line = await turn(
        offline_context,
        "complaint-handling",
        "非常抱歉让您久等了，这是我们的问题。",
        "抛光费120元给您全额免除，1到3个工作日退回原卡。",
        "我明天下午三点给您回个电话，可以吗？",
    )
    assert "明天下午三点" in line, line


@pytest.mark.parametrize(
    ("scenario", "replies"),
    [
        (
            "broadband-retention",
            (
                "Hello Ms Shah, I'm sorry the evenings have been slow.",
                "I can send an engineer out to check the line, free of charge.",
                "Thanks, that's all for today.",
            ),
        ),
        ("english-upsell", ("Good evening Mr Harper.", "OK, I think we're done here, thanks.")),
        ("objection-handling", ("您好，理解您觉得价格贵。", "今天就先到这儿吧，谢谢您。")),
    ],
)
async def test_a_goodbye_closes(
    offline_context: FlowContext, scenario: str, replies: tuple[str, ...]
) -> None:
    evaluation, line = await turn(offline_context, scenario, *replies)
    assert not evaluation["off_topic"], evaluation
    assert evaluation["leaving"], evaluation
    assert "?" not in line and "？" not in line, line


async def test_small_talk_after_thanks_is_still_small_talk(offline_context: FlowContext) -> None:
    evaluation, _ = await turn(
        offline_context, "broadband-retention", "Thanks! Did you watch the match last night?"
    )
    assert evaluation["off_topic"], evaluation
