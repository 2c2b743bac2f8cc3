"""Once an offer with its price is on the table, the customer does not ask what is being offered
as if nothing were (session 15 end trainer P8: "And what exactly are you offering me?" after the
GBP 31 and GBP 36 offers). Own trade: a bank counter where a
customer wants to close her account, the shipped retention scenario rewritten with the bank's own
offer and her own stock line asking for one. Through the real flow."""

from __future__ import annotations

import shutil

import pytest
import yaml

from graphs.context import FlowContext
from graphs.library import SHIPPED_CONTENT, ContentLibrary
from graphs.practice_dialogue.offers_made import asks_the_remedy
from tests.support.practice import lines_after

ASKS = "So what can you actually do for me?"


@pytest.fixture(scope="module")
def bank(tmp_path_factory: pytest.TempPathFactory) -> FlowContext:
    root = tmp_path_factory.mktemp("bank") / "content"
    shutil.copytree(SHIPPED_CONTENT, root)
    path = root / "scenarios" / "broadband-retention.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["id"], data["aliases"], data["facts"] = "bank-counter", [], []
    data["learner"]["may_offer"] = ["The fee-free current account at GBP 12 a month for 12 months"]
    offers = next(s for s in data["stages"] if s["id"] == "presentation")
    offers["points"][1].update(
        text="Offer the fee-free account with its price", keywords=["fee-free", "GBP 12"]
    )
    offers["persona_lines"] = [
        line if isinstance(line, dict) else ASKS for line in offers["persona_lines"]
    ]
    (root / "scenarios" / "bank-counter.yaml").write_text(
        yaml.safe_dump(data, allow_unicode=True), encoding="utf-8"
    )
    return FlowContext(library=ContentLibrary.load(root))


async def test_she_asks_for_an_offer_only_while_none_is_priced(bank: FlowContext) -> None:
    lines = await lines_after(
        bank,
        "bank-counter",
        "I'm sorry to hear that, Ms Cole. May I ask why you'd like to close the account?",
        "I can move you to our fee-free current account at GBP 12 a month.",
        "Let me just pull up the details on my screen.",
    )
    # nor any other line of hers that asks for the remedy ("So where does that leave me?")
    assert not any(asks_the_remedy(line, "en") for line in lines[3:]), lines
    assert lines[3].strip(), lines  # she answers something


def test_her_line_asks_for_the_remedy() -> None:
    assert asks_the_remedy(ASKS, "en")
