"""Session 18 (fault 6): the model-path judge contradicts by the offline judge's rules.

`from_points` checked a model's "credited" only against a wrong figure or a flipped modality read
by `judge_point`; the offline rereads (a restriction lifted: restrictions.py; an order turned
round; an act waved through) never reached it, and the model's prompt did not say them. Now a
point is judged as the offline judge judges it before the model's credit stands, and the prompt
is composed of the rules' own texts (model_prompt.py). Own course: a coworking space front desk
and a ski rental desk, zh and en.
"""

from __future__ import annotations

import pytest

from graphs.exam_grading.judges import ModelPointVerdict, from_points
from graphs.exam_grading.model_prompt import GRADING_INSTRUCTIONS, PROHIBITION_RULE
from graphs.exam_grading.restrictions import RESTRICTION_RULE
from graphs.exams import Question

CARDS_EN = "Only the front desk may issue door cards"
CARDS_ZH = "门禁卡仅限前台发放"
POWER_EN = "Switch off the power before removing the battery"


def _item(point: str) -> Question:
    return Question(
        number=1,
        type="short_answer",
        stem="What is the rule?" if point.isascii() else "这条规定是什么？",
        answer=[point],
        scoring_points=[point],
        source_quote=point,
        score=2,
    )


@pytest.mark.parametrize(
    ("point", "answer"),
    [
        (CARDS_EN, "Any member may issue door cards."),
        (CARDS_ZH, "门禁卡任何会员都可以发放。"),
        (POWER_EN, "Remove the battery before switching off the power."),
    ],
)
def test_a_model_credit_against_the_rules_is_contradicted(point: str, answer: str) -> None:
    credited = [ModelPointVerdict(point=point, verdict="credited", reason="states it")]
    judgement = from_points(_item(point), credited, answer)
    assert judgement.ratio == 0, judgement.reason
    assert judgement.notes[0].verdict == "contradicted"
    assert "the model credited it" in judgement.reason


def test_a_model_credit_of_the_rule_stands() -> None:
    credited = [ModelPointVerdict(point=CARDS_EN, verdict="credited", reason="states it")]
    judgement = from_points(_item(CARDS_EN), credited, "Only the front desk issues door cards.")
    assert judgement.ratio == 1, judgement.reason


def test_the_prompt_says_the_rules_the_offline_judge_applies() -> None:
    assert RESTRICTION_RULE in GRADING_INSTRUCTIONS
    assert PROHIBITION_RULE in GRADING_INSTRUCTIONS
