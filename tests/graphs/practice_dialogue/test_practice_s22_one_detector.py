"""The customer takes offence at exactly the threats and excuses the report names: both hear them
by the evaluator's detectors (threats.py, false_excuses.py), where she had patterns of her own
(session 21 P14 cmp-pushy: the legal threat got 「我说的是收费和等待，你扯别的干什么？」).

Own trades through the real flow: each turn's report line and her answer agree, and an honest
look-alike gets neither."""

from __future__ import annotations

from typing import Any

import pytest

from graphs.context import FlowContext
from tests.support.practice import Session, her_lines


async def _after(trades: FlowContext, scenario: str, reply: str) -> tuple[list[str], str]:
    """The turn's breaches as the report names them, and her answer to it."""
    session = Session(trades)
    await session.start(scenario)
    values: dict[str, Any] = await session.reply(reply)
    evaluation = values["turn_evaluations"][-1]
    named = [evaluation.get("claims_said", {}).get(c, c) for c in evaluation["forbidden"]]
    return named, her_lines(values)[-1]


@pytest.mark.parametrize(
    ("scenario", "reply", "label", "reaction"),
    [
        ("qipao-complaint", "您要是敢在网上给差评，我们就追究您的法律责任。", "威胁客户", "威胁"),
        (
            "scuba-retention",
            "Post a bad review and our lawyers will be in touch.",
            "Threatening the customer",
            "threatening",
        ),
        (
            "scuba-retention",
            "The boats get cancelled because our costs have gone up, that's all.",
            "A made-up excuse",
            "not buying",
        ),
        ("qipao-complaint", "晚交是因为电脑系统出了故障，不是我们的问题。", "编造原因", "不信"),
    ],
)
async def test_she_answers_what_the_report_names(
    trades: FlowContext, scenario: str, reply: str, label: str, reaction: str
) -> None:
    named, line = await _after(trades, scenario, reply)
    assert any(n.startswith(label) for n in named), named
    assert reaction in line, line


@pytest.mark.parametrize(
    ("scenario", "reply"),
    [
        ("qipao-complaint", "如果您对处理不满意，可以通过法律途径维护权益，我先给您退盘扣费。"),
        ("scuba-retention", "If you cancel within 30 days you won't be charged anything."),
    ],
)
async def test_an_honest_look_alike_gets_neither(
    trades: FlowContext, scenario: str, reply: str
) -> None:
    named, line = await _after(trades, scenario, reply)
    assert not any("威胁" in n or "Threat" in n or "excuse" in n or "原因" in n for n in named)
    assert not any(w in line for w in ("威胁", "threatening", "不信", "not buying"))
