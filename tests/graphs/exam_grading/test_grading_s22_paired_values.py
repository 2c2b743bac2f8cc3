"""A point that pairs things with values, read pair by pair (paired_values.py): pairing them the
other way round is the point told wrong, one pair given is part of it (session 21 end designer
D14, m1 #17: '汽油卸油口标黄色，柴油标红色' earned full marks for swapped fuel colours)."""

from __future__ import annotations

import pytest

from graphs.exam_grading.judges import judge_short_answer
from graphs.exam_grading.point_notes import describe_notes
from graphs.exams import Question

TANKS = Question(
    number=1,
    type="short_answer",
    stem="根据课程材料“罐体标识”部分，回答下列问题：（1）发酵罐和储酒罐分别有什么要求？"
    "（2）标签脱落时，当班酿酒师应如何处理？（写明时限）",
    answer=[
        "发酵罐与储酒罐必须分别贴标签：发酵罐贴蓝色标签，储酒罐贴绿色标签；标签脱落时，当班酿酒师须在1小时内补贴。"
    ],
    scoring_points=[
        "发酵罐与储酒罐必须分别贴标签：发酵罐贴蓝色标签，储酒罐贴绿色标签",
        "标签脱落时，当班酿酒师须在1小时内补贴",
    ],
    point_scores=[2.5, 2.5],
    score=5.0,
)
PROOFS = Question(
    number=2,
    type="short_answer",
    stem="印刷厂的样张由谁签字？",
    answer=["彩色样张由机长签字，黑白样张由班长签字。"],
    scoring_points=["彩色样张由机长签字，黑白样张由班长签字"],
    score=2.0,
)
PLATES = Question(
    number=3,
    type="short_answer",
    stem="印版和样张各保留多久？",
    answer=["印版保留30天，样张保留7天。"],
    scoring_points=["印版保留30天，样张保留7天"],
    score=2.0,
)
TASTINGS = Question(
    number=4,
    type="short_answer",
    stem="Who leads the tastings on a vineyard tour?",
    answer=["Red wine tastings are led by the sommelier, white wine tastings by the tour guide."],
    scoring_points=[
        "Red wine tastings are led by the sommelier, white wine tastings by the tour guide"
    ],
    score=2.0,
)


def _first_note(question: Question, answer: str) -> tuple[float, str]:
    """The first point's marks earned and its note as the learner reads it."""
    judged = judge_short_answer(question, answer)
    note = judged.notes[0]
    assert note.marks is not None
    return note.marks[0], describe_notes([note], "en" if question.stem.isascii() else "zh")


def _worth(question: Question) -> float:
    return question.point_scores[0] if question.point_scores else question.score


@pytest.mark.parametrize(
    ("question", "answer", "note"),
    [
        (
            TANKS,
            "发酵罐贴绿色标签，储酒罐贴蓝色标签；标签掉了，当班酿酒师1小时内补贴",
            "答成：发酵罐贴绿色标签",
        ),
        (TANKS, "发酵罐贴绿色标签；标签掉了，当班酿酒师1小时内补贴", "答成：发酵罐贴绿色标签"),
        (PROOFS, "彩色样张由班长签字，黑白样张由机长签字。", "答成：彩色样张由班长签字"),
        (PLATES, "印版保留7天，样张保留30天。", "有误"),
        (
            TASTINGS,
            "Red wine tastings are led by the tour guide and white wine tastings by the sommelier.",
            "you gave: Red wine tastings are led by the tour guide",
        ),
    ],
)
def test_a_swapped_pairing_is_the_point_told_wrong(
    question: Question, answer: str, note: str
) -> None:
    earned, said = _first_note(question, answer)
    assert earned == 0
    assert note in said


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (TANKS, "储酒罐贴绿色标签，发酵罐贴蓝色标签；标签掉了，当班酿酒师1小时内补贴"),
        (PROOFS, "黑白样张由班长签字，彩色样张由机长签字。"),
        (PLATES, "样张保留7天，印版保留30天。"),
        (
            TASTINGS,
            "White wine tastings are led by the tour guide and red wine tastings by the sommelier.",
        ),
        # the value before its subject is not read as a pairing, so never as a swap
        (TANKS, "蓝色标签贴发酵罐，绿色标签贴储酒罐；标签掉了，当班酿酒师1小时内补贴"),
    ],
)
def test_the_right_pairing_in_another_order_keeps_the_point(
    question: Question, answer: str
) -> None:
    earned, said = _first_note(question, answer)
    assert earned == _worth(question), said


@pytest.mark.parametrize(
    ("question", "answer", "lacks"),
    [
        (TANKS, "发酵罐贴蓝色标签；标签掉了，当班酿酒师1小时内补贴", "缺少：储酒罐贴绿色标签"),
        (PROOFS, "彩色样张由机长签字。", "缺少：黑白样张由班长签字"),
    ],
)
def test_one_pair_given_is_part_of_the_point(question: Question, answer: str, lacks: str) -> None:
    earned, said = _first_note(question, answer)
    assert 0 < earned < _worth(question), said
    assert lacks in said
