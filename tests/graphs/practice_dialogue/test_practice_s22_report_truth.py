"""Session 22, H8: report lines that are true (session-21 trainer P14 and lead): "Breakfast is
not included." earned part of a point; 你这是什么话？ was named as a question never answered; "only
asked for a decision" sat under Strengths; 「客户没有同意」 of a customer who said 行. Own trades
from own_trades/ (balloon rides, a camping site); the real graph, or the report's own function."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from graphs.context import FlowContext
from graphs.library import ContentLibrary
from graphs.practice_dialogue.her_consent import consent_in
from graphs.practice_dialogue.unanswered import unanswered
from graphs.scenarios import Scenario
from tests.support.practice import criterion, played

OWN_TRADES = Path(__file__).parent / "own_trades"


@pytest.fixture(scope="module")
def own_context() -> FlowContext:
    return FlowContext(library=ContentLibrary.load(OWN_TRADES))


async def report_of(context: FlowContext, scenario: str, *replies: str) -> dict[str, Any]:
    values = await played(context, scenario, *replies, "结束")
    assert values.get("report"), values
    return values


@pytest.mark.parametrize(
    ("line", "credited"),
    [
        ("Champagne is not included with the basket.", False),
        ("The printed photos aren't included, sorry.", False),
        # look-alike that keeps its credit: the champagne given, the photos not said
        ("The basket comes with champagne on landing.", True),
    ],
)
async def test_a_denied_extra_earns_no_credit(
    own_context: FlowContext, line: str, credited: bool
) -> None:
    values = await report_of(
        own_context, "balloon-upsell", "Good morning Ms Okafor! Is it for a special occasion?", line
    )
    text = criterion(values, "Presenting the upgrade")["explanation"]
    assert ("Partly done" in text or "Done" in text) is credited, text


def _transcript(her_line: str, answers: str, learner_after: str) -> list[dict[str, Any]]:
    return [
        {"role": "persona", "text": "你们怎么搞的？", "turn": 1, "stage": "opening"},
        {"role": "learner", "text": "您好。", "turn": 1},
        {
            "role": "persona",
            "text": her_line,
            "turn": 2,
            "stage": "presentation",
            "answers": answers,
        },
        {"role": "learner", "text": learner_after, "turn": 2},
        {"role": "persona", "text": "嗯。", "turn": 3, "stage": "presentation"},
    ]


@pytest.mark.parametrize(
    ("her_line", "named"),
    [
        ("你这是什么话？我要找你们经理！", False),
        ("你这话什么意思？说话客气点。", False),
        # a real question stepped over stays named
        ("退多少？多久能到账？", True),
    ],
)
def test_an_outburst_is_no_unanswered_question(her_line: str, named: bool) -> None:
    scenario = ContentLibrary.load(OWN_TRADES).get(Scenario, "camping-complaint")
    found = unanswered(scenario, _transcript(her_line, "refund", "我们营地环境很好的。"))
    assert bool(found) is named, found


async def test_no_criticism_under_strengths(own_context: FlowContext) -> None:
    values = await report_of(
        own_context,
        "balloon-upsell",
        "Good morning Ms Okafor, welcome! Is the flight for a special occasion?",
        "Happy birthday to him! What would make the flight special for you both?",
        "We have a private basket tomorrow, just the two of you, perfect for a birthday. It "
        "includes a champagne toast on landing and printed photos, for 60 pounds extra a person.",
        "I understand, it's more than you planned. For a birthday we have an occasion rate of 50 "
        "pounds a person, and the photos alone are good value.",
        "Shall I go ahead and book the private basket at 50 pounds a person?",
    )
    questions = criterion(values, "Asking questions")["explanation"]
    assert "only asked for a decision" in questions, questions  # the criterion keeps it
    strengths = values["report"]["strengths"]
    assert any(s.startswith("Asking questions") for s in strengths), strengths
    assert not any("only asked" in s or "Not done" in s for s in strengths), strengths


async def test_her_xing_is_read_as_consent(own_context: FlowContext) -> None:
    values = await report_of(
        own_context,
        "camping-complaint",
        "真不好意思，让您和孩子受冻了。",
        "柴火费我们给您免了，退您60元，1到3个工作日到账。",
    )
    closing = criterion(values, "确认与挽回")["explanation"]
    assert "没有同意" not in closing and "接受了" in closing, closing


@pytest.mark.parametrize(
    ("line", "language", "consent"),
    [
        ("退六十，一到三个工作日到账是吧？行。", "zh", True),
        ("下次给我排第一个号，那还行。", "zh", True),
        ("好的，就按你说的办。", "zh", True),
        ("Okay, that works for us.", "en", True),
        ("我再看行不行。", "zh", False),
        ("不行，这也太敷衍了。", "zh", False),
        ("可以吗？我再想想。", "zh", False),
        ("你先把钱退了再说。", "zh", False),
        ("Okay? I don't think so.", "en", False),
        ("I don't know yet. The shared basket is probably fine.", "en", False),
    ],
)
def test_consent_words(line: str, language: str, consent: bool) -> None:
    assert (consent_in(line, language) is not None) is consent  # type: ignore[arg-type]
