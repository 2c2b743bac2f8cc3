"""An order that denies the point's own act is the point, not a denial of its subject: "Don't
start work before the customer agrees to the quote" for "Work must not start before the customer
agrees to the quote" (session 21 end teacher T14, a bike workshop: contradicted, a false note)."""

from __future__ import annotations

import pytest

from graphs.exam_grading.scoring_points import judge_point

POINT = "Work must not start before the customer agrees to the quote"
STEM = "What is the rule on the work starting?"


@pytest.mark.parametrize(
    ("answer", "verdict"),
    [
        ("Don't start work before the customer agrees to the quote.", "credited"),
        ("don't start any work until the customer has agreed to the written quote.", "credited"),
        ("Never start the work before the customer agrees to the quote.", "credited"),
        ("Start work before the customer agrees to the quote.", "contradicted"),
        ("Work can start before the customer agrees to the quote.", "contradicted"),
        ("The customer need not agree to the quote; start work at once.", "contradicted"),
    ],
)
def test_an_order_that_denies_the_points_act(answer: str, verdict: str) -> None:
    assert judge_point(POINT, answer, language="en", stem=STEM).verdict == verdict
