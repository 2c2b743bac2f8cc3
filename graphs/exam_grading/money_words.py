"""A bare number said as money: 充100送10 is 充100元送10元.

A Chinese learner writes the sums of a top-up or a refund without 元 ("会员充100送10", "押金交50"):
the verb of paying before the number says what it counts, as 元 would. A teacher reads 100 there
as the point's 100元; without that verb a bare number stays bare (it may count anything).

The sum may be a Chinese numeral too ("会员卡充一千送两百", "抽了罚两百", session 22 teacher T15):
graphs/text/quantities.py reads a Chinese numeral only before a unit, so `with_money_in_words` reads a
numeral of tens, hundreds or thousands right after a verb of paying as that many 元. A numeral
with a unit after it (送两张) is the quantity reader's; 一 or 两 alone (送一次) is no sum.

A fill-in's stem asks a sum the same way ("A replacement fin costs ____", 「须赔偿____」):
`asks_a_sum` reads the words before the blank, so a bare figure there is the key's money.
"""

from __future__ import annotations

import re

from graphs.text.numerals import ZH_DIGITS, zh_value
from graphs.text.quantities import Quantity

_PAYING = r"(?:充值?|赠送?|送|返还?|退还?|退现?|支付|付|交|罚款?|扣|减|押金|收费?)"
_PAYING_BEFORE = re.compile(_PAYING + r"\s*$")
"""Verbs of paying or refunding right before a number: what follows them is a sum of money."""
_SUM_IN_WORDS = re.compile(
    rf"{_PAYING}\s*([{ZH_DIGITS}]*[十百千万][{ZH_DIGITS}]*)(?=$|[\s，,。；;、！!？?)）]|{_PAYING})"
)
"""A Chinese numeral with a tens, hundreds or thousands place right after a verb of paying, with
nothing after it but a break or the next payment (送五百积分 counts points, not 元)."""


_ZH_COMPARED = r"(?:(?:不得|不能|不可|不)?(?:超过|高于|低于|少于|多于)|最多|最少|至多|至少|满)"
_EN_COMPARED = (
    r"(?:(?:no|not)\s+)?(?:more|less|fewer|higher|lower)\s+than|over|under|above|below|up\s+to|"
    r"at\s+(?:least|most)|in\s+excess\s+of"
)
_SUM_ASKED = re.compile(
    r"(?:收费|收取|费用|价格|售价|单价|定价|金额|总价|总额|租金|押金|罚款|罚金|赔偿金?|赔付|支付|付款|"
    r"缴纳|交纳|补交|补缴|退还|退款|花费|需付|须付|要付|价值)\s*(?:为|是|共|合计)?\s*[:：]?\s*"
    rf"(?:{_ZH_COMPARED}\s*)?$"
    r"|\b(?:costs?|priced\s+at|(?:price|fee|fine|charge|deposit|rent|refund|penalty|surcharge)"
    rf"(?:\s+(?:is|are|of))?|charged(?:\s+at)?|charges|pays?|paid|worth)\s*(?:(?:{_EN_COMPARED})\s*)?$",
    re.IGNORECASE,
)
"""Words that take a sum of money right after them, and nothing else: costs, a fee of, is
charged, pays; 收费, 须赔偿, 押金为, 金额. Not 扣 or 减 (扣2分 takes points), nor 交 (交两份). A
comparison between them and the blank ("costs more than ____", 单价超过____, 费用不超过____) bounds
the sum and still asks money (session 24 teacher T17: "costs more than ____" answered 20)."""


def asks_a_sum(before: str) -> bool:
    """Whether the words `before` a blank or a figure ask a sum of money ("costs", 「赔偿」)."""
    return bool(_SUM_ASKED.search(before))


def as_money(text: str, start: int, quantity: Quantity) -> Quantity:
    """`quantity` (at `start` of `text`) in 元 when it is bare and a verb of paying stands right
    before it; else unchanged."""
    if quantity.unit is not None or not _PAYING_BEFORE.search(text[max(0, start - 4) : start]):
        return quantity
    return Quantity(quantity.value, "yuan", "money_cny")


def with_money_in_words(
    text: str, found: list[tuple[Quantity, int, int]]
) -> list[tuple[Quantity, int, int]]:
    """The quantities `found` in `text`, and after them its sums said as a bare Chinese numeral
    after a verb of paying (充一千 is 1000元), with their spans; none inside one found (罚两百元)."""
    sums = list(found)
    for match in _SUM_IN_WORDS.finditer(text):
        start, end = match.span(1)
        value = zh_value(match.group(1))
        if value is None or any(s < end and start < e for _, s, e in found):
            continue
        sums.append((Quantity(value, "yuan", "money_cny"), start, end))
    return sorted(sums, key=lambda quantity: quantity[1])
