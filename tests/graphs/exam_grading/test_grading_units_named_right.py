"""A figure's unit named right in the learner's note, and a wrong currency wrong (issue 11,
session 15 GZ; own pottery-studio, sailing-school and hot-spring items).

A short answer that gives the point's amount in another currency ("GBP 20" for EUR 20, 20英镑 for
20欧元) says another amount: contradicted with "wrong unit", never half marks "missing: EUR 20".
A fill-in answered in months where the key counts days (一个月 for 30天) is told so: the note says
the learner answered in months and the material gives days, not the reverse.
"""

from __future__ import annotations

import pytest

from graphs.exams import Question
from tests.support.grading import fill_blank, judged, short_answer

LATE_EN = short_answer(
    "What does the sailing school charge when a boat comes back late?",
    "a late return costs EUR 20 per hour",
)
LATE_ZH = short_answer("帆船晚归如何收费？", "晚归每小时收取20欧元")


@pytest.mark.parametrize(
    ("question", "answer", "note_has"),
    [
        (LATE_EN, "A late return costs GBP 20 per hour.", "wrong unit"),
        (LATE_EN, "They charge £20 an hour for a late return.", "wrong unit"),
        (LATE_ZH, "晚归每小时收20英镑", "单位错误"),
        (LATE_ZH, "晚归一小时收20美元", "单位错误"),
    ],
)
def test_another_currency_is_another_amount(question: Question, answer: str, note_has: str) -> None:
    judgement, note = judged(question, answer)
    assert judgement.ratio == 0, judgement.reason
    assert note_has in note and "missing" not in note and "缺少" not in note, note


@pytest.mark.parametrize(
    "answer", ["A late return costs EUR 20 per hour.", "晚归每小时收取20欧元", "20 euros an hour"]
)
def test_the_right_currency_stays_right(answer: str) -> None:
    question = LATE_ZH if "晚归" in answer else LATE_EN
    assert judged(question, answer)[0].ratio == 1


def test_a_month_for_a_key_in_days_is_told_the_right_way_round() -> None:
    card = fill_blank("温泉次卡自开卡之日起____内有效。", "30天")
    _, note = judged(card, "一个月")
    assert "按月数作答，原文是天数" in note and "不是原文的月数" not in note, note
    kiln = fill_blank("The pottery studio keeps unclaimed pieces for ____.", "30 days")
    _, note = judged(kiln, "one month")
    assert "counted in months, not the key's days" in note, note


def test_days_for_a_key_in_months_keep_their_note() -> None:
    locker = fill_blank("温泉储物柜年租期为____。", "12个月")
    _, note = judged(locker, "360天")
    assert "按天数换算，不是原文的月数" in note, note
