"""Session 19, fixer FB: her direct question stepped over is named in the report (own wording).

「能先体验一次再说吗？」 met with 「那您回去再琢磨琢磨。」 is unanswered, and the report says so beside
its stage (unanswered.py); met with a yes, or with the scenario's offer it asks about (a free body
test for a trial), it is answered and nothing is added.
"""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from tests.support.practice import played

FIRST = ("理解您的顾虑，价格确实不便宜。", "我们年卡可以分12期免息，每月三百多。")


def _explained(values: dict) -> str:
    return " ".join(c["explanation"] for c in values["report"]["criteria"])


async def test_a_question_stepped_over_is_named(offline_context: FlowContext) -> None:
    values = await played(
        offline_context, "objection-handling", *FIRST, "那您回去再琢磨琢磨。", "结束"
    )
    assert "客户在第2轮后问的「能先体验一次再说吗？」一直没有回答" in _explained(values), (
        _explained(values)
    )


@pytest.mark.parametrize(
    "answer",
    [
        "可以的，周六先帮您约一次免费体测，您看行吗？",
        "先给您安排一节体测课试试，觉得合适再办卡。",
    ],
)
async def test_a_question_met_is_not_named(offline_context: FlowContext, answer: str) -> None:
    values = await played(offline_context, "objection-handling", *FIRST, answer, "结束")
    assert "一直没有回答" not in _explained(values), _explained(values)


async def test_a_question_stepped_over_is_named_in_english(offline_context: FlowContext) -> None:
    values = await played(
        offline_context,
        "broadband-retention",
        "I understand, and I am sorry the evenings have been so slow.",
        "What has made you think of leaving us?",
        "Well, have a think about it and ring us back.",
        "Right, thanks for calling today.",
        "quit",
    )
    assert (
        'question "What exactly would change for me?" (asked after turn 3) was never answered'
        in (_explained(values))
    ), _explained(values)
