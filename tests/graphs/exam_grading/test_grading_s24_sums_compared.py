"""A sum asked after a comparison word still asks money (session 24 teacher T17, e2 weak Q6: '20'
for "costs more than ____" got "partial 1/2 … (unit missing)"; the unit is obvious from the stem).
money_words.asks_a_sum reads a bound between the money word and the blank: "costs more than",
"costs at most", 单价超过, 金额不超过. Own trade: a key-cutting kiosk and a seed warehouse."""

from __future__ import annotations

import pytest

from graphs.exam_grading.money_words import asks_a_sum
from tests.support.grading import fill_blank, judged


@pytest.mark.parametrize(
    ("stem", "key", "answer"),
    [
        ("A duplicate of a security key costs more than ____.", "20 euros", "20"),
        ("A standard key copy costs at most ____.", "£5", "5"),
        ("高价种子单价超过____须登记。", "200元", "200"),
        ("单批种子入库金额不超过____可由保管员直接办理。", "5000元", "5000"),
    ],
)
def test_a_bare_sum_after_a_compared_price_is_the_key(stem: str, key: str, answer: str) -> None:
    judgement, note = judged(fill_blank(stem, key), answer)
    assert judgement.ratio == 1.0, note


def test_another_unit_after_a_compared_price_is_still_wrong() -> None:
    judgement, note = judged(
        fill_blank("A duplicate of a security key costs more than ____.", "20 euros"), "20 pounds"
    )
    assert judgement.ratio == 0.0, note


def test_a_compared_time_asks_no_sum() -> None:
    judgement, _ = judged(fill_blank("Key cutting takes more than ____.", "5 minutes"), "5")
    assert judgement.ratio == 0.5
    assert not asks_a_sum("Key cutting takes more than ")
