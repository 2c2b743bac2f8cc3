"""The numbers a learner puts before the parts of a short answer: "(1) …", "（2）…", "1. …", "2、…",
"①…", "一、…".

A question of several parts ("(1) 路试有什么规定？(2) 估价有什么要求？") is often answered part by part,
each part numbered. The number says which part of the question the learner answers, not a fact:
read as a figure, "(1) Anyone who looks younger than fourteen …" gives a rival 1 beside the
point's 14, and a point answered in part (2) could be read against part (1)'s number.
`without_part_numbers` turns each number into the sentence break it stands for, so each numbered
part is read as a statement of its own, whatever its position.
"""

from __future__ import annotations

import re

_CJK = re.compile(r"[\u4e00-\u9fff]")
_BREAK_BEFORE = re.compile(r"(?:^|[。！？!?.;；:：,，\n])\s*$")
"""Text that already ends a sentence or clause (or nothing at all) before a part number."""

_CIRCLED = "\u2460-\u2473\u2474-\u2487\u2488-\u249b"  # ①…⑳, ⑴…⒇, ⒈…⒛
_CHINESE_DIGITS = "一二三四五六七八九十"
_FIGURE_ITEM = r"\s*\d+(?:\.\d+)?\s*(?:[、，,；;。]|$)"
"""A bare figure, the next item of a list: "55、70、198" lists figures (the prices asked), and its
"55、" is no part's number, which opens a part of text ("1、补胎…", "2、30分钟内…")."""
_BRACKETED = rf"[（(]\s*(?:\d{{1,2}}|[{_CHINESE_DIGITS}])\s*[)）]\s*"
PART_NUMBER = re.compile(
    rf"[{_CIRCLED}]\s*"
    # (1) （2） (一), 1. 2、 3) 一、: where a sentence or clause starts, never inside a decimal
    # or a clock time ("1.5", "16:00、")
    rf"|(?:(?<=^)|(?<=[。！？!?.;；:：,，\n]))(?<!\d[.:：])\s*(?:{_BRACKETED}"
    rf"|(?:\d{{1,2}}(?:\.(?=\s|[^\x00-\x7f])|、(?!{_FIGURE_ITEM})|[)）])"
    rf"|[{_CHINESE_DIGITS}]、)\s*)",
    re.MULTILINE,
)
"""One part's number, with the spaces around it."""
_INLINE_PART_NUMBER = re.compile(rf"(?<=\s){_BRACKETED}")
"""A bracketed number inside a sentence: a part's number only in an answer that opens on one
("(1) … (2) …"); elsewhere it may be the learner's figure ("children under (18)")."""


def without_part_numbers(answer: str) -> str:
    """`answer` with each part number replaced by the sentence break it stands for: dropped after
    a break the learner wrote, a full stop ("。" in Chinese, "." in English) where none was."""
    chinese = _CJK.search(answer) is not None
    pieces: list[str] = []
    last = 0
    numbers = list(PART_NUMBER.finditer(answer))
    if numbers and numbers[0].start() == 0:
        numbers = sorted([*numbers, *_INLINE_PART_NUMBER.finditer(answer)], key=lambda m: m.start())
    for match in numbers:
        if match.start() < last:
            continue  # the same number, found by both patterns
        before = answer[last : match.start()]
        if not _BREAK_BEFORE.search("".join(pieces) + before):
            before = before.rstrip() + ("。" if chinese else ".")
        if before and not chinese and not before[-1].isspace():
            before += " "  # "… 5 pm. Skis …": a sentence the English reader splits off
        pieces.append(before)
        last = match.end()
    if not pieces:
        return answer
    pieces.append(answer[last:])
    return "".join(pieces).strip()
