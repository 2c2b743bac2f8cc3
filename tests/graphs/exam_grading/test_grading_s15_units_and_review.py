"""Session 15 (issue 11, the held-out teacher T6's harsh verdicts and empty review topics), on
papers of our own (an archery range, a notary office, a plant nursery) graded by the real flow:
a unit written out is the unit, a bare figure shares the unit the stem leaves to the pair, a
generic head after the stem's examples keeps the key's meaning, working days said as days earn
half a point, and the review lines quote the rule each missed item rests on instead of words
lifted from it."""

from __future__ import annotations

from typing import Any

from api.cli.render import render_grade_report
from graphs.context import FlowContext
from graphs.exams import Language, Question
from tests.support.grading import graded_report


def _blank(number: int, stem: str, answer: str, quote: str, point: str = "") -> Question:
    return Question(
        number=number,
        type="fill_blank",
        stem=stem,
        answer=[answer],
        source_quote=quote,
        knowledge_point=point,
        score=2,
    )


async def _report(
    questions: list[Question], answers: dict[str, Any], context: FlowContext, language: Language
) -> dict[str, Any]:
    title = "课程测验" if language == "zh" else "Course quiz"
    return await graded_report(questions, answers, context, title=title, language=language)


ARCHERY = [
    _blank(
        1,
        "Arrows longer than ____ must be stored in the long rack.",
        "70 cm",
        "Arrows longer than 70 cm must be stored in the long rack.",
        "Archery Range Rules",
    ),
    _blank(
        2,
        "A practice target face is 60 by ____.",
        "40 cm",
        "A practice target face is 60 by 40 cm.",
        "target",
    ),
    _blank(
        3,
        "Only the ____ may call archers forward to collect arrows.",
        "range officer",
        "Only the range officer may call archers forward to collect arrows.",
        "range officer",
    ),
    _blank(
        4,
        "Carbon arrows, sights and other ____ stay in the locked cabinet.",
        "costly accessories",
        "Carbon arrows, sights and other costly accessories stay in the locked cabinet.",
        "equipment storage",
    ),
]


async def test_spelled_units_and_a_shared_unit_are_right_and_the_review_quotes_the_rule(
    offline_context: FlowContext,
) -> None:
    answers = {"1": "70 centimetres", "2": "40", "3": "coach", "4": "costly items"}
    report = await _report(ARCHERY, answers, offline_context, "en")
    results = {r["number"]: r for r in report["questions"]}
    assert [results[n]["verdict"] for n in (1, 2, 3, 4)] == [
        "correct",
        "correct",
        "wrong",
        "correct",
    ]
    assert "unit missing" not in results[1]["review"]
    # The missed item's knowledge point is its own key: no topic; its rule is quoted instead.
    assert report["review_knowledge_points"] == []
    printed = render_grade_report(report)
    assert 'Q3: "Only the range officer may call archers forward to collect arrows."' in printed
    assert "Review: range officer" not in printed


async def test_a_bare_number_without_a_partner_figure_still_lacks_its_unit(
    offline_context: FlowContext,
) -> None:
    report = await _report(ARCHERY[:2], {"1": "70", "2": "40 mm"}, offline_context, "en")
    results = {r["number"]: r for r in report["questions"]}
    assert results[1]["score"] == 1 and "unit missing" in results[1]["review"]
    assert results[2]["score"] == 0 and "wrong unit" in results[2]["review"]


NOTARY_POINTS = ["公证书在受理后5个工作日内出具", "加急公证24小时内出具，加收50%的费用"]
NOTARY = [
    _blank(
        1,
        "遗嘱原件、房产证等____须当日放入保险柜。",
        "重要文书",
        "遗嘱原件、房产证等重要文书须当日放入保险柜。",
        "平安公证处业务受理规范",
    ),
    _blank(
        2,
        "当事人须在受理后____内补齐材料。",
        "10个工作日",
        "当事人须在受理后10个工作日内补齐材料。",
        "超过",
    ),
    Question(
        number=3,
        type="short_answer",
        stem="公证处出具公证书有什么时限？",
        answer=NOTARY_POINTS,
        scoring_points=NOTARY_POINTS,
        source_quote=NOTARY_POINTS[0],
        knowledge_point="出证时限",
        score=4,
    ),
    _blank(
        4,
        "苗圃的树苗株距不得小于____。",
        "50厘米",
        "苗圃的树苗株距不得小于50厘米。",
        "完成",
    ),
]


async def test_a_generic_head_working_days_as_days_and_review_lines_in_chinese(
    offline_context: FlowContext,
) -> None:
    answers = {
        "1": "重要物品",
        "2": "10天",
        "3": "公证书受理后5天内出具；加急的24小时内出，加收50%费用",
        "4": "30公分",
    }
    report = await _report(NOTARY, answers, offline_context, "zh")
    results = {r["number"]: r for r in report["questions"]}
    assert results[1]["verdict"] == "correct"
    assert results[2]["score"] == 1 and "自然日不是工作日" in results[2]["review"]
    assert results[3]["score"] == 3
    assert "部分答到（答成：5天，要点为5个工作日，自然日不是工作日）" in results[3]["review"]
    assert results[4]["score"] == 0 and "数字不对" in results[4]["review"]  # 30公分 is 30厘米
    # 超过 (a word lifted from the rule), 完成 (a verb) and the document's name are no topics.
    assert report["review_knowledge_points"] == ["出证时限"]
    printed = render_grade_report(report)
    assert "需复习：\n" in printed  # items 2 and 4 are not about 出证时限: the header is bare
    assert "  - 第2题：「当事人须在受理后10个工作日内补齐材料」" in printed
    assert "  - 第3题 出证时限：「公证书在受理后5个工作日内出具」" in printed
    assert "  - 第4题：「苗圃的树苗株距不得小于50厘米」" in printed
    assert "超过" not in printed.split("需复习")[1] and "第1题" not in printed.split("需复习")[1]
