"""Two blanks that are the two ends of one range: either order names the same range.

「蜂蜜仓库温度应保持在零下____至零下____之间」 (key 2℃, 8℃) answered 8℃；2℃ names the same span of
temperatures, and a teacher gives full marks (session 25 designer D18, m3 Q9: 「10；5」 for
「冷藏柜温度应保持在零下 ____至零下 ____之间」 got 0/2 with 「第1空：数字不对；第2空：数字不对」, both
figures right). So does "Store the frames between ____ and ____" the other way round. Only a range
said to be a span between its ends (之间, between) is read so: 「营业时间为____至____」 is a time
from one clock reading to another, and 17:00至9:00 is another time (overnight), so its order stays
the key's, as does any other pair of blanks.
"""

from __future__ import annotations

import re

from graphs.exam_grading.joint_parties import stem_pieces
from graphs.exams import Question

_ZH_TO = re.compile(r"^\s*(?:至|到|~|～|-|－|—)\s*$")
"""「____至____」: the words between the blanks join two ends."""
_ZH_SPAN = re.compile(r"^\s*(?:之间|以内|范围内)")
"""「…____之间」: what the two ends bound is a span."""
_EN_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_EN_AND = re.compile(r"^\s*(?:and|to)\s+$", re.IGNORECASE)


def range_pairs(question: Question) -> list[int]:
    """The first index of each pair of neighbouring blanks (i, i + 1) that are the two ends of
    one span, so that either order is right."""
    pieces = stem_pieces(question)
    return [i for i in range(len(pieces) - 2) if _span(pieces[i], pieces[i + 1], pieces[i + 2])]


def _span(before: str, between: str, after: str) -> bool:
    if _EN_BETWEEN.search(before) and _EN_AND.match(between):
        return True
    shared = _shared_lead(before, between)
    joiner = between[: len(between) - len(shared)] if shared else between
    return bool(_ZH_TO.match(joiner) and _ZH_SPAN.match(after))


def _shared_lead(before: str, between: str) -> str:
    """The words both ends carry in front of them (「零下____至零下____」: 零下), so the joiner
    left is 至."""
    for size in range(min(len(before), len(between), 4), 0, -1):
        if before.endswith(between[-size:]) and between[-size:].strip():
            return between[-size:]
    return ""
