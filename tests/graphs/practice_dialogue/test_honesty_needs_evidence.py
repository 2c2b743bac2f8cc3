"""No claim made is no evidence of honesty (issue 12, session 15): polite chat with no point past
the greeting does not score honesty and tone 100. Through the real flow, in learner lines of our
own."""

from __future__ import annotations

from typing import Any

from graphs.context import FlowContext
from tests.support.practice import played


def _criterion(values: dict[str, Any], criterion: str) -> dict[str, Any]:
    return next(c for c in values["report"]["criteria"] if c["id"] == criterion)


async def test_polite_chat_with_no_claim_is_no_evidence_of_honesty(
    offline_context: FlowContext,
) -> None:
    """A greeting, a courtesy and chat about the sights claim nothing: honesty and tone is not
    full marks for saying nothing of her matter (the same small talk scores 0 in the other
    scenarios, where no turn was on topic)."""
    values = await played(
        offline_context,
        "english-upsell",
        "Good evening sir, welcome to the Harbourview!",
        "Did you come far today?",
        "Oh, I love the coast road this time of year. Did you catch the sunset over the bay?",
        "The seafood place on the pier is wonderful, you should try it.",
        "quit",
    )
    compliance = _criterion(values, "compliance")
    assert compliance["score"] < 50, compliance
    assert "Honest and" not in compliance["explanation"], compliance
