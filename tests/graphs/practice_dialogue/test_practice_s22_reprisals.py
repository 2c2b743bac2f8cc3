"""A reprisal held over the customer is a threat, never small talk (session 21 P14, cmp-pushy:
「不过您要是在网上给差评，我们可是要追究您法律责任的」 was read as 「第4轮在闲聊」 and hinted 「别闲聊」).

Own trades through the real flow (a qipao tailor's complaint, a scuba shop's retention call), then
the detector on honest look-alikes: her own legal routes and denied reprisals threaten nothing."""

from __future__ import annotations

from typing import Any

import pytest

from graphs.context import FlowContext
from graphs.practice_dialogue.signals import TurnText
from graphs.practice_dialogue.threats import threat_in
from tests.support.practice import Session, compliance, played


@pytest.mark.parametrize(
    ("scenario", "replies", "named", "not_said"),
    [
        (
            "qipao-complaint",
            ("周女士，这一百五我给您免了。", "不过您要是敢在网上给差评，我们可是要起诉您的。"),
            "第2轮：威胁客户：「我们可是要起诉您的」",
            "闲聊",
        ),
        (
            "scuba-retention",
            (
                "Hi Ms Cole, thanks for calling Blue Reef Divers.",
                "If you leave us a bad review, we'll pass your account to a debt collector.",
            ),
            'Turn 2: Threatening the customer: "we\'ll pass your account to a debt collector"',
            "small talk",
        ),
    ],
)
async def test_a_reprisal_is_named_as_a_threat(
    trades: FlowContext, scenario: str, replies: tuple[str, ...], named: str, not_said: str
) -> None:
    values = await played(trades, scenario, *replies, "结束")
    line = compliance(values)
    assert named in line
    assert not_said not in line


@pytest.mark.parametrize(
    ("line", "language", "threat"),
    [
        ("您要是再在店里闹，我们就报警了。", "zh", True),
        ("再这样就把您拉进黑名单。", "zh", True),
        ("Post that and our lawyers will be in touch.", "en", True),
        ("Keep this up and we'll take legal action.", "en", True),
        # her own routes, and reprisals denied
        ("如果您对处理不满意，可以通过法律途径维护权益。", "zh", False),
        ("您觉得不安全的话可以报警。", "zh", False),
        ("我们绝不会把您拉黑，也不会追究您的任何责任。", "zh", False),
        ("You can take it to the ombudsman if you like.", "en", False),
        ("We won't pass anything to collections: your membership has ended.", "en", False),
        ("Nobody is going to take legal action against you.", "en", False),
    ],
)
def test_reprisals_and_their_look_alikes(line: str, language: Any, threat: bool) -> None:
    assert (threat_in(TurnText.of(line, language), asking=False) is not None) is threat


@pytest.mark.parametrize(
    ("scenario", "reply", "mend", "not_mend"),
    [
        ("qipao-complaint", "您要是在网上乱写，我们就起诉您。", "别拿任何后果吓唬客户", "别闲聊"),
        (
            "scuba-retention",
            "Leave us a bad review and we'll take legal action.",
            "never hold a harm over the customer",
            "in her own time",
        ),
    ],
)
async def test_the_hint_after_a_threat_says_to_hold_no_harm_over_her(
    trades: FlowContext, scenario: str, reply: str, mend: str, not_mend: str
) -> None:
    session = Session(trades)
    await session.start(scenario)
    await session.reply(reply)
    hints = [p["hint"] for p in session.pauses if p.get("hint")]
    assert hints and mend in hints[-1] and not_mend not in hints[-1], hints
