"""Session 18 (held-out teacher T10, JSON note): the JSON report says which points were said wrong.

`kpl grade --json` filed a point the text report calls 有误 / contradicted under `missed_points`
only, so a program could not tell a wrong statement from a point left out. Each item now lists
`contradicted_points`: the points the answer contradicts; since session 19 (held-out teacher
T11: "a consumer summing missed+contradicted doubles them") they are no longer in `missed_points`
too. Own course: a bicycle repair shop, zh and en, through the real grading flow.
"""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from graphs.exams import Language
from tests.support.grading import graded_report, short_answer

POINTS = {
    "zh": ("试骑距离不少于三公里", "交车前须清洗链条", "拆电池前须先断开电源"),
    "en": (
        "The test ride covers at least three kilometres",
        "Clean the chain before handover",
        "Switch off the power before removing the battery",
    ),
}
ANSWERS = {
    "zh": "（1）试骑一公里就行。（3）先拆电池再断开电源。",
    "en": "(1) A one kilometre test ride is enough. (3) Remove the battery first, then switch off the power.",
}


@pytest.mark.parametrize("language", ["zh", "en"])
async def test_contradicted_points_are_listed_apart_from_points_left_out(
    language: Language, offline_context: FlowContext
) -> None:
    ride, chain, power = POINTS[language]
    stem = "修车后有什么规定？" if language == "zh" else "What are the repair shop's rules?"
    report = await graded_report(
        [short_answer(stem, ride, chain, power)],
        {"1": ANSWERS[language]},
        offline_context,
        title="bike repair",
        language=language,
    )
    item = report["questions"][0]
    assert item["missed_points"] == [chain], item["review"]  # each point in one list (T11)
    assert item["contradicted_points"] == [ride, power], item["review"]
    assert item["partial_points"] == []


async def test_an_item_with_nothing_said_wrong_lists_none(offline_context: FlowContext) -> None:
    report = await graded_report(
        [short_answer("修车后有什么规定？", *POINTS["zh"])],
        {"1": "交车前要清洗链条。"},
        offline_context,
        title="bike repair",
        language="zh",
    )
    item = report["questions"][0]
    assert item["contradicted_points"] == []
    assert POINTS["zh"][1] not in item["missed_points"], item["review"]
