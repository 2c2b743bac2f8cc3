"""Session 22, F3 (trainer P15): what the customer accepted, read truly. 「行吧，那我先走了。」 was
reported as acceptance although the customer was leaving; a customer who took each remedy as it
was offered (行, 我收下, 那还行) and then vented once more was reported 「客户没有同意」. Own scripts
on the shipped complaint scenario (李先生), through the real graph; look-alikes on the function."""

from __future__ import annotations

from typing import Any

import pytest

from graphs.context import FlowContext
from graphs.practice_dialogue.her_consent import consent_in
from tests.support.practice import criterion, her_lines, played

CLOSING = "确认与挽回"


async def closing_of(context: FlowContext, *replies: str) -> tuple[str, list[str]]:
    values: dict[str, Any] = await played(context, "complaint-handling", *replies, "结束")
    assert values.get("report"), values
    return criterion(values, CLOSING)["explanation"], her_lines(values)


async def test_sent_off_he_leaves_and_accepts_nothing(offline_context: FlowContext) -> None:
    closing, hers = await closing_of(
        offline_context, "您好，请问有什么事？", "那就算了吧，您慢走。"
    )
    assert hers[-1] == "行吧，那我先走了。", hers
    assert "接受了" not in closing, closing
    assert "客户没有同意" in closing, closing


async def test_each_remedy_taken_then_a_vent_is_what_he_accepted(
    offline_context: FlowContext,
) -> None:
    closing, hers = await closing_of(
        offline_context,
        "李先生，实在对不起，让您白等了快一个小时，换作是我也会火大。",
        "这一百二十元抛光费没有事先告诉您，我们全部退给您，一到三个工作日到账。",
        "另外送您一张一百元的洁牙抵用券，表示我们的歉意。",
        "下次您预约，我给您排第一个号，或者您指定时段都可以。",
        # "anything else?" alone: 「您看这么处理行不行？」 before it now gets his yes (s23 h6)
        "还有别的要我帮您办的吗？",
    )
    assert "我收下" in hers[-3] and "那还行" in hers[-2], hers
    assert "客户没有同意" not in closing, closing
    # each of his yeses quoted as he said it, and the missing yes to the whole said truly
    for words in ("「行，别又让我来回跑」", "我收下」", "「下次给我排第一个号，那还行」"):
        assert words in closing, closing
    assert "没有明确同意整个方案" in closing, closing
    assert hers[-1] in closing, closing  # his last words, the vent, still stated


@pytest.mark.parametrize(
    ("line", "language", "consent"),
    [
        ("行吧，那我先走了。", "zh", False),
        ("算了，行吧，我回去再想想。", "zh", False),
        ("Alright, thanks. I'll think about it.", "en", False),
        ("Fine, I'll go then.", "en", False),
        # look-alikes that stay consent
        ("行，别又让我来回跑。", "zh", True),
        ("不过你们有这个心意，我收下。", "zh", True),
        ("Fine, I'll take it.", "en", True),
        # and a refusal stays none
        ("这个我接受不了。", "zh", False),
    ],
)
def test_leaving_is_no_consent(line: str, language: str, consent: bool) -> None:
    assert (consent_in(line, language) is not None) is consent  # type: ignore[arg-type]
