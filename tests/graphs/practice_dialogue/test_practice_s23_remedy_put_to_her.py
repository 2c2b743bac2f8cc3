"""Session 22 end trainer (P15), complaint-strong: the customer took each remedy (行, 我收下, 那还行);
asked 「您看这样处理可以吗？还有什么需要我帮您做的？」 he went back to 「这次真的太让人失望了」. The
remedy put to her in other words than 能接受吗 (这样处理行不行, 这样安排好吗, "Does that work for
you?") asks for her decision, before the "anything else?" that follows it (turn_moves.py).
Own scripts on the shipped scenarios, real graph."""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from graphs.practice_dialogue.turn_moves import asks_decision
from graphs.scenarios import Scenario
from tests.support.practice import played

REMEDIES = (
    "李先生，让您空等这么久，是我们的错，我向您郑重道歉。",
    "那一百二十块的抛光费我们不收了，全额退回，一到三个工作日能到账。",
    "我再给您一张一百元的抵用券，下次洗牙能用。",
    "以后您来之前打个电话，我们给您排第一位。",
)


@pytest.mark.parametrize(
    "put_to_him",
    ["您看这样处理好不好？还有什么要我帮您做的吗？", "这么安排您看行不行？还有别的事吗？"],
)
async def test_remedy_put_to_him_gets_his_decision(
    offline_context: FlowContext, put_to_him: str
) -> None:
    values = await played(offline_context, "complaint-handling", *REMEDIES, put_to_him)
    hers = [e["text"] for e in values["transcript"] if e["role"] == "persona"]
    assert values.get("agreed"), hers  # his yes, not one more vent
    assert "失望" not in hers[-1], hers


@pytest.mark.parametrize(
    ("scenario", "sentence", "decision"),
    [
        ("complaint-handling", "您看这样处理好不好？", True),
        ("complaint-handling", "这么安排您看行不行？", True),
        ("english-upsell", "Does that work for you?", True),
        ("english-upsell", "Would this suit you, then?", True),
        # look-alikes that ask no decision
        ("complaint-handling", "这样说您能明白吗？", False),
        ("english-upsell", "Does the lift work for you at night?", False),
    ],
)
def test_remedy_put_in_other_words(
    offline_context: FlowContext, scenario: str, sentence: str, decision: bool
) -> None:
    found = offline_context.library.get(Scenario, scenario)
    assert asks_decision(found, sentence) is decision
