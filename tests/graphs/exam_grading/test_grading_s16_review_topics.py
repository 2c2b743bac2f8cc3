"""The review list names no document as a topic, whatever its document word or edition.

Session 15 end designer D8: a maintenance procedure's title, 「…维修人员入户维修作业规程（2026版）」,
headed five review lines as if it were a topic (规程 was no document word, and the edition in
brackets hid the one there). Own course: a bus depot's yard procedure, graded through the flow.
"""

from __future__ import annotations

from graphs.context import FlowContext
from graphs.exams import Question
from tests.support.grading import graded_report

TITLE = "城东公交场站 车辆进出场作业规程（2026版）"


def _blank(number: int, point: str) -> Question:
    return Question(
        number=number,
        type="fill_blank",
        stem="车辆在场内行驶速度不得超过____。",
        answer=["5公里/小时"],
        source_quote="车辆在场内行驶速度不得超过5公里/小时。",
        knowledge_point=point,
        score=2,
    )


async def test_a_procedures_title_with_its_edition_is_no_topic(
    offline_context: FlowContext,
) -> None:
    questions = [_blank(1, TITLE), _blank(2, "场内车速")]
    report = await graded_report(
        questions,
        {"1": "15公里/小时", "2": "15公里/小时"},
        offline_context,
        title="场站测验",
        language="zh",
    )
    assert report["review_knowledge_points"] == ["场内车速"]
    assert all(t["topic"] != TITLE for t in report["review_topics"])
