"""A Chinese role with its modifier as one term: 值班药师, 维保主管, 当班主管.

jieba reads 值班 and 当班 as verbs and cuts 报维 | 保 | 主管, so the role found alone is 药师 or
主管, and a blank on it prints 值班____ or 维保____: the blank cuts the term the learner knows. The
word glued before a role is the role's modifier, not a verb taking the role as its object, when
the material names the pair so more than once (维保主管), or when the pair stands where a
person stands: before the rule's modal (值班药师须…) or after a verb that takes a person
(报告值班经理, 通知当班主管). A verb that takes a person is never a modifier (报告店长, 培训店员).
"""

from __future__ import annotations

import re

from graphs.text.segment import tokenize

ZH_PERSON_VERBS = frozenset(
    [
        "联系", "指导", "通知", "提醒", "告知", "询问", "引导", "协助", "报告", "上报", "汇报",
        "请示", "交给", "移交", "转告", "通报", "呈报", "交由", "提交", "安排", "委托", "督促",
        "培训", "考核", "指派", "派遣", "聘请", "要求", "请求", "转交", "报请", "联络",
    ]
)  # fmt: skip
"""Verbs that take a person as their object: what follows them is the person, whole."""
ONE_CHAR_PERSON_VERBS = frozenset("报交请由派让")
"""One-character verbs before a person: 报设备主管 reports to the 设备主管."""
_SUBJECT_AFTER = re.compile(r"^(?:须|必须|应|应当|需|需要|要|负责|不得|不能|可|可以|立即|每|在)")
_CJK = re.compile(r"^[\u4e00-\u9fff]{2}$")


_PERSON_ENDS = frozenset("工员师")
"""The last character of a Chinese word for a person by trade (架子工, 保洁员, 药师)."""


def modifier_start(text: str, start: int, end: int, material: str) -> int:
    """Where the Chinese role text[start:end] begins with its modifier (the two characters
    before it), or `start` when the word before is no modifier of it."""
    if start < 2:
        return start
    word, role = text[start - 2 : start], text[start:end]
    for size in (3, 2):
        # 架子工班长, 电工组长: a trade's person word glued in front names whose leader it is
        # (「由…、安全员和架子工____三方共同验收」 blanked 班长 out of 架子工班长).
        trade = text[max(0, start - size) : start]
        cjk = all("\u4e00" <= c <= "\u9fff" for c in trade)
        person = len(trade) == size and cjk and trade[-1] in _PERSON_ENDS
        if person and all(t.pos.startswith("n") for t in tokenize(trade, "zh")):
            return start - size
    if not _CJK.match(word) or word in ZH_PERSON_VERBS:
        return start
    if any(t.pos == "p" for t in tokenize(word, "zh")):
        return start  # 通过救生员考核 (passing the lifeguard's test), however often it is said
    if material.count(word + role) >= 2:
        return start - 2  # 维保主管, named so twice: one role
    tokens = tokenize(word, "zh")
    if len(tokens) != 1 or not tokens[0].pos.startswith(("v", "n", "j", "b")):
        return start
    after_person_verb = (
        text[max(0, start - 4) : start - 2] in ZH_PERSON_VERBS
        or text[start - 3 : start - 2] in ONE_CHAR_PERSON_VERBS
    )
    if _SUBJECT_AFTER.match(text[end:]) or after_person_verb:
        return start - 2
    return start


def verb_glued_start(word: str, start: int, material: str) -> int:
    """Where a Chinese role begins once a one-character verb glued to its front is left out
    (报设备主管 -> 设备主管: the material names 设备主管 without the 报 elsewhere; 报关员 keeps its 报)."""
    rest = word[1:]
    if len(rest) < 2 or word[:1] not in ONE_CHAR_PERSON_VERBS:
        return start
    return start + 1 if material.replace(word, "").count(rest) else start
