"""Session 9, the lead's hotel-handover exam, graded through the real grading flow: a head noun
of the same kind is the same thing (贵重东西 for 贵重物品), another deadline contradicts the point
and the note says which (第二天 for 30分钟), and a keyword list joined by 、 states no rule."""

from __future__ import annotations

from typing import Any

from graphs.context import FlowContext
from graphs.exams import Question
from tests.support.grading import graded_paper

QUESTIONS = [
    Question(
        number=1,
        type="fill_blank",
        stem="交班时，前台须清点客人寄存的____。",
        answer=["贵重物品"],
        source_quote="交班时，前台须清点客人寄存的贵重物品。",
        score=2,
    ),
    Question(
        number=2,
        type="short_answer",
        stem="收到客人的现金押金后，前台应怎么处理？",
        answer=["现金须在30分钟内存入保险柜。"],
        scoring_points=["现金须在30分钟内存入保险柜"],
        source_quote="现金须在30分钟内存入保险柜。",
        score=6,
    ),
    Question(
        number=3,
        type="short_answer",
        stem="维修中发现需要增加项目时，门店应怎么做？",
        answer=["超出报价的维修须先电话征得客户同意；维修费超过500元须出具书面报价。"],
        scoring_points=["超出报价的维修须先电话征得客户同意", "维修费超过500元须出具书面报价"],
        source_quote="超出报价的维修须先电话征得客户同意；维修费超过500元须出具书面报价。",
        score=5,
    ),
]


async def _graded(answers: dict[str, str], context: FlowContext) -> dict[int, Any]:
    return await graded_paper(QUESTIONS, answers, context, title="客房交接班", language="zh")


async def test_the_handover_exam_is_marked_as_a_teacher_marks_it(
    offline_context: FlowContext,
) -> None:
    results = await _graded(
        {"1": "贵重东西", "2": "现金第二天存保险柜就行", "3": "电话征得同意、500元、书面报价"},
        offline_context,
    )
    assert results[1]["score"] == 2
    assert results[2]["score"] == 0
    assert "答成：第二天，要点为30分钟" in results[2]["review"]
    assert "部分答到" not in results[2]["review"]
    assert 0 < results[3]["score"] <= 5 * 3 / 4
    assert "只列出关键词" in results[3]["review"]


async def test_near_misses_stay_wrong(offline_context: FlowContext) -> None:
    results = await _graded(
        {
            "1": "贵重首饰",
            "2": "现金当天存保险柜",
            "3": "超出报价先电话征得客户同意，超过500元出书面报价",
        },
        offline_context,
    )
    assert results[1]["score"] == 0  # another thing of the kind is not the key
    assert results[2]["score"] == 0  # the same day is later than 30 minutes
    assert results[3]["score"] == 5
