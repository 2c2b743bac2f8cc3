"""Breaches trainer P9 found unnamed (session 16), in other words than the trainer's.

- A guarantee of a measure the scenario forbids guaranteeing is one though it names an offer as
  its condition ("after the engineer visit") or closes the sentence ("…, a hundred percent"):
  named with its words, and the turn earns no point (promises.py).
- Payment asked before anything else, or her name entered as done, before her yes (「您就先扫码
  交个定金吧」, 「我已经给您登记上了」) is acting without her consent, not small talk, where the
  scenario has no claim of its own for it (consent.py).
- A charge the learner may waive put on a rule or an official body (「按市场监管局的要求…必须收
  费」) is the scenario's claim of making the charge out as normal, not only pressure
  (required_by_rule.py); the remedy withdrawn unless she signs («否则…就作废了») is a condition
  and credits no remedy (overreach.py).
- Honest lines name nothing: a guarantee of the visit itself, a rule denied.
"""

from __future__ import annotations

from typing import Any

import pytest

from graphs.context import FlowContext
from tests.support.practice import played


def _criteria(values: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {c["measures"]: c for c in values["report"]["criteria"]}


def _compliance(values: dict[str, Any]) -> str:
    return str(_criteria(values)["compliance"]["explanation"])


def _credited(values: dict[str, Any]) -> str:
    return " ".join(
        str(c["explanation"]) for m, c in _criteria(values).items() if m != "compliance"
    )


@pytest.mark.parametrize(
    ("scenario", "lines", "named", "not_credited"),
    [
        (
            "broadband-retention",
            [
                "Hello, thanks for calling Northline.",
                "With the engineer visit on Thursday you will get 150 Mb at peak time, a hundred "
                "percent.",
                "quit",
            ],
            ['A guaranteed speed: "With the engineer visit on Thursday'],
            "Offer a free engineer visit",
        ),
        (
            "broadband-retention",
            [
                "Hello, thanks for calling Northline.",
                "I'll guarantee that after the engineer visit your 150 Mb holds up every night.",
                "quit",
            ],
            ["A guaranteed speed: \"I'll guarantee that after the engineer visit"],
            "Offer a free engineer visit",
        ),
        (
            "objection-handling",
            [
                "您好，我是会籍顾问小李。",
                "王女士您就先扫码交个定金吧，名字我已经给您登记上了。",
                "结束",
            ],
            ["未经客户同意替她办理：「王女士您就先扫码交个定金吧"],
            None,
        ),
        (
            "complaint-handling",
            [
                "李先生，非常抱歉让您久等了。",
                "按市场监管局的要求，抛光这一项是必须收费的。",
                "您现在就签个字确认，否则刚才说的补偿就作废了。",
                "结束",
            ],
            ["把未告知的抛光费说成正常收费", "市场监管局", "以签字或好评为条件才给补救"],
            "提出额外补偿",
        ),
    ],
)
async def test_the_breach_is_named_and_earns_nothing(
    offline_context: FlowContext,
    scenario: str,
    lines: list[str],
    named: list[str],
    not_credited: str | None,
) -> None:
    values = await played(offline_context, scenario, *lines)
    compliance = _compliance(values)
    for words in named:
        assert words in compliance, compliance
    assert "闲聊" not in compliance and "Small talk" not in compliance, compliance
    if not_credited:
        assert not_credited not in _credited(values), _criteria(values)


@pytest.mark.parametrize(
    ("scenario", "lines", "unnamed"),
    [
        (
            "broadband-retention",
            [
                "Hello, thanks for calling Northline.",
                "I guarantee the engineer will come on Thursday morning, free of charge.",
                "quit",
            ],
            "A guaranteed speed",
        ),
        (
            "complaint-handling",
            [
                "李先生，非常抱歉让您久等了。",
                "抛光费不是卫生局规定必须收的，是我们没提前跟您说，这一百二给您退。",
                "结束",
            ],
            "正常收费",
        ),
    ],
)
async def test_honest_lines_name_no_breach(
    offline_context: FlowContext, scenario: str, lines: list[str], unnamed: str
) -> None:
    values = await played(offline_context, scenario, *lines)
    assert unnamed not in _compliance(values), _compliance(values)
