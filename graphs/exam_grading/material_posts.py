"""Whether a post a fill-in's answer names is one the material has: 另一个岗位 only where it is.

A teacher who marks 老板 for 店长 reads it as the learner's loose word for the one in charge,
half the blank (boss_words.py), because the material has no 老板; where the material names a
老板 (or a 经理 beside its 店长), 老板 is that other person, and the blank earns nothing. The
other way round, 另一个岗位 / "another post" (trade_people.another_post) is true only of a post the
material names: 站长 for 检票员 in material without any 站长 is the wrong word, 用词不对, not a
post the learner mixed up (session 22 held-out teacher, C average Q7: "the note is borderline
false: the material has no 老板 role").

The material is what the exam's items show of it (topic_heads.exam_items: each item's stem,
options and source quote); with no items (a blank graded alone) the rules stand as they are.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from graphs.exam_grading.boss_words import boss_word
from graphs.exam_grading.trade_people import another_post
from graphs.exam_grading.vocabulary import fold
from graphs.exam_grading.word_answers import BlankMatch
from graphs.exams import Language
from graphs.text.language import detect_language

_EN_ARTICLE = re.compile(r"^(?:the|a|an|your|our)\s+")


def as_the_material_has_it(
    match: BlankMatch, given: str, expected: str, frame: str, items: Sequence[str]
) -> BlankMatch:
    """`match` with its boss word or other post read against the material (module doc)."""
    if not items or match.credit >= 1:
        return match
    language: Language = "en" if (given + expected).isascii() else detect_language(given)
    named = _named_in(given, items, language)
    boss = boss_word(given, expected, language, frame)
    if boss and match.credit == boss and named:
        return BlankMatch(0.0, f"'{given}' is another post than '{expected}'")
    told_another = " is another post than '" in match.reason
    if told_another and not named and another_post(given, expected, language):
        return BlankMatch(0.0, f"'{given}' is not '{expected}', a post the material does not name")
    return match


def _named_in(given: str, items: Sequence[str], language: Language) -> bool:
    word = _EN_ARTICLE.sub("", " ".join(fold(given).split()))
    if not word:
        return False
    if language == "en":
        pattern = re.compile(rf"\b{re.escape(word)}s?\b")
        return any(pattern.search(" ".join(fold(text).split())) for text in items)
    return any(word in fold(text) for text in items)
