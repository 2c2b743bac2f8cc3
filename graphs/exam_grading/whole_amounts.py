"""A key that names the whole of an amount, said without its word for the whole.

「退款金额不得超过____」 keyed 订单总价 and answered 订单价格: the order's price is its total price.
总/全部 before an amount (总价, 总额, 全部费用) says "all of it", a quantifier, not another kind of
amount; the owner before it (订单, 新品) and the amount's head (价 said as 价格, 费 as 费用) are what
tell one amount from another, and the answer keeps both. English does the same with "total" and
"overall" ("order price" for "total order price").

Not the same amount: another owner (运费总价, 旧金价格 for 新品总价), another head (订单差价:
a difference, not a price), or the owner alone (订单 names no amount).
"""

from __future__ import annotations

import re

from graphs.text.language import detect_language

_ZH_WHOLE = ("全部", "总")
"""Chinese words for the whole of an amount, before its head (总价, 全部费用); not 全 alone:
全额退款 against a part refund is the rule's own content."""
_ZH_HEAD_ENDINGS = frozenset("格钱款用量额")
"""A second character that makes a one-character amount a word without changing it (价 -> 价格,
费 -> 费用, 重 -> 重量, 数 -> 数量)."""
_ZH_SAME_HEAD = {"额": frozenset({"金额", "数额"})}
"""Heads said in another word of the same amount (总额 is the whole 金额)."""
_EN_WHOLE = frozenset({"total", "overall"})
"""Not "full": a full refund against a part one is the rule's own content."""
_EN_WORD = re.compile(r"[a-z]+")
_EN_ARTICLES = frozenset({"the", "a", "an", "of"})


def whole_said_plainly(given: str, expected: str) -> bool:
    """Whether `given` is the key `expected` (an amount named as a whole) without its word for
    the whole: the same owner and the same amount."""
    if given.isascii() and expected.isascii():
        return _english(given, expected)
    if detect_language(given + expected) != "zh":
        return False
    return _chinese(given.strip(), expected.strip())


def _chinese(given: str, expected: str) -> bool:
    for whole in _ZH_WHOLE:
        at = expected.find(whole)
        if at < 0:
            continue
        owner, head = expected[:at], expected[at + len(whole) :]
        if not head or not given.startswith(owner):
            continue
        said = given[len(owner) :]
        if said and (owner or len(said) > 1) and _same_head(said, head):
            return True
    return False


def _same_head(said: str, head: str) -> bool:
    if said == head or said in _ZH_SAME_HEAD.get(head, ()):
        return True
    return len(head) == 1 and len(said) == 2 and said[0] == head and said[1] in _ZH_HEAD_ENDINGS


def _english(given: str, expected: str) -> bool:
    mine = [w for w in _EN_WORD.findall(given.lower()) if w not in _EN_ARTICLES]
    theirs = [w for w in _EN_WORD.findall(expected.lower()) if w not in _EN_ARTICLES]
    kept = [w for w in theirs if w not in _EN_WHOLE]
    return len(kept) < len(theirs) and bool(mine) and mine == kept
