"""Session 18 (held-out teacher T10, pattern 1): the numbers before an answer's parts are no
content.

"(1) Anyone who looks younger than twenty-five has to produce photo identification. (2) …" lost
the point of part (1): its number was read as a figure (1 against the point's 25), and so was
part (2)'s. A numbered part — "(1)", "（2）", "1.", "①" — is a statement of its own and its
number says only which part of the question it answers, so a point is credited whatever part
states it. Own courses: a ski rental desk and a bicycle repair shop. Papers go through the real
grading flow.
"""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from graphs.exam_grading.part_numbers import without_part_numbers
from tests.support.grading import graded_short_answer

SKI_STEM = "(1) What is the helmet rule? (2) When are rental skis returned?"
SKI_POINTS = ("Skiers who look under 14 must wear a helmet", "Rental skis are returned by 5 pm")
BIKE_STEM = "（1）补胎有什么时限？（2）换下的旧零件怎么处理？"
BIKE_POINTS = ("补胎须在30分钟内完成", "更换的旧零件须交还车主")


@pytest.mark.parametrize(
    "answer",
    [
        "(1) Anyone who looks younger than fourteen has to wear a helmet. (2) Skis come back by 5 pm.",
        "① Anyone who looks younger than fourteen has to wear a helmet. ② Skis come back by 5 pm.",
        "(1) Skis come back by 5 pm. (2) Anyone who looks younger than fourteen has to wear a helmet.",
    ],
)
async def test_numbered_english_parts_earn_every_point(
    answer: str, offline_context: FlowContext
) -> None:
    score, note = await graded_short_answer(
        SKI_STEM, SKI_POINTS, answer, offline_context, title="ski", language="en"
    )
    assert score == 4, note
    assert note.startswith("Correct, every point stated"), note


@pytest.mark.parametrize(
    "answer",
    [
        "（1）补胎要在半小时内做完。（2）换下来的旧零件要还给车主。",
        "①补胎要在半小时内做完；②换下来的旧零件要还给车主。",
        "（2）换下来的旧零件要还给车主。（1）补胎要在30分钟内做完。",
    ],
)
async def test_numbered_chinese_parts_earn_every_point(
    answer: str, offline_context: FlowContext
) -> None:
    score, note = await graded_short_answer(
        BIKE_STEM, BIKE_POINTS, answer, offline_context, title="bike", language="zh"
    )
    assert score == 4, note
    assert note.startswith("回答正确，要点全部答到"), note


async def test_a_wrong_figure_in_a_numbered_part_is_still_wrong(
    offline_context: FlowContext,
) -> None:
    # counter-case: the part number goes, the learner's own figure stays and is judged
    score, note = await graded_short_answer(
        BIKE_STEM,
        BIKE_POINTS,
        "（1）补胎要在60分钟内做完。（2）换下来的旧零件要还给车主。",
        offline_context,
        title="bike",
        language="zh",
    )
    assert score == 2, note
    assert "(1) 有误" in note, note


@pytest.mark.parametrize(
    ("answer", "read"),
    [
        ("(1) Helmets (2) skis by 5 pm", "Helmets. skis by 5 pm"),
        ("1. Wait 1.5 hours. 2. Pay", "Wait 1.5 hours. Pay"),
        ("一、补胎；二、还零件", "补胎；还零件"),
        ("children under (18) need a helmet", "children under (18) need a helmet"),
        ("open 7:30 (12) bikes", "open 7:30 (12) bikes"),
        ("30分钟、16:00、短信、3次", "30分钟、16:00、短信、3次"),
        ("押金3.5、工本费", "押金3.5、工本费"),
    ],
)
def test_part_numbers_become_sentence_breaks_and_figures_stay(answer: str, read: str) -> None:
    assert without_part_numbers(answer) == read
