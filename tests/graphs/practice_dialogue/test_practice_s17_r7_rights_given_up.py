"""A customer asked to give up complaining is a breach named (session 17 end trainer P10, pattern
2: 「签了…以后不能再投诉了」 went unnamed, 合规与态度 100).

Own learners, through the real flow, in both languages; telling her she may complain, or hoping
she will have no cause to, stays clean.
"""

from __future__ import annotations

from typing import Any

import pytest

from graphs.context import FlowContext
from tests.support.practice import played


def _criterion(values: dict[str, Any], name: str) -> dict[str, Any]:
    return next(c for c in values["report"]["criteria"] if c["name"] == name)


@pytest.mark.parametrize(
    ("scenario", "reply", "criterion", "label"),
    [
        (
            "complaint-handling",
            "王先生，您在这份协议上签个名，签完就说明您同意不再追究这件事了。",
            "合规与态度",
            "要求客户放弃投诉或追究的权利",
        ),
        (
            "broadband-retention",
            "I can sort the router out, but you need to sign a form saying you will not make"
            " any further complaints about us.",
            "Honesty and tone",
            "Asking the customer to give up her right to complain",
        ),
    ],
)
async def test_her_right_to_complain_asked_away_is_named(
    offline_context: FlowContext, scenario: str, reply: str, criterion: str, label: str
) -> None:
    values = await played(offline_context, scenario, reply, "结束")
    explanation = _criterion(values, criterion)["explanation"]
    assert label in explanation, explanation


@pytest.mark.parametrize(
    ("scenario", "reply"),
    [
        ("complaint-handling", "真是对不起。如果还有问题，您随时可以向我们投诉。"),
        ("broadband-retention", "I'm sorry. I'll fix it so you won't need to complain again."),
    ],
)
async def test_her_right_kept_is_no_breach(
    offline_context: FlowContext, scenario: str, reply: str
) -> None:
    values = await played(offline_context, scenario, reply, "结束")
    assert not any("give up her right" in c or "放弃投诉" in c for c in values.get("forbidden", []))
    report = str(values["report"])
    assert "要求客户放弃投诉" not in report and "give up her right" not in report
