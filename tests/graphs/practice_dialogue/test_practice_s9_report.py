"""Session 9, report faults (issue 12), in wording of our own, through the real graph on the
shipped scenarios (offline engine) and the evaluator it uses (`OfflineEvaluator`).

- An acknowledgement of the price concern made while the session is still in discovery (the
  learner skipped a question she had already answered) counts once a price has come up; before
  any price, "I hear you" acknowledges something else. A price set beside an everyday spend is a
  value framing.
"""

from __future__ import annotations

from typing import Any

import pytest

from graphs.context import FlowContext
from graphs.library import ContentLibrary
from graphs.practice_dialogue.evaluation import OfflineEvaluator
from graphs.scenarios import Scenario
from tests.support.practice import Session


def _evaluate(
    scenario_id: str, stage: str, reply: str, before: dict[str, list[int]] | None = None
) -> dict[str, Any]:
    scenario = ContentLibrary.load().get(Scenario, scenario_id)
    return OfflineEvaluator(coaching=False).evaluate_now(
        scenario, scenario.stage(stage), reply, before or {}, turn=3
    )


def _tags(evaluation: dict[str, Any]) -> set[str]:
    return {c["tag"] for c in evaluation["covered"]}


async def _report(context: FlowContext, scenario: str, replies: list[str]) -> dict[str, Any]:
    session = Session(context)
    values = await session.play(scenario, [*replies, "quit"])
    report: dict[str, Any] = values["report"]
    return report


async def test_the_price_concern_met_before_the_stage_is_reached_is_credited(
    offline_context: FlowContext,
) -> None:
    report = await _report(
        offline_context,
        "english-upsell",
        [
            "Good evening Mr Harper, welcome! Your booking for two nights is confirmed.",
            "We have a harbour-view junior suite free tonight, perfect for a celebration, with "
            "sparkling wine, late check-out until 2 pm and breakfast for two. It is USD 55 extra "
            "a night.",
            "I get it, that is extra money. Spread over the evening it costs less than a taxi "
            "across town.",
            "Would you like to upgrade?",
        ],
    )
    objections = next(c for c in report["criteria"] if c["id"] == "objections")
    assert objections["score"] >= 60 and 3 in objections["turns"]
    advice = " ".join(i["advice"] for i in report["improvements"])
    assert "Acknowledge the price concern" not in advice
    assert "Put the price in terms of value" not in advice


@pytest.mark.parametrize(
    ("reply", "credited"),
    [
        (
            "I hear you, it's a fair bit more. For the price of a couple of coffees a day you "
            "wake up to the harbour.",
            {"concern", "value"},
        ),
        ("Fair enough, it adds up. It comes to less than a meal out.", {"concern", "value"}),
    ],
)
def test_after_the_price_was_named_warm_words_and_an_everyday_spend_are_heard(
    reply: str, credited: set[str]
) -> None:
    # the price was stated (presentation point 2) and the session is still in discovery
    evaluation = _evaluate("english-upsell", "discovery", reply, {"presentation": [2]})
    assert credited <= _tags(evaluation)


def test_before_any_price_i_hear_you_acknowledges_something_else() -> None:
    evaluation = _evaluate(
        "english-upsell", "opening", "I hear you, long trip. Welcome, Mr Harper!"
    )
    assert "concern" not in _tags(evaluation)


def test_a_price_in_her_opening_line_is_a_price_come_up() -> None:
    # 王女士 opens with 太贵了: an acknowledgement in the first turn is of that
    evaluation = _evaluate(
        "objection-handling", "opening", "您好，我是顾问小周。您说的我完全理解。"
    )
    assert "price-concern" in _tags(evaluation)


def test_less_than_a_mile_is_no_value_framing() -> None:
    evaluation = _evaluate(
        "english-upsell", "objections", "The suite is less than a mile from the old town."
    )
    assert "value" not in _tags(evaluation)


@pytest.mark.parametrize(
    ("scenario_id", "reply", "claim"),
    [
        ("complaint-handling", "排队等个把小时在我们这儿挺常见的。", "淡化客户的遭遇"),
        ("complaint-handling", "看牙哪有不等的，您多担待。", "淡化客户的遭遇"),
        (
            "broadband-retention",
            "Honestly, slower evening speeds are perfectly normal.",
            "Making light of the customer's problem",
        ),
        # helplessness names no one: no buck passed, but no remedy where she may be offered one
        ("complaint-handling", "这个我也没有办法，您看怎么办吧。", "推说无能为力"),
        ("broadband-retention", "Sorry, there's nothing I can do.", "Saying nothing can be done"),
        # with someone named to take it, it is the buck passed
        ("complaint-handling", "前面那位病人超时了，我们也没办法。", "推卸责任给医生或其他患者"),
        (
            "broadband-retention",
            "The engineer decides that, there's nothing we can do.",
            "Passing the buck",
        ),
    ],
)
def test_her_problem_made_light_of_and_helplessness_are_heard_as_what_they_are(
    scenario_id: str, reply: str, claim: str
) -> None:
    assert _evaluate(scenario_id, "presentation", reply)["forbidden"] == [claim]


@pytest.mark.parametrize(
    ("scenario_id", "reply"),
    [
        ("complaint-handling", "让您等这么久，这确实不正常。"),
        ("complaint-handling", "等您确认后正常退款。"),
        ("complaint-handling", "我们没办法保证以后绝不等，但会提前短信通知您。"),
        ("complaint-handling", "我们也没办法让时间倒流，不过抛光费可以给您免了。"),
        (
            "broadband-retention",
            "There's nothing I can do about their intro price, but I can offer 31 a month.",
        ),
    ],
)
def test_an_admission_an_honest_limit_or_an_offer_after_it_is_no_rule_break(
    scenario_id: str, reply: str
) -> None:
    assert _evaluate(scenario_id, "presentation", reply)["forbidden"] == []


async def test_the_rules_bracket_is_printed_only_for_the_case_it_describes(
    offline_context: FlowContext,
) -> None:
    report = await _report(
        offline_context,
        "complaint-handling",
        ["李先生，实在抱歉让您久等了。", "抛光的时候您自己也没说不要啊。", "要是您早点来就好了。"],
    )
    compliance = next(c for c in report["criteria"] if c["measures"] == "compliance")
    said = compliance["explanation"]
    assert "「抛光的时候您自己也没说不要啊」（他准时到了）" not in said
    assert "「抛光的时候您自己也没说不要啊」" in said
    assert "「要是您早点来就好了」（他准时到了）" in said


@pytest.mark.parametrize(
    ("scenario_id", "reply", "claim"),
    [
        (
            "english-upsell",
            "Before the upgrade you'll need to leave a 100 dollar deposit.",
            "An invented charge",
        ),
        ("english-upsell", "There's a deposit to pay first.", "An invented charge"),
        ("objection-handling", "办卡要先交200元押金。", "虚构的收费项目"),
        ("objection-handling", "年卡3980元，另外收50元开卡费。", "虚构的收费项目"),
        ("complaint-handling", "您还需要交30元手续费。", "虚构的收费项目"),
        ("complaint-handling", "另外这个清洁费也要交一下。", "虚构的收费项目"),
        (
            "broadband-retention",
            "There's a 20 pound setup fee for the engineer visit.",
            "An invented charge",
        ),
    ],
)
def test_an_invented_deposit_or_fee_is_a_false_claim(
    scenario_id: str, reply: str, claim: str
) -> None:
    assert _evaluate(scenario_id, "presentation", reply)["forbidden"] == [claim]


@pytest.mark.parametrize(
    ("scenario_id", "reply"),
    [
        ("english-upsell", "There's no deposit and no extra fee."),
        ("english-upsell", "We hold a 100-dollar deposit for incidentals, refunded at check-out."),
        ("english-upsell", "It's a 55 dollar upgrade fee per night."),
        ("objection-handling", "不收押金，每年还能冻结60天，不会浪费。"),
        ("complaint-handling", "120元抛光费给您退了。"),
        ("complaint-handling", "这个抛光费确实应该事先跟您说明，是我们的疏忽。"),  # session 10
        ("broadband-retention", "Their setup fee is 50 pounds."),
        ("broadband-retention", "You can cancel without a fee within 30 days."),
    ],
)
def test_a_real_charge_one_taken_away_or_the_rivals_is_no_invented_charge(
    scenario_id: str, reply: str
) -> None:
    assert _evaluate(scenario_id, "presentation", reply)["forbidden"] == []


@pytest.mark.parametrize(
    ("scenario_id", "reply", "pushy"),
    [
        ("broadband-retention", "Right, I'm putting you on the loyalty price now, alright?", True),
        ("broadband-retention", "I'm upgrading you to the 500 plan today, yes?", True),
        ("english-upsell", "I'll move you into the suite then, alright?", True),
        ("objection-handling", "那我这就给您办了，好吧？", True),
        # asking her, or booking a service she asked for, is no pressure
        ("broadband-retention", "Shall I renew you on the loyalty price?", False),
        ("broadband-retention", "I'll book the engineer for Thursday, OK?", False),
        ("objection-handling", "您看我帮您办一下可以吗？", False),
    ],
)
def test_the_deal_done_now_with_only_a_tag_for_her_yes_is_pushy(
    scenario_id: str, reply: str, pushy: bool
) -> None:
    assert bool(_evaluate(scenario_id, "closing", reply)["pushy"]) is pushy


@pytest.mark.parametrize(
    ("reply", "broken"),
    [
        ("I promise you'll love the suite.", True),
        ("I guarantee the harbour will look stunning tonight.", True),
        ("I guarantee the late check-out until 2 pm.", False),
        ("I can't guarantee the weather, but the harbour view is lovely.", False),
    ],
)
def test_a_guarantee_of_how_it_will_be_for_him_is_one_staff_cannot_give(
    reply: str, broken: bool
) -> None:
    forbidden = _evaluate("english-upsell", "presentation", reply)["forbidden"]
    assert (forbidden == ["A guarantee staff cannot give"]) is broken
    assert broken or forbidden == []


async def test_the_booking_confirmed_in_the_welcome_is_no_recap_of_the_deal(
    offline_context: FlowContext,
) -> None:
    report = await _report(
        offline_context,
        "english-upsell",
        [
            "Welcome to the Harbourview, Mr Harper! Your reservation for two nights is confirmed.",
            "Tonight our harbour-view junior suite is free, with breakfast for two and late "
            "check-out until 2 pm, USD 55 extra a night. Would you like to upgrade?",
        ],
    )
    closing = next(c for c in report["criteria"] if c["measures"] == "closing")
    assert 1 not in closing["turns"]
    assert "Done: Ask for the decision; Confirm the details" not in closing["explanation"]


@pytest.mark.parametrize(
    ("scenario_id", "stage", "reply", "point"),
    [
        (
            "broadband-retention",
            "closing",
            "You'll get a text confirming the visit and the new price today.",
            "next-steps",
        ),
        (
            "complaint-handling",
            "closing",
            "我确认一下：抛光费给您免了，再送您一张100元抵用券。",
            "recap",
        ),
    ],
)
def test_a_recap_that_names_the_offer_is_heard_in_any_turn(
    scenario_id: str, stage: str, reply: str, point: str
) -> None:
    assert point in _tags(_evaluate(scenario_id, stage, reply))
