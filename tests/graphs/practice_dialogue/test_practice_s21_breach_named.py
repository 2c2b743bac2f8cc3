"""Session 21, H8: every breach is named with the learner's words and the right fact (practice).

The session-20 end trainer (P13) found threats and false room-availability claims unnamed or
counted only as pressure, a made-up price rise named only as an offer beyond the limits, 「全额退款」
after a negated condition never named, and in the weak runs "处理不了", "收费是合理的", "check the
website" and "Cancelling is a real hassle" missed; the lead found a false excuse (系统排号) taken
for small talk. Own lines first (other wordings than the reviewers'), each through the real
evaluator, with honest look-alikes that must flag nothing; then whole sessions through the real
flow, the reviewers' own scripts among them.
"""

from __future__ import annotations

from typing import Any

import pytest

from graphs.context import FlowContext
from graphs.library import ContentLibrary
from graphs.practice_dialogue.evaluation import OfflineEvaluator
from graphs.scenarios import Scenario
from tests.support.practice import played


def _claims(name: str, reply: str) -> dict[str, str]:
    scenario = ContentLibrary.load().get(Scenario, name)
    evaluated = OfflineEvaluator(coaching=False).evaluate_now(
        scenario, scenario.stages[2], reply, {}, 3, her_lines=[scenario.opening_line]
    )
    return dict(evaluated["claims_said"])


@pytest.mark.parametrize(
    ("name", "reply", "label", "quoted"),
    [
        # threats: a worse room, her booking cancelled, if she does not buy
        (
            "english-upsell",
            "Book the suite or I'll cancel your reservation, simple as that.",
            "Threatening the customer",
            "cancel your reservation",
        ),
        (
            "english-upsell",
            "Skip it and we'll move you to the small room over the kitchen.",
            "Threatening the customer",
            "move you to the small room",
        ),
        ("objection-handling", "不办的话您的预约就取消了。", "威胁客户", "预约就取消"),
        # false availability, named as the scenario's false-scarcity claim
        (
            "english-upsell",
            "Honestly there's only one room left in the whole hotel tonight.",
            "False scarcity",
            "only one room left",
        ),
        ("objection-handling", "年卡就剩最后两个名额了。", "虚假的限时优惠", "就剩最后两个名额"),
        ("complaint-handling", "我们下午的号都约满了。", "谎称所剩无几", "都约满了"),
        # a made-up price rise, with the true price
        (
            "objection-handling",
            "王女士，下周一起年卡要涨到四千五了。",
            "虚构涨价（实际：年卡 3980 元）",
            "年卡要涨到四千五",
        ),
        (
            "english-upsell",
            "The rate is going up to 90 tomorrow.",
            "A made-up price rise (right: USD 55 extra a night",
            "going up to 90",
        ),
        # a full refund promised on her condition: the negation is the condition's
        (
            "objection-handling",
            "要是效果不满意，钱全部退给您。",
            "承诺可以随时全额退卡",
            "全部退给您",
        ),
        (
            "english-upsell",
            "If you don't love the suite, you get your money back.",
            "A full refund you may not promise",
            "money back",
        ),
        # saying one cannot do what the brief allows
        ("complaint-handling", "这个我解决不了。", "拒绝退还未告知的抛光费", "这个我解决不了"),
        (
            "broadband-retention",
            "I can't do anything about your bill, sorry.",
            "Saying you cannot do what you may",
            "about your bill",
        ),
        # a charge the learner may waive defended as right
        (
            "complaint-handling",
            "这个抛光费收得没问题，是应该收的。",
            "把未告知的抛光费说成正常收费",
            "抛光费收得没问题",
        ),
        # a process made out as hard
        (
            "broadband-retention",
            "Leaving us is a real pain, the paperwork takes weeks.",
            "Making the process sound harder than it is",
            "real pain",
        ),
        (
            "complaint-handling",
            "退款手续特别麻烦，要走好几道审批。",
            "夸大办理的难度",
            "手续特别麻烦",
        ),
        # a charge for leaving by its verb
        (
            "broadband-retention",
            "If you cancel, we'll charge you for the router.",
            "Leaving will cost her a fee",
            "charge you for the router",
        ),
        # a false excuse against the brief's cause
        (
            "complaint-handling",
            "等了那么久是因为电脑系统故障，跟前面的病人没关系。",
            "编造原因",
            "电脑系统故障",
        ),
        # a known price withheld, the price named
        (
            "english-upsell",
            "I'm not sure of the rate, look it up on the app.",
            "Not giving the price you know (right: USD 55 extra a night",
            "not sure of the rate",
        ),
        (
            "objection-handling",
            "具体多少钱我也不清楚，您上网查吧。",
            "不说明自己知道的价格（实际：年卡 3980 元）",
            "不清楚",
        ),
    ],
)
def test_each_breach_is_named_with_its_words(
    name: str, reply: str, label: str, quoted: str
) -> None:
    said = _claims(name, reply)
    named = [words for claim, words in said.items() if label in words or label in claim]
    assert named, said
    assert any(quoted in words for words in named), said


@pytest.mark.parametrize(
    ("name", "reply"),
    [
        ("english-upsell", "We can move you to a quieter room if you like."),
        ("english-upsell", "If you'd rather keep your standard room, that's fine, it's ready."),
        ("english-upsell", "If you don't mind, I'll move you to a room on a higher floor."),
        ("english-upsell", "Your standard room is ready, and we're not full at all tonight."),
        ("english-upsell", "You can check the full details on our website too, I'm happy to help."),
        ("english-upsell", "The suite is USD 55 extra a night, you can see photos on our website."),
        ("broadband-retention", "I know cancelling can feel like a hassle, but it is quick."),
        ("broadband-retention", "Cancelling isn't a hassle at all, I can do it now."),
        ("broadband-retention", "Switching providers can be a hassle, so take your time."),
        ("broadband-retention", "Their price goes up after six months, so compare carefully."),
        ("broadband-retention", "If you cancel, we won't charge you anything."),
        ("broadband-retention", "Their deal is only introductory; it goes up after a year."),
        (
            "broadband-retention",
            "I can't do anything about the price myself, but I can offer you the loyalty price.",
        ),
        ("broadband-retention", "We don't offer a full refund, but you can cancel within 30 days."),
        ("complaint-handling", "退款到账前有任何问题随时打给我。"),
        ("complaint-handling", "这个我来处理，您放心。"),
        ("complaint-handling", "这个我处理不了，我帮您请主管过来。"),
        ("complaint-handling", "这笔抛光费事先没跟您说明，确实不应该收，我这边直接给您免了。"),
        ("complaint-handling", "您的要求很合理，抛光费给您退。"),
        ("complaint-handling", "是前一位患者的根管治疗超时了，不是系统的问题。"),
        ("complaint-handling", "系统显示您预约的是两点。"),
        ("complaint-handling", "退款不麻烦，一到三个工作日到账。"),
        ("complaint-handling", "给您添麻烦了，真不好意思。"),
        ("complaint-handling", "抛光费全额退给您。"),
        ("objection-handling", "价格明年会不会调整我不清楚，今天的价格就是3980。"),
        ("objection-handling", "价格不会涨，您放心。"),
        ("objection-handling", "年卡名额没有限制，您慢慢考虑。"),
        ("objection-handling", "我就剩一个问题想问您。"),
        ("objection-handling", "年卡办了以后不能全额退款，但可以冻结60天。"),
    ],
)
def test_honest_look_alikes_flag_nothing(name: str, reply: str) -> None:
    assert _claims(name, reply) == {}


def test_the_buck_passed_is_one_break() -> None:
    """「这个我管不了，您去找医生吧」 passes the buck; its 管不了 is no second break."""
    said = _claims("complaint-handling", "这个我管不了，您去找医生吧。")
    assert list(said) == ["推卸责任给医生或其他患者"], said


def _compliance(values: dict[str, Any]) -> str:
    criteria = values["report"]["criteria"]
    return str(next(c for c in criteria if c["measures"] == "compliance")["explanation"])


@pytest.mark.parametrize(
    ("scenario", "lines", "named"),
    [
        (  # own pushy upsell: scarcity, two threats
            "english-upsell",
            [
                "Evening Mr Harper. Honestly there's only one room left in the whole hotel tonight.",
                "Book the suite or I'll cancel your reservation, simple as that.",
                "Skip it and we'll move you to the small room over the kitchen.",
                "quit",
            ],
            ["Turn 1: False scarcity", "Turn 2: Threatening the customer", "Turn 3: Threatening"],
        ),
        (  # own weak complaint: a defended charge, untrue inability, a false excuse, a hassle
            "complaint-handling",
            [
                "这个抛光费收得没问题，是应该收的。",
                "这个我解决不了。",
                "等了那么久是因为电脑系统故障，跟前面的病人没关系。",
                "退款手续特别麻烦，要走好几道审批。",
                "结束",
            ],
            [
                "第1轮：把未告知的抛光费说成正常收费",
                "第2轮：拒绝退还未告知的抛光费",
                "第3轮：编造原因：「等了那么久是因为电脑系统故障」（实际：前一位患者的根管治疗超时）",
                "第4轮：夸大办理的难度来劝阻客户",
            ],
        ),
        (  # the trainer's pushy upsell (P13)
            "english-upsell",
            [
                "Mr Harper, you really must take the suite tonight - the standard rooms are all "
                "full anyway.",
                "Tell you what, I'll give you the suite for free, just for you, no charge at all.",
                "If you don't upgrade now, I'll have to put you in the noisy room next to the lift.",
                "quit",
            ],
            [
                'Turn 1: False scarcity: "the standard rooms are all full',
                "Turn 3: Threatening the customer: \"I'll have to put you in the noisy room next to "
                'the lift"',
            ],
        ),
        (  # the trainer's pushy objection (P13): the rise and the full refund
            "objection-handling",
            [
                "王女士，今天是优惠最后一天，明天年卡就涨到五千了，您必须今天定下来！",
                "我保证您三个月瘦二十斤，练不瘦全额退款。",
                "结束",
            ],
            ["第1轮：虚构涨价：「明天年卡就涨到五千了」（实际：年卡 3980 元）", "全额退款"],
        ),
        (  # the trainer's weak complaint (P13) and the lead's false excuse
            "complaint-handling",
            [
                "抛光是医生建议的，对牙齿好，收费是合理的。",
                "这事我这边处理不了。",
                "这个是系统排号出了问题，不是医生的错。",
                "结束",
            ],
            ["「收费是合理的」", "「这事我这边处理不了」", "编造原因：「这个是系统排号出了问题」"],
        ),
        (  # the trainer's weak upsell and broadband (P13)
            "english-upsell",
            ["I don't know the exact price, check the website.", "quit"],
            ['Not giving the price you know: "I don\'t know the exact price"'],
        ),
        (
            "broadband-retention",
            ["Cancelling is a real hassle, you know.", "quit"],
            ['Making the process sound harder than it is: "Cancelling is a real hassle"'],
        ),
    ],
)
async def test_the_report_names_each_breach(
    offline_context: FlowContext, scenario: str, lines: list[str], named: list[str]
) -> None:
    values = await played(offline_context, scenario, *lines)
    compliance = _compliance(values)
    for words in named:
        assert words in compliance, compliance
    assert "超出权限的价格或优惠" not in compliance, compliance  # the rise's 5000 is no offer
