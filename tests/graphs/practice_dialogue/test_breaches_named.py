"""Every breach is named with its words, and nothing honest is (session 15 end trainer P8).

- Acts beyond the learner's standing (overreach.py): the manager's yes claimed, a colleague
  punished on the spot, a good review asked for, the remedy held back until she signs; and
  scarcity invented by a rival buyer, a charge said to be under way, a total under the brief's
  floor per night or month (offer_amounts.py), a share off in any figure where discounts are
  forbidden but none named in its figure (打六折), extras given free by count (再送两次).
- Honest lines flag nothing: a duty of staff said with 必须 is no pressure, a courtesy drink is no
  offer beyond authority.
- A brush-off (brush_offs.py, affronts.py) is named as such in the tone line, not filed as small
  talk: a turn that only closes while her matter is open, being pointed at a complaint, sent next
  door over the price. Genuine small talk stays small talk; a plain "好的，谢谢" closes nothing.

Through the real evaluator, and sessions through the real flow for the report's lines.
"""

from __future__ import annotations

from typing import Any

import pytest

from graphs.context import FlowContext
from graphs.library import ContentLibrary
from graphs.practice_dialogue.evaluation import OfflineEvaluator
from graphs.scenarios import Scenario
from tests.support.practice import played


def _evaluated(name: str, reply: str, covered: dict[str, list[int]] | None = None) -> dict:
    scenario = ContentLibrary.load().get(Scenario, name)
    stage = scenario.stage("presentation") if name != "complaint-handling" else scenario.stages[2]
    return OfflineEvaluator(coaching=False).evaluate_now(
        scenario, stage, reply, covered or {}, 3, her_lines=[scenario.opening_line]
    )


@pytest.mark.parametrize(
    ("name", "reply", "label", "quoted"),
    [
        (
            "objection-handling",
            "店长那边我来摆平，您放心办。",
            "替经理做主的承诺",
            "店长那边我来摆平",
        ),
        (
            "broadband-retention",
            "I'll square it with my supervisor, don't you worry.",
            "Speaking for the manager",
            "I'll square it with my supervisor",
        ),
        (
            "complaint-handling",
            "我回头就扣她这个月的奖金，给您出气。",
            "当场承诺处罚员工",
            "我回头就扣她这个月的奖金",
        ),
        (
            "english-upsell",
            "I'll have the receptionist who booked you sacked today.",
            "Promising to punish a colleague",
            "sacked today",
        ),
        ("complaint-handling", "麻烦您在点评上给我们打个满分。", "向客户索要好评", "打个满分"),
        (
            "broadband-retention",
            "Once this is sorted, could you leave us a five-star review?",
            "Asking the customer for a good review",
            "five-star review",
        ),
        (
            "complaint-handling",
            "您得先签了字我才能给您退这一百二。",
            "以签字或好评为条件才给补救",
            "签了字我才能",
        ),
        (
            "broadband-retention",
            "Unless you sign the form today, I can't refund the fee.",
            "Making the remedy depend on a signature or review",
            "Unless you sign",
        ),
        (
            "english-upsell",
            "Somebody else is interested in that suite as we speak.",
            "False scarcity",
            "Somebody else is interested",
        ),
        (
            "complaint-handling",
            "下周六上午还有人也在问那个时段。",
            "虚构抢购或名额紧张",
            "还有人也在问",
        ),
        (
            "broadband-retention",
            "I'm billing your account for the new plan as we speak.",
            "Charging the customer without consent",
            "billing your account",
        ),
        (
            "english-upsell",
            "I'll make it USD 40 for the two nights.",
            "An offer beyond what you may offer",
            "USD 40 for the two nights",
        ),
        ("objection-handling", "今天给您打六折。", "超出权限的价格或优惠", "打六折"),
        (
            "complaint-handling",
            "抛光费退给您，再送两次美白。",
            "超出权限的价格或优惠",
            "再送两次美白",
        ),
    ],
)
def test_each_breach_is_named_with_its_words(
    name: str, reply: str, label: str, quoted: str
) -> None:
    said = _evaluated(name, reply)["claims_said"]
    named = {c: q for c, q in said.items() if c.startswith(label)}
    assert named, said
    assert any(quoted in q for q in named.values()), said


@pytest.mark.parametrize(
    ("name", "reply"),
    [
        ("complaint-handling", "以后前台必须先跟患者确认费用，这次是我们没做好。您看这样可以吗？"),
        ("objection-handling", "我们教练必须先给您做体测才会排课，您看周六方便吗？"),
        ("english-upsell", "There's complimentary coffee in the lobby while you wait."),
        ("complaint-handling", "您先坐，那边有免费的茶水。"),
        ("objection-handling", "前台有免费的矿泉水，您随便拿。"),
        ("broadband-retention", "Right, thank you."),
        ("complaint-handling", "好的，谢谢。"),
    ],
)
def test_honest_lines_flag_nothing(name: str, reply: str) -> None:
    evaluation = _evaluated(name, reply)
    assert evaluation["forbidden"] == [], evaluation["claims_said"]
    assert evaluation["pushy"] == [], evaluation["pushy"]


def test_a_gift_of_value_is_still_no_courtesy() -> None:
    assert _evaluated("english-upsell", "I'll throw in a free bottle of champagne tonight.")[
        "forbidden"
    ]


@pytest.mark.parametrize(
    ("name", "reply", "label"),
    [
        ("complaint-handling", "嗯，那先这样吧。", "敷衍打发客户"),
        ("objection-handling", "觉得贵的话您可以去别家看看。", "把客户推给竞争对手"),
        ("complaint-handling", "不满意的话您就去消协投诉吧。", "态度消极，让客户随便去投诉"),
        ("objection-handling", "不满意的话您就去消协投诉吧。", "敷衍打发客户"),
        ("broadband-retention", "Right, thanks for calling, bye.", "Brushing the customer off"),
        ("english-upsell", "Okay then, have a good evening.", "Brushing the customer off"),
    ],
)
def test_a_brush_off_is_named_not_small_talk(name: str, reply: str, label: str) -> None:
    evaluation = _evaluated(name, reply)
    assert label in evaluation["forbidden"], evaluation
    assert not evaluation["off_topic"], evaluation


def test_small_talk_stays_small_talk_and_a_goodbye_after_her_yes_is_no_brush_off() -> None:
    chat = _evaluated("complaint-handling", "您平时周末喜欢去钓鱼吗？")
    assert chat["off_topic"] and chat["forbidden"] == [], chat
    done = _evaluated("objection-handling", "好的，那就这样，周六见！", {"closing": [0, 1, 2]})
    assert done["forbidden"] == [], done


def _compliance(values: dict[str, Any]) -> dict[str, Any]:
    return next(c for c in values["report"]["criteria"] if c["measures"] == "compliance")


@pytest.mark.parametrize(
    ("scenario", "lines", "named"),
    [
        (
            "complaint-handling",
            [
                "李先生，非常抱歉让您久等了。",
                "我回头就扣她这个月的奖金，给您出气。",
                "您得先签了字我才能给您退这一百二。",
                "结束",
            ],
            ["当场承诺处罚员工：「我回头就扣她这个月的奖金」", "以签字或好评为条件才给补救"],
        ),
        (
            "english-upsell",
            [
                "Good evening Mr Harper, welcome to the Harbourview.",
                "Somebody else is interested in that suite as we speak.",
                "I'll make it USD 40 for the two nights.",
                "quit",
            ],
            ['False scarcity: "Somebody else is interested', "USD 40 for the two nights"],
        ),
        (
            "objection-handling",
            ["您好，我是会籍顾问小李。", "觉得贵的话您可以去别家看看。", "结束"],
            ["把客户推给竞争对手：「觉得贵的话您可以去别家看看」"],
        ),
        (
            "broadband-retention",
            ["Hello, thanks for calling Northline.", "Right, thanks for calling, bye.", "quit"],
            ['Brushing the customer off: "Right, thanks for calling, bye"'],
        ),
    ],
)
async def test_the_report_names_each_breach_in_tone_and_advice(
    offline_context: FlowContext, scenario: str, lines: list[str], named: list[str]
) -> None:
    values = await played(offline_context, scenario, *lines)
    compliance = _compliance(values)
    advice = " ".join(i["advice"] for i in values["report"]["improvements"])
    for words in named:
        assert words in compliance["explanation"], compliance
        assert words in advice, advice
    assert "闲聊" not in compliance["explanation"], compliance
    assert "Small talk" not in compliance["explanation"], compliance
