"""A bare number said as money: 充100送10 is 充100元送10元.

A Chinese learner writes the sums of a top-up or a refund without 元 ("会员充100送10", "押金交50"):
the verb of paying before the number says what it counts, as 元 would. A teacher reads 100 there
as the point's 100元; without that verb a bare number stays bare (it may count anything).
"""

from __future__ import annotations

import re

from graphs.text.quantities import Quantity

_PAYING_BEFORE = re.compile(
    r"(?:充值?|赠送|送|返还?|退还?|退现?|支付|付|交|罚款?|扣|减|押金|收费?)\s*$"
)
"""Verbs of paying or refunding right before a number: what follows them is a sum of money."""


def as_money(text: str, start: int, quantity: Quantity) -> Quantity:
    """`quantity` (at `start` of `text`) in 元 when it is bare and a verb of paying stands right
    before it; else unchanged."""
    if quantity.unit is not None or not _PAYING_BEFORE.search(text[max(0, start - 4) : start]):
        return quantity
    return Quantity(quantity.value, "yuan", "money_cny")
