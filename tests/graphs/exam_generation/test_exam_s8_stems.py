"""Session 8, exam stems (issue 11): a stem keeps the qualifier its figure counts from, and a key
is a content term, never a preposition glued to what follows it."""

from __future__ import annotations

from graphs.context import FlowContext
from graphs.exam_generation.source_context import twin_under_other_heading
from graphs.exam_generation.validation import validate_question
from graphs.text import analyse
from graphs.text.clause_forms import counts_from_before
from graphs.text.facts import facts_for
from graphs.text.quantities import parse_quantities
from tests.support.exam_flow import delivered_exam

STORED_VALUE_CARD = (
    "# 储值卡使用规定\n\n"
    "## 有效期\n"
    "储值卡自开卡之日起12个月内有效。超过12个月未使用的余额，由财务部统一清退。\n"
    "储值卡挂失后，须由门店经理在3个工作日内补发新卡。\n"
    "储值卡不得兑换现金。\n"
)

RENTALS = (
    "# Bike Rental Rules\n\n"
    "## Returns\n"
    "Bikes must be returned within 48 hours of pick-up. After 48 hours, the shop manager charges "
    "a late fee of 15 dollars per day.\n"
    "Damaged bikes must be reported to the shop manager before the customer leaves.\n"
    "Helmets must be worn by every rider under 16.\n"
)


def test_a_duration_without_its_starting_point_counts_from_the_sentence_before() -> None:
    """「超过12个月未使用的余额」 counts from 开卡之日 of the sentence before; "After 48 hours"
    from pick-up. Stated alone, the qualifier is lost; with its own starting point it stands."""
    assert counts_from_before(
        "超过12个月未使用的余额，由财务部统一清退。", "储值卡自开卡之日起12个月内有效。", "zh"
    )
    assert counts_from_before(
        "After 48 hours, the shop manager charges a late fee.",
        "Bikes must be returned within 48 hours of pick-up.",
        "en",
    )
    assert not counts_from_before("超过12个月的，由财务部清退。", "储值卡不得兑换现金。", "zh")
    assert not counts_from_before(
        "After 48 hours from pick-up, a late fee is charged.",
        "Bikes must be returned within 48 hours of pick-up.",
        "en",
    )


async def test_no_item_rests_on_a_figure_whose_qualifier_is_cut(
    offline_context: FlowContext,
) -> None:
    """No delivered item asks about 超过12个月 / after 48 hours without what it counts from."""
    for material, cut in ((STORED_VALUE_CARD, "超过12个月"), (RENTALS, "After 48 hours")):
        payload = {"material": material, "true_false": 3, "fill_blank": 3, "difficulty": "mixed"}
        exam = await delivered_exam(offline_context, payload)
        assert exam.questions
        for question in exam.questions:
            assert not question.source_quote.startswith(cut), question.stem


def test_a_clause_after_a_semicolon_that_counts_from_the_one_before_is_stated_with_it() -> None:
    material = (
        "# Appeals\n\n## Charges\n"
        "Members may appeal a charge within 30 days of the charge; after 30 days, appeals are "
        "not accepted by the store.\n"
    )
    texts = [fact.text for fact in facts_for(analyse(material))]
    assert not any(text.startswith("after 30 days") for text in texts), texts


def test_a_preposition_jieba_glues_to_a_determiner_is_no_part_of_a_term() -> None:
    """jieba reads 因本 as a noun (因本合同产生的纠纷): no anchor, so no key or blank, holds the
    preposition; nor an adverb of manner it tags as a noun (会员卡自动 before 冻结)."""
    material = (
        "# 租赁合同条款\n\n## 争议\n"
        "因本合同产生的纠纷，双方应协商解决。\n"
        "逾期90天未续费的，会员卡自动冻结。\n"
    )
    anchors = [a.text for fact in facts_for(analyse(material)) for a in fact.anchors]
    assert "纠纷" in anchors, anchors
    assert not any(a.startswith(("因", "本")) for a in anchors), anchors
    assert not any(a.endswith("自动") for a in anchors), anchors


WAREHOUSE = (
    "# Warehouse Safety Rules\n\n"
    "## Protective equipment\n"
    "All warehouse staff must wear high-visibility vests on the loading dock. Forklift drivers "
    "must complete a refresher course every 12 months.\n"
    "Every employee must report a near miss to the shift supervisor on the same day.\n"
)
WAREHOUSE_ZH = (
    "# 仓库安全规定\n\n## 防护\n"
    "全体仓库员工进入装卸区时必须穿反光背心。叉车司机每12个月须参加一次复训。\n"
    "值班主管每周一检查急救箱。\n"
)


def _false_statement_problems(stem: str, source: str, material: str) -> list[str]:
    data = {
        "type": "true_false",
        "stem": stem,
        "answer": ["false"],
        "explanation": "The material says otherwise.",
        "knowledge_point": "Protective equipment",
        "difficulty": "easy",
        "source_quote": source,
    }
    return [p for p in validate_question(data, material, [])[1] if "narrows" in p]


def test_a_false_statement_that_narrows_a_rule_for_everyone_is_refused() -> None:
    """ "All warehouse staff must wear vests" binds forklift drivers too: "Forklift drivers must
    wear vests" is true, whoever wrote it. One role's rule said of all staff stays a fair false."""
    vests = "All warehouse staff must wear high-visibility vests on the loading dock."
    near_miss = "Every employee must report a near miss to the shift supervisor on the same day."
    course = "Forklift drivers must complete a refresher course every 12 months."
    assert _false_statement_problems(
        "True or false: Forklift drivers must wear high-visibility vests on the loading dock.",
        vests,
        WAREHOUSE,
    )
    assert _false_statement_problems(
        "True or false: Every forklift driver must report a near miss to the shift supervisor on "
        "the same day.",
        near_miss,
        WAREHOUSE,
    )
    assert _false_statement_problems(
        "判断正误：叉车司机进入装卸区时必须穿反光背心。",
        "全体仓库员工进入装卸区时必须穿反光背心。",
        WAREHOUSE_ZH,
    )
    assert not _false_statement_problems(
        "True or false: All warehouse staff must complete a refresher course every 12 months.",
        course,
        WAREHOUSE,
    )
    assert not _false_statement_problems(
        "True or false: Every employee must report a near miss to the forklift driver on the same "
        "day.",
        near_miss,
        WAREHOUSE,
    )


CITY_RATES = (
    "# 员工培训补贴\n\n"
    "## 线下集中培训\n"
    "培训期间餐费补贴为每天60元。培训结束后须在5个工作日内提交心得报告。\n\n"
    "## 线上直播培训\n"
    "培训期间餐费补贴为每天20元。讲师须在直播开始前30分钟进入直播间。\n"
)


async def test_a_sentence_whose_heading_is_its_condition_is_asked_with_it(
    offline_context: FlowContext,
) -> None:
    """「培训期间餐费补贴为每天60元」 under 线下集中培训 and 「…20元」 under 线上直播培训: the
    heading is the condition. Asked without it (「餐费补贴为每天（ ）」), both 60元 and 20元 are
    right; an item on either sentence names its heading (fc4dbbb states the twin with it)."""
    assert twin_under_other_heading("培训期间餐费补贴为每天60元。", CITY_RATES) == "线上直播培训"
    assert twin_under_other_heading("讲师须在直播开始前30分钟进入直播间。", CITY_RATES) is None
    payload = {
        "material": CITY_RATES,
        "single_choice": 2,
        "true_false": 2,
        "fill_blank": 2,
        "difficulty": "mixed",
    }
    exam = await delivered_exam(offline_context, payload)
    assert exam.questions
    stems = [q.stem for q in exam.questions if "餐费补贴" in q.stem]
    assert all("线下集中培训" in s or "线上直播培训" in s for s in stems), stems


def test_lux_and_megapascals_are_units_a_grader_compares() -> None:
    """50勒克斯 and "50 lux" are one illuminance; 8兆帕 a pressure, not a bare number."""
    ((lux_zh, _, _),) = parse_quantities("照度不低于50勒克斯")
    ((lux_en, _, _),) = parse_quantities("no less than 50 lux")
    assert lux_zh == lux_en and lux_zh.dimension == "illuminance"
    ((pressure, _, _),) = parse_quantities("水压不得超过8兆帕")
    assert pressure.dimension == "pressure" and pressure.value == 8
