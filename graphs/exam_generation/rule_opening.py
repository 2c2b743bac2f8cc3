"""A rule's opening: the words before its modal or first figure, which a short answer asks by.

「电池电量低于20%的叉车不得出车」 opens on 「电池电量低于一定比例的叉车」: a figure in the rule's
condition is said without its value (the value is the learner's to write), the comparator before
the rule's own figure is cut, an opening never stops inside brackets or quotation marks, and an
opening that is only an exception (「除处方药外」) is none.
"""

from __future__ import annotations

import re

from graphs.exam_generation.english_asks import EN_CONDITION
from graphs.text.facts import Fact
from graphs.text.quantities import Quantity, parse_quantities
from graphs.text.segment import tokenize

COMPARATOR = re.compile(
    r"(不少于|不低于|不高于|不超过|不得超过|不得低于|不得高于|超过|低于|高于|少于|多于|至少|最多|约|不少|不|满|每)\s*$"
    r"|\b(at least|at most|within|after|before|up to|no more than|no less than|over|under|about|"
    r"more than|less than|of|by|for|at a charge of|every)\s*$",
    re.IGNORECASE,
)
"""The comparator before a figure belongs to what the learner writes ("不少于125克")."""

ANY_MODAL = {
    # 只能 / 只适用于 / 仅限 state the rule too: 「一部手机只能购买一份……」 gives away 「不得同时购买…」.
    True: re.compile(
        r"必须|须|应当|应该|应|不得|禁止|严禁|不准|不可|不能|只能|只可|只适用于|仅适用于|仅限|只限"
    ),
    False: re.compile(
        r"\b(?:must|may|should|shall|cannot|can't|is required to|are required to|need to|"
        r"do not|does not|never)\b",
        re.IGNORECASE,
    ),
}
"""Modal words, wherever the fact's own modal is: the first of them opens the rule's action."""

ZH_CONDITION_END = re.compile(r"(?:前|后|(?<!小)时|的|期间|之内|以上|以下|起)$")
"""A clause ending so is a case; 「…时长为4小时」 ends on an hour, no 时 (when)."""
ZH_CONDITION_START = re.compile(r"^(?:如果|如|若|凡|发现|当|遇|遇到|一旦)")


def first_modal(text: str, zh: bool) -> int | None:
    """Where the first modal word starts; in Chinese only words of their own, so 应 inside
    不良反应 or 应急灯 cuts no cue mid-word (「顾客因用药出现不良反……」)."""
    if not zh:
        found = ANY_MODAL[zh].search(text)
        return found.start() if found else None
    bounds, at = {0}, 0
    for token in tokenize(text, "zh"):
        at += len(token.word)
        bounds.add(at)
    for found in ANY_MODAL[zh].finditer(text):
        if {found.start(), found.end()} <= bounds:
            return found.start()
        # 「司机须在」 read as one word: 须 after a noun is still the modal
        if found.group() in ("须", "必须", "不得", "严禁", "禁止") and found.start() > 0:
            return found.start()
    return None


_ANY_ONE = re.compile(r"(?:任何|任|每|同|某|其中|any|each|every)\s*$", re.IGNORECASE)


def figures(text: str) -> list[tuple[Quantity, int, int]]:
    """The figures of a text, not a count that only says "any one" (「发现任何一项不合格」)."""
    return [
        (quantity, start, end)
        for quantity, start, end in parse_quantities(text)
        if not (quantity.value == 1 and _ANY_ONE.search(text[:start]))
    ]


def open_brackets(text: str) -> bool:
    """More brackets opened than closed: a cut here falls inside an aside."""
    return text.count("（") + text.count("(") > text.count("）") + text.count(")")


def opening(fact: Fact, zh: bool, within: int | None = None) -> str | None:
    """The rule's opening: its text before its first modal word (a figure in it, a condition's,
    said as 「一段时间」 / "a set time"), or before its first figure when it has no modal; outside
    any bracket or quotation, without the comparator before the figure. None when there is none
    or it is only an exception (「除处方药外」 names no rule: many fit it). `within`: the length
    of the point asked, whose modal alone counts."""
    first = first_modal(fact.text, zh)
    if first is None and fact.modal is not None:
        first = fact.modal[1]  # "is compulsory", 「仅限」: the fact's own modal
    if first is not None and within is not None and first >= within:
        first = None  # a later rule's modal (「…洗牙一次，孕妇须…」): the figure is this one's key
    marks = sorted(
        {(start, end, q.dimension or "") for q, start, end in figures(fact.text)}
        | {(a.start, a.end, a.semantic or "") for a in fact.anchors if a.role == "figure"}
    )
    if first is None:
        text = fact.text[: marks[0][0]] if marks else ""
    else:
        text, at = "", 0
        for start, end, kind in marks:
            if start >= first or start < at:
                continue
            if not _in_condition(fact.text, start, first, zh):
                # 「乘客电梯每15天至少保养一次，两次保养间隔不得超过15天」: a figure of the rule
                # itself, before a later clause's modal, is the learner's to write
                text += fact.text[at:start]
                first = at = start
                break
            # 「未满18周岁的」 is an age, no time: 「未满规定年龄的」 (session 12 teacher T4, A Q7)
            said = (
                _AGE[zh]
                if _AGE_FIGURE.search(fact.text[start : end + 5])
                else _PLACEHOLDER[zh](kind)
            )
            text += fact.text[at:start].rstrip() + said
            at = end
        text += fact.text[at:first].lstrip() if zh else fact.text[at:first]
        text = re.sub(r"\s+", " ", text)
    if open_brackets(text):
        # "With Full Protection ($18 per day)": an opening never stops inside brackets.
        text = text[: max(text.rfind("("), text.rfind("（"))]
    if text.count("“") > text.count("”") or text.count('"') % 2:
        text = text[: max(text.rfind("“"), text.rfind('"'))]
    for _ in range(2):
        text = COMPARATOR.sub("", text).rstrip(" ，,、：:；;在于要将对")
    if not text.strip() or _EXCEPTION_ONLY.match(text):
        return None
    return text


CLAUSE_BREAK = re.compile(r"[，,；;：:]")


def _in_condition(text: str, start: int, modal: int, zh: bool) -> bool:
    """The figure at `start` belongs to what the rule's action depends on: its clause holds the
    modal (「电池电量低于20%的叉车不得出车」) or is a condition (「连续6个月未驾驶叉车的，」,
    "If the owner cannot be reached within 1 hour,")."""
    breaks = [m.start() for m in CLAUSE_BREAK.finditer(text, 0, modal)]
    opened = max((b + 1 for b in breaks if b < start), default=0)
    closed = next((b for b in breaks if b > start), None)
    if closed is None:
        return True  # the modal's own clause
    clause = text[opened:closed].strip()
    if zh:
        # 「连续3个月未上岗的救生员，须…」: the figure qualifies the subject the rule is on
        return bool(
            ZH_CONDITION_END.search(clause)
            or ZH_CONDITION_START.match(clause)
            or "的" in text[start:closed]
        )
    return EN_CONDITION.match(clause) is not None


def _zh_placeholder(kind: str) -> str:
    if kind in ("duration", "calendar", "clock"):
        return "一定时间"
    if kind == "length":
        return "一定距离"
    if kind == "percent":
        return "一定比例"
    if kind in _ZH_NAMED:
        return _ZH_NAMED[kind]
    return "一定金额" if kind.startswith("money") else "一定数量"


_ZH_NAMED = {
    "temperature": "规定温度",
    "temperature_f": "规定温度",
    "mass": "一定重量",
    "speed": "规定速度",
}
"""A figure whose kind has a name of its own: 「温度高于一定数量」 said a temperature was a count
(session 11 designer D3, m1 #11)."""
_EN_NAMED = {
    "temperature": " a set temperature ",
    "temperature_f": " a set temperature ",
    "mass": " a set weight ",
    "speed": " a set speed ",
}


def _en_placeholder(kind: str) -> str:
    if kind in ("duration", "calendar", "clock"):
        return " a set time "
    if kind == "length":
        return " a set distance "
    if kind == "percent":
        return " a set share "
    if kind in _EN_NAMED:
        return _EN_NAMED[kind]
    return " a set amount " if kind.startswith("money") else " a set number "


_AGE_FIGURE = re.compile(r"岁|\byears?\s+old\b|^\d+\s+old\b", re.IGNORECASE)
_AGE = {True: "规定年龄", False: " a set age "}
_PLACEHOLDER = {True: _zh_placeholder, False: _en_placeholder}
"""A figure in a rule's condition, said without its value: the value is the learner's to write."""


_EXCEPTION_ONLY = re.compile(r"^(?:除[^，,]{1,16}外|except\b[^,]*|unless\b[^,]*)$", re.IGNORECASE)
