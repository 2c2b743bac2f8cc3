"""Session 17 end teacher T10: a strong learner's fair wording marked down.

「从静止一直覆盖到80 km/h」 was 「部分答到（缺少：零）」 for a speed range from zero (at rest a vehicle
moves at 0 km/h, and 从…一直…到 is a range); 「车身结构件」 for the key 结构件 was 「用词不对」 0/2 (the
key named more specifically, with a noun before it). Own courses: a seed potato store (种薯库).
Papers go through the real grading flow.
"""

from __future__ import annotations

from graphs.context import FlowContext
from graphs.exams import Language
from tests.support.grading import fill_blank, graded_report, short_answer

FORKLIFT = "叉车试车距离不少于三百米，车速须覆盖零至十公里每小时"
SAMPLING = "出库种薯须抽检两袋，发现烂薯须立即报告库管员"


async def _short(answer: str, context: FlowContext) -> tuple[float, str]:
    item = short_answer("种薯库叉车试车和出库抽检有什么规定？", FORKLIFT, SAMPLING)
    report = await graded_report([item], {"1": answer}, context, title="种薯库", language="zh")
    result = report["questions"][0]
    return result["score"], result["review"]


async def _blank(answer: str, context: FlowContext) -> tuple[float, str]:
    item = fill_blank("____任何一处发霉的，整袋报废。", "薯块")
    report = await graded_report([item], {"1": answer}, context, title="种薯库", language="zh")
    result = report["questions"][0]
    return result["score"], result["review"]


async def test_a_range_from_rest_starts_at_zero(offline_context: FlowContext) -> None:
    for said in ("从静止一直覆盖到10 km/h", "从0一直覆盖到10 km/h"):
        score, note = await _short(
            f"叉车试车开满三百米，速度要{said}；出库抽检两袋，发现烂薯马上报告库管员。",
            offline_context,
        )
        assert score == 4, note
        assert "缺少：零" not in note


async def test_a_range_from_rest_to_another_top_is_no_full_point(
    offline_context: FlowContext,
) -> None:
    # counter-case: the range starts right but ends at the wrong speed
    score, note = await _short(
        "叉车试车开满三百米，速度从静止一直覆盖到5 km/h；出库抽检两袋，发现烂薯马上报告库管员。",
        offline_context,
    )
    assert score < 4, note


async def test_the_key_named_more_specifically_is_right(offline_context: FlowContext) -> None:
    score, note = await _blank("种薯薯块", offline_context)
    assert score == 2, note


async def test_a_state_or_a_count_before_the_key_is_not_the_key(
    offline_context: FlowContext,
) -> None:
    # counter-cases: an adjective says a state, a figure counts; neither names a kind
    for answer in ("烂薯块", "两块薯块", "非薯块"):
        score, note = await _blank(answer, offline_context)
        assert score == 0, note


CREW = "每班装卸不少于两人，单人不得进入冷库作业"
LIFT = "叉车每次载人不得超过三人"
LICENCE = "Licence checks: anyone who looks under 30 must show photo ID"
RETURNS = "Returns: every lamp must be returned within 48 hours of the show"


async def _points(points: tuple[str, str], answer: str, context: FlowContext) -> str:
    language: Language = "en" if points[0].isascii() else "zh"
    stem = "What are the hire desk's rules?" if language == "en" else "种薯库有哪些规定？"
    item = short_answer(stem, *points)
    report = await graded_report([item], {"1": answer}, context, title="t", language=language)
    return str(report["questions"][0]["review"])


async def test_keywords_holding_the_points_figures_are_part_of_it(
    offline_context: FlowContext,
) -> None:
    # the speed range given as bare numbers beside the distance said with its unit
    note = await _points((FORKLIFT, SAMPLING), "试车 300米 0-10；抽检 两袋", offline_context)
    assert "(1) 部分答到" in note, note


async def test_the_points_figure_told_otherwise_is_wrong_not_missing(
    offline_context: FlowContext,
) -> None:
    note = await _points((FORKLIFT, SAMPLING), "试车开一百米就行", offline_context)
    assert "(1) 有误（答成：一百米，要点为三百米）" in note, note
    note = await _points((CREW, SAMPLING), "一个人也可以装卸", offline_context)
    assert "(1) 有误（答成：一个人，要点为两人）" in note, note
    note = await _points((LICENCE, RETURNS), "Licence only if under 21", offline_context)
    assert "(1) contradicted (you gave: 21, the point says 30)" in note, note


async def test_no_figure_or_another_points_figure_is_no_wrong_figure(
    offline_context: FlowContext,
) -> None:
    # counter-cases: no figure at all; another figure with none of this point's words
    note = await _points((FORKLIFT, SAMPLING), "抽检两袋，试车随便开", offline_context)
    assert "(1) 未答到" in note, note
    note = await _points((CREW, LIFT), "叉车最多一人", offline_context)
    assert "(1) 有误" not in note, note
