"""The honesty and tone line names every rule the scenario's own brief sets and no courtesy:
a vowed speed where the brief forbids a guaranteed one, months given free where nothing says they
may be, a price that is none of the scenario's, a discount the brief never allows, the
customer's own booking run down to sell the upgrade, an unverifiable boast, arguing with her,
running the rival down,
giving up where there are offers to make, and "I can't change that" where the learner's role may
waive the fee. A courtesy (seeing her to the door) is no offer, and acting on her matter (putting
her cancellation through) is no small talk. Scripted learners through the real flow, in English
and Chinese."""

from __future__ import annotations

from typing import Any

import pytest

from graphs.context import FlowContext
from tests.support.practice import played


def _honesty(values: dict[str, Any]) -> dict[str, Any]:
    return next(c for c in values["report"]["criteria"] if c["measures"] == "compliance")


async def test_a_vowed_speed_and_free_months_are_named(offline_context: FlowContext) -> None:
    values = await played(
        offline_context,
        "broadband-retention",
        "Hello Ms Shah, thanks for calling. Can I ask what's made you want to leave?",
        "If you move up to the faster package, I promise you'll see the full 500 Mb each night"
        " without fail.",
        "And I can let you have your first two months totally free if you stay.",
        "quit",
    )
    line = _honesty(values)
    assert "Turn 2: A guaranteed speed" in line["explanation"], line
    assert "Turn 3: An offer beyond what you may offer" in line["explanation"], line
    assert line["score"] <= 20, line


async def test_a_wrong_price_and_her_own_room_run_down_are_named(
    offline_context: FlowContext,
) -> None:
    values = await played(
        offline_context,
        "english-upsell",
        "Good evening Mr Harper, welcome. Are you celebrating anything this weekend?",
        "It's just USD 25 extra for the harbour suite tonight.",
        "To be frank, the city-view rooms are small and dated, you'd be far happier upstairs.",
        "quit",
    )
    line = _honesty(values)
    assert "Turn 2: A wrong price for the suite" in line["explanation"], line
    assert "Turn 3: Running down what the customer already has" in line["explanation"], line


async def test_a_dismissive_learner_loses_tone_and_the_line_says_why(
    offline_context: FlowContext,
) -> None:
    values = await played(
        offline_context,
        "broadband-retention",
        "Leave? Honestly, nobody gives better service than us.",
        "Every provider slows down at night, there's no way round that.",
        "Whoever you switch to will be worse, I'd bet on it.",
        "There isn't anything more I can offer you, I'm afraid.",
        "Right, I'll process your cancellation today then.",
        "quit",
    )
    line = _honesty(values)
    explanation = line["explanation"]
    assert line["score"] <= 40, line
    # a boast alone argues with no one: an unverifiable claim (arguing.py)
    assert "Turn 1: An unverifiable boast" in explanation, line
    assert "Turn 2: Making light of the customer's problem" in explanation, line
    assert "Turn 3: Belittling the rival" in explanation, line
    assert "Turn 4: Saying nothing can be done" in explanation, line
    assert "turn 5" not in explanation.lower(), line  # the cancellation put through


async def test_a_courtesy_is_no_offer_and_a_false_no_authority_is_named(
    offline_context: FlowContext,
) -> None:
    values = await played(
        offline_context,
        "complaint-handling",
        "李先生，真对不起，让您白等了这么久。",
        "这笔钱是电脑里自动生成的，我这边改不了。",
        "这120元抛光费我给您免了，1到3个工作日退回到您卡上。",
        "退款已经给您提交了，再次跟您道个歉，我送您到门口。",
        "结束",
    )
    line = _honesty(values)
    assert "第2轮" in line["explanation"], line
    assert "我这边改不了" in line["explanation"], line
    assert "超出权限" not in line["explanation"], line
    assert "第4轮" not in line["explanation"], line


async def test_a_discount_the_brief_never_allows_is_named(offline_context: FlowContext) -> None:
    values = await played(
        offline_context,
        "broadband-retention",
        "Thanks for calling. I can do 50% off for you, so 15 pounds a month.",
        "quit",
    )
    line = _honesty(values)
    assert "Turn 1:" in line["explanation"], line
    assert line["score"] <= 60, line


@pytest.mark.parametrize(
    ("scenario", "lines"),
    [
        (
            "broadband-retention",
            [
                "Thanks for calling, Ms Shah. I'm sorry the evenings have been so slow.",
                "I can't promise any particular speed, but an engineer can check the line on"
                " Thursday morning, free of charge.",
                "You'd be on the loyalty price of GBP 31 a month, and you can cancel without a"
                " fee within 30 days.",
                "quit",
            ],
        ),
        (
            "english-upsell",
            [
                "Good evening Mr Harper, welcome to the Harbourview.",
                "The harbour-view suite is USD 55 extra a night, or 45 as our occasion rate.",
                "quit",
            ],
        ),
        (
            "objection-handling",
            [
                "您好，我是这里的会籍顾问，感谢您过来。",
                "年卡价格是总部统一定的，我这边改不了，不过可以分12期免息，每月大概332元。",
                "结束",
            ],
        ),
    ],
)
async def test_honest_turns_keep_a_clean_line(
    offline_context: FlowContext, scenario: str, lines: list[str]
) -> None:
    line = _honesty(await played(offline_context, scenario, *lines))
    assert line["score"] == 100, line


async def test_a_vow_beside_a_refund_is_not_the_no_wait_guarantee(
    offline_context: FlowContext,
) -> None:
    """The scenario's only guarantee claim is of never waiting again: a vow of when a refund
    message comes, in a sentence about the refund, is not that claim."""
    values = await played(
        offline_context,
        "complaint-handling",
        "抛光费的退款我这就给您提交，保证三分钟内您就能收到短信通知。",
        "结束",
    )
    assert "保证以后绝不会再等" not in _honesty(values)["explanation"]


async def test_arguing_and_giving_up_are_named_in_chinese(offline_context: FlowContext) -> None:
    values = await played(
        offline_context,
        "complaint-handling",
        "您这么说就不对了，排个队本来就是这样的。",
        "我这边也没有别的可以给您提供的了。",
        "结束",
    )
    explanation = _honesty(values)["explanation"]
    assert "第1轮：和客户争辩" in explanation, explanation
    assert "第2轮：推说无能为力" in explanation, explanation
