"""A waiting prohibition told condition first with "then" is the rule, not its opposite: "The
hirer signs the handover sheet, then the boat leaves the wharf" for "Boats must not leave the
wharf before the hirer has signed the handover sheet" was contradicted (every word asserted
where the point negates it). The act first and the condition after ("…leaves the wharf, then
the hirer signs", "…and sign the sheet later") stays contradicted. Own trade: canal boat hire."""

from __future__ import annotations

import pytest

from graphs.exam_grading.scoring_points import judge_point

POINT = "Boats must not leave the wharf before the hirer has signed the handover sheet"
STEM = "What is the rule on boats leaving the wharf?"


@pytest.mark.parametrize(
    ("answer", "verdict"),
    [
        (
            "Get the hirer to sign the handover sheet first, then the boat can leave the wharf.",
            "credited",
        ),
        ("The hirer signs the handover sheet, then the boat leaves the wharf.", "credited"),
        (
            "Let the boat leave the wharf first, then get the hirer to sign the handover sheet.",
            "contradicted",
        ),
        ("The boat leaves the wharf, then the hirer signs the handover sheet.", "contradicted"),
        ("Let them leave the wharf and sign the handover sheet later.", "contradicted"),
    ],
)
def test_the_condition_then_the_act_is_the_rule(answer: str, verdict: str) -> None:
    assert judge_point(POINT, answer, language="en", stem=STEM).verdict == verdict
