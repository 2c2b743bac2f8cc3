"""A figure is wrong for a point only when it is said of that point's words.

"Check deliveries within 6 hours and keep the records" was marked as giving the records point
(kept 3 years) a wrong figure, 6 hours, though the figure is said of the checking. A figure
belongs to the nearest distinctive word of the question in its clause piece (figure_owners.py).
Own example: goods-in checks and their records.
"""

from __future__ import annotations

from graphs.context import FlowContext
from graphs.exams import Language, Question
from tests.support.grading import graded_paper, short_answer

DELIVERY_EN = short_answer(
    "What are the rules for deliveries?",
    "Deliveries must be checked within 2 hours of arrival",
    "Delivery records are kept for 3 years",
)
DELIVERY_ZH = short_answer(
    "到货验收有什么规定？",
    "到货后须在2小时内验收",
    "验收记录须保存3年",
)


async def _notes(
    question: Question, answer: str, context: FlowContext, language: Language
) -> tuple[float, str]:
    results = await graded_paper(
        [question], {"1": answer}, context, title="deliveries", language=language
    )
    return results[1]["score"] / results[1]["max_score"], results[1]["review"]


async def test_a_figure_of_the_checking_is_no_wrong_figure_of_the_records_en(
    offline_context: FlowContext,
) -> None:
    answer = "Check deliveries within 2 hours and keep the records."
    ratio, note = await _notes(DELIVERY_EN, answer, offline_context, "en")
    assert ratio == 0.75, note
    assert "6 hours" not in note and "2 hours where" not in note


async def test_a_figure_of_the_checking_is_no_wrong_figure_of_the_records_zh(
    offline_context: FlowContext,
) -> None:
    ratio, note = await _notes(
        DELIVERY_ZH, "到货6小时内验收并保存验收记录。", offline_context, "zh"
    )
    assert ratio == 0.25, note  # the checking told wrong, the records' 3 years left out
    assert "(2) 部分答到" in note, note


async def test_a_figure_said_of_the_records_is_theirs(offline_context: FlowContext) -> None:
    answer = "Check deliveries on arrival; records are kept for 6 hours."
    ratio, note = await _notes(DELIVERY_EN, answer, offline_context, "en")
    assert ratio == 0.25, note
    assert "6 hours" in note
