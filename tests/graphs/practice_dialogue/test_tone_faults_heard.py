"""Tone faults other than pressure are heard by their kind (conduct.py, arguing.py): her word
contradicted ("I have to disagree with you there", 您这话说得不对), the fault laid on her own kit
("most likely down to your laptop") or on her (您自己不坚持), the rival run down by insinuation
(开不了几个月就跑路了, 他们家的卡办了也是白办). Own learner lines, through the real flow; each
line's fair twin is not flagged."""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from tests.support.practice import her_lines, played

OPENERS = {
    "broadband-retention": "Hi, thanks for calling. Can I ask why you want to leave?",
    "objection-handling": "您好，欢迎！您平时锻炼多吗？",
}

FAULTS = [
    (
        "broadband-retention",
        "Honestly the slowdowns are most likely down to your laptop, not our line.",
        "Blaming her equipment",
    ),
    (
        "broadband-retention",
        "I have to disagree with you there, our network has been fine all month.",
        "Arguing with the customer",
    ),
    ("objection-handling", "您这话说得不对，我们三千九百八一点都不贵。", "和客户争辩"),
    ("objection-handling", "隔壁那家您可得小心，开不了几个月就跑路了。", "贬低竞争对手"),
    ("objection-handling", "他们家的卡办了也是白办，去了您就后悔。", "贬低竞争对手"),
    ("objection-handling", "您自己不坚持，办哪家都一样。", "把责任推给客户"),
]


@pytest.mark.parametrize(("scenario", "turn", "label"), FAULTS)
async def test_a_tone_fault_is_flagged_and_never_small_talk(
    offline_context: FlowContext, scenario: str, turn: str, label: str
) -> None:
    values = await played(offline_context, scenario, OPENERS[scenario], turn)
    last = values["turn_evaluations"][-1]
    assert label in last["forbidden"], (last, her_lines(values)[-1])
    assert last["off_topic"] is False


FAIR = [
    (
        "broadband-retention",
        "I'm sorry about the evenings. I can send an engineer to check the line and your router.",
    ),
    ("broadband-retention", "I understand, and I don't disagree: evenings have been slow."),
    ("objection-handling", "隔壁那家是便宜一些，过几个月您也可以再比较一下。"),
    ("objection-handling", "您说得对，一下子拿出三千九百八确实不少。"),
]


@pytest.mark.parametrize(("scenario", "turn"), FAIR)
async def test_the_fair_twin_is_not_flagged(
    offline_context: FlowContext, scenario: str, turn: str
) -> None:
    values = await played(offline_context, scenario, OPENERS[scenario], turn)
    assert values["turn_evaluations"][-1]["forbidden"] == [], her_lines(values)[-1]


REBUKED = [
    (
        "broadband-retention",
        "I have to disagree with you there, our network has been fine all month.",
        "I just want this sorted",
    ),
    ("objection-handling", "您这话说得不对，我们三千九百八一点都不贵。", "还没说到我关心的"),
]


@pytest.mark.parametrize(("scenario", "turn", "fragment"), REBUKED)
async def test_a_crossed_line_gets_her_rebuke_not_a_stock_script_line(
    offline_context: FlowContext, scenario: str, turn: str, fragment: str
) -> None:
    """Her reaction answers the argument; an untagged script line after it answers nothing."""
    line = her_lines(await played(offline_context, scenario, OPENERS[scenario], turn))[-1]
    assert line and fragment not in line, line
