"""A fill-in keyed by the head of a place, answered with the everyday word for whoever is in charge.

A teacher reads 老板 or 负责人 for 店长 (经理 too, for a 店长 or 站长 of a small place) as the
learner's loose word for the right person: the one the staff report to. It is no other post of
the material (the material names no 老板), so the note says 用词不对 / "not the key's word", not
另一个岗位, and it earns half the blank: the learner knows who, not the post's name. For a key
that is no head (售票员, "lift operator") the boss is the wrong person: 0, still 用词不对, as the
material names no such post. Where the words printed beside the blank name it as a post (经理 beside
店长), it is that other post, and trade_people.another_post says so. Only those words are
read: the grader of a blank does not hold the whole material.
"""

from __future__ import annotations

import re

from graphs.exam_grading.roles import RANKS, ZH_RANKS
from graphs.exam_grading.vocabulary import fold
from graphs.exams import Language
from graphs.text.word_class import semantic_kind

BOSS_CREDIT = 0.5
"""The right person in a loose word: half the blank (the teacher's range was a quarter to three
quarters of it)."""
_BOSS_WORDS = {
    "zh": frozenset({"老板", "老板娘", "负责人", "领导", "上级", "上司", "头儿", "老大", "掌柜"}),
    "en": frozenset(
        {"boss", "person in charge", "one in charge", "whoever is in charge", "higher-up"}
    ),
}
_ZH_PLACE_HEAD = "长"
"""A Chinese key ending so (店长, 站长, 馆长) is the head of a place: 经理 is its everyday name."""
_ZH_HEADS = ("长", "经理", "主任")
_ZH_TEAM_HEADS = ("组长", "班长", "队长")
"""The head of one team (柜组长, 班长) is not the boss of the place: 负责人 for 柜组长 is a part of
its name that says no one in particular (grading_cases e16), as "supervisor" is no "boss"."""
_EN_HEADS = frozenset({"manager", "head", "chief", "owner"})
_EN_ARTICLE = re.compile(r"^(?:the|a|an|your|our)\s+")


def boss_word(given: str, expected: str, language: Language, frame: str = "") -> float | None:
    """The credit of a word for whoever is in charge (老板, 负责人, boss) for the key `expected`:
    BOSS_CREDIT where the key is the head of a place, 0 where it is not; None when `given` is
    no such word or the stem names it as a post of its own."""
    answer = _EN_ARTICLE.sub("", " ".join(fold(given).split()))
    key = " ".join(fold(expected).split())
    if answer in fold(frame) or answer == key:
        return None
    if not (answer in _BOSS_WORDS[language] or _place_head_as_manager(answer, key, language)):
        return None
    return BOSS_CREDIT if _is_head(key, language) else 0.0


def _place_head_as_manager(answer: str, key: str, language: Language) -> bool:
    return language == "zh" and answer == "经理" and key.endswith(_ZH_PLACE_HEAD)


def _is_head(key: str, language: Language) -> bool:
    """Whether the key names the head of a place (店长, "store manager"), not of a team (组长), not a
    deputy (副店长), and no customer (家长)."""
    if semantic_kind(key, language) != "role":
        return False
    if language == "zh":
        return (
            key.endswith(_ZH_HEADS)
            and not key.endswith(_ZH_TEAM_HEADS)
            and not any(rank in key for rank in ZH_RANKS)
        )
    words = key.split()
    return bool(words) and words[-1] in _EN_HEADS and not RANKS.intersection(words)
