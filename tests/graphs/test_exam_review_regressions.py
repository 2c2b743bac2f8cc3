"""Regressions from the seventh designer review (four unseen materials): an option that tells
another is false, two questions on one figure, absurd reversals, shortfall reasons a trainer
cannot act on. Each test is built from the review's examples, never matched on their strings."""

from __future__ import annotations

import pytest

from graphs.exam_generation.false_statements import false_statements, flip_modality
from graphs.text import analyse
from graphs.text.facts import Fact, facts_for


def only_fact(material: str) -> Fact:
    (fact,) = facts_for(analyse(material))
    return fact


@pytest.mark.parametrize(
    ("material", "zh"),
    [
        (
            "# Forklifts\n\nNever lift a load above the rated capacity shown on the data plate.\n",
            False,
        ),
        (
            "# Incidents\n\nAfter a serious injury, do not move equipment or clean up the scene "
            "until the Health & Safety Manager releases it.\n",
            False,
        ),
        (
            "# Billing\n\nAgents cannot cancel on a customer's behalf unless the request comes "
            "from the owner's registered email address.\n",
            False,
        ),
        ("# 常见问题\n\n前台一律不得透露住客房号及任何个人信息。\n", True),
        ("# 投诉处理\n\n前台严禁与宾客争辩。\n", True),
    ],
    ids=["never", "do-not", "cannot-unless", "yilv", "yanjin"],
)
def test_an_absolute_or_imperative_prohibition_is_not_reversed(material: str, zh: bool):
    """ "Always lift a load above the rated capacity", "do move equipment … until …" and
    「一律可以透露住客房号」 are false by common sense: no learner needs the material to reject them."""
    fact = only_fact(material)
    assert "prohibition" in fact.kinds
    assert flip_modality(fact, zh) == []
    made = false_statements(fact, (fact,), material, zh)
    assert not [p for p in made if p.kind == "modality"]


@pytest.mark.parametrize(
    ("material", "zh", "flipped"),
    [
        (
            "# Data\n\nAgents may not download customer data to a personal device.\n",
            False,
            "Agents may download customer data to a personal device.",
        ),
        (
            "# Refunds\n\nAgents must not promise a refund by chat.\n",
            False,
            "Agents may promise a refund by chat.",
        ),
        ("# 发票\n\n前台不得代填宾客的发票信息。\n", True, "前台可以代填宾客的发票信息。"),
    ],
    ids=["may-not", "must-not", "bude"],
)
def test_a_plain_prohibition_still_flips_into_a_permission(material: str, zh: bool, flipped: str):
    (made,) = flip_modality(only_fact(material), zh)
    assert made.statement == flipped
