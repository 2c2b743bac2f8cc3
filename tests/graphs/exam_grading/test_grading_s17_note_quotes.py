"""Session 17 (end designer D10, patterns 2 and 3): a relative clause's 没 is no denial of the
rule, and the note quotes clock times whole.

「交班前把没退的押金写在交接本上」 was 有误（说法与要点相反） for a handover point: 没 negated everything
after it, the writing down too. A cue heading a relative clause (没取的相片, 未付的款项) negates that
clause's verb, not what the sentence then says of its noun. And the note's source quote lost the
minutes of a clock time before a bracket (「早餐时间（7:30-9:、…」): a digit before a colon is a
time, no sentence end for a list marker to follow. Own courses: a photo darkroom (冲印暗房) and a
paint mixing shop (调漆店). Papers go through the real grading flow.
"""

from __future__ import annotations

from graphs.context import FlowContext
from graphs.exams import Language
from tests.support.grading import graded_short_answer

DARKROOM_HANDOVER = (
    "每班结束前10分钟，冲印师须在交接本上写明：未取相片、未冲胶卷、顾客特殊要求三项内容，"
    "由接班人员签字确认"
)
STEMS: dict[Language, str] = {
    "zh": "交接和服务有什么规定？",
    "en": "What are the rules on print envelopes?",
}
PAINT_HOURS = "调漆服务时间（9:00-18:30）内，店员须当场为顾客试色"


async def _graded(
    point: str, answer: str, context: FlowContext, language: Language = "zh"
) -> tuple[float, str]:
    return await graded_short_answer(
        STEMS[language], [point], answer, context, title="notes", language=language
    )


async def test_a_relative_clauses_cue_denies_no_rule(offline_context: FlowContext) -> None:
    _, note = await _graded(DARKROOM_HANDOVER, "交班前把没取的相片写在交接本上。", offline_context)
    assert "有误" not in note, note


async def test_the_rule_itself_denied_is_still_contradicted(offline_context: FlowContext) -> None:
    # counter-case: the cue on the rule's own act, not in a clause describing a noun
    for answer in ("交班前不用在交接本上写没取的相片。", "下班前不用写交接本。"):
        _, note = await _graded(DARKROOM_HANDOVER, answer, offline_context)
        assert "(1) 有误" in note, note


async def test_clock_times_are_quoted_whole(offline_context: FlowContext) -> None:
    _, note = await _graded(PAINT_HOURS, "要给顾客试色。", offline_context)
    assert "原文：调漆服务时间（9:00-18:30）内" in note, note


PAINT_TELL = "调色完成后，店员须告知顾客：色号、调配比例、干燥时间（4至6小时）、剩余漆的保存方法"
DARKROOM_LABEL_EN = "Label every print envelope with name, film type, print size and date"


async def test_some_items_of_a_list_are_part_of_the_point(offline_context: FlowContext) -> None:
    # D10 pattern 2: two of the four things a rule lists earn part of it, not 未答到 / missing
    score, note = await _graded(PAINT_TELL, "要告诉顾客色号和干燥时间。", offline_context)
    assert score == 1, note
    assert "(1) 部分答到（缺少：调配比例、剩余漆的保存方法）" in note, note
    score, note = await _graded(
        DARKROOM_LABEL_EN, "You must write the name and the date on it.", offline_context, "en"
    )
    assert score == 1, note
    assert "(1) partial" in note, note


async def test_one_item_alone_is_still_missing(offline_context: FlowContext) -> None:
    score, note = await _graded(PAINT_TELL, "要告诉顾客色号。", offline_context)
    assert score == 0, note
