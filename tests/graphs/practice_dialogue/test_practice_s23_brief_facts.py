"""Session 23, F3 (issue 12): what the learner tells against the brief is named in its own terms.

- The business's opening hours misstated (早 6 点到晚 11 点营业 told as 早上七点到晚上十点) are named
  with the true hours, like a wrong price; the true hours, a limit within them and a time of hers
  stay clean.
- A goodbye to her leave-taking said twice sees her off: no brush-off, and she takes no offence.
- Her price doubt unanswered, a bare "shall we go ahead?" gets no yes.
- The fee in question pointed at (那笔费用) is waived within authority where the brief allows it.
- A breach note quotes the learner's own characters: her full-width commas stay full-width.
"""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from graphs.exams import Language
from graphs.library import ContentLibrary
from graphs.practice_dialogue.claims import claims_in, claims_said
from graphs.practice_dialogue.figures import in_digits
from graphs.practice_dialogue.gone import took_her_leave
from graphs.practice_dialogue.signals import TurnText
from graphs.scenarios import Scenario
from tests.support.practice import compliance, criterion, her_lines, played


async def test_wrong_opening_hours_named_with_the_true_hours(offline_context: FlowContext) -> None:
    values = await played(
        offline_context,
        "objection-handling",
        "您好，我是会籍顾问小林。咱们店早上八点到晚上九点半都营业，您周末来也行。",
        "结束",
    )
    assert "谎报营业时间" in criterion(values, "合规表达")["explanation"]
    assert "早 6 点到晚 11 点营业" in criterion(values, "合规表达")["explanation"]
    assert "「咱们店早上八点到晚上九点半都营业」" in criterion(values, "合规表达")["explanation"]


@pytest.mark.parametrize(
    "reply",
    [
        "咱们店早上六点到晚上十一点都营业。",
        "咱们晚上11点前都开着，不用着急。",
        "您八点半下班，过来正好，我们开到十一点。",
        "隔壁那家晚上十点就关门了，我们开到十一点。",
    ],
)
def test_true_hours_and_her_times_are_no_claim(reply: str) -> None:
    scenario = ContentLibrary.load().get(Scenario, "objection-handling")
    made = claims_in(scenario, TurnText.of(reply, "zh"), False)
    assert not [c for c in made if "营业时间" in c]


async def test_breach_quote_keeps_her_full_width_commas(offline_context: FlowContext) -> None:
    values = await played(
        offline_context,
        "objection-handling",
        "价格都是公司统一定的，我也没办法，您爱办不办。",
        "结束",
    )
    text = criterion(values, "合规表达")["explanation"]
    assert "，" in text.split("「", 1)[1].split("」", 1)[0]
    assert "统一定的," not in text


@pytest.mark.parametrize(
    ("name", "language", "replies", "criterion_name"),
    [
        (
            "objection-handling",
            "zh",
            ("嫌贵那就算了吧。", "哦。", "好的，那您慢走。"),
            "合规表达",
        ),
        (
            "english-upsell",
            "en",
            ("Your room is 214, here is the key. Bye now.", "Okay.", "Right, goodbye then."),
            "Honesty and tone",
        ),
    ],
)
async def test_goodbye_to_her_second_leave_taking_is_no_brush_off(
    offline_context: FlowContext,
    name: str,
    language: Language,
    replies: tuple[str, ...],
    criterion_name: str,
) -> None:
    values = await played(offline_context, name, *replies, "结束")
    hers = her_lines(values)
    assert took_her_leave(hers[-2], language) and took_her_leave(hers[-3], language), hers
    text = criterion(values, criterion_name)["explanation"]
    assert "敷衍" not in text and "brush" not in text.lower(), text
    assert "说过" not in hers[-1] and "already" not in hers[-1], hers


async def test_bare_decision_question_with_her_price_doubt_open_wins_nothing(
    offline_context: FlowContext,
) -> None:
    values = await played(
        offline_context,
        "english-upsell",
        "Good evening and welcome! I'll pull up your reservation.",
        "A harbour view suite is free tonight, USD 55 extra per night.",
        "So, shall we go ahead?",
    )
    hers = her_lines(values)
    assert not hers[-2].endswith("?") and "55" in in_digits(hers[-2], "en"), hers  # her doubt
    assert not values.get("agreed"), hers
    assert "convinced" not in hers[-1], hers


async def test_the_fee_in_question_pointed_at_is_waived_within_authority(
    offline_context: FlowContext,
) -> None:
    values = await played(
        offline_context,
        "complaint-handling",
        "李先生，实在抱歉让您久等了。",
        "治疗前没人跟您说过，那笔费用我们给您免掉。",
        "结束",
    )
    assert "超出权限" not in compliance(values), compliance(values)


def test_another_charge_beside_the_pointed_one_is_still_beyond() -> None:
    scenario = ContentLibrary.load().get(Scenario, "complaint-handling")
    said = claims_said(scenario, "那笔费用连同挂号费都给您免掉。")
    assert "超出权限的价格或优惠" in said, said


@pytest.mark.parametrize("said", ["这样吧，抛光的费用我们不收了。", "抛光的费用给您免了。"])
def test_the_fee_named_with_de_is_the_fee_the_brief_lets_her_waive(said: str) -> None:
    # session 25 lead: 「抛光的费用我们不收了」 was 超出权限的价格或优惠, though the brief lets the
    # learner waive the undisclosed 120 元抛光费 (抛光的费用 read as a charge named 光的)
    scenario = ContentLibrary.load().get(Scenario, "complaint-handling")
    assert "超出权限的价格或优惠" not in claims_said(scenario, said), claims_said(scenario, said)


def test_another_charge_named_with_de_is_still_beyond() -> None:
    scenario = ContentLibrary.load().get(Scenario, "complaint-handling")
    said = claims_said(scenario, "洗牙的费用也不收了。")
    assert "超出权限的价格或优惠" in said, said
