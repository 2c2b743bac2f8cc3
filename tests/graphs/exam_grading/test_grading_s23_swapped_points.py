"""Two scoring points whose consequences the answer swaps (swapped_points.py): each point's words
are all there, yet both rules are told the wrong way round (session 22 end teacher T15, C_weak
Q10: "The label should be contradicted; the learner is never told they swapped the penalties")."""

from __future__ import annotations

import pytest

from graphs.exam_grading.judges import judge_short_answer
from graphs.exam_grading.point_notes import describe_notes
from graphs.exams import Question

BILLIARDS = Question(
    number=1,
    type="short_answer",
    stem="台球厅对吸烟和使用明火分别怎么处理？",
    answer=["球厅内严禁吸烟，违者罚款100元；在球厅内使用明火的，立即请其离场。"],
    scoring_points=["球厅内严禁吸烟，违者罚款100元", "在球厅内使用明火的，立即请其离场"],
    point_scores=[2.5, 2.5],
    score=5.0,
)
LANES = Question(
    number=2,
    type="short_answer",
    stem="What happens to a bowler who drinks on the lanes or who throws a ball at the pins?",
    answer=[
        "A bowler who drinks on the lanes pays a 20 dollar fine; one who throws a ball at the pins is asked to leave."
    ],
    scoring_points=[
        "A bowler who drinks on the lanes, pays a 20 dollar fine",
        "A bowler who throws a ball at the pins, is asked to leave",
    ],
    score=4.0,
)


def _notes(question: Question, answer: str) -> tuple[float, str]:
    judgement = judge_short_answer(question, answer)
    return judgement.ratio, describe_notes(judgement.notes, "zh" if question is BILLIARDS else "en")


def test_consequences_swapped_between_two_points_contradict_both_and_name_the_swap() -> None:
    ratio, notes = _notes(BILLIARDS, "使用明火的罚款100元，吸烟的请其离场")
    assert ratio == 0.0
    assert "(1) 有误（答成：吸烟的请其离场，与第2点的处理答反了）" in notes
    assert "(2) 有误（答成：使用明火的罚款100元，与第1点的处理答反了）" in notes


def test_english_consequences_swapped_contradict_both() -> None:
    ratio, notes = _notes(
        LANES,
        "One who throws a ball at the pins pays a 20 dollar fine; a drinker on the lanes is asked to leave.",
    )
    assert ratio == 0.0
    assert notes.count("contradicted (you gave:") == 2
    assert "swapped with point 2" in notes


@pytest.mark.parametrize(
    "answer",
    [
        "厅里不准抽烟，抽了罚100元；用明火的立即请他离场",
        "不准吸烟，违者罚款100元，使用明火的请其离场",
    ],
)
def test_each_consequence_with_its_own_subject_is_no_swap(answer: str) -> None:
    ratio, notes = _notes(BILLIARDS, answer)
    assert "答反" not in notes
    assert ratio == 1.0, notes
