"""A limited term said to have no limit is that term's false claim (unbounded_terms.py): a
cancellation window, a late check-out, a voucher, a card freeze, each called unlimited, is flagged
and earns no credit for the point it garbles; the same term with its true limit, or the limit
denied, is no claim. Through the real evaluator and, for one, the real flow and report."""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from graphs.library import ContentLibrary
from graphs.practice_dialogue.evaluation import OfflineEvaluator
from graphs.scenarios import Scenario
from tests.support.practice import played


def _evaluate(name: str, reply: str) -> dict:
    scenario = ContentLibrary.load().get(Scenario, name)
    stage = scenario.stage("presentation")
    return OfflineEvaluator(coaching=False).evaluate_now(scenario, stage, reply, {}, 3)


@pytest.mark.parametrize(
    ("name", "reply", "claim", "point"),
    [
        (
            "broadband-retention",
            "Sign today and you can cancel with no fee whenever you want.",
            "A wrong cancellation window",
            "no-fee",
        ),
        (
            "english-upsell",
            "With the suite your late checkout has no time limit at all.",
            "A wrong late check-out time",
            "extras",
        ),
        (
            "complaint-handling",
            "抵用券您想拿几张都可以，不设限。",
            "承诺超出权限的抵用券",
            "voucher",
        ),
        ("objection-handling", "这张卡停卡不限次数，出差多久都不浪费。", "谎报冻结期限", "freeze"),
    ],
)
def test_a_limit_taken_off_is_the_terms_false_claim(
    name: str, reply: str, claim: str, point: str
) -> None:
    evaluation = _evaluate(name, reply)
    assert any(c.startswith(claim) for c in evaluation["forbidden"])
    assert point not in [c["tag"] for c in evaluation["covered"]]


@pytest.mark.parametrize(
    ("name", "reply"),
    [
        ("broadband-retention", "You can cancel with no fee within 30 days, and call us any time."),
        ("broadband-retention", "You can't cancel for free whenever you like, only in 30 days."),
        ("english-upsell", "Late check-out is until 2 pm, and breakfast is served any time."),
        ("complaint-handling", "抵用券是一张100元的，您随时来都能用。"),
        ("objection-handling", "停卡每年60天，出差的时候随时可以申请。"),
    ],
)
def test_the_true_limit_or_a_denied_one_is_no_claim(name: str, reply: str) -> None:
    assert _evaluate(name, reply)["forbidden"] == []


async def test_the_report_flags_the_unlimited_window_and_does_not_credit_it(
    offline_context: FlowContext,
) -> None:
    values = await played(
        offline_context,
        "broadband-retention",
        "Hello Ms Shah, thanks for calling. Can I ask what's making you want to leave?",
        "I can book a free engineer for Thursday morning.",
        "And there's no time limit: cancel free of charge whenever you want.",
        "quit",
    )
    report = values["report"]
    honesty = [c for c in report["criteria"] if "window" in c["explanation"].lower()]
    assert honesty, report["criteria"]
    flagged = [c for c in honesty if "wrong cancellation window" in c["explanation"].lower()]
    assert flagged, honesty
