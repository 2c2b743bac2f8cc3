"""Everyday words for a point's act and figure (synonyms.yaml, figure_words.py): "让他走" sends
someone away as 请其离场 does; "it lasts a year and you can't swap it for money" says "valid for 12
months and cannot be exchanged for cash" (session 22 end teacher T15: both were 未答到 / missing)."""

from __future__ import annotations

import pytest

from graphs.exam_grading.judges import judge_short_answer
from graphs.exam_grading.point_notes import describe_notes
from graphs.exams import Question

ROWDY = "在球道上打闹的，立即请其离场"
LANES = Question(
    number=1,
    type="short_answer",
    stem="保龄球馆对在球道上打闹的人怎么处理？",
    answer=[ROWDY],
    scoring_points=[ROWDY],
    score=2.0,
)
VOUCHER = "The bowling voucher is valid for 12 months and cannot be exchanged for cash"
VOUCHERS = Question(
    number=2,
    type="short_answer",
    stem="What are the rules for a bowling voucher?",
    answer=[VOUCHER],
    scoring_points=[VOUCHER],
    score=2.0,
)


@pytest.mark.parametrize("answer", ["在球道上打闹的，马上让他走", "打闹的立刻让他们走"])
def test_sending_someone_away_in_everyday_words_states_it(answer: str) -> None:
    judgement = judge_short_answer(LANES, answer)
    assert judgement.ratio == 1.0, describe_notes(judgement.notes, "zh")


def test_a_year_it_lasts_and_money_for_cash_state_it() -> None:
    judgement = judge_short_answer(VOUCHERS, "It lasts a year and you can't swap it for money.")
    assert judgement.ratio == 1.0, describe_notes(judgement.notes, "en")


def test_lasting_another_time_is_another_figure() -> None:
    judgement = judge_short_answer(VOUCHERS, "It lasts a month and you can't swap it for money.")
    notes = describe_notes(judgement.notes, "en")
    assert judgement.ratio == 0.0
    assert "you gave: 1 month" in notes
