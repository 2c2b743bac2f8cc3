"""A prohibition said as a limit (may only, at most, 只能, 最多) or as an order to keep things as
they are (leave them where they are, keep the door closed, 原地不动) is the rule, not its reversal;
a permission with no limit (any number of floors, 任何楼层) stays the flip (stated_limits.py)."""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from graphs.exams import Question
from tests.support.grading import graded_paper, judged, short_answer

REFUND_EN = "Cashiers must not give refunds above $50 unless a manager signs the slip"
FREEZER_EN = "Do not open the freezer door during a power cut unless the food is at risk"
DECK_EN = "Lifeguards must not leave the pool deck more than once per shift unless relieved"
STAIRS_ZH = "除非客户购买了楼梯服务，司机不得把货物搬上两层以上"
FALL_ZH = "客人摔倒受伤后，不要移动客人，除非现场有危险"


def _ratio(point: str, other: str, answer: str, stem: str = "What do you do?") -> float:
    judgement, _ = judged(short_answer(stem, point, other), answer)
    return judgement.ratio


@pytest.mark.parametrize(
    ("point", "answer"),
    [
        (REFUND_EN, "Cashiers may only refund up to $50 unless a manager signs the slip."),
        (DECK_EN, "Lifeguards can leave the pool deck at most once per shift unless relieved."),
        (FREEZER_EN, "Keep the freezer door closed during a power cut unless the food is at risk."),
        (STAIRS_ZH, "司机最多只能把货物搬上一层，除非客户买了楼梯服务。"),
        (FALL_ZH, "让客人原地不动，除非现场有危险。"),
    ],
)
def test_a_limit_or_a_keep_as_is_order_states_the_prohibition(point: str, answer: str) -> None:
    other = "呼叫值班经理" if "\u4e00" <= point[0] <= "\u9fff" else "Call the duty manager"
    said = "。" + other if other.startswith("呼") else ". " + other
    assert _ratio(point, other, answer.rstrip("。.") + said) == 1


@pytest.mark.parametrize(
    ("point", "answer"),
    [
        (DECK_EN, "Lifeguards can leave the pool deck as often as they like."),
        (STAIRS_ZH, "司机可以把货物搬上任何楼层。"),
        (FALL_ZH, "马上把客人扶起来移到休息区。"),
        (FREEZER_EN, "Open the freezer door during a power cut to check the food."),
    ],
)
def test_a_permission_without_a_limit_stays_the_flip(point: str, answer: str) -> None:
    other = "呼叫值班经理" if "\u4e00" <= point[0] <= "\u9fff" else "Call the duty manager"
    said = "。" + other if other.startswith("呼") else ". " + other
    judgement, _ = judged(
        short_answer("What do you do?", point, other), answer.rstrip("。.") + said
    )
    assert judgement.ratio == 0.5
    assert "contradicted" in judgement.reason


async def test_a_limit_said_with_may_only_is_credited_through_the_flow(
    offline_context: FlowContext,
) -> None:
    point = "Porters must not carry more than two suitcases at once unless a trolley is used"
    question = Question(
        number=1,
        type="short_answer",
        stem="How do porters move luggage?",
        answer=[point],
        scoring_points=[point, "Tag every suitcase"],
        source_quote=point,
        score=4,
    )
    results = await graded_paper(
        [question],
        {
            "1": "Porters may only carry two suitcases at once unless they use a trolley. Tag every suitcase."
        },
        offline_context,
        title="porters",
        language="en",
    )
    assert results[1]["score"] == 4
    assert "opposite" not in results[1]["review"]
