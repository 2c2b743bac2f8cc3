"""Session 18 (held-out teacher T10, pattern 4): a wrong figure is called wrong, not missed.

「路试开两公里就行」 for 「路试距离不少于五公里」 was 未答到: the segmenter splits 路试 (路/试), so
no word of the point stood beside the learner's 两公里 and the learner never heard that what they
wrote is wrong. The two-character runs ahead of the point's figure name what it measures; the
figure told with another value beside them contradicts the point and the note gives both. Own
course: a bicycle repair shop's test ride, zh and en, through the real grading flow.
"""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from graphs.exams import Language
from tests.support.grading import graded_short_answer

RIDE_ZH = "试骑距离不少于三公里，车速须覆盖零至二十公里每小时"
RIDE_EN = "The test ride covers at least three kilometres, at speeds from zero to twenty km/h"


@pytest.mark.parametrize(
    ("point", "stem", "answer", "language", "label"),
    [
        (
            RIDE_ZH,
            "修车后试骑有什么规定？",
            "试骑一公里就行。",
            "zh",
            "(1) 有误（答成：一公里，要点为三公里）",
        ),
        (
            RIDE_ZH,
            "修车后试骑距离有什么规定？",
            "试骑骑一公里就够了。",
            "zh",
            "(1) 有误（答成：一公里，要点为三公里）",
        ),
        (
            RIDE_EN,
            "What is the rule for the test ride?",
            "A one kilometre test ride is enough.",
            "en",
            "(1) contradicted (you gave: one kilometre, the point says three kilometres)",
        ),
    ],
)
async def test_figure_told_wrong_beside_what_it_measures_is_contradicted(
    point: str, stem: str, answer: str, language: Language, label: str, offline_context: FlowContext
) -> None:
    score, note = await graded_short_answer(
        stem, [point], answer, offline_context, title="test ride", language=language
    )
    assert score == 0, note
    assert label in note, note


async def test_figure_of_another_matter_is_not_the_points(offline_context: FlowContext) -> None:
    score, note = await graded_short_answer(
        "修车后试骑有什么规定？",
        [RIDE_ZH],
        "链条上油一次就行。",
        offline_context,
        title="test ride",
        language="zh",
    )
    assert score == 0, note
    assert "(1) 未答到" in note, note
