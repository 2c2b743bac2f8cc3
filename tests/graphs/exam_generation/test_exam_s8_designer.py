"""Session 8 (issue 11, exams, fresh designer's fault 1): a short answer's cue opens the rule and
stops before what the learner must write: at a word's end (no 「不良反……」), before a count the
anchors missed (「每人限购不超过3盒……」 gives the figure away), before 只能 / 仅限 (which state the
rule); and an English point keeps the participle phrase that says how its action is done."""

from __future__ import annotations

from graphs.context import FlowContext
from graphs.exam_generation.near_values import figure_value, near_values
from graphs.exams import Question
from tests.support.exam_flow import delivered_exam

CLINIC = (
    "# 社区诊所接种规程\n\n"
    "## 接种后观察\n"
    "受种者接种后出现过敏反应的，护士须立即报告值班医生并在1小时内填写记录表。\n"
    "接种记录须保存至少5年。\n"
)

PHARMACY = (
    "# 药店柜台规程\n\n"
    "## 特殊药品\n"
    "含可待因的止咳药水，每人每次限购不超过3盒，须登记购买人身份证号码。\n"
    "中药饮片代煎的，药师须在2小时内完成煎制。\n"
    "拆零销售的药品，营业员须在药袋上注明有效期。\n"
)

MEMBERS = (
    "# 会员卡规定\n\n"
    "## 办卡\n"
    "一张身份证只能办理一张会员卡，不得同时持有金卡和银卡。\n"
    "新办的会员卡须在30日内激活。\n"
    "卡内余额不足50元的，收银员须提醒顾客充值。\n"
)

LAB = (
    "# Lab Safety Rules\n\n"
    "## Samples\n"
    "Blood samples must be stored only in the blue fridge, sealed in a labelled bag.\n"
    "A broken sample tube must be reported to the lab manager within 30 minutes.\n"
)


async def _short_answer(context: FlowContext, material: str) -> Question:
    payload = {"material": material, "short_answer": 1, "difficulty": "mixed"}
    exam = await delivered_exam(context, payload)
    assert [q.type for q in exam.questions] == ["short_answer"], exam.shortfall
    return exam.questions[0]


async def test_a_cue_stops_at_a_word_end_not_inside_one(offline_context: FlowContext) -> None:
    """应 inside 过敏反应 is no modal: the ask names the whole condition and 护士, not 须."""
    question = await _short_answer(offline_context, CLINIC)
    assert "过敏反……" not in question.stem
    assert "受种者接种后出现过敏反应时，护士应如何处理？" in question.stem


async def test_a_cue_stops_before_a_count(offline_context: FlowContext) -> None:
    """「不超过3盒」 is what the learner writes; the ask names the medicine, not the count or
    its comparator, and hints a quantity (3盒 counts boxes; 数字 before session 21's hints)."""
    question = await _short_answer(offline_context, PHARMACY)
    assert "3盒" not in question.stem and "不超过" not in question.stem
    assert "含可待因的止咳药水有什么规定？（写明数量）" in question.stem
    assert any("不超过3盒" in p for p in question.scoring_points)


async def test_a_cue_never_prints_only_and_its_rule(offline_context: FlowContext) -> None:
    """「一张身份证只能办理一张会员卡」 printed as a cue gives away its own point: the cue stops
    before 只能, or the rule is left out of the short answer."""
    question = await _short_answer(offline_context, MEMBERS)
    assert "只能" not in question.stem


async def test_a_point_keeps_the_participle_phrase_of_its_action(
    offline_context: FlowContext,
) -> None:
    """ "…only in the blue fridge, sealed in a labelled bag": the bag is half the rule."""
    question = await _short_answer(offline_context, LAB)
    point = next(p for p in question.scoring_points if "fridge" in p)
    assert point.endswith("sealed in a labelled bag")


def _last_digit(value: str) -> int:
    number = figure_value(value)
    assert number is not None, value
    return int(number) % 10


def test_a_shop_price_gets_shop_prices_as_its_other_values() -> None:
    """Fault 4: 「年卡价格599元」 among 400元 / 500元 / 750元 is the one price a shop prints; every
    other value of a whole price ending in 9 ends in 9 too, and a round price keeps round ones."""
    for key in ("599元", "$79 a month"):
        values = near_values(key, 3, 1000)
        assert len(values) == 3, values
        assert all(_last_digit(v) == 9 for v in values), values
        assert key not in values
    assert all(_last_digit(v) == 0 for v in near_values("600元", 3, 1000))
    # A figure that is no price keeps round values (29天 is a count of days, not a price).
    assert not all(_last_digit(v) == 9 for v in near_values("29天", 3))


BIKES_FAQ = (
    "# Cityride Bike Hire FAQ (Counter Staff)\n\n"
    "**How long can I keep a bike?**\n"
    "Day hires must be returned by 8 pm on the day of hire.\n"
    "Weekly hires must be returned within 7 days of pick-up.\n\n"
    "**What if a bike is damaged?**\n"
    "Counter staff must photograph every damaged bike before it is taken back.\n"
    "Repairs above $80 must be approved by the shop manager.\n"
    "A customer who damages a bike pays at most $150 towards the repair.\n"
)


async def test_an_faq_of_bold_questions_makes_a_short_answer_on_one_question(
    offline_context: FlowContext,
) -> None:
    """Fault 2 (gym FAQ, no short answer): the rules of an FAQ whose questions are bold lines
    of their own were all refused as answers without their question. The bold question is the
    section's heading: the stem names it, and every point is its answer's."""
    question = await _short_answer(offline_context, BIKES_FAQ)
    asked = "What if a bike is damaged?" if "damaged" in question.stem else "How long"
    assert asked in question.stem, question.stem
    assert "Bike Hire FAQ" not in question.stem
    heard = ("returned",) if asked == "How long" else ("damage", "Repairs")
    assert all(any(w in p for w in heard) for p in question.scoring_points), question.scoring_points


DELIVERY_FAQ = (
    "# Homeware Shop FAQ\n\n"
    "**Who pays for delivery?**\n"
    "The shop pays for delivery when an order arrives damaged. Otherwise the customer pays a flat "
    "charge of 6 dollars.\n"
    "Express delivery must be booked before 2 pm.\n"
    "Furniture orders must be delivered within 10 days of payment.\n"
)


async def test_no_cue_prints_a_whole_sentence(offline_context: FlowContext) -> None:
    """A sentence stated with the one it leans on ("Otherwise the customer pays …") opens on a
    whole rule: as a cue it prints that rule as given."""
    question = await _short_answer(offline_context, DELIVERY_FAQ)
    assert "damaged. Otherwise" not in question.stem.split("(1)", 1)[-1], question.stem
