"""Her leaving granted on a condition is a learner letting her go (session 17 end trainer P10:
"OK, well if you want to go I'll process it, I suppose." got "And what exactly are you offering
me?", a script line that ignores it).

Own learners, through the real flow; a condition that argues ("if you leave, you'd lose…")
grants nothing.
"""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from graphs.practice_dialogue.given_up import HER_ANSWER
from tests.support.practice import her_lines, played

LET_GO = HER_ANSWER[("en", "let-go")]


@pytest.mark.parametrize(
    "reply",
    [
        "Well, if you'd rather leave, I'll get that sorted for you, I guess.",
        "If you're set on leaving then fine, we can do that.",
    ],
)
async def test_leaving_granted_on_a_condition_lets_her_go(
    offline_context: FlowContext, reply: str
) -> None:
    values = await played(
        offline_context,
        "broadband-retention",
        "Are you sure? Most people who leave us end up regretting it, you know.",
        reply,
        "quit",
    )
    assert her_lines(values)[2] == LET_GO, her_lines(values)


async def test_a_condition_that_argues_does_not_let_her_go(offline_context: FlowContext) -> None:
    values = await played(
        offline_context,
        "broadband-retention",
        "If you want to leave, you'd lose the loyalty price of GBP 31 a month.",
        "quit",
    )
    assert LET_GO not in her_lines(values)[1], her_lines(values)
