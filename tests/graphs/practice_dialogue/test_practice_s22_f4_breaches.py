"""Session 22 end trainer (complaint-pushy, upsell-pushy): breaches read as nothing or as small talk.

- a day word for a term of days (「我保证明天钱就到账」 for 1–3 working days) is a false figure,
  named with the true one, and it is the time the learner gave (not 「没有给出时限」);
Own scripts on the shipped scenarios, through the real flow; honest look-alikes stay unflagged."""

from __future__ import annotations

from typing import Any

import pytest

from graphs.context import FlowContext
from graphs.library import ContentLibrary
from graphs.practice_dialogue.claims import claims_said
from graphs.scenarios import Scenario
from tests.support.practice import criterion, played

REFUND_TERM = "谎报退款到账时间"


def _line(values: dict[str, Any], *names: str) -> str:
    return next(c["explanation"] for c in values["report"]["criteria"] if c["name"] in names)


async def test_a_day_word_short_of_the_refund_term_is_a_false_time(
    offline_context: FlowContext,
) -> None:
    values = await played(
        offline_context,
        "complaint-handling",
        "张先生您好，一百二的抛光费给您免了，原路退回。",
        "放心，后天一早钱就退回到您卡上。",
        "结束",
    )
    honesty = _line(values, "合规与态度")
    assert "第2轮：谎报退款到账时间：「后天一早钱就退回到您卡上」（实际 1–3 个工作日）" in honesty
    assert "闲聊" not in honesty
    remedy = criterion(values, "解决方案")["explanation"]
    assert "没有给出时限" not in remedy
    assert "后天一早钱就退回到您卡上" in remedy


@pytest.mark.parametrize(
    ("line", "false"),
    [
        ("退款明天就能到账。", True),
        ("退款今天就能到账。", True),
        ("退款1到3个工作日到账，最快明天。", False),  # the true span said: 明天 is its best case
        ("我明天给您回电话说退款的事。", False),  # when the learner calls, no term of the refund
        ("今天就帮您把退款申请提交了。", False),  # the learner's act, not the money's arrival
    ],
)
def test_day_words_against_the_refund_term(library: ContentLibrary, line: str, false: bool) -> None:
    scenario = library.get(Scenario, "complaint-handling")
    said = claims_said(scenario, line)
    assert any(REFUND_TERM in c for c in said) is false, said
