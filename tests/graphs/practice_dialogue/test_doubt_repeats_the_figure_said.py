"""An offer beyond the limits with a price of its own: her doubt repeats the sum the learner
said, never a figure from her script that nobody said (beyond_offers.doubt); a price off with
any figure is a move on her matter (matter_moves.py). Own wording, through the real flow."""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from graphs.practice_dialogue.figures import figures
from tests.support.practice import her_lines, played

DISCOUNTED = [
    ("objection-handling", "今天给您打五折，两千块就能办。"),
    ("objection-handling", "我给您打六折，两千四百就能拿下。"),
]


@pytest.mark.parametrize(("scenario", "turn"), DISCOUNTED)
async def test_her_doubt_echoes_no_figure_unsaid(
    offline_context: FlowContext, scenario: str, turn: str
) -> None:
    values = await played(offline_context, scenario, turn)
    line = her_lines(values)[-1]
    head = line.split("？")[0]
    said = figures(turn, "zh")
    assert all(any(f.matches(s) for s in said) for f in figures(head, "zh")), line


async def test_a_price_off_is_no_small_talk(offline_context: FlowContext) -> None:
    values = await played(offline_context, "objection-handling", "这样吧，给您打对折，一年一千八。")
    assert values["turn_evaluations"][-1]["off_topic"] is False, her_lines(values)[-1]
