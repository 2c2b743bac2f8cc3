"""A role said by its everyday name, the same head after a first character naming the same place
(仓管员 for 库管员), is the point's role, unless the question names it as a role of its own
(roles.alike_role; session 23 held-out teacher T16, C_strong Q10: "有误（答成：仓管员，要点为库管员）"
was a false note)."""

from __future__ import annotations

from graphs.exam_grading.judges import judge_short_answer
from graphs.exam_grading.point_notes import describe_notes
from graphs.exam_grading.roles import alike_role
from graphs.exams import Question

INTAKE = Question(
    number=1,
    type="short_answer",
    stem="乐器行钢琴入库时谁负责验收？",
    answer=["钢琴入库由库管员验收并登记琴号"],
    scoring_points=["钢琴入库由库管员验收并登记琴号"],
    score=2.0,
)
TWO_KEEPERS = Question(
    number=2,
    type="short_answer",
    stem="乐器行钢琴入库和出库分别由谁负责？",
    answer=["钢琴入库由库管员验收并登记琴号；钢琴出库由仓管员核对提货单"],
    scoring_points=["钢琴入库由库管员验收并登记琴号", "钢琴出库由仓管员核对提货单"],
    score=4.0,
)


def test_everyday_name_of_the_role_is_the_role() -> None:
    judgement = judge_short_answer(INTAKE, "钢琴入库时仓管员负责验收并登记琴号")
    notes = describe_notes(judgement.notes, "zh")
    assert judgement.notes[0].verdict == "credited", notes


def test_another_role_is_still_told_wrong() -> None:
    judgement = judge_short_answer(INTAKE, "钢琴入库时店长负责验收并登记琴号")
    assert judgement.notes[0].verdict == "contradicted"


def test_a_role_the_question_names_apart_is_another_role() -> None:
    first, second = TWO_KEEPERS.scoring_points
    assert alike_role("库管员", "仓管员", first, ())
    assert not alike_role("库管员", "仓管员", first, (second,))
