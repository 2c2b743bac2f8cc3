"""Session 26, H5 (issue 12, trainer P18): once she has said yes, she weighs no offer again.

P18 eu1: after "Okay, you've convinced me. Let's do it.", the wrap-up "so that's the suite…,
with breakfast for two and late check-out… May I take your card?" got "Sure, here's my card.
Breakfast for two and a late check-out? Hm, that would be handy.": her reaction to an offer
heard as news, which after her yes reads as the turn before replayed. Her answer to the wrap-up
answers what it asked and confirms; her weighing of what was offered (a line answering a point
the learner makes by telling, in a stage before the closing) is not said after her yes. Her
answer to a question about her (a point made by asking) still is. Played on the test's own
trade (tests/support/fingerprint_lock.py).
"""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from tests.support.fingerprint_lock import SCENARIO, lock_shop_context
from tests.support.practice import Session, her_lines


@pytest.fixture(scope="module")
def lock_shop(tmp_path_factory: pytest.TempPathFactory) -> FlowContext:
    """The shipped content with the fingerprint-lock scenario and its rubric."""
    return lock_shop_context(tmp_path_factory.mktemp("h5_s26_yes") / "content")


def _weighing_lines() -> list[str]:
    """Her lines answering a point told to her, in the stages before the closing."""
    told = {
        p["id"]
        for stage in SCENARIO["stages"][:-1]
        for p in stage["points"]
        if not p.get("by_asking")
    }
    return [
        line["text"]
        for stage in SCENARIO["stages"][:-1]
        for line in stage["persona_lines"]
        if set(line.get("answers", [])) & told
    ]


async def test_the_wrap_up_after_her_yes_gets_no_offer_weighed_again(
    lock_shop: FlowContext,
) -> None:
    values = await Session(lock_shop).play(
        SCENARIO["id"],
        [
            "您好，欢迎光临！请问您家里几口人？有老人小孩吗？",
            "理解您的顾虑。指纹和密码都能开，老人小孩不用带钥匙，我们还可以免费上门测量门厚。",
            "价格里含上门安装，还可以分期免息。您看可以吗？",  # she: 行，那就约个时间上门量吧。
            "好的，那我给您约周六上午上门测量，装好后三年质保。您留个电话可以吗？",
        ],
    )
    lines = her_lines(values)
    assert "行" in lines[-2], lines  # her yes
    last = lines[-1]
    assert not any(line in last for line in _weighing_lines()), lines
    assert values["report"]["ended"] == "goal", values["report"]["ended"]
