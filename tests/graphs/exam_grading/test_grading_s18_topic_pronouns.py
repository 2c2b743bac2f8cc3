"""Session 18 (held-out teacher T10, fault 3): a pronoun for the question's topic is that topic.

"(2) It goes in the drum, not the sink." got 0 for "Waste solvent goes in the labelled drum, never
down the sink" under a stem asking what happens to the solvent: the point's subject was missing,
and in that point it was also read as its action. A pronoun opening a sentence (it, they; 它,
它们) whose referent the stem prints is that subject; one with no referent in the question, or
whose sentence is about another point, names nothing. Own courses: a laundry and a bicycle repair
shop. Papers go through the real grading flow.
"""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from graphs.exam_grading.topic_pronouns import topic_for_pronouns
from tests.support.grading import graded_short_answer

LAUNDRY_POINTS = (
    "Hand-wash jumpers are rinsed in cold water only",
    "Used bleach goes in the labelled drum, never down the sink",
)
LAUNDRY_STEM = "(1) How are hand-wash jumpers rinsed? (2) What happens to used bleach?"
BIKE_POINTS = ("补胎须在30分钟内完成", "换下的旧内胎须交还车主")
BIKE_STEM = "（1）补胎有什么时限？（2）换下的旧内胎怎么处理？"


@pytest.mark.parametrize(
    "answer",
    [
        "(1) They are rinsed in cold water only. (2) It goes in the drum, not the sink.",
        "(1) Rinse them in cold water only. (2) It goes in the labelled drum, never the sink.",
    ],
)
async def test_it_stands_for_the_asked_topic(answer: str, offline_context: FlowContext) -> None:
    score, note = await graded_short_answer(
        LAUNDRY_STEM, LAUNDRY_POINTS, answer, offline_context, title="laundry", language="en"
    )
    assert score == 4, note


@pytest.mark.parametrize("pronoun", ["它", "它们"])
async def test_ta_stands_for_the_asked_topic(pronoun: str, offline_context: FlowContext) -> None:
    answer = f"（1）补胎要在30分钟内做完。（2）{pronoun}要还给车主。"
    score, note = await graded_short_answer(
        BIKE_STEM, BIKE_POINTS, answer, offline_context, title="bike", language="zh"
    )
    assert score == 4, note
    assert note.startswith("回答正确，要点全部答到"), note


async def test_it_doing_the_opposite_is_still_wrong(offline_context: FlowContext) -> None:
    # counter-case: the pronoun read as the topic makes the answer's denial the topic's too
    score, note = await graded_short_answer(
        LAUNDRY_STEM,
        LAUNDRY_POINTS,
        "(1) They are rinsed in cold water only. (2) It goes down the sink.",
        offline_context,
        title="laundry",
        language="en",
    )
    assert score == 2, note
    assert "(2) contradicted" in note, note


async def test_a_pronoun_the_question_gives_no_referent_names_nothing(
    offline_context: FlowContext,
) -> None:
    score, note = await graded_short_answer(
        "修车店有什么规定？",
        BIKE_POINTS,
        "（1）补胎要在30分钟内做完。（2）它要还给车主。",
        offline_context,
        title="bike",
        language="zh",
    )
    assert score == 2, note
    assert "(2) 未答到" in note, note


def test_a_pronoun_stands_for_the_point_its_sentence_is_about() -> None:
    answer = "它要在30分钟内补好。"
    assert topic_for_pronouns(BIKE_POINTS[0], answer, BIKE_STEM, "zh", BIKE_POINTS[1:]) == (
        "补胎要在30分钟内补好。"
    )
    assert topic_for_pronouns(BIKE_POINTS[1], answer, BIKE_STEM, "zh", BIKE_POINTS[:1]) == answer
