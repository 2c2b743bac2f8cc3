"""English short answers read in the learner's own words (session 21 end teacher T14).

Own-trade examples: a livery yard's farrier rules and a brewery taproom. Each fault's case is
checked through the real `judge_point`, beside look-alikes that must keep their verdicts.
"""

from __future__ import annotations

import pytest

from graphs.exam_grading.scoring_points import judge_point

FARRIER_STEM = (
    'Under "Farrier visits" in the course material, answer: (1) What is the rule on the farrier'
    " shoeing a horse? (2) What must hot shoes be fitted with? (3) What is the rule on grooms"
    " holding a hot shoe?"
)
FARRIER = [
    "The farrier must not shoe a horse before the owner agrees to the written estimate",
    "Hot shoes must be fitted with fire-proof tongs",
    "Grooms must never hold a hot shoe by hand",
]


def _judge(points: list[str], index: int, answer: str, stem: str) -> str:
    others = [p for i, p in enumerate(points) if i != index]
    return judge_point(points[index], answer, language="en", stem=stem, others=others).verdict


@pytest.mark.parametrize(
    "answer",
    [
        "Owner must agree before shoeing.",
        "The owner has to agree to the estimate before the horse is shod.",
        "Shoe the horse only after the owner agrees to the estimate.",
        "Don't shoe the horse until the owner has agreed to the written estimate.",
    ],
)
def test_a_waiting_prohibition_restated_condition_first_is_the_rule(answer: str) -> None:
    assert _judge(FARRIER, 0, answer, FARRIER_STEM) == "credited"


@pytest.mark.parametrize(
    "answer",
    [
        "Shoe the horse before the owner agrees.",
        "The farrier can shoe before the owner agrees to the estimate.",
        "The owner need not agree before shoeing.",
    ],
)
def test_the_waiting_prohibition_turned_round_stays_contradicted(answer: str) -> None:
    assert _judge(FARRIER, 0, answer, FARRIER_STEM) == "contradicted"


def test_the_condition_alone_without_the_act_is_not_the_rule() -> None:
    assert _judge(FARRIER, 0, "The owner must see the estimate first.", FARRIER_STEM) != "credited"
