"""Session 26, H5 (issue 12, trainer P18): a hint given once gives way to the next one.

In P18 the same point came back turn after turn: "Next, try to: Ask how she uses the connection",
then "Still to do: Ask how she uses the connection", then no hint at all, while the learner had
made a point of a later stage and the engineer visit, the 30-day window and the closing were
still to do. A point hinted once and still not made yields to the next point nobody has hinted
yet, in this stage and then in the stages after it; "still to do" comes back only when every
point left has been hinted. Played on the test's own trade (tests/support/fingerprint_lock.py).
"""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from tests.support.fingerprint_lock import SCENARIO, lock_shop_context
from tests.support.practice import Session


@pytest.fixture(scope="module")
def lock_shop(tmp_path_factory: pytest.TempPathFactory) -> FlowContext:
    """The shipped content with the fingerprint-lock scenario and its rubric."""
    return lock_shop_context(tmp_path_factory.mktemp("h5_s26_hints") / "content")


POINTS = [p["text"] for stage in SCENARIO["stages"] for p in stage["points"]]


async def test_a_point_hinted_once_gives_way_to_one_not_yet_hinted(lock_shop: FlowContext) -> None:
    session = Session(lock_shop)
    await session.start(SCENARIO["id"], coaching=True)
    for reply in (
        "您好，欢迎光临。请问您家里几口人？有老人小孩吗？",  # one discovery point of three
        "我们可以免费上门测量门厚。",  # a presentation point; the door not asked
        "装好以后三年质保。",  # another; the door and the trips still not asked
        "价格里含上门安装。",
    ):
        await session.reply(reply)
    hints = [p["hint"] for p in session.pauses[1:]]
    assert all(hints), hints  # points are left: there is always a next one to hint
    for point in POINTS:
        named = [h for h in hints if point in h]
        assert len(named) <= 1, (point, hints)
