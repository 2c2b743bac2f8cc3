"""A point that forbids a claim is contradicted by an answer that permits it beside the other rule.

"不能贬低其他车型，但可以说我们的车是最好的" was full credit for "销售顾问不得贬低其他车型，不得宣称本店
车型是最好的": the point's words were all there, the second rule turned round (point_rules.py,
`_permitted_instead`: a forbidden clause whose own word the answer says in a clause that permits
it). Own example: a car showroom's sales talk.
"""

from __future__ import annotations

from tests.support.grading import judged, short_answer

CARS_ZH = short_answer(
    "销售顾问介绍车型时有什么规定？", "销售顾问不得贬低其他车型，不得宣称本店车型是最好的"
)
CARS_EN = short_answer(
    "What are the rules when presenting a car?",
    "advisers must not run down other models and must not claim our model is the best",
)


def test_the_best_claim_permitted_is_a_contradiction_zh() -> None:
    judgement, _ = judged(CARS_ZH, "不能贬低其他车型，但可以说我们的车是最好的。")
    assert judgement.ratio == 0, judgement.reason


def test_the_best_claim_permitted_is_a_contradiction_en() -> None:
    answer = "Don't run down other models, but you can say ours is the best."
    assert judged(CARS_EN, answer)[0].ratio == 0


def test_both_claims_forbidden_are_the_point() -> None:
    assert judged(CARS_ZH, "不能贬低其他车型，也不能说我们的车是最好的。")[0].ratio == 1
    answer = "Never run down other models and never claim our model is the best."
    assert judged(CARS_EN, answer)[0].ratio == 1
