"""bench/teacher_agreement.py reads both layouts the teacher reviewers wrote: numbered papers with
`marks` (session 11) and papers named by exam and learner with `[mark, note]` pairs (session 12),
so a reviewer's folder is re-graded whole, not read as 0/0."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from bench.teacher_agreement import Marked, mark_folder

HELD_OUT = Path(__file__).resolve().parents[3] / "bench" / "held_out"


def test_papers_named_by_exam_and_learner_are_all_marked() -> None:
    marked = mark_folder(HELD_OUT / "session12" / "end_T4")
    assert len({m.paper for m in marked}) == 12
    assert Counter(m.type for m in marked) == {
        "fill_blank": 48,
        "short_answer": 16,
        "single_choice": 12,
    }
    teacher = {(m.paper, m.number): m.teacher for m in marked}
    assert teacher[("A_strong", 2)] == 2.0  # [2, "药品冷藏柜 = 医药冷藏柜, acceptable"]
    assert teacher[("A_avg", 2)] == 1.0


def test_numbered_papers_still_answer_the_nth_exam() -> None:
    marked = mark_folder(HELD_OUT / "session11" / "end_T3")
    assert len(marked) == 75


def test_marks_written_as_a_dict_per_item_are_read_with_their_point_marks() -> None:
    """Session 14's teacher wrote a short answer as {"mark": 3.75, "points": [{"label", "mark"}]}."""
    marked = mark_folder(HELD_OUT / "session14" / "end_T6")
    assert len(marked) == 54
    item = {(m.paper, m.number): m for m in marked}[("A_average", 6)]
    assert item.teacher == 3.75
    assert item.teacher_points == {1: 1.25, 2: 2.5}


def test_answer_sheets_and_exams_saved_as_out_files_are_marked() -> None:
    """Session 15's teachers saved exams as `exam_<x>_<lang>.out` (the --json output) and papers as
    `ans_<x>_<who>.json`; their markdown marks were transcribed to my_marks.json with the ranges
    they declared fair (`accept`)."""
    marked = mark_folder(HELD_OUT / "session15" / "end_T8")
    assert len(marked) == 54
    assert len({m.paper for m in marked}) == 9
    item = {(m.paper, m.number): m for m in marked}[("A_average", 3)]
    assert item.teacher == 1.5
    assert item.accept == (1.0, 2.0)
    assert len(mark_folder(HELD_OUT / "session15" / "start_T7")) == 51


def test_papers_wrapped_as_kpl_grade_reads_them_are_marked() -> None:
    """The session-19 teacher wrote each paper as `{"answers": {...}}`, the shape `kpl grade`
    reads: every answer is graded, not each read as blank (29/81 "agree" with all marks 0)."""
    marked = mark_folder(HELD_OUT / "session19" / "end_T12")
    assert len(marked) == 81
    strong = [m for m in marked if m.paper == "A_strong" and m.type == "single_choice"]
    assert strong and all(m.grader == m.teacher for m in strong)


def test_a_mark_inside_the_declared_range_agrees_and_one_outside_does_not() -> None:
    def item(grader: float, accept: tuple[float, float] | None) -> Marked:
        return Marked("A_average", 6, "fill_blank", grader, 2.0, "", (), {}, accept)

    assert item(1.0, (1.0, 2.0)).agrees
    assert not item(0.0, (1.0, 2.0)).agrees
    assert not item(1.0, None).agrees
