"""Asked how her journey was in the same breath as the welcome, the customer answers the question
before she thanks for the welcome (session 15 end trainer P8, eu-offtopic: "How was the drive?
Was the traffic bad?" got only "Thank you, nice to be here at last."). Own trade: a vet clinic's
front desk, the shipped check-in scenario rewritten with the owner's own arrival and welcome line.
Through the real flow."""

from __future__ import annotations

import shutil

import pytest
import yaml

from graphs.context import FlowContext
from graphs.library import SHIPPED_CONTENT, ContentLibrary
from tests.support.practice import lines_after

THANKS = "Thanks, it's good to be out of the car."


@pytest.fixture(scope="module")
def vet(tmp_path_factory: pytest.TempPathFactory) -> FlowContext:
    root = tmp_path_factory.mktemp("vet") / "content"
    shutil.copytree(SHIPPED_CONTENT, root)
    path = root / "scenarios" / "english-upsell.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["id"], data["aliases"], data["facts"] = "vet-arrival", [], []
    data["opening_line"] = "Hi, Biscuit Cole for her ten o'clock. Long drive in from the farm."
    opening = data["stages"][0]
    opening["points"][0].update(keywords=["welcome", "ms cole", "hello"])
    for line in opening["persona_lines"]:
        if isinstance(line, dict) and line.get("answers") == ["greet"]:
            line["text"] = THANKS
    (root / "scenarios" / "vet-arrival.yaml").write_text(
        yaml.safe_dump(data, allow_unicode=True), encoding="utf-8"
    )
    return FlowContext(library=ContentLibrary.load(root))


@pytest.mark.parametrize(
    "welcome",
    [
        "Welcome, Ms Cole! How was the journey - were the roads busy?",
        "Hello and welcome! Did you have a good drive?",
    ],
)
async def test_her_journey_asked_in_the_welcome_is_answered(vet: FlowContext, welcome: str) -> None:
    lines = await lines_after(vet, "vet-arrival", welcome)
    assert lines[1] != THANKS and lines[1].endswith(THANKS), lines
