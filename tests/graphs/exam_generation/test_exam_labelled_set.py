"""The validators agree with the exam designer on every labelled question (bench/labels/).

Sound questions pass; flawed and broken ones are rejected. A disagreement means a validator is
wrong (fix it) or the label is (fix it, with its reason).
"""

from __future__ import annotations

from collections import Counter

import pytest

from bench.labelled_set import LabelledItem, judge, load_items

ITEMS = load_items()
BY_ID = {item.id: item for item in ITEMS}


def test_the_set_covers_every_type_and_enough_sound_items():
    verdicts = Counter(item.verdict for item in ITEMS)
    assert len(ITEMS) >= 80
    assert verdicts["sound"] >= 35 and verdicts["flawed"] and verdicts["broken"]
    sound_types = {item.question["type"] for item in ITEMS if item.verdict == "sound"}
    assert sound_types == {
        "single_choice",
        "multiple_choice",
        "true_false",
        "fill_blank",
        "short_answer",
    }


@pytest.mark.parametrize(
    "item",
    [
        pytest.param(item, marks=pytest.mark.xfail(strict=True, reason=item.open))
        if item.open
        else item
        for item in ITEMS
    ],
    ids=[item.id for item in ITEMS],
)
def test_validators_agree_with_the_designer(item: LabelledItem):
    judgement = judge(item, BY_ID)
    if item.verdict == "sound":
        assert judgement.problems == [], f"{item.id} is sound ({item.reason})"
    else:
        assert judgement.problems, f"{item.id} is {item.verdict} ({item.reason}) but passed"
        assert item.expect, f"{item.id}: say which problem the validators should report"
        assert any(item.expect in problem for problem in judgement.problems), (
            f"{item.id} ({item.reason}) was rejected for another reason: {judgement.problems}"
        )
