"""Session 9 fix round 2b: teacher T's faults, on a pharmacy exam of our own (not her cold-store
exam), graded through the real grading flow: another keeper or weekday is the point told wrong
(答成：收银员), a limit allowed away contradicts the point (可以一直码放到屋顶), the note quotes the
learner's own figure (30厘米, not 0.3米), a bare list of numbers is a list, and a missed fill-in
says what kind of miss it is, in the exam's language."""

from __future__ import annotations

from typing import Any

from graphs.context import FlowContext
from graphs.exams import Question
from tests.support.grading import graded_paper

QUESTIONS = [
    Question(
        number=1,
        type="fill_blank",
        stem="器械须在多酶清洗液中浸泡____。",
        answer=["5分钟"],
        source_quote="器械须在多酶清洗液中浸泡5分钟。",
        score=2,
    ),
    Question(
        number=2,
        type="short_answer",
        stem="根据课程材料“药品储存”部分，把下面3条规定补充完整：（1）处方存根由……（2）药品码放时……（3）冰箱温度记录……",
        answer=[
            "处方存根由药剂科保存，保存期限为2年；药品码放时距屋顶至少留出50厘米；"
            "冰箱温度记录每周二由当班药师检查。"
        ],
        scoring_points=[
            "处方存根由药剂科保存，保存期限为2年",
            "药品码放时距屋顶至少留出50厘米",
            "冰箱温度记录每周二由当班药师检查",
        ],
        point_sources=[
            "处方存根由药剂科保存，保存期限为2年。",
            "药品码放时距屋顶至少留出50厘米。",
            "冰箱温度记录每周二由当班药师检查。",
        ],
        source_quote="处方存根由药剂科保存，保存期限为2年。",
        score=6,
    ),
    Question(
        number=3,
        type="short_answer",
        stem="Complete these 2 rules from the kitchen manual, with their figures: (1) The dishwasher final rinse ... (2) The grease trap ...",
        answer=[
            "The dishwasher final rinse must reach 82 degrees Celsius for at least 10 seconds. "
            "The grease trap is emptied every Wednesday and the log is signed within 24 hours."
        ],
        scoring_points=[
            "The dishwasher final rinse must reach 82 degrees Celsius for at least 10 seconds",
            "The grease trap is emptied every Wednesday and the log is signed within 24 hours",
        ],
        source_quote="The dishwasher final rinse must reach 82 degrees Celsius for at least 10 seconds.",
        score=5,
    ),
]


async def _graded(answers: dict[str, str], context: FlowContext) -> dict[int, Any]:
    return await graded_paper(QUESTIONS, answers, context, title="药房储存", language="zh")


async def test_words_told_otherwise_and_limits_allowed_away_are_wrong(
    offline_context: FlowContext,
) -> None:
    results = await _graded(
        {
            "1": "5小时",
            "2": "处方存根由收银员保存2年；药品可以一直码放到屋顶；冰箱温度记录每周五由当班药师检查。",
            "3": "82, 10, Wednesday, 24",
        },
        offline_context,
    )
    assert results[1]["score"] == 0
    assert "你的答案：5小时（单位错误）" in results[1]["review"]
    assert results[2]["score"] == 0
    review = results[2]["review"]
    assert "有误（答成：收银员，要点为药剂科）" in review
    assert "有误（答成：周五，要点为周二）" in review
    assert "部分答到" not in review  # 码放到屋顶 denies the gap, it does not leave it out
    # a list of numbers names both rules: up to two fifths for its figures (session 19, T11)
    assert 0 < results[3]["score"] <= 2 * 5 / 5
    assert "listed as keywords" in results[3]["review"]


async def test_the_right_keeper_day_and_gap_earn_full_marks(offline_context: FlowContext) -> None:
    results = await _graded(
        {
            "1": "五分钟",
            "2": "药剂科保存处方存根2年；码放时离屋顶至少0.5米；每周二当班药师检查冰箱温度记录。",
            "3": "The final rinse must reach 82°C for at least 10 seconds; the grease trap is "
            "emptied every Wednesday and the log signed within 24 hours.",
        },
        offline_context,
    )
    assert [results[n]["score"] for n in (1, 2, 3)] == [2, 6, 5]


async def test_the_note_quotes_the_learners_own_figure(offline_context: FlowContext) -> None:
    results = await _graded(
        {"2": "药剂科保存2年；距屋顶至少留出30厘米；每周二药师检查冰箱记录。"}, offline_context
    )
    assert results[2]["score"] == 4
    assert "有误（答成：30厘米，要点为50厘米）" in results[2]["review"]
