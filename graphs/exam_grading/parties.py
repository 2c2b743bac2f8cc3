"""Who pays, who acts: the customer's side swapped for the business's where the point stands.

"If the new item costs more, the customer pays the difference" answered "…, Northwind pays the
difference"; 差价由顾客补足 answered 差价由门店补足: every word of the point is there but the other
party does the act. A teacher marks that point wrong (roles.py reads staff roles swapped for one
another; this reads the two parties of a sale).

The rule (`swapped_party`): the point has a party word right before its act (customer pays, 顾客
承担, 由顾客支付); where the point stands in the answer, the same act has the other side's word right
before it: a customer's word (customer, client, guest, 顾客, 客户…) for the business's (we, the
store, the company, a name written with a capital inside the sentence, 我们, 门店, 公司…), or the
other way round.
"""

from __future__ import annotations

import re
from typing import Literal

from graphs.exam_grading.point_terms import CLAUSE_BREAK
from graphs.exams import Language
from graphs.text.segment import tokenize

Side = Literal["customer", "business"]

_EN_CUSTOMER = frozenset(
    {
        "customer",
        "client",
        "guest",
        "patient",
        "member",
        "passenger",
        "buyer",
        "shopper",
        "visitor",
        "they",
        "he",
        "she",
        "you",
    }
)
_EN_BUSINESS = frozenset(
    {"we", "company", "store", "shop", "business", "salon", "hotel", "branch", "seller", "us"}
)
_ZH_CUSTOMER = ("顾客", "客户", "客人", "患者", "会员", "乘客", "买家", "旅客", "消费者", "学员")
_ZH_BUSINESS = (
    "我们",
    "公司",
    "门店",
    "本店",
    "店里",
    "店方",
    "商家",
    "我方",
    "卖家",
    "店铺",
    "酒店",
)
_EN_WORD = re.compile(r"[A-Za-z']+")


def _en_side(word: str, first: bool) -> Side | None:
    low = word.lower().removesuffix("'s").rstrip("s") if word.lower() not in {"us"} else "us"
    if word.lower() in _EN_CUSTOMER or low in _EN_CUSTOMER:
        return "customer"
    if word.lower() in _EN_BUSINESS or low in _EN_BUSINESS:
        return "business"
    if not first and word[:1].isupper() and word.lower() not in {"i"}:
        return "business"  # a name inside the sentence: the shop's own (Northwind)
    return None


def _zh_side(word: str) -> Side | None:
    if word.endswith(_ZH_CUSTOMER):
        return "customer"
    if word.endswith(_ZH_BUSINESS):
        return "business"
    return None


def _acts(text: str, language: Language) -> list[tuple[Side, str, str]]:
    """(side, the party as written, its act) for each party word right before a verb."""
    found: list[tuple[Side, str, str]] = []
    if language == "zh":
        tokens = [t for t in tokenize(text, "zh") if t.word.strip()]
        for at, token in enumerate(tokens[:-1]):
            side = _zh_side(token.word)
            after = tokens[at + 1]
            if side and after.pos.startswith("v") and after.word not in {"是", "有"}:
                found.append((side, token.word, after.word))
        return found
    for clause in CLAUSE_BREAK.split(text):
        words = list(_EN_WORD.finditer(clause))
        for at, match in enumerate(words[:-1]):
            start = text.find(clause) + match.start()
            before = text[:start].rstrip()
            first = not before or before[-1] in ".!?:\n"
            side = _en_side(match.group(), first)
            if side:
                found.append((side, match.group(), _stem(words[at + 1].group())))
    return found


def _stem(word: str) -> str:
    low = word.lower()
    for ending in ("ies", "es", "s", "ed"):
        if low.endswith(ending) and len(low) - len(ending) >= 3:
            return low[: -len(ending)]
    return low


def swapped_party(
    point: str, answer: str, places: set[int], language: Language
) -> tuple[str, str] | None:
    """(the point's party, the answer's) when the other side does the point's act where the
    point stands (`places`: the answer's clauses holding the point's terms)."""
    wanted = _acts(point, language)
    if not wanted or not places:
        return None
    given = [act for rule in _rules_of(point, answer, language) for act in _acts(rule, language)]
    for side, party, act in wanted:
        doers = [(s, written) for s, written, a in given if a == act]
        if doers and all(s != side for s, _ in doers):
            return party, doers[0][1]
    return None


_RULE_END = re.compile(r"[。！？!?；;\n]|\.(?=\s|$)")


def _rules_of(point: str, answer: str, language: Language) -> list[str]:
    """The answer's rules (sentences, or parts between semicolons) that share the most of the
    point's words: where the point stands, not the next rule's "the customer pays"."""
    rules = [r for r in _RULE_END.split(answer) if r.strip()]
    own = _words(point, language)
    shares = [len(own & _words(rule, language)) for rule in rules]
    best = max(shares, default=0)
    return [rule for rule, share in zip(rules, shares, strict=True) if share == best and best]


def _words(text: str, language: Language) -> set[str]:
    if language == "zh":
        return {text[i : i + 2] for i in range(len(text) - 1)}
    return {_stem(w) for w in _EN_WORD.findall(text) if len(w) > 2}
