"""`kpl grade`'s plain output: one note per question, the learner's, in the exam's language."""

from __future__ import annotations

from api.cli.render import render_grade_report
from graphs.exam_grading.objective import result
from graphs.exam_grading.report import build_report
from graphs.exams import Question


def test_each_question_prints_the_learners_note_not_the_judges_reason() -> None:
    blank = Question(
        number=1,
        type="fill_blank",
        stem="发现食品过期后，须在____内上报值班经理。",
        answer=["2小时"],
        source_quote="发现食品过期后，须在2小时内上报值班经理。",
        score=2,
    )
    reason = "0 of 1 blank(s) right; blank 1: '12小时' is not '2小时': a different figure"
    wrong = result(blank, ["12小时"], 2, 0.0, reason)
    right = result(
        blank.model_copy(update={"number": 2}), ["两小时"], 2, 1.0, "every blank matches"
    )
    printed = render_grade_report(build_report("测验", [wrong, right]))
    assert "你的答案：12小时（数字不对）；正确答案：2小时" in printed
    assert "回答正确：2小时" in printed
    assert "blank 1" not in printed and "every blank matches" not in printed


def test_the_reports_own_words_are_in_the_exams_language() -> None:
    blank = Question(
        number=1,
        type="fill_blank",
        stem="发现食品过期后，须在____内上报值班经理。",
        answer=["2小时"],
        source_quote="发现食品过期后，须在2小时内上报值班经理。",
        knowledge_point="过期食品",
        score=2,
    )
    wrong = result(blank, ["12小时"], 2, 0.0, "a different figure")
    printed = render_grade_report(build_report("测验", [wrong], "zh"))
    assert "正确 0  部分正确 0  错误 1  未作答 0" in printed
    assert "  1. 错误" in printed and "需复习：过期食品" in printed and "重做题号：1" in printed
    assert "wrong" not in printed and "Retest" not in printed
    english = blank.model_copy(
        update={
            "stem": "Report expired food within ____.",
            "answer": ["2 hours"],
            "source_quote": "Report expired food within 2 hours.",
        }
    )
    printed = render_grade_report(
        build_report("Quiz", [result(english, ["12 hours"], 2, 0.0, "")], "en")
    )
    assert "correct 0  partial 0  wrong 1  unanswered 0" in printed
    assert "Retest questions: 1" in printed


def test_a_short_answers_source_sentences_are_quoted_as_sentences() -> None:
    question = Question(
        number=1,
        type="short_answer",
        stem="取消和爽约有什么规定？",
        answer=["患者取消预约应至少提前 24 小时通知；无故爽约累计 3 次的，前台须在系统中标记。"],
        source_quote="患者取消预约应至少提前 24 小时通知；",
        scoring_points=[
            "患者取消预约应至少提前 24 小时通知",
            "无故爽约累计 3 次的，前台须在系统中标记",
        ],
        point_sources=[
            "患者取消预约应至少提前 24 小时通知；",
            "无故爽约累计 3 次的，前台须在系统中标记。",
        ],
        score=5,
    )
    missed = tuple(question.scoring_points)
    note = result(question, ["不知道"], 5, 0.0, "", missed=missed)["review"]
    assert note.startswith(
        "原文：患者取消预约应至少提前 24 小时通知。无故爽约累计 3 次的，前台须在系统中标记；"
    )
