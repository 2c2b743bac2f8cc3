"""A point that lists what to tell or check, answered with its act on one word for the whole list.

「要复述收花人信息」 for 「收银员接单时必须向顾客复述一遍收花人姓名、电话、地址和送达时间」, "read back
the guest's details" for "read back the guest's name, room, date and time": the learner knows the
act and whose particulars, not which ones. A teacher gives part of the point (session 21 end
teacher T14, A_average Q10: 未答到 where she gave part). The point holds a list (list_items.py: a
run of three or more items), the answer does the point's act and names the list by a word for
particulars in general; the note names the items left out.
"""

from __future__ import annotations

import re

from graphs.exam_grading.list_items import list_of
from graphs.exams import Language
from graphs.text.segment import tokenize

_WHOLE = {
    "zh": re.compile(r"信息|资料|详情|情况|细节"),
    "en": re.compile(r"\b(?:details|information|info|particulars)\b", re.IGNORECASE),
}


def list_in_a_word(point: str, answer: str, language: Language) -> str:
    """The point's list items, joined, where the answer names them by one general word; ""
    otherwise (the caller checks the point's act is done)."""
    items = list_of(point, language)
    if not items or not _WHOLE[language].search(answer) or _WHOLE[language].search(point):
        return ""
    first, *rest = (item.strip() for item in items)
    # the run opens on the clause's start (收银员…复述一遍收花人姓名): the first item is its last word
    words = [t.word for t in tokenize(first, language) if t.word.strip()]
    head = words[-1] if words else first
    return ("、" if language == "zh" else ", ").join([head, *rest])
