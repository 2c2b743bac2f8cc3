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
from collections.abc import Sequence
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
    point: str, answer: str, places: set[int], language: Language, others: Sequence[str] = ()
) -> tuple[str, str] | None:
    """(the point's party, the answer's) when the other side does the point's act where the
    point stands (`places`: the answer's clauses holding the point's terms)."""
    wanted = _acts(point, language)
    if not places:
        return None
    rules = _rules_of(point, answer, language, others)
    given = [act for rule in rules for act in _acts(rule, language)]
    for side, party, act in wanted:
        doers = [(s, written) for s, written, a in given if a == act]
        if doers and all(s != side for s, _ in doers):
            return party, doers[0][1]
    return _paid_for_refunded(point, rules, language)


_MONEY_BACK = {
    "zh": re.compile(r"退还|退款|返还|退给|退回"),
    "en": re.compile(r"\b(?:refund(?:ed|s)?|reimburs(?:ed|es|e)|paid\s+back|given\s+back)\b", re.I),
}
_PAYS = {"zh": ("付", "支付", "补", "补足", "补交", "承担"), "en": ("pay",)}


def _paid_for_refunded(point: str, rules: list[str], language: Language) -> tuple[str, str] | None:
    """(the point's refund, the answer's payer) when the point gives money back to the customer
    ("the difference is refunded", 差价退还顾客) and where it stands the answer has the customer
    pay instead ("the customer pays the difference", 顾客补差价)."""
    back = _MONEY_BACK[language].search(point)
    if back is None or any(_MONEY_BACK[language].search(rule) for rule in rules):
        return None
    for rule in rules:
        for side, written, act in _acts(rule, language):
            if side == "customer" and act.startswith(_PAYS[language]):
                return back.group(), f"{written} {act}" if language == "en" else written + act
    return None


_RULE_END = re.compile(r"[。！？!?；;\n]|\.(?=\s|$)")


def _rules_of(point: str, answer: str, language: Language, others: Sequence[str]) -> list[str]:
    """The answer's rules (sentences, or parts between semicolons) that share the most of the
    point's own words (those no other point of the question has: "less", not "the new item"):
    where the point stands, not the next rule's "the customer pays"."""
    rules = [r for r in _RULE_END.split(answer) if r.strip()]
    words = _words(point, language)
    own = words - set().union(*(_words(other, language) for other in others)) or words
    shares = [len(own & _words(rule, language)) for rule in rules]
    best = max(shares, default=0)
    return [rule for rule, share in zip(rules, shares, strict=True) if share == best and best]


def _words(text: str, language: Language) -> set[str]:
    """The words that place a rule, the parties' own left out (they are what may be swapped)."""
    if language == "zh":
        for party in (*_ZH_CUSTOMER, *_ZH_BUSINESS):
            text = text.replace(party, "|")
        return {text[i : i + 2] for i in range(len(text) - 1) if "|" not in text[i : i + 2]}
    return {
        _stem(w) for w in _EN_WORD.findall(text) if len(w) > 2 and _en_side(w, first=True) is None
    }
