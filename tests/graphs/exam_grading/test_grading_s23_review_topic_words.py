"""The review list names a topic by words, never by a bare figure.

Session 22 designer, m3: the review list read 「第1题 15分钟：」: the knowledge point of the missed
item was the rule's figure, which says nothing a learner can look up. Own course: a bowling alley's
front desk (zh) and a laundrette's attendant handbook (en), graded through the flow.
"""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from graphs.exams import Language, Question
from tests.support.grading import graded_report

_ITEMS = {
    "zh": ("开馆前____开放前台登记。", ["10分钟"], "开馆前10分钟开放前台登记。", "5分钟"),
    "en": (
        "Customers may not leave machines unattended for more than ____.",
        ["15 minutes"],
        "Customers may not leave machines unattended for more than 15 minutes.",
        "an hour",
    ),
}
_POINTS = {"zh": ("15分钟", "20元", "前台登记"), "en": ("30 minutes", "£9", "unattended machines")}


def _blank(number: int, point: str, language: Language) -> Question:
    stem, answer, quote, _ = _ITEMS[language]
    return Question(
        number=number,
        type="fill_blank",
        stem=stem,
        answer=answer,
        source_quote=quote,
        knowledge_point=point,
        score=2,
    )


@pytest.mark.parametrize("language", ["zh", "en"])
async def test_a_figure_is_no_review_topic(
    offline_context: FlowContext, language: Language
) -> None:
    figure, money, topic = _POINTS[language]
    questions = [
        _blank(1, figure, language),
        _blank(2, money, language),
        _blank(3, topic, language),
    ]
    wrong = _ITEMS[language][3]
    report = await graded_report(
        questions,
        {"1": wrong, "2": wrong, "3": wrong},
        offline_context,
        title="Desk quiz",
        language=language,
    )
    assert report["review_knowledge_points"] == [topic]
    assert all(t["topic"] not in (figure, money) for t in report["review_topics"])
