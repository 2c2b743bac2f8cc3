"""A point is credited when the learner does it in other words than the author's keywords, and a
price only when it is the price of the thing the point is about (session 15 end trainer P8: "I'll
confirm: …", "What would matter most to you both?", "enjoy the celebration", 「我们也会提醒医生…必须
先说明费用」, 「等待这件事也是我们安排不周」 and 「谢谢您告诉我们」 were marked not done; the booked
room's "USD 180 a night" was credited as the upgrade's price).

Own trades, in own words: a vet clinic's front desk (English) and a bus depot's complaints desk
(Chinese), each a shipped scenario with its points rewritten for the trade and its author's
keywords in one phrasing only. Through the real evaluator and one session through the real flow.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from graphs.context import FlowContext
from graphs.library import SHIPPED_CONTENT, ContentLibrary
from graphs.practice_dialogue.evaluation import OfflineEvaluator
from graphs.scenarios import Scenario
from tests.support.practice import played

VET_POINTS = {
    ("discovery", "preferences"): (
        "Ask which kind of visit suits the owner best",
        ["preference", "prefer", "what matters most"],
    ),
    ("presentation", "price"): ("State the dental package price clearly", ["90", "dollars"]),
    ("closing", "details"): ("Confirm the booking details", ["to confirm", "so that's"]),
    ("closing", "wishes"): ("Wish the dog a happy birthday", ["happy birthday"]),
}
DEPOT_POINTS = {
    ("objections", "own-it"): ("承认问题并回应乘客耽误的时间", ["是我们的问题", "您的时间"]),
    ("objections", "improve"): ("说明后续改进措施", ["改进", "提醒"]),
    ("closing", "thanks"): ("感谢乘客的反馈", ["感谢您的反馈"]),
}


def _rewritten(content: Path, base: str, new_id: str, points: dict[Any, Any]) -> None:
    data = yaml.safe_load((content / "scenarios" / f"{base}.yaml").read_text(encoding="utf-8"))
    data["id"] = new_id
    data["aliases"] = []
    data["facts"] = []
    for stage in data["stages"]:
        for point in stage["points"]:
            if (stage["id"], point.get("id")) in points:
                point["text"], point["keywords"] = points[stage["id"], point["id"]]
    if new_id == "vet-desk":
        data["learner"]["may_offer"] = ["The dental care package for dogs: USD 90 a visit"]
        data["background"] = (
            "You work the front desk of a vet clinic. Ms Cole has brought Biscuit in for her "
            "routine consultation (USD 40). You may offer the dental care package at USD 90 a "
            "visit."
        )
    path = content / "scenarios" / f"{new_id}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


@pytest.fixture(scope="module")
def content(tmp_path_factory: pytest.TempPathFactory) -> ContentLibrary:
    root = tmp_path_factory.mktemp("trades") / "content"
    shutil.copytree(SHIPPED_CONTENT, root)
    _rewritten(root, "english-upsell", "vet-desk", VET_POINTS)
    _rewritten(root, "complaint-handling", "bus-depot", DEPOT_POINTS)
    return ContentLibrary.load(root)


OFFERED = {"presentation": [0, 1]}
"""Offers made before the turn: a read-back confirms a deal only once there is one."""


def _credited(library: ContentLibrary, name: str, stage: str, reply: str) -> list[str]:
    scenario = library.get(Scenario, name)
    evaluation = OfflineEvaluator(coaching=False).evaluate_now(
        scenario, scenario.stage(stage), reply, OFFERED, 3
    )
    return [c["tag"] for c in evaluation["covered"]]


@pytest.mark.parametrize(
    ("name", "stage", "reply", "tag"),
    [
        # her preferences asked without "prefer" or "what matters most"
        (
            "vet-desk",
            "discovery",
            "What would matter most to you for Biscuit's check-up - a quiet corner or the first "
            "slot?",
            "preferences",
        ),
        # the booking said back: no "to confirm", no "so that's"
        (
            "vet-desk",
            "closing",
            "I'll just read that back: Tuesday at nine with Dr Ames, and the card is in the post.",
            "details",
        ),
        # the occasion wished well without "happy birthday"
        ("vet-desk", "closing", "Here's her lead - enjoy the birthday with her!", "wishes"),
        # the wait owned (白等 … 没安排好) without the author's 您的时间; 五十, as the rewritten
        # scenario keeps the clinic's background (a 50-minute wait): 四十 is a wait told shorter
        # (short_waits.py, session 23)
        ("bus-depot", "objections", "让您在站台白等了五十分钟，这是我们调度没安排好。", "own-it"),
        # a rule the drivers will be held to is a change for next time, with no 以后
        ("bus-depot", "objections", "我们也会提醒司机发车前必须先在站台广播。", "improve"),
        # her telling them thanked without 感谢您的反馈
        ("bus-depot", "closing", "感谢您跟我们反映这件事，我们会跟进处理。", "thanks"),
    ],
)
def test_a_point_done_in_other_words_is_credited(
    content: ContentLibrary, name: str, stage: str, reply: str, tag: str
) -> None:
    assert tag in _credited(content, name, stage, reply)


@pytest.mark.parametrize(
    ("reply", "priced"),
    [
        # the consultation's own price, which the clinic's background gives: not the package's
        ("Today's consultation is 40 dollars, please pay at the till.", False),
        ("The dental package is 90 dollars a visit and includes the scale and polish.", True),
    ],
)
def test_a_price_counts_only_as_the_price_of_its_thing(
    content: ContentLibrary, reply: str, priced: bool
) -> None:
    assert ("price" in _credited(content, "vet-desk", "presentation", reply)) is priced


async def test_the_report_credits_what_the_learner_did(content: ContentLibrary) -> None:
    values = await played(
        FlowContext(library=content),
        "vet-desk",
        "Hello, and welcome! Is Biscuit here for anything special today?",
        "What would matter most to you for her visit - a quiet corner or the first slot?",
        "Our dental package is 90 dollars a visit and includes the scale and polish.",
        "I'll just read that back: Tuesday at nine with Dr Ames. Enjoy the birthday with her!",
        "quit",
    )
    report = " ".join(c["explanation"] for c in values["report"]["criteria"])
    texts = ("Ask which kind", "State the dental", "Confirm the booking", "Wish the dog")
    for text in texts:
        assert not re.search(rf"Not done: [^.]*{text}", report), report
