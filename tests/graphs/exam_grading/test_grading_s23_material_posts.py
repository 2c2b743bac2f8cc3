"""A word for the one in charge, or another post, read against the posts the material names
(session 22 held-out teacher, C average Q7: 老板 for 店长 was 0/2 另一个岗位, "harsh (0.5-1.5),
and the note is borderline false: the material has no 老板 role").

Through the real grading flow, whose judge sees the exam's other items (material_posts.py): 老板
for the head of the place earns half, 用词不对, where the material names no 老板; where it does
(a 老板 who signs off refunds), 老板 is that other person: 0, 另一个岗位. A post the material does
not name is 用词不对, not 另一个岗位; one it names stays 另一个岗位. Own trade: a picture-framing
shop (裱画店)."""

from __future__ import annotations

from graphs.context import FlowContext
from graphs.exams import Question
from tests.support.grading import graded_report


def _fill(number: int, stem: str, key: str, quote: str) -> Question:
    return Question(
        number=number, type="fill_blank", stem=stem, answer=[key], source_quote=quote, score=2
    )


HEAD = _fill(1, "裱画店现金短缺时须立即报告____。", "店长", "裱画店现金短缺时须立即报告店长。")
MOUNTER = _fill(1, "装裱前，____须核对画芯尺寸。", "装裱师", "装裱前，装裱师须核对画芯尺寸。")
GLUE = _fill(2, "裱画浆糊须当天调制，隔夜____。", "倒掉", "裱画浆糊须当天调制，隔夜倒掉。")
BOSS_SIGNS = _fill(2, "超过500元的退款须由____签字。", "老板", "超过500元的退款须由老板签字。")
CLERK = _fill(2, "取画时，____须请顾客出示取画单。", "前台", "取画时，前台须请顾客出示取画单。")


async def _graded(
    context: FlowContext, questions: list[Question], answer: str
) -> dict[str, object]:
    report = await graded_report(
        questions, {"1": answer}, context, title="s23-posts", language="zh"
    )
    result: dict[str, object] = report["questions"][0]
    return result


async def test_a_boss_word_where_the_material_has_no_boss_is_half(
    offline_context: FlowContext,
) -> None:
    result = await _graded(offline_context, [HEAD, GLUE], "老板")
    assert result["score"] == 1.0, result["reason"]
    assert "用词不对" in str(result["review"]) and "另一个岗位" not in str(result["review"])


async def test_a_boss_word_the_material_names_as_a_post_is_that_post(
    offline_context: FlowContext,
) -> None:
    result = await _graded(offline_context, [HEAD, BOSS_SIGNS], "老板")
    assert result["score"] == 0.0, result["reason"]
    assert "另一个岗位" in str(result["review"]), result["review"]


async def test_a_post_the_material_does_not_name_is_no_other_post(
    offline_context: FlowContext,
) -> None:
    result = await _graded(offline_context, [MOUNTER, GLUE], "收银员")
    assert result["score"] == 0.0, result["reason"]
    assert "用词不对" in str(result["review"]) and "另一个岗位" not in str(result["review"])


async def test_a_post_the_material_names_stays_another_post(
    offline_context: FlowContext,
) -> None:
    result = await _graded(offline_context, [MOUNTER, CLERK], "前台")
    assert result["score"] == 0.0, result["reason"]
    assert "另一个岗位" in str(result["review"]), result["review"]
