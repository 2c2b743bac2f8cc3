"""Her remarks on the opening (the first stage's untagged lines, 「你们是不是都这么开场的？」) are
said only in answer to the learner's first turn: later, with the talk well past its opening, the
fallback is a line of where the talk is (script_lines.in_stage_order). Own wording."""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from graphs.library import ContentLibrary
from graphs.scenarios import Scenario
from tests.support.practice import her_lines, played

LATER = [
    ("objection-handling", "隔壁那家器材很旧的，不好。", "价格是总部定的，我这边改不了。"),
    ("objection-handling", "隔壁那家教练都不专业。", "这个价格谁来都一样，便宜不了。"),
    ("objection-handling", "别家都是骗人的。", "定价就这样，少不了。"),
]


@pytest.mark.parametrize(("scenario", "first", "turn"), LATER)
async def test_no_opening_remark_after_the_first_turn(
    offline_context: FlowContext, library: ContentLibrary, scenario: str, first: str, turn: str
) -> None:
    values = await played(offline_context, scenario, first, turn)
    opening = library.get(Scenario, scenario).stages[0]
    remarks = [line.text for line in opening.persona_lines if not line.answers]
    line = her_lines(values)[-1]
    assert not any(remark in line for remark in remarks), line
