"""While a practice is paused, only a bare command leaves it: the shipped router on messages a
learner types, commands and sentences said in role that hold a command's words."""

from __future__ import annotations

import pytest

from routers.decision import RouteContext
from routers.router import IntentRouter

PAUSED = RouteContext(paused_in="practice_dialogue", last_graph="practice_dialogue")


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("结束", "practice_end"),
        ("退出。", "practice_end"),
        ("quit", "practice_end"),
        ("end", "practice_end"),
        ("我要结束了", "practice_end"),
        ("不练了，出报告吧", "practice_end"),
        ("出10道单选题考考我", "exam_generate"),
        ("我想练练异议处理", "practice_start"),
    ],
)
async def test_a_bare_command_leaves_the_practice(
    router: IntentRouter, message: str, intent: str
) -> None:
    decision = await router.route(message, PAUSED)
    assert (decision.intent, decision.source) == (intent, "explicit")


@pytest.mark.parametrize(
    "message",
    [
        "您先别急着结束，听我说完",
        "我们有个测验，您要不要先做做看？",
        "我们先不急着结束，您看这样行吗",
        "Please don't end the call yet, let me finish.",
        "We can stop by the spa later if you like.",
        "退出会员的话，年卡还可以转让给家人。",
    ],
)
async def test_a_sentence_in_role_is_a_reply(router: IntentRouter, message: str) -> None:
    decision = await router.route(message, PAUSED)
    assert (decision.intent, decision.source) == ("practice_reply", "context")
    assert decision.graph == "practice_dialogue"
    # the rule that fired is named, so the playground's "why?" shows what was set aside
    if decision.trace.rules and any(r[3] for r in decision.trace.rules):
        assert "not a bare command" in decision.reasoning
