"""Short-answer points heard point by point (session 20 end teacher T13 patterns 3-4, designer
D13 m1 #17 and m3 #16), on a teacher's table of new items: a pharmacy and a bakery in Chinese, a
bowling alley and a ski school in English. Each answer is judged through the grading flow's
offline judge and each point's verdict read from the learner's note:
- a rule's act is the verb its modal governs where the stem prints the case's verbs (须立即通知店长
  answered 马上通知店长; point_terms.acts_to_say);
- a two-character verb said by one of its characters on the same object (把顾客搬到椅子上 for
  搬动顾客, 写登记表 for 填写登记表; verb_heads.py);
- doing the act a point forbids is contradicted, never credited (forbidden_done.py);
- "at least" is no "less" of another point, "through" no word to say, "a day" is 24 hours;
- a point told with some of its figures is partial, naming the figure left out
  (figures_in_part.py); the topic alone of a point of several figures names them all and earns
  less (point_rules.py);
- a rule told without its deadline and its later clause names both (rule_details.py);
- "whenever you like" / 随时都可以 for a notice the point requires is contradicted (limits.py).
"""

from __future__ import annotations

import pytest

from graphs.exams import Question
from tests.support.grading import judged, short_answer

PHARMACY_STEM = "根据培训材料回答：（1）发现药品过期时，当班店员应如何处理？（2）顾客在店内摔倒后，店员应如何处理？"
EXPIRED = "发现药品过期的，当班店员须立即通知店长"
FALL = "顾客在店内摔倒后，店员不得马上搬动顾客"
PHARMACY = short_answer(PHARMACY_STEM, EXPIRED, FALL)

TILL_STEM = "关于收银差异，培训材料有哪些规定？"
TILL_CALL = "收银出现差异的，收银员必须在2小时内通知店长"
TILL_FORM = "收银员须在交班前填写《现金差异登记表》，交店长签字"
TILL = short_answer(TILL_STEM, TILL_CALL, TILL_FORM)

CAKE_STEM = (
    "根据培训材料回答：（1）取蛋糕时应如何处理？（2）售出后出现质量问题应如何处理？（写明时限）"
)
CAKE_PICKUP = "取蛋糕时店员须核对订单号并请顾客当面检查蛋糕"
CAKE_AFTER = (
    "蛋糕售出后3天内如因质量原因出现变质，门店免费更换，店员须在接到电话后2小时内回复；"
    "超过3天的按普通售后流程处理"
)
CAKE = short_answer(CAKE_STEM, CAKE_PICKUP, CAKE_AFTER)

LESSON_STEM = "根据培训材料回答：私教课怎么预约？（写明时限）"
LESSON = short_answer(LESSON_STEM, "会员须提前24小时预约私教课")

BOWLING_STEM = (
    "Using the course material, answer: (1) When must members reserve a lane? (give the time "
    "limit) (2) What do lanes cancelled late cost? (give the time limit and the amount)"
)
RESERVE = "Members must reserve a lane at least 24 hours in advance by phone or through the app"
CANCEL = "Lanes cancelled with less than 6 hours' notice incur a cancellation fee of 10 dollars"
BOWLING = short_answer(BOWLING_STEM, RESERVE, CANCEL)

SKI_STEM = (
    "Using the course material, answer: (1) What must instructors do when a pupil falls? "
    "(2) What must instructors do when a pupil reports knee pain?"
)
SKI_FALL = "When a pupil falls, instructors must not immediately lift the pupil up"
SKI_KNEE = "When a pupil reports knee pain, instructors must immediately call the ski patrol"
SKI = short_answer(SKI_STEM, SKI_FALL, SKI_KNEE)

# (case, item, answer, the verdict of each point in order, words the note must hold)
TABLE: list[tuple[str, Question, str, tuple[str, ...], tuple[str, ...]]] = [
    # the act its modal governs, the case printed by the stem
    (
        "zh-numbered-act",
        PHARMACY,
        "（1）马上通知店长。（2）不能马上搬动顾客。",
        ("credited", "credited"),
        (),
    ),
    ("zh-bare-act", PHARMACY, "立刻通知店长。", ("credited", "missing"), ()),
    ("zh-no-act-no-credit", PHARMACY, "（1）店长。", ("missing", "missing"), ()),
    # the forbidden act done
    ("zh-head-verb-done", PHARMACY, "（2）马上把顾客搬到椅子上。", ("missing", "contradicted"), ()),
    ("zh-full-verb-done", PHARMACY, "（2）马上搬动顾客。", ("missing", "contradicted"), ()),
    ("zh-head-verb-denied", PHARMACY, "（2）不能马上把顾客搬起来。", ("missing", "credited"), ()),
    # a rule's act said with one character, without its deadline and later clause
    (
        "zh-head-verb-part",
        TILL,
        "两小时内要告诉店长。还要写登记表。",
        ("credited", "partial"),
        ("交班前", "交店长签字"),
    ),
    (
        "zh-told-whole",
        TILL,
        "2小时内告诉店长；交班前填好登记表，交店长签字。",
        ("credited", "credited"),
        (),
    ),
    ("zh-wrong-hours-kept", TILL, "12小时内通知店长。", ("contradicted", "missing"), ()),
    # the topic alone of a point of several figures
    (
        "zh-topic-without-figures",
        CAKE,
        "核对订单号，请顾客当面检查；有质量问题门店免费更换，店员会回复。",
        ("credited", "partial"),
        ("3天、2小时",),
    ),
    # no notice at all where the point requires it
    ("zh-whenever", LESSON, "私教课随时都可以预约。", ("contradicted",), ()),
    ("zh-number-word", LESSON, "要提前二十四小时预约。", ("credited",), ()),
    # a day is 24 hours; "at least" is no other point's "less"
    (
        "en-a-day-ahead",
        BOWLING,
        "(1) At least a day ahead (twenty-four hours), by phone or the app. (2) Cancelling with "
        "under six hours' notice costs a $10 fee.",
        ("credited", "credited"),
        (),
    ),
    (
        "en-day-ahead-alone",
        BOWLING,
        "At least a day ahead, by phone or the app.",
        ("credited", "missing"),
        (),
    ),
    # some of a point's figures
    (
        "en-fee-without-threshold",
        BOWLING,
        "Reserve 24 hrs before. Late cancellation costs 10 dollars.",
        ("credited", "partial"),
        ("6 hours",),
    ),
    (
        "en-fee-wrong-kept",
        BOWLING,
        "Reserve 24 hrs before. Late cancellation costs 15 dollars.",
        ("credited", "contradicted"),
        (),
    ),
    (
        "en-whenever",
        BOWLING,
        "You can reserve whenever you like. Cancelling costs ten dollars.",
        ("contradicted", "partial"),
        (),
    ),
    # the forbidden act done, in English
    (
        "en-forbidden-done",
        SKI,
        "(1) Lift the pupil up immediately. (2) Call the ski patrol at once.",
        ("contradicted", "credited"),
        (),
    ),
    (
        "en-forbidden-kept",
        SKI,
        "(1) Don't lift the pupil up straight away. (2) Call the ski patrol immediately.",
        ("credited", "credited"),
        (),
    ),
]


@pytest.mark.parametrize(
    ("item", "answer", "verdicts", "words"),
    [pytest.param(*row[1:], id=row[0]) for row in TABLE],
)
def test_each_point_heard(
    item: Question, answer: str, verdicts: tuple[str, ...], words: tuple[str, ...]
) -> None:
    judgement, note = judged(item, answer)
    assert tuple(n.verdict for n in judgement.notes) == verdicts, note
    for word in words:
        assert word in note


def test_topic_alone_of_two_figures_earns_less_than_half() -> None:
    """缺少：3天、2小时 earns a quarter of the point, not half (designer D13 m1 #17: 0.5 of 2.5)."""
    judgement, note = judged(
        CAKE, "核对订单号，请顾客当面检查；有质量问题门店免费更换，店员会回复。"
    )
    assert judgement.ratio == pytest.approx((1 + 0.25) / 2), note


def test_reviewers_own_cases() -> None:
    """T13's and D13's quotes on their own items."""
    fall = short_answer(
        "根据课程材料，回答下列问题：（1）发现老人跌倒后，护理员应如何处理？"
        "（2）地面湿滑导致的跌倒时，保洁部应如何处理？（写明时限）",
        "发现老人跌倒后，护理员不得立即搀扶老人起身",
        "地面湿滑导致的跌倒，保洁部须在1小时内完成防滑处理并放置警示牌",
    )
    judgement, note = judged(fall, "（1）马上把老人扶到床上休息（2）拖干地面")
    assert judgement.notes[0].verdict == "contradicted", note
    report = short_answer(
        "根据课程材料，回答下列问题：（1）产妇本人的配偶不受探视时间限制时，但应如何处理？"
        "（2）发生新生儿跌落、烫伤等意外事件时，当班护理人员应如何处理？",
        "产妇本人的配偶不受探视时间限制，但须遵守本制度第八条",
        "发生新生儿跌落、烫伤等意外事件的，当班护理人员须立即报告护士长",
    )
    judgement, note = judged(
        report, "（1）配偶可以随时来探视，不用遵守其他规定。（2）立即报告护士长。"
    )
    assert [n.verdict for n in judgement.notes] == ["contradicted", "credited"], note


@pytest.mark.parametrize(
    ("item", "answer", "at"),
    [
        pytest.param(PHARMACY, "（2）先问清情况，再把顾客搬到椅子上。", 1, id="zh-head-verb-later"),
        pytest.param(PHARMACY, "（2）问清情况后再搬动顾客。", 1, id="zh-full-verb-later"),
        pytest.param(SKI, "(1) Check the pupil first, then lift the pupil up.", 0, id="en-later"),
    ],
)
def test_an_act_forbidden_at_once_done_later_is_no_contradiction(
    item: Question, answer: str, at: int
) -> None:
    """不得马上搬动顾客 answered 先问清情况，再搬: the act after another keeps the rule."""
    judgement, note = judged(item, answer)
    assert judgement.notes[at].verdict != "contradicted", note
