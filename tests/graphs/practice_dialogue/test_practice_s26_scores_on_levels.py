"""Session 26, H5 (issue 12, trainer P18): a stage done in part scores the rubric's level for it.

The four average learners of P18 scored 18-31 where a trainer expects 35-62: a stage of three
points with one made scored 33 under a rubric whose levels read 0 「没有…」, 40 「只做了一部分」,
70 「做了两项」, 90 「三项俱全」, and two made scored 67. A trainer scores by the levels: each point
made climbs a rung below the top, the top (all made) stays full marks, and a share above its rung
keeps the share (two of three under a 0/50/90 ladder is 67, not 50). A learner who made nothing
still scores 0; one who made everything still scores 100.

The trade is the test's own (tests/support/fingerprint_lock.py): a shop selling fingerprint door
locks, a customer who finds the lock dear.
"""

from __future__ import annotations

from typing import Any

import pytest

from graphs.context import FlowContext
from tests.support.fingerprint_lock import SCENARIO, lock_shop_context
from tests.support.practice import Session, criterion


@pytest.fixture(scope="module")
def lock_shop(tmp_path_factory: pytest.TempPathFactory) -> FlowContext:
    """The shipped content with the fingerprint-lock scenario and its rubric."""
    return lock_shop_context(tmp_path_factory.mktemp("h5_s26") / "content")


async def _report(context: FlowContext, *replies: str) -> dict[str, Any]:
    values = await Session(context).play(SCENARIO["id"], [*replies, "结束"])
    return values


async def test_one_point_of_three_scores_the_first_level_two_the_second(
    lock_shop: FlowContext,
) -> None:
    values = await _report(
        lock_shop,
        "您好，欢迎光临。请问您家里几口人？有老人小孩吗？",  # discovery 1 of 3
        "指纹和密码都能开，老人小孩不用带钥匙，我们还可以免费上门测量门厚。",  # presentation 2 of 3
        "理解您的顾虑，这个价格含上门安装。",  # objections 2 of 3 under 0/50/90
    )
    discovery = criterion(values, "需求了解")
    presentation = criterion(values, "功能介绍")
    objections = criterion(values, "价格异议")
    assert len(discovery["turns"]) == 1 and discovery["score"] == 40, discovery
    assert presentation["score"] == 70, presentation
    # two of three above the ladder's only rung below the top: the share stands
    assert objections["score"] == 67, objections


async def test_nothing_made_is_none_and_everything_is_full_marks(lock_shop: FlowContext) -> None:
    values = await _report(
        lock_shop,
        "您好，欢迎光临。",
        "指纹和密码都能开，老人小孩不用带钥匙；我们可以免费上门测量门厚，三年质保，旧锁免费拆。",
    )
    assert criterion(values, "需求了解")["score"] == 0
    assert criterion(values, "功能介绍")["score"] == 100
