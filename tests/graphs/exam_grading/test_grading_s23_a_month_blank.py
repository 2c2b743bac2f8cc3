"""One month for a blank's 30 days: half the blank, the note saying it is counted in months
(session 22 held-out teacher, B average Q7: "a month" for 30 days was 0/2 "(counted in months, not
the key's days)": "the note is true; 0 is harsh", 1-2 of 2). a_month.py holds the rule; any other
span, or a near-miss figure, stays 0. Own trade: a photo studio's developer and prints."""

from __future__ import annotations

import pytest

from graphs.exams import Question
from tests.support.grading import fill_blank, judged

DEVELOPER = fill_blank("照相馆的冲印药水开封后____内必须用完。", "30天")
PRINTS = fill_blank("Prints not collected are kept for ____, then destroyed.", "31 days")
NEGATIVES = fill_blank("底片存档____后可销毁。", "60天")


@pytest.mark.parametrize("answer", ["一个月", "1个月", "一个月内"])
def test_a_month_for_30_days_earns_half_with_a_true_note(answer: str) -> None:
    judgement, note = judged(DEVELOPER, answer)
    assert judgement.ratio == 0.5, judgement.reason
    assert "按月数作答，原文是天数" in note, note


@pytest.mark.parametrize("answer", ["a month", "one month", "1 month"])
def test_a_month_for_31_days_in_english(answer: str) -> None:
    judgement, note = judged(PRINTS, answer)
    assert judgement.ratio == 0.5, judgement.reason
    assert "counted in months, not the key's days" in note, note


@pytest.mark.parametrize(
    ("question", "answer"),
    [(DEVELOPER, "31天"), (DEVELOPER, "两个月"), (NEGATIVES, "两个月"), (NEGATIVES, "一个月")],
)
def test_other_spans_and_near_figures_stay_0(question: Question, answer: str) -> None:
    judgement, _ = judged(question, answer)
    assert judgement.ratio == 0, judgement.reason
