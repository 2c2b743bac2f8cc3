"""An honest but plain learner scores at the rubric's levels, not under them (session 19, trainer
P11: average scripts scored 19-26 beside a pushy liar's 12). Through the real flow, in learner
lines of our own: a point made lifts its criterion to the rubric's first level above none, and
no criterion scores below the level its report line names."""

from __future__ import annotations

from typing import Any

import pytest

from graphs.context import FlowContext
from tests.support.practice import played

PLAIN: dict[str, tuple[str, ...]] = {
    "complaint-handling": (
        "李先生，真是对不起，让您等了这么久。",
        "今天前面排得比较满，没办法。",
        "那个抛光的一百二我给您免掉。",
        "还有别的吗？",
        "行，那先这样吧。",
        "结束",
    ),
    "objection-handling": (
        "年卡是三千九百八，里面有体测和两节私教。",
        "分十二期的话每个月三百三左右。",
        "我们离地铁站很近，走路三分钟。",
        "您今天办吗？",
        "好的，您回去想想也行。",
        "结束",
    ),
    "english-upsell": (
        "Good evening, welcome. May I have your passport, please?",
        "We also have a harbour-view suite free tonight.",
        "It is USD 55 a night on top of your room.",
        "Would you like to take it?",
        "No problem, here is your key.",
        "quit",
    ),
    "broadband-retention": (
        "I can look into that for you. What's making you want to go?",
        "We can offer the 150 Mb plan at GBP 31 a month for 12 months.",
        "That's a good price.",
        "Would you like to take it?",
        "Alright, have a think and call back.",
        "quit",
    ),
}


def _criterion(values: dict[str, Any], criterion: str) -> dict[str, Any]:
    return next(c for c in values["report"]["criteria"] if c["id"] == criterion)


@pytest.mark.parametrize("scenario", sorted(PLAIN))
async def test_no_criterion_scores_under_its_level(
    offline_context: FlowContext, scenario: str
) -> None:
    """The level a closing's line names is what its score counts: her decision asked and no
    yes is the rubric's "Asked, but she stayed unconvinced", not 70% of a third."""
    report = (await played(offline_context, scenario, *PLAIN[scenario]))["report"]
    for c in report["criteria"]:
        if c["turns"] and c["measures"] in ("stage_coverage", "closing"):
            assert c["level"] > 0, c
        if c["measures"] in ("closing", "empathy", "questions"):
            assert c["score"] >= c["level"], c


async def test_a_remedy_is_the_first_level_and_half_of_it_without_its_time_limit(
    offline_context: FlowContext,
) -> None:
    """Waived with no time limit, the fee is half the rubric's first level and at its level,
    "方案含糊，没有时限" (not a sixth of the stage); with "1到3个工作日", more."""
    plain = PLAIN["complaint-handling"]
    vague = _criterion(await played(offline_context, "complaint-handling", *plain), "solution")
    timed = ("那个抛光的一百二我给您免掉，1到3个工作日退回。",)
    lines = (*plain[:2], *timed, *plain[3:])
    dated = _criterion(await played(offline_context, "complaint-handling", *lines), "solution")
    assert (vague["score"], vague["level"]) == (20, 40), vague
    assert dated["score"] > vague["score"], dated


async def test_asked_but_unconvinced_is_the_rubrics_level(offline_context: FlowContext) -> None:
    """ "Would you like to take it?" after a fair offer, and no yes: "Asked, but she stayed
    unconvinced" is 40 in the rubric, not 70% of a third."""
    values = await played(offline_context, "broadband-retention", *PLAIN["broadband-retention"])
    closing = _criterion(values, "closing")
    assert closing["score"] == 40, closing


@pytest.mark.parametrize("scenario", ["objection-handling", "broadband-retention"])
async def test_plain_learners_score_as_needing_coaching(
    offline_context: FlowContext, scenario: str
) -> None:
    """An honest plain script that makes a few points and asks for the decision is "needs
    coaching" (at least 30), above a liar's range, and still fails."""
    report = (await played(offline_context, scenario, *PLAIN[scenario]))["report"]
    assert 30 <= report["total"] < report["pass_mark"], report["total"]


async def test_her_name_asked_is_not_a_question_about_her(offline_context: FlowContext) -> None:
    """A side question alone ("Surname please?") counts as it is, with no lift to "Asked one
    question": the rubric's level is a question about the guest."""
    values = await played(
        offline_context,
        "english-upsell",
        "Hi, surname please?",
        "Right, room 208, standard double.",
        "There's a suite too, USD 55 more a night.",
        "It has a harbour view.",
        "Breakfast is from seven.",
        "Lifts are on the left.",
        "quit",
    )
    questions = _criterion(values, "questions")
    assert questions["score"] < 50, questions
