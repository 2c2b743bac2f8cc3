"""An act said with a common verb of the same meaning on the same object: 翻口袋 for 检查口袋,
"go through the pockets" for "check the pockets".

The families are short lists in synonyms.yaml (`acts:`), each a group of verbs a teacher accepts
for one another only when they act on the same thing: 翻 alone is no check (翻倍, 翻身), but 翻口袋
is checking the pockets. `said_with_its_verb` rewrites, in the answer, a family verb that acts on
the object the point's verb acts on (the next two characters in Chinese, after at most a light
complement such as 一下/一遍; the next word in English, after at most an article or a quantifier)
to the point's verb, so the point's action is found there. Another verb (缝口袋, "sew up the
pockets") or the same verb on another object is left as it is: no antonym and no other act gets in.
A verb shortened to one of its characters on the same object (扶老人 for 搀扶老人) is read as the
verb too (verb_heads.py), and a verb of paying said with 钱 where the point names its sum (赔钱
for 赔偿50元: sums_unsaid.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

import yaml

from graphs.exam_grading.sums_unsaid import paid_without_its_sum
from graphs.exam_grading.verb_heads import said_with_its_head
from graphs.exam_grading.vocabulary import VOCABULARY_FILE, fold
from graphs.exams import Language

_ZH_LIGHT = r"(?:一下|一遍|过|好|了|遍)?"
_ZH_OBJECT = r"([\u4e00-\u9fff]{2}|[\u4e00-\u9fff](?![\u4e00-\u9fff]))"
"""The next two characters, or the one that ends the point's clause (持竿 of 不得单独持竿)."""
_EN_LIGHT = r"(?:(?:the|all|every|each|its|their|any|your|his|her)\s+)?"


@cache
def act_families() -> tuple[tuple[str, ...], ...]:
    """The verb families of synonyms.yaml (`acts:`), folded; each a group of two or more."""
    data = yaml.safe_load(VOCABULARY_FILE.read_text(encoding="utf-8")) or {}
    return tuple(tuple(fold(v).strip() for v in group) for group in data.get("acts") or [])


def said_with_its_verb(point: str, answer: str, language: Language) -> str:
    """`answer` with a family verb acting on the point's object rewritten to the point's verb."""
    point_text = fold(point)
    for family in act_families():
        for verb in family:
            for obj in _objects_after(verb, point_text, language):
                for other in family:
                    if other == verb:
                        continue
                    answer = _pattern(other, obj, language).sub(_as(verb), answer)
    answer = paid_without_its_sum(point, answer, language)  # 赔钱 for 赔偿50元
    return said_with_its_head(point, answer, language)  # 把老人扶起来 for 搀扶老人


def _as(verb: str) -> Callable[[re.Match[str]], str]:
    """A replacement that says `verb` before what followed the family verb."""
    return lambda match: verb + match.group(1)


def _objects_after(verb: str, point: str, language: Language) -> list[str]:
    """What the point's `verb` acts on: the next two characters (one at a clause's end), or the
    next word."""
    if language == "zh":
        found = re.finditer(re.escape(verb) + _ZH_LIGHT + _ZH_OBJECT, point)
    else:
        found = re.finditer(
            rf"(?<![a-z]){re.escape(verb)}\s+{_EN_LIGHT}([a-z]{{3,}})", point, re.IGNORECASE
        )
    return [m.group(1) for m in found]


def _pattern(verb: str, obj: str, language: Language) -> re.Pattern[str]:
    if language == "zh":
        return re.compile(re.escape(verb) + "(" + _ZH_LIGHT + re.escape(obj) + ")")
    stem = re.escape(obj[:-1] if obj.endswith("s") else obj)
    return re.compile(rf"(?<![a-z]){re.escape(verb)}(\s+{_EN_LIGHT}{stem}[a-z]*)", re.IGNORECASE)
