"""A promise after a condition of inability is still a promise: in "练不下去全额退款" the 不 of the
potential complement (练不下去, 清不下来) denies only that the verb gets there, not the refund
after it (graphs/text/negation.py). Through the real evaluator; a real denial is still none."""

from __future__ import annotations

import pytest

from graphs.library import ContentLibrary
from graphs.practice_dialogue.evaluation import OfflineEvaluator
from graphs.scenarios import Scenario
from graphs.text.negation import is_negated


def _forbidden(name: str, reply: str) -> list[str]:
    scenario = ContentLibrary.load().get(Scenario, name)
    stage = scenario.stage("objections")
    return OfflineEvaluator(coaching=False).evaluate_now(scenario, stage, reply, {}, 4)["forbidden"]


@pytest.mark.parametrize(
    ("name", "reply", "claim"),
    [
        ("objection-handling", "您放心办，练不下去全额退款。", "承诺可以随时全额退卡"),
        ("complaint-handling", "这次牙结石清不下来以后全部免费。", "承诺超出权限的补偿"),
    ],
)
def test_the_promise_after_a_potential_complement_is_heard(
    name: str, reply: str, claim: str
) -> None:
    assert claim in _forbidden(name, reply)


def test_the_complement_alone_is_denied() -> None:
    text = "网速提不上去就给您免一个月"
    assert is_negated(text, text.index("上去"), text.index("上去") + 2, "zh")
    assert not is_negated(text, text.index("免"), text.index("免") + 4, "zh")
    # a plain 不 before a verb still denies it
    assert is_negated("他不下来吃饭", 4, 6, "zh")


def test_a_refund_refused_is_no_refund_promise() -> None:
    assert "承诺可以随时全额退卡" not in _forbidden("objection-handling", "我们不能全额退款。")
