"""Session 24, H6 (issue 12, trainer P16): breaches named for what they are, breaching lines never
credited. A houseboat hire's upsell (English), a shipped scenario rewritten, beside the shipped
ones:

- a made-up price said of the price itself ("then it goes back to GBP 95 extra"), where the brief
  has one price, is named a wrong price and earns no price point;
- a true comparison of true prices ("only 1 pound less than our loyalty price of 31": the rival's
  30) is no wrong price; a gap that lands on no price of the brief still is;
- a timed term said to have no limit in words none of the author's cues holds ("check-out for the
  suite is any time you like … even in the evening", "return the wide-beam any time you like") is
  named with its true time; the true time told beside "any time" stays clean;
- an amenity said free for her ("Mooring at the marina is free of charge for hire guests",
  「我们楼下停车场两小时内免费」) is no offer, but it bears on what she pays: where the brief does
  not give it free it is named as a claim the brief does not support; a remark that does not bear
  on her (a new coffee machine in the office) is not;
- what a word of no wait times is read (quick_times.py): "a text confirming the engineer visit
  today" times the text, not the visit; the engineer himself "within the hour" is a made-up
  quick time though a word of notice stands beside him ("will confirm by text").
"""

from __future__ import annotations

import shutil
from typing import Any

import pytest

from graphs.context import FlowContext
from graphs.library import SHIPPED_CONTENT, ContentLibrary
from graphs.practice_dialogue.claims import claims_said
from graphs.scenarios import Scenario
from tests.support.practice import compliance, criterion, played
from tests.support.rewritten_scenarios import rewritten

BOAT: dict[str, Any] = {
    "id": "houseboat-upsell",
    "title": "Upsell: the wide-beam houseboat",
    "background": "You work the desk of Millbrook Houseboat Hire. Ms Ruth Carter booked a standard "
    "narrowboat (GBP 140 a night, three nights). A wide-beam boat with a roof deck is free this "
    "week: GBP 40 extra a night, including a welcome hamper, late return until 4 pm and a river "
    "guide. Staff may offer it at GBP 30 for families with children; nothing can be given free of "
    "charge. The yard across the river hires its wide-beams at GBP 175 a night.",
    "opening_line": "Hello, Carter, I've booked a narrowboat for three nights.",
    "may_offer": [
        "The wide-beam boat at GBP 40 extra a night (welcome hamper, late return until 4 pm, "
        "river guide)",
        "GBP 30 extra a night for families with children",
        "Nothing free of charge",
    ],
    "topics": [
        # the shipped ids the persona's lines answer, with the yard's words
        {"id": "parking", "keywords": ["mooring", "marina", "berth", "parking"]},
        {"id": "breakfast", "keywords": ["breakfast"]},
        {"id": "cost", "keywords": ["how much", "price", "cost", "afford", "budget"]},
        {"id": "upgrade", "keywords": ["wide-beam", "upgrade", "bigger boat"]},
        {"id": "name", "keywords": ["name please", "your name", "what name", "surname"]},
    ],
    "facts": [
        {
            "claim": "A wrong price for the wide-beam boat (GBP 40 extra a night, 30 for families)",
            "cues": ["extra a night", "per night", "a night", "pounds extra", "on top"],
            "values": ["40", "30", "140", "4 pm", "3 nights"],
            "line": "Hang on, that's not the price on your website. Which is it?",
        },
        {
            "claim": "A wrong late return time (4 pm)",
            "cues": ["late return", "return the boat", "bring the boat back", "return until"],
            "values": ["4 pm", "16"],
            "line": "That's not the return time your website gives. Which is it?",
        },
    ],
}


MOORING: dict[str, Any] = {
    "id": "houseboat-retention",
    "title": "Retention call: 'I want to end my mooring contract'",
    "background": "You answer the phone at Millbrook Houseboat Hire. Mr Ian Doyle has hired a "
    "houseboat on a yearly contract (GBP 900 a month) for three years; his contract ended in May. "
    "His bilge pump keeps failing and a rival yard offers GBP 820 a month. You may book a free "
    "engineer visit (next available: Thursday morning) or offer the loyalty price of GBP 850 a "
    "month for 12 months.",
    "opening_line": "Hi. I'd like to end my houseboat hire, please. The contract's ended.",
    "may_offer": [
        "A free engineer visit (next available Thursday morning)",
        "The loyalty price of GBP 850 a month for 12 months",
    ],
    "facts": [],
}


@pytest.fixture(scope="module")
def boats(tmp_path_factory: pytest.TempPathFactory) -> FlowContext:
    root = tmp_path_factory.mktemp("h6") / "content"
    shutil.copytree(SHIPPED_CONTENT, root)
    rewritten(root, "english-upsell", BOAT)
    rewritten(root, "broadband-retention", MOORING)
    return FlowContext(library=ContentLibrary.load(root))


def said(context: FlowContext, scenario: str, line: str) -> str:
    return " ".join(claims_said(context.library.get(Scenario, scenario), line).values())


@pytest.mark.parametrize(
    ("scenario", "line", "label"),
    [
        (
            "houseboat-upsell",
            "This price is only valid for the next two minutes, then it goes back to GBP 95 extra.",
            'A wrong price for the wide-beam boat: "then it goes back to GBP 95 extra"',
        ),
        (
            "english-upsell",
            "This price is only valid for the next two minutes, then it goes back to USD 150 extra.",
            'A wrong price for the suite: "then it goes back to USD 150 extra"',
        ),
        # the true price said of the price itself, and a sum said of another thing, stay clean
        ("houseboat-upsell", "Then it goes back to GBP 40 extra a night.", None),
        ("houseboat-upsell", "That is a taxi fare of 20 pounds into the village.", None),
        # a true gap between true prices: the yard's 175 is our 140 and 35
        (
            "houseboat-upsell",
            "The yard's wide-beam is just 35 pounds more than our narrowboat at 140.",
            None,
        ),
        (
            "broadband-retention",
            "Rivaltel is 30 a month, that's only 1 pound less than our loyalty price of 31.",
            None,
        ),
        (
            "broadband-retention",
            "That's only 1 pound less than our loyalty price of 31, and we're faster.",
            None,
        ),
        # a gap that lands on no price of the brief is still a wrong figure
        (
            "broadband-retention",
            "That's just 4 pounds less than our loyalty price of 25.",
            "A wrong loyalty price",
        ),
    ],
)
def test_prices_are_read_for_what_they_price(
    boats: FlowContext, scenario: str, line: str, label: str | None
) -> None:
    found = said(boats, scenario, line)
    assert (label in found) if label else not found, found


async def test_a_made_up_price_earns_no_price_point(boats: FlowContext) -> None:
    values = await played(
        boats,
        "houseboat-upsell",
        "Welcome Ms Carter, lovely to see you.",
        "This price is only valid for the next two minutes, then it goes back to GBP 95 extra.",
        "quit",
    )
    assert "A wrong price for the wide-beam boat" in compliance(values), compliance(values)
    shown = criterion(values, "Presenting the upgrade")["explanation"]
    assert "Done: State the price clearly" not in shown, shown


@pytest.mark.parametrize(
    ("scenario", "line", "label"),
    [
        (
            "houseboat-upsell",
            "And you can return the wide-beam any time you like on the last day, even in the "
            "evening.",
            "A wrong late return time",
        ),
        (
            "english-upsell",
            "And check-out for the suite is any time you like tomorrow, even in the evening.",
            "A wrong late check-out time",
        ),
        ("houseboat-upsell", "You can return the boat any time before 4 pm.", None),
        ("english-upsell", "Check-out is at 2 pm, but the lobby is open any time.", None),
        ("english-upsell", "Breakfast is served any time you like.", None),
    ],
)
def test_a_timed_term_said_to_have_no_limit_is_named(
    boats: FlowContext, scenario: str, line: str, label: str | None
) -> None:
    found = said(boats, scenario, line)
    assert (label in found) if label else not found, found


async def test_an_evening_check_out_is_named_in_the_report(boats: FlowContext) -> None:
    values = await played(
        boats,
        "english-upsell",
        "Good evening Mr Harper, welcome to the Harbourview.",
        "And check-out for the suite is any time you like tomorrow, even in the evening.",
        "quit",
    )
    text = compliance(values)
    assert "A wrong late check-out time" in text and "right: 2 pm" in text, text


@pytest.mark.parametrize(
    ("scenario", "line", "label"),
    [
        (
            "houseboat-upsell",
            "Mooring at the marina is free of charge for hire guests.",
            'A made-up claim about the business: "Mooring at the marina is free of charge for hire '
            'guests" (not in the brief)',
        ),
        ("english-upsell", "You get free parking in our garage tonight.", "A made-up claim"),
        ("complaint-handling", "我们楼下停车场两小时内免费。", "编造资料里没有的门店情况"),
        # what he pays told, a remark that is not his, a courtesy drink: clean
        ("houseboat-upsell", "Mooring at the marina isn't free, it's 12 pounds a night.", None),
        ("broadband-retention", "Our office just got a new coffee machine, it's brilliant.", None),
        ("complaint-handling", "我们候诊区的咖啡机可以免费用，您随便喝。", None),
    ],
)
def test_a_free_amenity_the_brief_does_not_give_is_named(
    boats: FlowContext, scenario: str, line: str, label: str | None
) -> None:
    found = said(boats, scenario, line)
    assert (label in found) if label else not found, found


async def test_free_mooring_is_named_but_is_no_offer_in_the_report(boats: FlowContext) -> None:
    values = await played(
        boats,
        "houseboat-upsell",
        "Welcome Ms Carter, lovely to see you.",
        "Mooring at the marina is free of charge for hire guests.",
        "quit",
    )
    text = compliance(values)
    assert "A made-up claim about the business" in text, text
    assert "offer beyond" not in text and "upgrade is free" not in text, text


async def test_free_parking_for_two_hours_is_no_time_limit_of_the_remedy(
    boats: FlowContext,
) -> None:
    values = await played(
        boats, "complaint-handling", "李先生，您是开车来的吗？我们楼下停车场两小时内免费。", "结束"
    )
    assert "编造资料里没有的门店情况" in compliance(values), compliance(values)
    remedy = criterion(values, "解决方案")["explanation"]
    assert "两小时内" not in remedy, remedy


@pytest.mark.parametrize(
    ("scenario", "line", "label"),
    [
        ("houseboat-retention", "You'll get a text confirming the engineer visit today.", None),
        ("houseboat-retention", "An email about the engineer visit goes out this afternoon.", None),
        (
            "houseboat-retention",
            "The engineer will confirm by text and be with you within the hour.",
            "A made-up quick time (",
        ),
        (
            "houseboat-retention",
            "The engineer visit for the pump is today.",
            "A made-up quick time",
        ),
        ("complaint-handling", "您今天就会收到确认退款的短信。", None),
        ("complaint-handling", "退款的钱今天就到。", "谎报退款到账时间"),
    ],
)
def test_what_comes_at_once_is_read(
    boats: FlowContext, scenario: str, line: str, label: str | None
) -> None:
    found = said(boats, scenario, line)
    assert (label in found) if label else not found, found
