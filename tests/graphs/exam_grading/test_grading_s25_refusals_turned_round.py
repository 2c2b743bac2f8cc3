"""Session 25: an answer that takes in the people a refusal turns away says the opposite.

The outside teacher's 「5岁以下的儿童也收」 was credited for a refusal (5岁以下不收): its figure and
its people were all there, so the point read as stated. Two causes: a figure joined to its noun by
its side word without 的 (6岁以下儿童) was read as how far the act may go, so 「6岁以下的小孩也可以坐」
was 'permitted up to the bound' (limits.describes_a_noun); and a verb of accepting (也收, take)
carries no modal for the modality check (refusals.refusal_turned_round). Own course: a hot-air
balloon ride, zh and en.
"""

from __future__ import annotations

import pytest

from tests.support.grading import judged, short_answer

STEM_ZH = "家长问：“4岁的孩子能坐热气球吗？”你应如何回答？"
STEM_EN = "A parent asks whether a 4-year-old can fly in the balloon. What do you say?"


@pytest.mark.parametrize(
    ("stem", "point", "answer"),
    [
        (STEM_ZH, "6岁以下儿童不予搭乘热气球", "6岁以下的小孩也可以坐。"),
        (STEM_ZH, "6岁以下儿童不予接待", "6岁以下的儿童也收。"),
        (STEM_ZH, "未满6周岁的儿童不接受报名", "6岁以下的儿童也收。"),
        (STEM_EN, "Children under 6 are not accepted on flights", "We take kids under 6 too."),
    ],
)
def test_taking_in_whom_the_point_turns_away_earns_nothing(
    stem: str, point: str, answer: str
) -> None:
    judgement, note = judged(short_answer(stem, point), answer)
    assert judgement.ratio == 0, note
    assert answer.rstrip("。.") in note, note  # the note quotes what the learner said


@pytest.mark.parametrize(
    ("stem", "point", "answer"),
    [
        (STEM_ZH, "6岁以下儿童不予搭乘热气球", "6岁以下的不能坐。"),
        (STEM_ZH, "未满6周岁的儿童不接受报名", "6岁以下的孩子不收。"),
        (STEM_EN, "Children under 6 are not accepted on flights", "We don't take kids under 6."),
    ],
)
def test_the_refusal_itself_is_still_credited(stem: str, point: str, answer: str) -> None:
    judgement, note = judged(short_answer(stem, point), answer)
    assert judgement.ratio == 1, note
