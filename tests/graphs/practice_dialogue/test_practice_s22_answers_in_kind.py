"""Session 22, H8: a hostile or pushy turn gets her answer to THIS turn (session-21 trainer P14:
"I'll just put it on your card" answered "I've already said that…", a guarantee answered with a
stock "Is there parking included?", 「别再闹了」 answered about a complaint nobody mentioned, a
colleague blamed answered 「你让我找谁去？」). Own trades: a balloon ride upgrade (en) and a
camping site complaint (zh), loaded from own_trades/; the real graph."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphs.context import FlowContext
from graphs.library import ContentLibrary
from tests.support.practice import lines_after

OWN_TRADES = Path(__file__).parent / "own_trades"


@pytest.fixture(scope="module")
def own_context() -> FlowContext:
    return FlowContext(library=ContentLibrary.load(OWN_TRADES))


async def test_a_charge_without_consent_gets_her_no_not_a_loop(own_context: FlowContext) -> None:
    lines = await lines_after(
        own_context,
        "balloon-upsell",
        "Hello Ms Okafor! I'm going to give you the private basket completely free tomorrow.",
        "Actually, let's say 20 pounds for both of you, I'll sort it with my manager.",
        "If you don't take it now it's gone in five minutes, someone else is asking for it.",
        "Right, I'm charging your card now for the basket.",
    )
    last = lines[-1]
    assert "haven't agreed" in last, lines
    assert "already said" not in last and "circles" not in last, lines


async def test_a_claim_gets_no_stock_question_of_her_script(own_context: FlowContext) -> None:
    lines = await lines_after(
        own_context,
        "balloon-upsell",
        "Hello Ms Okafor! I'm going to give you the private basket completely free tomorrow.",
        "Actually, let's say 20 pounds for both of you, I'll sort it with my manager.",
        "And I guarantee you'll see the whole coast, and free champagne on every flight.",
    )
    assert "park" not in lines[-1], lines  # "Is there somewhere to park at the field?" no more


async def test_false_scarcity_gets_her_answer_to_it(own_context: FlowContext) -> None:
    lines = await lines_after(
        own_context,
        "balloon-upsell",
        "Hello Ms Okafor, welcome!",
        "Take the private basket now, it's gone in five minutes, someone else is asking for it.",
    )
    assert "rush" in lines[-1], lines


@pytest.mark.parametrize(
    ("replies", "heard", "not_heard"),
    [
        # talked out of a fuss: no 「投不投诉是我的事」 when nobody named a complaint; the
        # signature asked is refused too
        (("就这么定了，您签个字，别再闹了。",), "不签", "投诉"),
        # a colleague blamed, she sent nowhere: not 「你让我找谁去？」
        (("柴火是师傅觉得天冷才给您加的，不是乱收。",), "推", "找谁"),
        # sent to someone else: her question who else (look-alike that stays)
        (("这个您得找老板去。",), "找谁", ""),
    ],
)
async def test_hostile_zh_turns_answered_in_kind(
    own_context: FlowContext, replies: tuple[str, ...], heard: str, not_heard: str
) -> None:
    lines = await lines_after(own_context, "camping-complaint", *replies)
    assert heard in lines[-1], lines
    assert not not_heard or not_heard not in lines[-1], lines


async def test_a_charge_taken_zh_gets_her_no(own_context: FlowContext) -> None:
    lines = await lines_after(
        own_context, "camping-complaint", "真不好意思。", "我现在就从您卡上扣六十，这事就算了。"
    )
    assert "没同意" in lines[-1], lines
