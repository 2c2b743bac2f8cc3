"""Session 17 (F6's list, pattern 1): a restriction answered with its opposite is wrong, not right.

"Children under 6 must be accompanied by an adult" answered "Kids under 6 can come in alone", and
"Only paramedics may give oxygen" answered "Any crew member may give oxygen", were credited: the
answers hold every word of their points. Now an exclusive rule (only X, 只有/仅限) widened to
anyone or anything more, or permitted to another, and a rule that someone must be accompanied
answered with them alone (单独), are contradicted. The rule said the point's way, or its
prohibition kept (不能单独入场), stays credited. Own course: a roller-disco rink (en, zh). Papers go
through the real grading flow.
"""

from __future__ import annotations

from graphs.context import FlowContext
from graphs.exams import Language
from tests.support.grading import graded_short_answer

RINK_EN = (
    "Skaters under 8 must be accompanied by an adult",
    "Only rink marshals may adjust hire skates",
    "Only cards are accepted at the skate hire desk",
)
RINK_ZH = (
    "8岁以下儿童须由成人陪同入场",
    "只有场地引导员可以调整租用轮滑鞋",
    "租鞋柜台仅限刷卡支付",
)


async def _graded(answer: str, context: FlowContext, language: Language) -> tuple[float, str]:
    points, stem = (
        (RINK_ZH, "轮滑迪斯科场对小孩、租鞋和付款有哪些规定？")
        if language == "zh"
        else (RINK_EN, "What are the roller-disco rink's rules on young skaters, hire and payment?")
    )
    return await graded_short_answer(stem, points, answer, context, title="rink", language=language)


async def test_restrictions_lifted_are_wrong_en(offline_context: FlowContext) -> None:
    score, note = await _graded(
        "Skaters under 8 can skate on their own; any staff member may adjust hire skates; cash "
        "is also accepted at the hire desk.",
        offline_context,
        "en",
    )
    assert score == 0, note
    for number in (1, 2, 3):
        assert f"({number}) contradicted" in note, note


async def test_restrictions_lifted_are_wrong_zh(offline_context: FlowContext) -> None:
    score, note = await _graded(
        "8岁以下儿童可以单独入场；任何员工都可以调整租用轮滑鞋；租鞋柜台也可以用现金支付。",
        offline_context,
        "zh",
    )
    assert score == 0, note
    for number in (1, 2, 3):
        assert f"({number}) 有误" in note, note


async def test_another_doer_permitted_is_wrong(offline_context: FlowContext) -> None:
    _, note = await _graded("Guests can adjust their own hire skates.", offline_context, "en")
    assert "(2) contradicted" in note, note


async def test_restrictions_kept_stay_credited(offline_context: FlowContext) -> None:
    # counter-cases: the rule said the point's way, widened only within its own doers, or its
    # prohibition kept
    score, _ = await _graded(
        "Skaters under 8 need an adult with them; any marshal may adjust hire skates, nobody "
        "else; cards only at the hire desk.",
        offline_context,
        "en",
    )
    assert score == 6
    _, note = await _graded(
        "8岁以下儿童不能单独入场；任何引导员都可以调整租用轮滑鞋", offline_context, "zh"
    )
    assert "(1) 有误" not in note, note
    assert "(2) 有误" not in note, note


async def test_a_quantifier_of_the_points_own_words_widens_nothing(
    offline_context: FlowContext,
) -> None:
    # counter-cases: "every" of the point's own desk, "all day" said of no act of the rule
    _, note = await _graded("Cards are accepted at every hire desk.", offline_context, "en")
    assert "(3) contradicted" not in note, note
    _, note = await _graded(
        "Cards only at the hire desk; the desk is open all day.", offline_context, "en"
    )
    assert "(3) contradicted" not in note, note
