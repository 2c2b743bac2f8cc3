"""Saying nothing wrong by saying little to her is no full compliance (report.py): a session
mostly of small talk scales the compliance score by its share of turns on her matter, and every
report names the small-talk turns in the compliance line, in Chinese and English; the advice
asks to answer her matter, not to stop pressure nobody put on her. Through the real flow."""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from tests.support.practice import played


def _compliance(values: dict) -> dict:
    return next(c for c in values["report"]["criteria"] if c["measures"] == "compliance")


@pytest.mark.parametrize(
    ("scenario", "lines", "named"),
    [
        (
            "english-upsell",
            [
                "Good evening, welcome to the Harbourview, Mr Harper.",
                "Do you follow the cricket at all?",
                "My brother is getting married next spring, you know.",
                "Have you tried the new pizza place on the corner?",
                "quit",
            ],
            "Small talk",
        ),
        (
            "complaint-handling",
            [
                "李先生，让您久等了，实在抱歉。",
                "您平时喜欢钓鱼吗？",
                "最近菜价涨得真厉害。",
                "您看过那部新上映的电影吗？",
                "结束",
            ],
            "闲聊",
        ),
    ],
)
async def test_a_session_of_small_talk_is_no_full_compliance(
    offline_context: FlowContext, scenario: str, lines: list[str], named: str
) -> None:
    values = await played(offline_context, scenario, *lines)
    compliance = _compliance(values)
    assert compliance["score"] < 50, compliance
    assert named in compliance["explanation"], compliance
    advice = " ".join(i["advice"] for i in values["report"]["improvements"])
    assert "pressure" not in advice and "施压" not in advice, advice
