"""A bad move is never credited as the skill it mimics, and a short line about the deal is never
small talk (session-18 trainer P11, reproduced in new wording): a bare demand for her yes is
pressure, not her wish asked; a hotline named instead of help is a brush-off, not a follow-up;
"why would you want to do that?" argues with her wish; an anything-else question acknowledges
nothing; a give-up, a payment pushed now, "calm down, everyone waits" are judged as what they
are; a rival run down by a broken thing of theirs is a breach in every scenario; others said to
be after the offer is false scarcity, named. Honest short lines ("OK, let me know.") stay clean.
Through the real evaluator, and the real graph for the report."""

from __future__ import annotations

from typing import Any

import pytest

from graphs.context import FlowContext
from graphs.library import ContentLibrary
from graphs.practice_dialogue.evaluation import OfflineEvaluator
from graphs.scenarios import Scenario
from tests.support.practice import criterion, played


def _evaluated(name: str, reply: str, stage_id: str = "opening") -> dict[str, Any]:
    """The turn evaluated at `stage_id`, every point of the stages before it made."""
    scenario = ContentLibrary.load().get(Scenario, name)
    stage = scenario.stage(stage_id)
    before = scenario.stages[: scenario.stage_index(stage_id)]
    covered: dict[str, list[int]] = {s.id: list(range(len(s.points))) for s in before}
    return OfflineEvaluator(coaching=False).evaluate_now(scenario, stage, reply, covered, 3)


def _tags(evaluation: dict[str, Any]) -> set[str]:
    return {c["tag"] for c in evaluation.get("covered", [])}


@pytest.mark.parametrize(
    ("name", "reply", "mimicked"),
    [
        ("objection-handling", "到底报不报？", "confirm"),
        ("objection-handling", "您办还是不办？", "confirm"),
        ("broadband-retention", "Staying or not?", "decision"),
        ("complaint-handling", "有什么不满您打客服电话反映吧。", "follow-up"),
        ("complaint-handling", "想投诉您就联系我们总部热线。", "follow-up"),
        ("broadband-retention", "Leave? Why would you want to do that?", "reason"),
        ("broadband-retention", "Right, anything else I can help you with today?", "acknowledge"),
    ],
)
def test_a_bad_move_earns_no_credit_for_what_it_mimics(
    name: str, reply: str, mimicked: str
) -> None:
    evaluation = _evaluated(name, reply, "closing")
    assert mimicked not in _tags(evaluation)


@pytest.mark.parametrize(
    ("name", "reply"),
    [
        ("objection-handling", "到底报不报？"),
        ("objection-handling", "今天就把钱交了吧？"),
        ("objection-handling", "现在就扫码付吧。"),
        ("broadband-retention", "Staying or not?"),
        ("english-upsell", "Just pay for it now, yeah?"),
    ],
)
def test_a_demand_or_a_payment_pushed_now_is_pressure(name: str, reply: str) -> None:
    evaluation = _evaluated(name, reply)
    assert evaluation["pushy"] and not evaluation.get("off_topic")


@pytest.mark.parametrize(
    ("name", "reply", "breach"),
    [
        ("objection-handling", "不报拉倒。", "敷衍打发客户"),
        ("objection-handling", "随便你。", "敷衍打发客户"),
        ("complaint-handling", "要投诉您打我们客服热线去。", "态度消极，让客户随便去投诉"),
        ("complaint-handling", "您冷静点，大家都是这么等的。", "淡化客户的遭遇"),
        ("complaint-handling", "您别激动，我们诊所向来都这样。", "和客户争辩"),
        ("broadband-retention", "Whatever, your loss.", "Brushing the customer off"),
        (
            "broadband-retention",
            "If you want to complain, ring customer services.",
            "Brushing the customer off",
        ),
        (
            "broadband-retention",
            "Leave? Why would you want to do that?",
            "Arguing with the customer",
        ),
        ("broadband-retention", "Leave? What on earth for?", "Arguing with the customer"),
    ],
)
def test_a_short_bad_line_is_its_breach_not_small_talk(name: str, reply: str, breach: str) -> None:
    evaluation = _evaluated(name, reply)
    assert not evaluation.get("off_topic")
    assert breach in evaluation["forbidden"]


@pytest.mark.parametrize(
    ("name", "reply"),
    [
        ("broadband-retention", "OK, let me know."),
        ("english-upsell", "Sure, just let me know what you decide."),
        ("english-upsell", "It's entirely up to you."),
        ("objection-handling", "好的，您想好了告诉我。"),
    ],
)
def test_an_honest_hand_over_is_on_the_matter_and_clean(name: str, reply: str) -> None:
    evaluation = _evaluated(name, reply)
    assert not evaluation.get("off_topic")
    assert not evaluation["forbidden"] and not evaluation["pushy"]


@pytest.mark.parametrize(
    ("name", "reply", "breach"),
    [
        ("objection-handling", "隔壁那家的跑步机一半都是坏的。", "贬低竞争对手"),
        ("objection-handling", "对面那家的淋浴老是没热水。", "贬低竞争对手"),
        ("broadband-retention", "The other lot's engineers never turn up.", "Belittling the rival"),
        (
            "broadband-retention",
            "That other provider's line is always down.",
            "Belittling the rival",
        ),
    ],
)
def test_a_rival_run_down_by_a_broken_thing_is_a_breach(name: str, reply: str, breach: str) -> None:
    evaluation = _evaluated(name, reply)
    assert breach in evaluation["forbidden"]
    assert not _tags(evaluation)


@pytest.mark.parametrize(
    ("name", "reply", "claim"),
    [
        (
            "english-upsell",
            "Only one suite left and another couple is looking at it right now.",
            "False scarcity",
        ),
        (
            "english-upsell",
            "Two other guests have been asking about it all evening.",
            "False scarcity",
        ),
        ("objection-handling", "后面还有好几个人排队等着办呢。", "虚假的限时优惠"),
    ],
)
def test_others_after_the_offer_or_the_queue_is_named_scarcity(
    name: str, reply: str, claim: str
) -> None:
    evaluation = _evaluated(name, reply)
    assert claim in evaluation["forbidden"]
    assert "敷衍打发客户" not in evaluation["forbidden"]


def test_a_queue_named_to_a_complainant_sends_her_off() -> None:
    evaluation = _evaluated("complaint-handling", "后面一堆人等着呢。")
    assert evaluation["forbidden"] == ["敷衍打发客户"]


@pytest.mark.parametrize(
    ("name", "reply", "tag"),
    [
        ("objection-handling", "您看今天能定下来吗？", "confirm"),
        ("broadband-retention", "Can I ask what's made you want to leave?", "reason"),
        ("broadband-retention", "I completely understand, I can help with that.", "acknowledge"),
    ],
)
def test_the_good_move_is_still_credited(name: str, reply: str, tag: str) -> None:
    evaluation = _evaluated(name, reply, "closing")
    assert tag in _tags(evaluation)
    assert not evaluation["forbidden"] and not evaluation["pushy"]


async def test_the_report_names_the_moves_not_small_talk(offline_context: FlowContext) -> None:
    values = await played(
        offline_context,
        "objection-handling",
        "您好，欢迎光临。",
        "隔壁那家的跑步机一半都是坏的。",
        "到底报不报？",
        "不报拉倒。",
        "结束",
    )
    tone = criterion(values, "合规表达")["explanation"]
    closing = criterion(values, "促成")["explanation"]
    assert "贬低竞争对手" in tone and "敷衍打发客户" in tone
    assert "闲聊" not in tone
    assert "做到：确认客户的意愿" not in closing
