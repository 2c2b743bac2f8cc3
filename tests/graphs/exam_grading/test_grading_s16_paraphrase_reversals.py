"""Short answers in the learner's own words credited, reversed rules caught (session 16, task F).

Session 15's end teacher (T8) marked a strong paper's own words down with false notes: 出示自己的身份证
read as "答成：自己，要点为前台", 充100送10 as "缺少：100元", 每次洗够40秒以上 as missing for want of
the word 时间; and she saw reversals only partly penalised: 脐带脱落以后用酒精消毒 for 脐带未脱落的…
got half, 送的钱可以退 for 赠送金额不可退现 was "未答到", and the JSON reason said "denies 上网" of a
learner who wrote 16岁以上可以上网, in English with "18 years, 18 years, 18 years". Her verdicts are
rows t8-* of grading_cases.yaml; here every fault has an example of our own (bank counter, bus
depot, supermarket deli, vet clinic) that failed before the fix, and the reasons are checked.
"""

from __future__ import annotations

import re

import pytest

from graphs.context import FlowContext
from graphs.exams import Question
from tests.support.grading import graded_report, judged, short_answer

# T8's exam B (internet cafe) short answer, as the exam held it (her verdicts on it and on exam A
# are rows t8-* of grading_cases.yaml).
T8_DESK = (
    "课程材料“上机登记”部分有哪些规定？请写出全部四条（写明人数、年龄和金额）。",
    "所有顾客上机前必须出示本人有效身份证，前台在系统中实名登记，一人一证一机，不得借用他人身份证",
    "未满18周岁的未成年人一律不得进入上网，前台发现疑似未成年人须核验证件，拒不出示者劝离",
    "会员充值满100元赠送10元，赠送金额不可退现",
    "非会员按普通区每小时5元、电竞区每小时8元计费",
)
BANK_ID = ("客户办理开户有什么规定？", "客户开户必须出示本人有效证件，柜员在系统中核验登记")
BUS_CARD = ("公交卡充值有什么优惠？", "公交卡充值满50元赠送5元")
DELI_CARD = ("熟食会员卡充值有什么优惠？", "熟食会员卡充值满200元赠送20元，赠送金额不可提现")
BUS_STOP = (
    "公交车进站停靠有什么要求？",
    "公交车进站停靠必须开启报站提示音",
    "公交车进站停靠必须时间不少于30秒",
)
VET_STERILE = (
    "手术器械消毒有什么要求？",
    "手术器械消毒必须使用高压蒸汽锅",
    "手术器械消毒必须时间不少于30分钟",
)
VET_RABIES = ("犬只入院有什么隔离规定？", "未接种狂犬疫苗的犬只须隔离观察15天")
DELI_COUPON = ("超市会员赠券有什么规定？", "会员赠券不可退现，有效期30天")
VET_RESALE = ("宠物医院开出的处方药有什么规定？", "处方药不得转售他人")
BUS_CHECK = ("驾驶员出车前应如何检查车辆？", "驾驶员出车前须按五步检查法检查车辆")
BUS_TYRES = ("驾驶员出车前应如何检查车辆？", "驾驶员出车前须检查车辆胎压，每5天检查一次")
VET_SCRUB = ("手术前应如何刷手？", "主刀医生手术前须用三步刷手法刷手")
VET_SALINE = ("术后伤口应如何处理？", "术后伤口须用0.9%生理盐水清洗")

CASES = [
    # (name, item, answer, the teacher's share (or range), words the learner's note must hold)
    ("bank-own-id", BANK_ID, "客户开户要出示自己的证件，在系统里核验登记", 1, ()),
    ("bus-bare-money", BUS_CARD, "公交卡充50送5", 1, ()),
    ("deli-bare-money", DELI_CARD, "会员卡充200送20，送的钱不能提现", 1, ()),
    ("bus-stop-time-filler", BUS_STOP, "进站停靠要开报站提示音，每次停够30秒以上", 1, ()),
    ("vet-sterile-time-filler", VET_STERILE, "要用高压蒸汽锅消毒，每次消毒30分钟以上", 1, ()),
    (
        "bus-stop-time-short",  # counter-case: the figure still counts
        BUS_STOP,
        "进站停靠要开报站提示音，每次停够20秒",
        1 / 2,
        ("答成：20秒",),
    ),
    (
        "vet-rabies-condition-reversed",
        VET_RABIES,
        "接种狂犬疫苗以后的犬只隔离观察15天",
        0,
        ("有误（说法与要点相反）",),
    ),
    ("vet-rabies-condition-kept", VET_RABIES, "没打狂犬疫苗的狗要隔离观察15天", 1, ()),
    (
        "deli-coupon-refund-allowed",
        DELI_COUPON,
        "送的券可以退，有效期30天",
        0,
        ("有误（说法与要点相反）",),
    ),
    ("deli-coupon-refund-kept", DELI_COUPON, "赠券不可以退现金，有效期30天", 1, ()),
    ("vet-resale-allowed", VET_RESALE, "开的药可以转卖给朋友", 0, ("有误（说法与要点相反）",)),
    (
        "vet-resale-allowed-possessive",  # 的 + object + verb after 可以 is no condition
        VET_RESALE,
        "可以拿客人的药转卖",
        0,
        ("有误（说法与要点相反）",),
    ),
    ("vet-resale-kept", VET_RESALE, "处方药不能转卖给别人", 1, ()),
    # the method is the point: the bare act gets no half of it (T8: 洗手 for 七步洗手法)
    ("bus-check-method-left-out", BUS_CHECK, "驾驶员出车前要检查车辆", 0, ("未答到",)),
    ("bus-check-method-kept", BUS_CHECK, "出车前要按五步检查法检查车辆", 1, ()),
    ("vet-scrub-method-left-out", VET_SCRUB, "主刀医生手术前要刷手", 0, ("未答到",)),
    ("vet-saline-left-out", VET_SALINE, "术后伤口要清洗干净", 0, ("未答到",)),
    (
        "vet-saline-figure-left-out",  # counter-case: the solution named, its strength not
        VET_SALINE,
        "术后伤口要用生理盐水清洗",
        1 / 2,
        ("部分答到（缺少：0.9%）",),
    ),
    (
        "bus-tyres-count-left-out",  # counter-case: a figure that counts leaves half the point
        BUS_TYRES,
        "驾驶员出车前要检查车辆胎压",
        1 / 2,
        ("部分答到（缺少：5天）",),
    ),
]


def _item(item: tuple[str, ...]) -> Question:
    stem, *points = item
    return short_answer(stem, *points)


@pytest.mark.parametrize(
    ("item", "answer", "verdict", "note_has"),
    [pytest.param(*case[1:], id=case[0]) for case in CASES],
)
def test_the_judge_agrees_with_the_teacher(
    item: tuple[str, ...], answer: str, verdict: float | list[float], note_has: tuple[str, ...]
) -> None:
    judgement, note = judged(_item(item), answer)
    low, high = verdict if isinstance(verdict, list) else (verdict, verdict)
    assert low - 1e-6 <= judgement.ratio <= high + 1e-6, judgement.reason
    for words in note_has:
        assert words in note, note


def test_a_forbidden_act_asserted_is_not_said_to_be_denied() -> None:
    """16岁以上可以上网 affirms 上网: the reason says so, not 'denies 上网'."""
    judgement, _ = judged(_item(T8_DESK), "16岁以上可以上网")
    assert "denies 上网" not in judgement.reason
    assert "上网 where the point rules it out" in judgement.reason


def test_a_figure_is_named_once_in_the_reason() -> None:
    """未满18周岁的未成年人 … 未成年人: one figure, said once ('18 years', not thrice)."""
    judgement, _ = judged(
        _item(T8_DESK), "不满18岁的未成年人不让上网，看着像未成年的要查证件，不肯出示的请他离开"
    )
    assert judgement.reason.count("18 years") == 1, judgement.reason


_LATIN_WORD = re.compile(r"[A-Za-z]{3,}")


async def test_a_chinese_papers_reason_is_in_chinese(offline_context: FlowContext) -> None:
    """The JSON `reason` of a Chinese short answer is its points' notes, in Chinese."""
    question = _item(BUS_STOP)
    report = await graded_report(
        [question],
        {"1": "进站停靠要开报站提示音，每次停够20秒"},
        offline_context,
        title="公交站务",
        language="zh",
    )
    reason = report["questions"][0]["reason"]
    assert not _LATIN_WORD.search(reason), reason
    assert "已答到" in reason and "答成：20秒" in reason, reason
