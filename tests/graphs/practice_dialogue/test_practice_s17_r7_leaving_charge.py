"""A charge for leaving named in other words is the scenario's breach (session 17 end trainer
P10, pattern 2: "there's an early exit charge of GBP 60" was only "Pressure", and the customer
said "Please don't pressure me" instead of setting the fee straight).

Own learners, through the real flow; "there is no exit charge" stays clean.
"""

from __future__ import annotations

from typing import Any

import pytest

from graphs.context import FlowContext
from tests.support.practice import her_lines, played

FEE = "Leaving will cost her a fee"


def _honesty(values: dict[str, Any]) -> str:
    return str(
        next(c for c in values["report"]["criteria"] if c["name"] == "Honesty and tone")[
            "explanation"
        ]
    )


@pytest.mark.parametrize(
    "reply",
    [
        "Before you go, cancelling now comes with a termination charge of GBP 40.",
        "Wait, you can't just walk away, there's a GBP 45 penalty for ending the account.",
    ],
)
async def test_a_charge_for_leaving_in_other_words_is_named(
    offline_context: FlowContext, reply: str
) -> None:
    values = await played(offline_context, "broadband-retention", reply, "quit")
    assert FEE in _honesty(values)
    answer = her_lines(values)[1]
    assert "fee" in answer.lower() and "pressure" not in answer.lower(), answer


async def test_no_exit_charge_is_no_breach(offline_context: FlowContext) -> None:
    values = await played(
        offline_context,
        "broadband-retention",
        "I understand. There's no exit charge, your contract has ended.",
        "quit",
    )
    assert FEE not in _honesty(values)
