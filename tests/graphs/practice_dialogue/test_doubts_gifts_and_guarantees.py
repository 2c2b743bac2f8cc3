"""A gift or a guarantee too good to be true gets her doubt of it (too_good.py), not a line about
another thing (the suite's price after a free massage) nor her script as if unheard. Own wording,
through the real flow, English and Chinese."""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from graphs.exams import Language
from graphs.practice_dialogue.beyond_offers import DOUBTS
from graphs.practice_dialogue.too_good import KIND_DOUBTS
from tests.support.practice import her_lines, played

GIFTS = [
    (
        "english-upsell",
        "Good evening Mr Harper, welcome!",
        "I'll throw in a free bottle of champagne and a free massage if you take the suite.",
        "fifty-five",
    ),
    (
        "objection-handling",
        "王姐您好，理解您觉得贵。",
        "您今天办的话，我再送您半年会员，全部免费。",
        "私教",
    ),
]
VOWS = [
    (
        "broadband-retention",
        "Thanks for calling, I understand you want to cancel.",
        "I guarantee your video calls won't freeze once you're on the bigger plan.",
    ),
    (
        "english-upsell",
        "Good evening Mr Harper, welcome!",
        "Take the suite and I guarantee you'll have the best night's sleep of your life.",
    ),
    (
        "complaint-handling",
        "您好，真对不起让您等了这么久。",
        "我跟您保证，这种事以后百分之百不会再发生。",
    ),
]


def _doubts(line: str, language: Language) -> bool:
    # session 15: a gift and a vow get doubts of their own kind (too_good.KIND_DOUBTS)
    kinds = [d for (lang, _), lines in KIND_DOUBTS.items() if lang == language for d in lines]
    return any(d in line for d in [*DOUBTS[language], *kinds])


@pytest.mark.parametrize(("scenario", "first", "turn", "other"), GIFTS)
async def test_a_gift_gets_her_doubt_of_it(
    offline_context: FlowContext, scenario: str, first: str, turn: str, other: str
) -> None:
    values = await played(offline_context, scenario, first, turn)
    line = her_lines(values)[-1]
    language: Language = "zh" if scenario != "english-upsell" else "en"
    assert other not in line, line
    assert _doubts(line, language), line


@pytest.mark.parametrize(("scenario", "first", "turn"), VOWS)
async def test_a_guarantee_gets_her_doubt_of_it(
    offline_context: FlowContext, scenario: str, first: str, turn: str
) -> None:
    values = await played(offline_context, scenario, first, turn)
    line = her_lines(values)[-1]
    language: Language = "zh" if scenario == "complaint-handling" else "en"
    assert _doubts(line, language), line


async def test_keeping_ones_word_on_an_offer_is_no_vow(offline_context: FlowContext) -> None:
    values = await played(
        offline_context,
        "broadband-retention",
        "Thanks for calling, I understand you want to cancel.",
        "I can book a free engineer visit, and I promise you the engineer will be there Thursday.",
    )
    line = her_lines(values)[-1]
    assert not _doubts(line, "en"), line
