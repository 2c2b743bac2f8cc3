"""Short answers that say a rule in other words are heard (session 19 end teacher T12: "Negations
that agree with a rule are labelled contradicted, and the whole question gets 0"; "Common
synonyms are marked as missing"). A teacher's table of new items (a tattoo studio in Chinese,
hot-air balloon flights in English) and T12's own quotes, each judged through the grading flow's
offline judge:
- a prohibition under a failed condition states a conditional permission (没有证明就不能开锁 for
  查验证明后方可开锁; "Without the pilot's signal, the crew can't release the tether"):
  contrapositives.py;
- denying the act a bounded prohibition forbids is stricter, not reversed ("shouldn't move the
  basket" for "must never move the basket more than 10 metres"): the figure is missing;
- a prohibition's circumstance is not denied by a positive rule ("Children must be accompanied");
- verb families (约好 for 预约, check for measure, 不换 for 不予更换), 不予 a prohibition;
- a claim a numbered stem never asks costs nothing where the answer misses it;
- a wrong figure or share is wrong (全额 for 20%), while a separate right rule of a point earns
  its part.
"""

from __future__ import annotations

import pytest

from graphs.exams import Question
from tests.support.grading import judged, short_answer

TATTOO_STEM = "根据培训材料回答：（1）纹身前要做什么？（2）未满18周岁的顾客来纹身怎么处理？"
TATTOO_ID = "纹身前，纹身师必须查验顾客的身份证（或护照、户口本任选其一），确认年满18周岁方可纹身"
TATTOO_MINOR = "未满18周岁的顾客，纹身师不得为其纹身，并应请其由监护人陪同咨询"
TOUCH_UP_STEM = "根据培训材料回答：（1）补色服务有什么要求？（2）纹身完成多久以后不再免费补色？"
TOUCH_UP_BOOKED = "补色服务须提前预约"
TOUCH_UP_LIMIT = "纹身完成超过30天的，不予免费补色"
DEPOSIT_STEM = "根据培训材料回答：纹身图案定稿后定金怎么处理？"
DEPOSIT = "纹身图案定稿后，定金不予退还"

BALLOON_STEM = (
    "Using the course material, answer: (1) What must pilots do before take-off? "
    "(2) What is the rule on the ground crew moving the basket? (give the distance)"
)
WIND = "Pilots must measure wind speed before take-off"
BASKET = "Ground crew must never move the basket more than 10 metres"
BOARDING_STEM = (
    "Using the course material, answer: (1) What is the rule on boarding children? "
    "(give the age) (2) What does a one-hour flight cost?"
)
BOARDING = "Crew must not board passengers where children under 8 are unaccompanied"
FARE = (
    "A one-hour flight costs 200 dollars. Flights cancelled by the pilot for bad weather are "
    "refunded in full"
)
TETHER_STEM = "Using the course material, answer: what is the rule on releasing the tether?"
TETHER = "Crew may release the tether only after the pilot gives the signal"

SHOW_ID = short_answer(
    "根据培训材料回答：（1）纹身前顾客要出示什么？（2）未出示身份证的顾客怎么处理？",
    "顾客出示身份证后，纹身师方可为其纹身",
    "未出示身份证的，纹身师不得为其纹身，并应登记拒绝原因",
)
CONSENT = short_answer(
    "根据培训材料回答：纹身前顾客须签署什么？",
    "纹身前顾客须签署知情同意书（写明过敏史、用药情况和皮肤病史）",
)
REWORK = short_answer(
    "根据培训材料回答：（1）预约确认有什么规定？（写明尺寸）（2）图案返工费用由谁承担？",
    "预约须在当天确认，确认时须核对图案尺寸，图案误差不得超过2毫米",
    "因纹身师失误导致图案返工的，由纹身师承担返工费用的30%",
)
LAUNCH = short_answer(
    "Using the course material, answer: (1) What must pilots do before launching? (2) What is "
    "the rule on the burner?",
    "Pilots must measure wind speed before launching",
    "Pilots must test the burner twice before every flight",
)
SHOES = "Everyone on board must wear closed shoes"
PRICE = short_answer(
    "Using the course material, answer: (1) What does a one-hour flight cost? (2) What must "
    "everyone on board wear?",
    "A one-hour flight costs 200 dollars. If the pilot cancels for bad weather, the money is "
    "refunded within 5 days",
    SHOES,
)
REPAIR = short_answer(
    "Using the course material, answer: (1) What is the rule on repairs to a damaged burner? "
    "(2) What must everyone on board wear?",
    "The pilot pays 20% of the repair cost for burner damage",
    SHOES,
)
TATTOO = short_answer(TATTOO_STEM, TATTOO_ID, TATTOO_MINOR)
TOUCH_UP = short_answer(TOUCH_UP_STEM, TOUCH_UP_BOOKED, TOUCH_UP_LIMIT)
DEPOSIT_ITEM = short_answer(DEPOSIT_STEM, DEPOSIT)
BALLOON = short_answer(BALLOON_STEM, WIND, BASKET)
BOARDING_ITEM = short_answer(BOARDING_STEM, BOARDING, FARE)
TETHER_ITEM = short_answer(TETHER_STEM, TETHER)

# (case, item, answer, the teacher's share of the marks: low, high)
TABLE: list[tuple[str, Question, str, float, float]] = [
    ("zh-cainneng-for-fangke", TATTOO, "先查验身份证，确认满18周岁才能纹身。", 0.5, 0.75),
    ("zh-without-id-cannot", TATTOO, "纹身前查验身份证，确认年满18周岁，否则不能纹身。", 0.5, 0.75),
    ("zh-may-without-id", TATTOO, "可以直接纹身，不用看身份证。", 0.0, 0.0),
    ("zh-minor-cannot", TATTOO, "未满18岁的不能纹身。", 0.25, 0.25),
    ("zh-minor-may", TATTOO, "未满18岁的可以纹身。", 0.0, 0.0),
    ("zh-yuehao-for-yuyue", TOUCH_UP, "补色要提前约好。", 0.5, 0.5),
    ("zh-buhuan-short", TOUCH_UP, "补色要提前约好；超过30天的不给免费补色。", 1.0, 1.0),
    ("zh-bu-mianfei-bu", TOUCH_UP, "补色要提前约好了；超过30天就不免费补了。", 1.0, 1.0),
    ("zh-wrong-days", TOUCH_UP, "补色要提前约好；超过60天不予免费补色。", 0.5, 0.5),
    ("zh-deposit-not-returned", DEPOSIT_ITEM, "图案定下来以后定金不退。", 1.0, 1.0),
    ("zh-deposit-may-return", DEPOSIT_ITEM, "图案定稿以后定金可以退。", 0.0, 0.0),
    ("en-check-for-measure", BALLOON, "Check the wind speed first.", 0.5, 0.5),
    ("en-stricter-no-move", BALLOON, "The ground crew shouldn't move the basket.", 0.25, 0.25),
    ("en-basket-right", BALLOON, "Never move the basket further than ten metres.", 0.5, 0.5),
    ("en-basket-may", BALLOON, "Ground crew may move the basket.", 0.0, 0.0),
    ("en-basket-30", BALLOON, "Ground crew can move the basket 30 metres.", 0.0, 0.0),
    ("en-accompanied-not-denied", BOARDING_ITEM, "Children must be accompanied.", 0.0, 0.0),
    (
        "en-kids-no-adult",
        BOARDING_ITEM,
        "Don't board if kids under eight have no adult with them.",
        0.5,
        0.5,
    ),
    ("en-fare-unasked-refund", BOARDING_ITEM, "A one-hour flight is $200.", 0.5, 0.5),
    ("en-fare-wrong", BOARDING_ITEM, "A one-hour flight costs $250.", 0.0, 0.0),
    (
        "en-tether-contrapositive",
        TETHER_ITEM,
        "Without the pilot's signal, the crew can't release the tether.",
        1.0,
        1.0,
    ),
    ("en-tether-never", TETHER_ITEM, "The crew can't release the tether.", 0.0, 0.0),
    ("zh-no-id-no-tattoo", SHOW_ID, "没有身份证就不能纹身。", 0.75, 0.75),
    (
        "zh-not-shown-cannot",
        SHOW_ID,
        "顾客不出示身份证，纹身师不能纹身，要登记拒绝原因。",
        1.0,
        1.0,
    ),
    ("zh-bracketed-aside", CONSENT, "纹身前要签知情同意书。", 1.0, 1.0),
    ("zh-same-day-part", REWORK, "当天确认，误差不超过5毫米；返工费用纹身师承担30%。", 0.75, 0.75),
    ("zh-whole-for-share", REWORK, "当天确认，误差不超过2毫米；返工由纹身师全额承担。", 0.25, 0.25),
    (
        "en-check-with-act-printed",
        LAUNCH,
        "Check wind speed. Test the burner twice before every flight.",
        1.0,
        1.0,
    ),
    (
        "en-bare-noun-no-act",
        LAUNCH,
        "Wind speed. Test the burner twice before every flight.",
        0.5,
        0.5,
    ),
    ("en-unasked-claim-free", PRICE, "A one-hour flight is $200. Closed shoes.", 1.0, 1.0),
    ("en-asked-claim-wrong", PRICE, "A one-hour flight is $300. Closed shoes.", 0.5, 0.5),
    (
        "en-full-cost-for-share",
        REPAIR,
        "The pilot pays the full cost of the repair. Everyone wears closed shoes.",
        0.5,
        0.5,
    ),
]


@pytest.mark.parametrize(
    ("item", "answer", "low", "high"),
    [pytest.param(item, answer, low, high, id=case) for case, item, answer, low, high in TABLE],
)
def test_the_teachers_table(item: Question, answer: str, low: float, high: float) -> None:
    judgement, note = judged(item, answer)
    assert low - 1e-6 <= judgement.ratio <= high + 1e-6, (judgement.reason, note)


def test_a_stricter_denial_is_not_called_the_opposite() -> None:
    judgement, note = judged(BALLOON, "The ground crew shouldn't move the basket.")
    assert "contradicted" not in judgement.reason, judgement.reason
    assert "10 metres" in note, note


# Session 19 end teacher T12's quotes (locksmith zh, piano tuning en, mattress zh) and designer D12's
LOCK_STEM = (
    "根据课程材料，回答下列问题：（1）开锁师傅到达现场后应如何处理？（2）无法提供任何居住证明时，"
    "师傅应如何处理？（3）开锁完成后，师傅应如何处理？（写明次数）"
)
LOCK = Question(
    number=7,
    type="short_answer",
    stem=LOCK_STEM,
    answer=["…"],
    scoring_points=[
        "开锁师傅到达现场后，必须先查验客户的身份证和房产证明（房产证、租赁合同或物业证明任选其一），"
        "方可开锁",
        "无法提供任何居住证明的，师傅不得开锁，并应建议客户联系辖区派出所协助",
        "开锁完成后，师傅须请客户当面试开3次，确认正常后再收费",
    ],
    point_scores=[2, 2, 1],
    source_quote="开锁师傅到达现场后",
    score=5,
)
PIANO_STEM = (
    "Using the course material, answer: (1) What does the grand piano cost? (give the amount "
    "and the period) (2) What is the rule on technicians moving a piano? (give the distance or "
    "size)"
)
PIANO = short_answer(
    PIANO_STEM,
    "A grand piano costs 130 dollars. If the piano has not been tuned for more than 2 years, a "
    "pitch raise is required and adds 45 dollars",
    "Technicians must never move a piano more than 1 metre",
)
HUMIDITY = short_answer(
    "Using the course material, answer: (1) What must technicians do before starting? (2) What "
    "is the rule on technicians tuning pianos? (give the age)",
    "Technicians must measure room humidity before starting",
    "Technicians must not tune pianos in rooms where children under 6 are unsupervised",
)
SAG = short_answer(
    "根据课程材料，回答下列问题：（1）床垫凹陷深度有什么规定？（写明距离或尺寸）（2）凹陷深度有什么规定？"
    "（写明距离或尺寸）",
    "床垫凹陷深度超过2.5厘米属于质量问题，由门店免费更换",
    "凹陷深度在2.5厘米以内属于正常现象，不予更换",
)
RECYCLING = short_answer(
    "根据课程材料，回答下列问题：（1）退货时床垫须带有什么？（2）旧床垫回收服务每张收费有什么规定？（写明金额）",
    "退货时床垫须带有原厂防护罩，无污渍、无破损，否则不予退货",
    "旧床垫回收服务每张收费50元，须在下单时预约",
)
LENSES = short_answer(
    "根据课程材料，回答下列问题：（1）镜片订单有什么规定？（写明距离或尺寸）（2）因店员核对失误导致配错镜片的，"
    "由当班验光员承担重做费用有什么规定？",
    "镜片订单须在验光当天录入系统，录入时须核对瞳距，瞳距误差不得超过1毫米",
    "因店员核对失误导致配错镜片的，由当班验光员承担重做费用的20%",
)

T12: list[tuple[str, Question, str, float, float]] = [
    (
        "A_strong-7",
        LOCK,
        "到现场先查客户身份证和房产证明（房产证、租房合同、物业证明有一个就行）才能开；拿不出任何居住证明就"
        "不开，建议客户找当地派出所帮忙；开完让客户当面试开三次，没问题再收钱。",
        0.9,
        1.0,
    ),
    ("A_average-7", LOCK, "先看身份证和房产证；没有证明就不能开锁；开完让客户试一下。", 0.4, 0.7),
    (
        "B_strong-9",
        PIANO,
        "A grand costs $130 per tuning. Techs must never move a piano further than one meter - "
        "the partner movers do that.",
        0.8,
        1.0,
    ),
    (
        "B_average-9",
        PIANO,
        "Grand piano tuning is 130. Technicians shouldn't move pianos.",
        0.5,
        0.8,
    ),
    (
        "B_strong-10",
        HUMIDITY,
        "Check the room humidity first (postpone if it is over 70%). Don't tune if kids younger "
        "than six are in the room without supervision.",
        0.9,
        1.0,
    ),
    ("B_average-10", HUMIDITY, "Measure humidity. Children must be supervised.", 0.5, 0.8),
    (
        "C_strong-8",
        SAG,
        "凹下去超过2.5cm算质量问题，店里免费换；2.5cm以内是正常的，不换。",
        0.9,
        1.0,
    ),
    (
        "C_strong-9",
        RECYCLING,
        "退货要有原厂的防护罩，不能有污渍和破损；旧床垫回收一张五十元，下单的时候就要约好。",
        0.9,
        1.0,
    ),
    (
        "D12-m1-12",
        LENSES,
        "订单要当天录入，瞳距误差不超过2毫米；配错了由验光员全额承担。",
        0.2,
        0.3,
    ),
]


@pytest.mark.parametrize(
    ("item", "answer", "low", "high"),
    [pytest.param(item, answer, low, high, id=case) for case, item, answer, low, high in T12],
)
def test_the_session_19_reviewers_quotes(
    item: Question, answer: str, low: float, high: float
) -> None:
    judgement, note = judged(item, answer)
    assert low - 1e-6 <= judgement.ratio <= high + 1e-6, (judgement.reason, note)


def test_agreeing_negations_are_not_called_contradicted() -> None:
    _, lock = judged(LOCK, "先看身份证和房产证；没有证明就不能开锁；开完让客户试一下。")
    _, piano = judged(HUMIDITY, "Measure humidity. Children must be supervised.")
    _, boarding = judged(BOARDING_ITEM, "Children must be accompanied.")
    assert "相反" not in lock, lock
    assert "contradicted" not in piano, piano
    assert "contradicted" not in boarding, boarding


def test_a_whole_share_is_a_wrong_share() -> None:
    judgement, _ = judged(LENSES, "配错了由验光员全额承担。")
    assert judgement.ratio == 0.0, judgement.reason
    assert "20%" in judgement.reason, judgement.reason
