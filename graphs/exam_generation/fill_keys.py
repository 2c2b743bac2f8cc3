"""A fill-in's key is a term (a noun phrase, a figure, a role), never a verb.

A modal takes a verb: the blank right after 须/需/应/不得 or "must"/"should" asks the learner for
what is done, and a key there that is a verb (平台需____, key 派员: "send someone") is no term to
recall but a predicate to guess, marked by its wording. A one-character verb that takes a person
with nothing but 员/人 after it (派员, 派人, 请人) is such a verb and its object whatever the
tagger reads, and a key that holds a modal (平台需派员) is a clause. Both writers' fill-ins pass
this check (`check_fill_key_is_term`, in graphs/exam_generation/validation.py).
"""

from __future__ import annotations

import re

from graphs.exam_generation.blanks import blank_frames
from graphs.exams import Language, Question
from graphs.text.role_terms import ONE_CHAR_PERSON_VERBS
from graphs.text.word_class import word_class

_ZH_MODAL_BEFORE = re.compile(r"(?:须|需|需要|应|应当|应该|必须|要|不得|不能|不可|可|可以)$")
_EN_MODAL_BEFORE = re.compile(
    r"\b(?:must|should|shall|may|can|will|need to|have to|has to)(?:\s+not)?\s*$", re.IGNORECASE
)
_ZH_MODAL_INSIDE = re.compile(r"[\u4e00-\u9fff](?:须|需|应|必须|不得)[\u4e00-\u9fff]")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def predicate_key(key: str, before: str) -> bool:
    """True when `key`, printed after `before`, is a verb (phrase) rather than a term."""
    key = key.strip()
    if not key:
        return False
    if _CJK.search(key):
        if _ZH_MODAL_INSIDE.search(key):
            return True
        if len(key) == 2 and key[0] in ONE_CHAR_PERSON_VERBS and key[1] in "员人":
            return True
        return bool(_ZH_MODAL_BEFORE.search(before.rstrip())) and word_class(key, "zh") == "verb"
    return bool(_EN_MODAL_BEFORE.search(before)) and word_class(key, "en") == "verb"


def check_fill_key_is_term(question: Question, language: Language) -> list[str]:
    """A fill-in's every key is a term the learner recalls, not the verb of the rule."""
    if question.type != "fill_blank":
        return []
    frames = blank_frames(question.stem, language)
    problems = []
    for frame, key in zip(frames, question.answer, strict=False):
        if predicate_key(key, frame.before):
            problems.append(
                f"the fill-in's key {key!r} is a verb, what is done after {frame.before[-6:]!r}: "
                "blank a term (a figure, a role, a noun phrase), not the action"
            )
    return problems
