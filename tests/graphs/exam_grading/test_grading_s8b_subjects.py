"""Session 8 (issue 11, second teacher's faults 2 and 3): a figure belongs to its own word.

Swapped figures were credited because each was somewhere in the answer; a point was 'denied' by a
word of another point's rule. New examples: a warehouse's shelving, a gym's refunds, a café.
"""

from __future__ import annotations

from graphs.exam_grading.judges import OfflineJudge
from graphs.exam_grading.scoring_points import judge_point
from graphs.exams import Question

SHELVES = "纸箱离地至少20厘米、离灯至少50厘米"
REFUNDS = "Refund requests are logged the same day and paid within 5 days"


def test_swapped_figures_in_chinese_are_wrong_figures() -> None:
    swapped = judge_point(SHELVES, "纸箱离地50厘米，离灯20厘米", language="zh")
    assert swapped.verdict == "contradicted" and swapped.wrong_figure, swapped.reason
    kept = judge_point(SHELVES, "纸箱离地面至少二十厘米，离灯至少五十厘米", language="zh")
    assert kept.verdict == "credited", kept.reason


def test_a_deadline_swapped_with_the_same_day_is_a_wrong_figure() -> None:
    swapped = judge_point(
        REFUNDS, "Refund requests are logged within 5 days and paid the same day", language="en"
    )
    assert swapped.verdict == "contradicted", swapped.reason
    kept = judge_point(
        REFUNDS,
        "Refund requests are logged on the same day and paid within five days",
        language="en",
    )
    assert kept.verdict == "credited", kept.reason


def test_another_rules_refusal_does_not_deny_a_point_never_mentioned() -> None:
    points = ["过期牛奶一律拒收，并在1小时内通知店长", "外包装破损的蛋糕同样不得接收"]
    item = Question(
        number=1,
        type="short_answer",
        score=6,
        stem="收货时哪些商品不收？",
        answer=["；".join(points)],
        source_quote="；".join(points),
        scoring_points=points,
    )
    judgement = OfflineJudge().judge_now(item, ["过期牛奶拒收。"])
    cake = next(n for n in judgement.notes if n.point == points[1])
    assert cake.verdict == "missing", judgement.reason
