"""A fill-in key named with or without its generic word for the work: 维保负责人 for 维保作业负责人.

作业 and 工作 between a compound's kind and its head say only that the role or the thing belongs to
the work (维保作业负责人 is the person in charge of the maintenance work): 维保负责人 names the same
person, as a trainee says it (session 17 end teacher T10, B_strong Q6: 「维保负责人（用词不对）」
1/2, wanted 2/2). The English analogue is "work" between two words ("maintenance work lead").

Only a word of the work is read past, never a qualifier that says which (门店销售经理 is no 门店经理),
and both the words before it and the head after it stay: the learner leaves out the work word,
not what the key names.
"""

from __future__ import annotations

import re

_ZH_WORK_WORDS = ("作业", "工作")
_EN_WORK = re.compile(r"(?<=[a-z]) work (?=[a-z])")
_HEAD_MIN = 2
"""The key's head after the work word (负责人, 人员) is a word, not a character."""


def work_word_left_out(answer: str, wanted: str) -> bool:
    """True when one of the two folded answers is the other with a work word taken out from
    between its kind and its head (module doc), either way round."""
    return _without_work_word(answer) == wanted or _without_work_word(wanted) == answer


def _without_work_word(text: str) -> str | None:
    if text.isascii():
        spaced = _EN_WORK.sub(" ", text, count=1)
        return spaced if spaced != text else None
    for word in _ZH_WORK_WORDS:
        at = text.find(word, 1)
        if at > 0 and len(text) - at - len(word) >= _HEAD_MIN:
            return text[:at] + text[at + len(word) :]
    return None
