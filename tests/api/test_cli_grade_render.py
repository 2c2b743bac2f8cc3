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
    assert "你的答案：12小时；正确答案：2小时" in printed
    assert "回答正确：2小时" in printed
    assert "blank 1" not in printed and "every blank matches" not in printed
