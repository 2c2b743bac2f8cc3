"""What the session-7 review of the practice customer found, one test per fault, through the real
flow (offline engine, shipped scenarios), in wording of its own.

Faults: a specific false claim got generic disbelief instead of the fact put right; a goodbye in
the first turn was rebuked as small talk; a half remedy got no word on what is still missing; she
asked again for what the learner had just promised; the coaching hint said the same thing turn
after turn.
"""

from __future__ import annotations

import pytest
from langgraph.types import Command

from graphs.context import FlowContext
from graphs.library import ContentLibrary
from graphs.practice_dialogue.nodes import LEAVING_DISPLEASED
from graphs.practice_dialogue.persona import AGAIN
from graphs.scenarios import Scenario
from tests.graphs.practice_dialogue.test_practice_hearing import turn
from tests.support.practice import Session


def _generic_reactions(scenario_id: str) -> list[str]:
    scenario = ContentLibrary.load().get(Scenario, scenario_id)
    rules = [r.line for r in scenario.behaviour if r.line and r.when == "forbidden_claim"]
    return [*rules, *AGAIN[scenario.language, "claim"]]


@pytest.mark.parametrize(
    ("scenario", "reply", "truth"),
    [
        ("objection-handling", "办了年卡，私教课都免费，想上几节上几节。", "两节私教体验课"),
        ("objection-handling", "这个月年卡打九折，很划算的。", "三千九百八"),
        ("complaint-handling", "您下次早点来就好了，就不会等这么久。", "准时"),
        ("complaint-handling", "抛光是正常项目，洗牙一般都要做的。", "两百"),
        ("broadband-retention", "Just so you know, leaving now means an exit fee.", "ended"),
        ("english-upsell", "Good news, I can give you a free upgrade to a suite.", "fifty-five"),
    ],
)
async def test_a_false_claim_gets_the_fact_put_right(
    offline_context: FlowContext, scenario: str, reply: str, truth: str
) -> None:
    evaluation, line = await turn(offline_context, scenario, reply)
    assert evaluation["forbidden"], evaluation
    assert truth in line, line
    assert not any(generic in line for generic in _generic_reactions(scenario)), line


async def test_the_same_false_claim_again_gets_disbelief_not_the_same_correction(
    offline_context: FlowContext,
) -> None:
    _, line = await turn(
        offline_context,
        "objection-handling",
        "私教课我们这是免费的。",
        "真的，私教课都免费，不骗您。",
    )
    assert "两节私教体验课" not in line, line
    assert any(generic in line for generic in _generic_reactions("objection-handling")), line


@pytest.mark.parametrize(
    ("scenario", "reply"),
    [
        ("complaint-handling", "好的，那您慢走，再见。"),
        ("objection-handling", "行，那您先这样，拜拜。"),
        ("broadband-retention", "Okay, goodbye then."),
    ],
)
async def test_a_goodbye_in_the_first_turn_gets_her_leave_not_a_rebuke(
    offline_context: FlowContext, scenario: str, reply: str
) -> None:
    evaluation, line = await turn(offline_context, scenario, reply)
    assert not evaluation["off_topic"], evaluation
    off_reaction = next(
        r.line
        for r in ContentLibrary.load().get(Scenario, scenario).behaviour
        if r.when == "off_topic"
    )
    assert off_reaction is not None and off_reaction not in line, line
    assert line in (LEAVING_DISPLEASED[ContentLibrary.load().get(Scenario, scenario).language],)


@pytest.mark.parametrize(
    ("scenario", "replies"),
    [
        (
            "objection-handling",
            ["最近天气真不错啊。", "您周末一般去哪儿玩？", "我昨天看了一部好电影。"],
        ),
        ("complaint-handling", ["好的。", "嗯嗯。", "好的好的。", "明白。"]),
        (
            "english-upsell",
            ["Lovely weather today.", "Did you see the match last night?", "My cat is ill."],
        ),
    ],
)
async def test_a_hint_shown_twice_running_is_not_shown_a_third_time(
    offline_context: FlowContext, scenario: str, replies: list[str]
) -> None:
    session = Session(offline_context)
    await session.play(scenario, replies)
    hints = [p["hint"] for p in session.pauses if p.get("hint")]
    assert len(hints) >= 2, session.pauses
    runs = [hints[i] for i in range(2, len(hints)) if hints[i] == hints[i - 1] == hints[i - 2]]
    assert not runs, hints


@pytest.mark.parametrize(
    ("reply", "missing"),
    [
        ("这样吧，抛光费我们退您一半。", "剩下的60块"),
        ("我先给您退80元，您看行吗？", "剩下的40块"),
    ],
)
async def test_a_half_remedy_gets_what_is_still_missing(
    offline_context: FlowContext, reply: str, missing: str
) -> None:
    evaluation, line = await turn(
        offline_context, "complaint-handling", "非常抱歉让您久等了，这是我们的问题。", reply
    )
    assert not any(c["tag"] == "refund" for c in evaluation["covered"]), evaluation
    assert missing in line, line


@pytest.mark.parametrize(
    "reply",
    [
        "今天等这么久是前一位患者根管超时，我们没提前通知您。",
        "是前面一位患者的根管做超时了，这次也没提前跟您说一声。",
    ],
)
async def test_she_does_not_demand_what_the_learner_just_owned_or_promised(
    offline_context: FlowContext, reply: str
) -> None:
    _, line = await turn(
        offline_context, "complaint-handling", "真对不起，让您白等了这么久。", reply
    )
    assert "提前告诉我" not in line, line


async def test_small_talk_ended_by_a_goodbye_earns_no_tone(offline_context: FlowContext) -> None:
    session = Session(offline_context)
    values = await session.play(
        "complaint-handling",
        [
            "今天外面风好大啊。",
            "您平时喜欢喝茶还是咖啡？",
            "我们楼下新开了家面馆。",
            "好的，那您慢走。",
        ],
    )
    values = await session._run(Command(resume={"action": "end"}))
    tone = next(c for c in values["report"]["criteria"] if c["measures"] == "compliance")
    assert tone["score"] == 0, tone
