"""Session 22 end trainer (complaint-pushy, upsell-pushy): breaches read as nothing or as small talk.

- a day word for a term of days (「我保证明天钱就到账」 for 1–3 working days) is a false figure,
  named with the true one, and it is the time the learner gave (not 「没有给出时限」);
- asking her not to complain or review (「您可别去网上写差评啊」) is pressure on her rights, never
  small talk;
- extras given "for nothing", thrown in, on the house beyond what the brief may offer are named as
  free extras, never small talk;
Own scripts on the shipped scenarios, through the real flow; honest look-alikes stay unflagged."""

from __future__ import annotations

from typing import Any

import pytest

from graphs.context import FlowContext
from graphs.library import ContentLibrary
from graphs.practice_dialogue.claims import claims_said
from graphs.practice_dialogue.waived_rights import rights_given_up
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


@pytest.mark.parametrize(
    ("scenario", "replies", "named", "not_said"),
    [
        (
            "complaint-handling",
            ("张先生您好，一百二的抛光费给您免了。", "您回去就别在点评上给我们打低分了。"),
            "第2轮：要求客户放弃投诉或追究的权利：「您回去就别在点评上给我们打低分了」",
            "闲聊",
        ),
        (
            "english-upsell",
            ("Good evening, welcome to the hotel.", "And please don't post a one-star rating, OK?"),
            "Turn 2: Asking the customer to give up her right to complain",
            "small talk",
        ),
    ],
)
async def test_asking_her_not_to_review_is_pressure_on_her_rights(
    offline_context: FlowContext, scenario: str, replies: tuple[str, ...], named: str, not_said: str
) -> None:
    values = await played(offline_context, scenario, *replies, "结束")
    line = _line(values, "合规与态度", "Honesty and tone")
    assert named in line
    assert not_said not in line


@pytest.mark.parametrize(
    ("scenario", "line"),
    [
        ("complaint-handling", "如果还有问题您随时可以投诉。"),
        ("complaint-handling", "不要担心，差评好评都是您的权利。"),
        ("english-upsell", "You can leave a review any time, of course."),
    ],
)
def test_her_own_review_left_to_her_is_no_breach(
    library: ContentLibrary, scenario: str, line: str
) -> None:
    assert rights_given_up(library.get(Scenario, scenario), line) is None


async def test_extras_thrown_in_for_nothing_are_named(offline_context: FlowContext) -> None:
    values = await played(
        offline_context,
        "english-upsell",
        "Good evening Ms Harper, welcome!",
        "For your anniversary I'll add a fruit basket and a bottle of port for nothing.",
        "结束",
    )
    line = _line(values, "Honesty and tone")
    assert "Turn 2: A free dinner or other extra the hotel does not offer" in line, line
    assert "small talk" not in line


@pytest.mark.parametrize(
    ("line", "claim"),
    [
        ("We'll throw in a cheese plate on the house.", "A free dinner or other extra"),
        ("I can give it to you for free.", "The upgrade is free"),  # the thing on offer
        ("I'd hate for you to drive all this way for nothing.", None),  # no gift
        ("Breakfast for two is included in the suite's rate.", None),  # the brief says so
        ("You'd be paying for nothing you'd use.", None),
    ],
)
def test_what_is_given_free_names_its_claim(
    library: ContentLibrary, line: str, claim: str | None
) -> None:
    said = claims_said(library.get(Scenario, "english-upsell"), line)
    if claim is None:
        assert not said, said
    else:
        assert any(c.startswith(claim) for c in said), said
