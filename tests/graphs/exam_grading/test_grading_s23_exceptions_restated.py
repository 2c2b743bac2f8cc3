"""An exception the point rules out (不在保修范围内), restated with the learner's own negation (不保),
is agreement, not 说法与要点相反; the ruled-out word asserted only by another rule's clause is no
contradiction (exceptions_restated.py; session 23 held-out teacher T16, A_strong Q8)."""

from __future__ import annotations

import pytest

from graphs.exam_grading.judges import judge_short_answer
from graphs.exam_grading.point_notes import describe_notes
from graphs.exams import Question

PIANO_REPAIR = Question(
    number=1,
    type="short_answer",
    stem="乐器行钢琴维修后的保修规定是什么？",
    answer=[
        "维修后的保修期为6个月，只保同一故障；例外：琴体受潮、摔落造成的损坏，不在保修范围内。"
    ],
    scoring_points=[
        "维修后的保修期为6个月，只保同一故障",
        "例外：琴体受潮、摔落造成的损坏，不在保修范围内",
    ],
    point_scores=[2.0, 2.0],
    score=4.0,
)


def _second(answer: str) -> tuple[str, str]:
    judgement = judge_short_answer(PIANO_REPAIR, answer)
    return judgement.notes[1].verdict, describe_notes(judgement.notes, "zh")


@pytest.mark.parametrize(
    "answer",
    [
        "修好后半年内同一故障免费保修；受潮或者摔坏的不保",
        "修好后6个月内同一故障免费保修；琴体受潮、摔落造成的损坏不保",
    ],
)
def test_exception_restated_with_own_negation_is_credited(answer: str) -> None:
    verdict, notes = _second(answer)
    assert verdict == "credited", notes
    assert "相反" not in notes


def test_one_exception_of_two_restated_is_partial() -> None:
    verdict, notes = _second("修好后半年内同一故障免费保修；受潮的不保")
    assert verdict == "partial", notes
    assert "缺少：摔落造成的损坏" in notes


def test_exception_left_out_is_missing_not_contradicted() -> None:
    verdict, notes = _second("修好后半年内同一故障免费保修")
    assert verdict == "missing", notes
    assert "相反" not in notes


@pytest.mark.parametrize(
    "answer",
    [
        "修好后半年内同一故障免费保修；受潮的也保修",
        "修好后半年内同一故障免费保修；受潮或者摔落损坏的也可以保修",
    ],
)
def test_exception_said_covered_stays_contradicted(answer: str) -> None:
    verdict, notes = _second(answer)
    assert verdict == "contradicted", notes
