"""A learner who gives up on her (a flat no, letting her go, putting through what she came to
have done) gets her answer to that, not a stock line of her script nor a question about an offer
(given_up.py). Own wording, through the real flow, English and Chinese."""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from graphs.library import ContentLibrary
from graphs.scenarios import Scenario
from tests.support.practice import her_lines, played

EN_START = (
    "Thanks for calling, I understand you want to cancel.",
    "Why are you thinking of leaving us?",
)
ZH_START = ("王姐您好，理解您觉得贵。",)
GIVING_UP = [
    (
        "broadband-retention",
        (*EN_START, "Honestly, there's nothing more I can do for you on price."),
    ),
    (
        "broadband-retention",
        (*EN_START, "Right, I'll go ahead and close your account for you then."),
    ),
    (
        "broadband-retention",
        (*EN_START, "OK, fair enough. I'll process the cancellation for you now."),
    ),
    ("objection-handling", (*ZH_START, "价格就是这样，我也没别的办法了。")),
    ("objection-handling", (*ZH_START, "您要是觉得贵，那就算了吧。")),
]


def _stock(library: ContentLibrary, scenario: str) -> set[str]:
    """Her untagged script lines: said whatever the learner said."""
    stages = library.get(Scenario, scenario).stages
    return {line.text for stage in stages for line in stage.persona_lines if not line.answers}


@pytest.mark.parametrize(("scenario", "turns"), GIVING_UP)
async def test_giving_up_on_her_gets_her_answer_to_it(
    offline_context: FlowContext, library: ContentLibrary, scenario: str, turns: tuple[str, ...]
) -> None:
    values = await played(offline_context, scenario, *turns)
    line = her_lines(values)[-1]
    assert not any(stock in line for stock in _stock(library, scenario)), line
    assert not line.endswith(("?", "？")), line  # she asks nothing more of it
    assert "in my name" not in line and "offering" not in line, line


async def test_a_no_fee_window_is_no_cancellation_put_through(
    offline_context: FlowContext,
) -> None:
    values = await played(
        offline_context,
        "broadband-retention",
        *EN_START,
        "I'll book an engineer, and you can still cancel without a fee within 30 days if it's no"
        " better.",
    )
    assert "confirmation" not in her_lines(values)[-1], her_lines(values)[-1]
