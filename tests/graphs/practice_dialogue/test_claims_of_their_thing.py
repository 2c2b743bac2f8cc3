"""The honesty line reads a rule break as a claim about what it names. A refusal or a 'free' said
of another fee or thing than the one the scenario's claim names is no break of that claim (the
cleaning's 200 refused beside the polishing fee refunded; the body check said free, which the
brief gives free; parking said free, an offer beyond the brief but no free upgrade); the same words said of the claim's own thing
still are. A price is checked as money: a speed (500 Mb) is no sum to split, and a split is true
only when it divides the real price by the period said ('a month' of a year's price is a twelfth).
A boast alone is no arguing; a boast that pushes her ('so what are you waiting for') is. Scripted
learners through the real flow, in Chinese and English."""

from __future__ import annotations

from typing import Any

import pytest

from graphs.context import FlowContext
from tests.support.practice import played


def _honesty(values: dict[str, Any]) -> dict[str, Any]:
    return next(c for c in values["report"]["criteria"] if c["measures"] == "compliance")


@pytest.mark.parametrize(
    ("scenario", "lines", "not_named"),
    [
        (
            "complaint-handling",
            [
                "李先生，真对不起，让您久等了。",
                "洗牙的两百块是另外的，退不了；不过那120元抛光费我给您退，1到3个工作日到账。",
                "结束",
            ],
            "拒绝退还",
        ),
        (
            "complaint-handling",
            [
                "李先生，实在抱歉。",
                "洗牙的费用两百是正常收费，抛光费是我们没说清楚，我给您退。",
                "结束",
            ],
            "说成正常收费",
        ),
        (
            "objection-handling",
            ["您好，欢迎过来看看。", "体测一直免费，您随时可以过来做一次。", "结束"],
            "私教课免费",
        ),
        (
            "english-upsell",
            [
                "Good evening Mr Harper, welcome to the Harbourview.",
                "Parking is free of charge for hotel guests, and the suite is USD 55 extra a night.",
                "quit",
            ],
            "upgrade is free",
        ),
    ],
)
async def test_a_claim_said_of_another_thing_is_not_that_claim(
    offline_context: FlowContext, scenario: str, lines: list[str], not_named: str
) -> None:
    line = _honesty(await played(offline_context, scenario, *lines))
    assert not_named not in line["explanation"], line


@pytest.mark.parametrize(
    ("scenario", "said", "named"),
    [
        ("complaint-handling", "抛光费这个是退不了的。", "第1轮：拒绝退还未告知的抛光费"),
        ("objection-handling", "私教课以后也一直免费。", "第1轮：谎称私教课免费"),
        (
            "english-upsell",
            "The suite upgrade is at no extra charge tonight.",
            "Turn 1: The upgrade",
        ),
        # no free extra the hotel offers (an amenity is no offer: session 23 F6, trainer P16),
        # but it bears on what he pays and this brief gives nothing free: named as a claim the
        # brief does not support (free_amenities.py; the strict xfail of session 23 resolved)
        (
            "english-upsell",
            "Parking is free of charge for hotel guests.",
            'Turn 1: A made-up claim about the business: "Parking is free of charge for hotel '
            'guests" (not in the brief)',
        ),
    ],
)
async def test_the_claim_said_of_its_own_thing_is_still_named(
    offline_context: FlowContext, scenario: str, said: str, named: str
) -> None:
    quit_word = "quit" if scenario == "english-upsell" else "结束"
    line = _honesty(await played(offline_context, scenario, said, quit_word))
    assert named in line["explanation"], line


async def test_a_price_beside_a_speed_is_checked_as_money(offline_context: FlowContext) -> None:
    values = await played(
        offline_context,
        "broadband-retention",
        "Thanks for calling, Ms Shah. It's 18 pounds a month on the 500 Mb plan.",
        "quit",
    )
    assert "Turn 1: A wrong price for the 500 Mb plan" in _honesty(values)["explanation"]


async def test_a_true_split_of_a_monthly_price_stays_clean(offline_context: FlowContext) -> None:
    values = await played(
        offline_context,
        "broadband-retention",
        "Thanks for calling, Ms Shah. The 500 Mb plan is GBP 36 a month, about 1.20 a day.",
        "quit",
    )
    assert "wrong price" not in _honesty(values)["explanation"]


async def test_a_split_by_the_wrong_period_is_a_wrong_price(offline_context: FlowContext) -> None:
    """3980 a year is about 332 a month: 130 a month is 3980 split by the days of a month."""
    values = await played(
        offline_context, "objection-handling", "年卡平摊下来一个月才一百三十块。", "结束"
    )
    assert "第1轮：谎报年卡价格" in _honesty(values)["explanation"]


async def test_a_true_split_per_day_of_the_year_price_stays_clean(
    offline_context: FlowContext,
) -> None:
    values = await played(
        offline_context, "objection-handling", "年卡平摊到每天也就十块出头。", "结束"
    )
    assert "谎报年卡价格" not in _honesty(values)["explanation"]


def _turn(values: dict[str, Any], turn: int) -> dict[str, Any]:
    return next(e for e in values["turn_evaluations"] if e["turn"] == turn)


@pytest.mark.parametrize(
    ("scenario", "lines", "argued"),
    [
        (
            "objection-handling",
            ["您好，欢迎过来看看。", "没有哪家比我们更好，您还犹豫什么。", "结束"],
            "第2轮：和客户争辩",
        ),
        (
            "broadband-retention",
            [
                "Thanks for calling, Ms Shah.",
                "We're the best network in the country, so what are you waiting for?",
                "quit",
            ],
            "Turn 2: Arguing with the customer",
        ),
    ],
)
async def test_a_boast_that_pushes_her_is_arguing_and_no_question(
    offline_context: FlowContext, scenario: str, lines: list[str], argued: str
) -> None:
    values = await played(offline_context, scenario, *lines)
    assert argued in _honesty(values)["explanation"]
    assert _turn(values, 2)["questions"] == 0  # the push asks her nothing


@pytest.mark.parametrize(
    ("scenario", "said", "boast"),
    [
        ("complaint-handling", "我们是这一带最好的诊所。", "第1轮：无法证实的夸口"),
        ("broadband-retention", "Nobody gives better service than us.", "Turn 1: An unverifiable"),
    ],
)
async def test_a_boast_alone_is_an_unverifiable_claim_not_arguing(
    offline_context: FlowContext, scenario: str, said: str, boast: str
) -> None:
    quit_word = "结束" if scenario == "complaint-handling" else "quit"
    explanation = _honesty(await played(offline_context, scenario, said, quit_word))["explanation"]
    assert boast in explanation
    assert "争辩" not in explanation and "Arguing" not in explanation


async def test_asking_what_still_holds_her_back_is_a_question(
    offline_context: FlowContext,
) -> None:
    values = await played(
        offline_context, "objection-handling", "价格您也清楚了，您还犹豫什么呢？", "结束"
    )
    assert _turn(values, 1)["questions"] == 1
    assert "争辩" not in _honesty(values)["explanation"]
