"""A free first go and what she hopes for, in the learner's words (session 17 held-out trainer).

Own learners, through the real flow: 「可以先来做个免费体测」 offers a trial before she decides, the
flexible plan's 先体验; "Is there anything you're hoping for that could make the weekend feel extra
special?" asks her preferences. A purchase first (先办卡) offers no trial.
"""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from tests.support.practice import criterion, played

FLEXIBLE = "提出灵活方案"
PREFERENCES = "Ask about preferences for the room"


@pytest.mark.parametrize(
    "reply",
    [
        "您要是拿不准，可以先来做个免费体测，练过一次再说。",
        "要不先给您约一次免费体验课，感受一下再定。",
    ],
)
async def test_a_free_first_go_is_the_trial_offered(
    offline_context: FlowContext, reply: str
) -> None:
    values = await played(offline_context, "objection-handling", reply, "结束")
    price = criterion(values, "价格异议处理")["explanation"]
    assert f"做到：{FLEXIBLE}（先体验）" in price, price


async def test_a_purchase_first_is_no_trial(offline_context: FlowContext) -> None:
    values = await played(offline_context, "objection-handling", "您可以先办卡，再慢慢练。", "结束")
    assert f"做到：{FLEXIBLE}" not in criterion(values, "价格异议处理")["explanation"]


async def test_what_she_hopes_for_asks_her_preferences(offline_context: FlowContext) -> None:
    values = await played(
        offline_context,
        "english-upsell",
        "Good evening and welcome. Are you here for anything special this weekend?",
        "Lovely! Is there anything you're hoping for that could make the weekend feel extra special?",
        "quit",
    )
    need = criterion(values, "Finding the need")["explanation"]
    assert PREFERENCES not in need and "all 2 points done" in need, need
