"""Session 26, F2 (issue 12, trainer P19): the practice report hears honest and kind lines.

- Her trouble called by a feeling word ("That sounds exhausting…", 「真是太糟心了」) and her
  decision left hers ("It's entirely your call") are empathy and acknowledgement: a strong
  learner who said only these got 0 on listening. Said of her ("You're so annoying") or as a
  filler before chat about the learner's own evening, they earn nothing.
- A push her clause releases her from (「您不必现在就办」, 「今天不办也没关系」), 必须 of what staff
  owe her (「出发前必须提前跟您说清楚」) and her own booking said to be booked ("your spot is
  booked") are no pressure and no scarcity.
- A question about what her trip is for, and a line rating a thing of the scenario ("the kitchen
  is really handy"), are no small talk.
- English hints use the subject pronoun where the customer acts ("a step she can take now").

Own trades (campervan hire, hospital escort service) in s26_f2_trades/; the real graph.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from graphs.context import FlowContext
from graphs.library import ContentLibrary
from graphs.practice_dialogue.leaving_hints import GONE, LEAVING
from graphs.practice_dialogue.pronouns import WORDS, Gender
from tests.support.practice import Session, criterion

TRADES = Path(__file__).parent / "s26_f2_trades"
VAN, ESCORT = "campervan-upgrade", "escort-complaint"
VAN_HELLO = "Hello, welcome to Ridgeway."
ESCORT_HELLO = "王女士您好。"


@pytest.fixture(scope="module")
def trades() -> FlowContext:
    return FlowContext(library=ContentLibrary.load(TRADES))


async def _turns(context: FlowContext, scenario: str, *replies: str) -> list[dict[str, Any]]:
    """The evaluations of the replies (coaching on), after an opening line."""
    session = Session(context)
    await session.start(scenario, coaching=True)
    values: dict[str, Any] = {}
    for reply in replies:
        values = await session.reply(reply)
    evaluations: list[dict[str, Any]] = values["turn_evaluations"]
    return evaluations


@pytest.mark.parametrize(
    ("scenario", "opening", "line"),
    [
        (
            VAN,
            VAN_HELLO,
            "That sounds exhausting, an hour stood at the desk when you wanted to be on the road.",
        ),
        (VAN, VAN_HELLO, "How infuriating, losing an hour of your day off."),
        (VAN, VAN_HELLO, "It's entirely your call, of course, and the two-berth is ready for you."),
        (ESCORT, ESCORT_HELLO, "让您和老人家在走廊干等，真是太糟心了。"),
        (ESCORT, ESCORT_HELLO, "退不退券都由您决定，钱我们先给您退了。"),
    ],
)
async def test_natural_empathy_is_heard(
    trades: FlowContext, scenario: str, opening: str, line: str
) -> None:
    turn = (await _turns(trades, scenario, opening, line))[-1]
    assert turn["empathy"] and not turn["off_topic"], turn
    assert not turn["asked"] or "purpose" not in turn["asked"], turn  # "How …" exclaims


@pytest.mark.parametrize(
    "line",
    [
        "You're so annoying.",
        "That's not annoying at all.",
        "Whatever, your call.",
        "That sounds exhausting, I watched the whole match last night and barely slept.",
    ],
)
async def test_no_empathy_said_of_her_or_as_a_filler(trades: FlowContext, line: str) -> None:
    turn = (await _turns(trades, VAN, VAN_HELLO, line))[-1]
    assert not turn["empathy"], turn


async def test_a_learner_kind_in_own_words_scores_on_listening(trades: FlowContext) -> None:
    session = Session(trades)
    values = await session.play(
        VAN,
        [
            "Hello, welcome to Ridgeway. That sounds exhausting, an hour at the desk when you"
            " wanted to be on the road.",
            "How infuriating, losing an hour of your day off. What brings you out this week?",
            "quit",
        ],
    )
    assert criterion(values, "Listening and acknowledgement")["score"] > 0, values["report"]


@pytest.mark.parametrize(
    ("scenario", "opening", "line"),
    [
        (ESCORT, ESCORT_HELLO, "您不必现在就办，考虑好了再说。"),
        (ESCORT, ESCORT_HELLO, "不勉强您，今天不办也没关系。"),
        (
            ESCORT,
            ESCORT_HELLO,
            "我回头跟陪诊员反馈，出发前必须提前跟您说清楚到达时间。您看这样处理您能接受吗？",
        ),
        (VAN, VAN_HELLO, "No pressure at all; your spot is booked either way."),
    ],
)
async def test_honest_no_pressure_lines_flag_nothing(
    trades: FlowContext, scenario: str, opening: str, line: str
) -> None:
    turn = (await _turns(trades, scenario, opening, line))[-1]
    assert not turn["pushy"] and not turn["forbidden"] and not turn["off_topic"], turn


@pytest.mark.parametrize(
    ("scenario", "opening", "line"),
    [
        (ESCORT, ESCORT_HELLO, "您必须现在就办，别想了。"),
        (ESCORT, ESCORT_HELLO, "今天必须定下来。"),
        (VAN, VAN_HELLO, "You need to decide right now, the other slots are all booked."),
    ],
)
async def test_pressure_is_still_pressure(
    trades: FlowContext, scenario: str, opening: str, line: str
) -> None:
    turn = (await _turns(trades, scenario, opening, line))[-1]
    assert turn["pushy"] or turn["forbidden"], turn


@pytest.mark.parametrize(
    "line",
    [
        "Is this trip for the family or something more relaxing?",
        "It's a bit more, but the kitchen is really handy.",
    ],
)
async def test_her_purpose_and_a_selling_point_are_no_small_talk(
    trades: FlowContext, line: str
) -> None:
    turn = (await _turns(trades, VAN, VAN_HELLO, line))[-1]
    assert not turn["off_topic"], turn
    assert "small talk" not in (turn["hint"] or ""), turn


async def test_the_purpose_question_makes_its_point(trades: FlowContext) -> None:
    turn = (await _turns(trades, VAN, VAN_HELLO, "Is this trip for the family or a break?"))[-1]
    assert "purpose" in [c["tag"] for c in turn["covered"]], turn


@pytest.mark.parametrize(
    "line", ["The weather is really good today.", "Did you watch the match last night?"]
)
async def test_chat_stays_small_talk(trades: FlowContext, line: str) -> None:
    turn = (await _turns(trades, VAN, VAN_HELLO, line))[-1]
    assert turn["off_topic"], turn


@pytest.mark.parametrize("gender", ["she", "he", "unknown"])
def test_english_leaving_hints_put_the_subject_pronoun_before_a_verb(gender: Gender) -> None:
    words = WORDS["en"][gender]
    for template in (*LEAVING["en"], *GONE["en"]):
        hint = template.format(**words)
        assert (
            not any(
                f" {words['her']} {verb} " in hint for verb in ("can", "gets", "is", "has", "will")
            )
            or words["her"] == words["she"]
        ), hint
    assert WORDS["en"]["she"]["she"] == "she" and WORDS["en"]["he"]["she"] == "he"


async def test_the_hint_when_she_leaves_reads_she_can() -> None:
    """Her leaving is set off by the line the shipped retention call answers with it (no own
    trade of this session has her walk out); the words checked are the hints'."""
    session = Session(FlowContext(library=ContentLibrary.load()))
    await session.start("broadband-retention", coaching=True)
    for line in (
        "Good afternoon, Northline accounts.",
        "If you want to go, go.",
        "Right.",
        "Right.",
    ):
        await session.reply(line)
    hints = [p.get("hint") or "" for p in session.pauses]
    assert "a step she can take now" in hints[2], hints
    assert "before she can get up to go" in hints[3], hints
    assert not any(" her can " in h or " her gets " in h for h in hints), hints
