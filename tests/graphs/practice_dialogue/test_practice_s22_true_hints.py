"""Session 22, H8: hints a trainer can follow (session-21 trainer P14, obj-average: the same hint
twice running, and 「询问健身目标」 right after the customer asked 「能先体验一次再说吗？」, for which
the report then faulted the learner). Own trades from own_trades/ (balloon rides, a camping
site) and one shipped scenario; the real graph, the hints it pauses with."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphs.context import FlowContext
from graphs.library import ContentLibrary
from graphs.practice_dialogue.feedback import hint_for
from graphs.scenarios import Scenario
from tests.support.practice import Session

OWN_TRADES = Path(__file__).parent / "own_trades"


@pytest.fixture(scope="module")
def own_context() -> FlowContext:
    return FlowContext(library=ContentLibrary.load(OWN_TRADES))


async def hints_after(context: FlowContext, scenario: str, *replies: str) -> list[str | None]:
    """The hint shown after each reply (coaching on)."""
    session = Session(context)
    await session.start(scenario, coaching=True)
    for reply in replies:
        await session.reply(reply)
    return [pause.get("hint") for pause in session.pauses[1:]]


async def test_her_question_is_the_hint(own_context: FlowContext) -> None:
    session = Session(own_context)
    await session.start("balloon-upsell", coaching=True)
    for reply in (
        "Good morning Ms Okafor, welcome!",
        "Our private basket is a lovely option, just the two of you.",
        "It's a really lovely flight, the pilots are great.",
    ):
        values = await session.reply(reply)
    her_last = [e["text"] for e in values["transcript"] if e["role"] == "persona"][-1]
    assert her_last.endswith("?"), her_last
    hint = session.pauses[-1]["hint"]
    assert hint is not None and her_last in hint and "answer" in hint, (her_last, hint)


async def test_an_outburst_is_no_question_to_answer(own_context: FlowContext) -> None:
    hints = await hints_after(own_context, "camping-complaint", "真不好意思。")
    # 「道歉有什么用？」 wants no answer: the hint is the next step
    assert all("先回答" not in (h or "") for h in hints), hints


@pytest.mark.parametrize(
    ("scenario", "replies"),
    [
        ("balloon-upsell", ("Good morning Ms Okafor, welcome!", "Good morning, welcome!")),
        ("camping-complaint", ("您好。", "您好，请说。", "嗯。")),
    ],
)
async def test_no_hint_twice_word_for_word(
    own_context: FlowContext, scenario: str, replies: tuple[str, ...]
) -> None:
    hints = [h for h in await hints_after(own_context, scenario, *replies) if h]
    assert len(hints) == len(set(hints)), hints


def test_points_left_are_never_said_to_be_covered() -> None:
    scenario = ContentLibrary.load(OWN_TRADES).get(Scenario, "balloon-upsell")
    discovery = scenario.stage("discovery")
    turn = {"forbidden": [], "pushy": [], "off_topic": False, "covered": [], "empathy": []}
    shown = [f"Next, try to: {point.text}" for point in discovery.points]
    hint = hint_for("en", discovery, {}, turn, shown)
    # each discovery point hinted once and still not done: not "This stage's points are
    # covered", but the first one again in other words
    assert hint == f"Still to do: {discovery.points[0].text}", hint
