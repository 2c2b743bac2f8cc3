"""The learner's review note on a short answer: every point with what became of it, in her language."""

from __future__ import annotations

from graphs.exam_grading.figures import figures_of
from graphs.exam_grading.judges import judge_short_answer
from graphs.exam_grading.objective import review_note
from graphs.exam_grading.point_notes import PointNote, describe_note, spoken
from graphs.exams import Question

POINTS = [
    "通话中需要查询信息时，让顾客等待不应超过1分钟",
    "电话中不能在电话里判断顾客应配多少度数，应邀请顾客到店免费验光",
    "连续两次没有接听电话的，前台可以改为发送短信",
]
PHONE = Question(
    number=1,
    type="short_answer",
    stem="把下面3条规定补充完整：（1）通话中需要查询信息时，让顾客等待……（2）电话中……（3）连续两次没有接听电话的……",
    answer=["；".join(POINTS)],
    source_quote=POINTS[0],
    scoring_points=POINTS,
    point_sources=[p + "。" for p in POINTS],
    score=6,
)


def test_figures_are_shown_as_a_learner_writes_them() -> None:
    power, minutes = figures_of("近视600度，等20分钟", "zh")
    assert spoken(power, "zh") == "600度"  # a lens power, not "600 celsius"
    assert spoken(minutes, "zh") == "20分钟"
    assert spoken(figures_of("within 5 dollars", "en")[0], "en") == "5 dollars"


def test_each_verdict_reads_in_the_learners_language() -> None:
    five, one = (figures_of(t, "zh")[0] for t in ("5分钟", "1分钟"))
    wrong = PointNote("等待不应超过1分钟", "contradicted", figure=one, rival=five)
    assert describe_note(wrong, "zh") == "有误（答成：5分钟，要点为1分钟）：等待不应超过1分钟"
    partial = PointNote("约需20分钟", "partial", figure=figures_of("20分钟", "zh")[0])
    assert describe_note(partial, "zh") == "部分答到（缺少：20分钟）：约需20分钟"
    assert (
        describe_note(PointNote("x", "contradicted"), "en") == "contradicted (says the opposite): x"
    )
    assert describe_note(PointNote("x", "missing"), "en") == "missing: x"


def test_the_note_lists_every_point_and_quotes_the_sources_of_those_not_credited() -> None:
    judgement = judge_short_answer(
        PHONE, "查询时让顾客等不超过5分钟；电话中可以判断度数；两次没接就改发短信。"
    )
    note = review_note(PHONE, judgement.missed, judgement.notes)
    assert "(1) 有误（答成：5分钟，要点为1分钟）" in note
    assert "(2) 有误（答成：电话中可以判断度数）" in note
    assert "(3) 已答到" in note
    assert note.startswith("原文：" + POINTS[0])  # its own sentence, from point_sources
    assert (
        POINTS[2] + "。" not in note.split("要点：")[0]
    )  # a credited point's source is not quoted
    assert "celsius" not in note and "times" not in note
