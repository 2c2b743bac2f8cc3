"""A Chinese point that confirms no one is harmed (先确认工作区内无人被烫伤) said in the learner's
words (session 23 end teacher T16, C_strong Q9: 「第一件事是看看冷库里有没有人被关在里面，然后才去查
设备」 for 「先确认库内无人被困，再检查设备」 was 未答到, "a false note"): 无人 is nobody, not a name
(kind_names.py), and a check whether anyone is harmed is the point's check that no one is
(checked_whether.py); the order turned round is still wrong. Own course: a glassblowing studio."""

from __future__ import annotations

import pytest

from graphs.exam_grading.judges import judge_short_answer
from graphs.exam_grading.point_notes import describe_notes
from graphs.exams import Question

ALARM = "熔炉报警响起时，先确认工作区内无人被烫伤，再检查燃气阀"
REPORT = "15分钟内上报值班师傅"
INCIDENTS = Question(
    number=1,
    type="short_answer",
    stem="课程材料“事故”部分有哪些规定？请写出全部两条（写明时限和负责人）。",
    answer=[f"{ALARM}；{REPORT}。"],
    scoring_points=[ALARM, REPORT],
    point_scores=[2.5, 2.5],
    score=5.0,
)


def _first(answer: str) -> tuple[str, str]:
    judgement = judge_short_answer(INCIDENTS, answer)
    return judgement.notes[0].verdict, describe_notes(judgement.notes, "zh")


@pytest.mark.parametrize(
    "answer",
    [
        "报警响了先确认工作区内没人被烫伤，再检查燃气阀。",
        "报警一响，第一件事是看看工作区里有没有人被烫伤，然后才去查燃气阀。",
    ],
)
def test_nobody_harmed_checked_first_is_credited(answer: str) -> None:
    verdict, notes = _first(answer)
    assert verdict == "credited", notes


def test_the_valve_checked_first_is_still_wrong() -> None:
    verdict, notes = _first("报警一响先查燃气阀，然后看看有没有人被烫伤。")
    assert verdict == "contradicted", notes
