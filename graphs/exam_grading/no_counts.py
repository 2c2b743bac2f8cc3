"""A "one" that counts nothing: the indefinite article of Chinese, and a quantifier over persons.

- 一 with a measure word opening a noun phrase (同一位顾客; 一次完整的验光检查…, 一名员工… at the start
  of a clause) is the article of Chinese, not a count a point requires (`is_article`). A count that
  is the rule follows its verb (每年可享受一次免费清洗, 限购一件) or is written in digits (2次).
- 一人 / "one person" under a quantifier (任何一人, 任一人, "any one person", "no one person") or
  denied an act of their own (一人不得单独放行, 不能一个人说了算) says that no single
  person may act by themselves (`is_quantifier`): the rule counts no one, and an answer that says
  the two who must act together (保管员和质检员两个人一起签字) tells it rightly. Session 24 teacher
  T17 (「两个人」 read against the point's 「任何一人」 as the wrong figure).
"""

from __future__ import annotations

import re

from graphs.text.quantities import Quantity

_ARTICLE_COUNT = re.compile(
    r"(?:(?<=同)|(?<=^)|(?<=[，,；;。：:！？\s]))一(?:次|位|名|个|件|项|份|张|台)(?=[\u4e00-\u9fff])"
)
_COUNT_DIMENSIONS = frozenset({"times", "people", "items"})
_WHICH_ONE = re.compile(r"(?:最后|最近|上|前)$")
"""Before 一次 / 一位, a word that picks one out (最后一次, 上一次): no count the rule asks for."""


def is_article(text: str, start: int, end: int, quantity: Quantity) -> bool:
    """The one at [start, end) is the article of a noun phrase or picks one out (module doc)."""
    if quantity.value != 1 or quantity.dimension not in _COUNT_DIMENSIONS:
        return False
    if _WHICH_ONE.search(text[max(0, start - 2) : start]):
        return True  # 最后一次雷声后: which thunderclap, not a count of them
    match = _ARTICLE_COUNT.search(text, max(0, start - 1), end + 1)
    if match is None or not (match.start() <= start and end <= match.end()):
        return False
    following = text[end : end + 2]
    return not re.match(r"以上|以下|以内|之内|内|后|起", following)


_ANY_BEFORE = re.compile(r"(?:任何|任意|任|哪怕|(?<![a-z])(?:any|no)\s+(?:single\s+)?)$", re.I)
_DENIED = r"(?:不得|不能|不可|不准|不许|无权|禁止)"
_ALONE = r"(?:单独|独自|擅自|单方面|说了算|做主|拍板)"
_DENIED_ALONE = re.compile(rf"\A\s*(?:都|也)?{_DENIED}{_ALONE}?")
"""一人不得单独放行, 一人不得放行: what one person may not do by themselves."""
_DENIED_BEFORE = re.compile(rf"{_DENIED}$")
_ALONE_AFTER = re.compile(rf"\A\s*{_ALONE}")
"""不能一个人说了算: one person denied a say of their own."""


def is_quantifier(text: str, start: int, end: int, quantity: Quantity) -> bool:
    """The one person at [start, end) is no count: any one, no one, one alone (module doc)."""
    if quantity.value != 1 or quantity.dimension != "people":
        return False
    before, after = text[max(0, start - 12) : start], text[end:]
    return bool(
        _ANY_BEFORE.search(before)
        or _DENIED_ALONE.match(after)
        or (_DENIED_BEFORE.search(before) and _ALONE_AFTER.match(after))
    )
