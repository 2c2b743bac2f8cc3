"""A point's word told as another of its kind: the day of the week or the person who acts.

"The spore test is run every Friday" for a point that says Monday, 出库单据由司机保存3年 for 由库管员
保存: every other word of the point is there, but the fact is another one. A teacher marks that
point wrong, as she marks a wrong figure, and her note says what was written and what the point
says (答成：司机，要点为库管员; "you gave: Friday, the point says Monday"), in the learner's words.

- A weekday (`other_weekday`): the point names a day of the week, the answer names none of the
  point's days and another day that no other point of the question names. 每周一次 is a count, not
  Monday.
- A person (roles.swapped_role): another staff role, or anyone said to do the act (由司机, "by
  the cleaner") where the point has its role do it.
- A party (parties.swapped_party): the business doing what the point has the customer do, or
  the other way round ("Northwind pays the difference" for "the customer pays the difference").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from graphs.exam_grading.parties import swapped_party
from graphs.exam_grading.roles import swapped_role
from graphs.exam_grading.vocabulary import Vocabulary, as_written
from graphs.exams import Language

_EN_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_EN_WEEKDAY = re.compile(r"\b(" + "|".join(_EN_DAYS) + r")s?\b", re.IGNORECASE)
_ZH_WEEKDAY = re.compile(r"(?:周|星期|礼拜)([一二三四五六日天1-7])(?![次遍回趟个周])")
_ZH_DAYS = "一二三四五六日"


def weekdays(text: str) -> list[tuple[int, str]]:
    """The days of the week a text names: (1 for Monday … 7 for Sunday, as written)."""
    days = [(_EN_DAYS.index(m.group(1).lower()) + 1, m.group()) for m in _EN_WEEKDAY.finditer(text)]
    for m in _ZH_WEEKDAY.finditer(text):
        day = m.group(1).replace("天", "日")
        days.append((int(day) if day.isdigit() else _ZH_DAYS.index(day) + 1, m.group()))
    return days


def other_weekday(point: str, answer: str, others: Sequence[str]) -> tuple[str, str] | None:
    """(the point's day, the answer's) when the answer names another day and none of the point's."""
    wanted = weekdays(point)
    given = weekdays(answer)
    if not wanted or {day for day, _ in wanted} & {day for day, _ in given}:
        return None
    elsewhere = {day for other in others for day, _ in weekdays(other)}
    return next(((wanted[0][1], said) for day, said in given if day not in elsewhere), None)


def told_otherwise(
    point: str,
    answer: str,
    places: set[int],
    others: Sequence[str],
    language: Language,
    words: Vocabulary,
) -> tuple[str, str] | None:
    """(the point's word, the learner's word) when the answer tells the point with another day
    or another person where the point stands (`places`: its clauses in the answer)."""
    day = other_weekday(point, answer, others)
    if day:
        return day
    theirs = [words.canonical(other) for other in others]
    role = swapped_role(words.canonical(point), words.canonical(answer), places, language, theirs)
    if role is None:
        return swapped_party(point, answer, places, language, others)
    return as_written(role[0], point, words), _learners(role[1], answer, language, words)


def _learners(role: str, answer: str, language: Language, words: Vocabulary) -> str:
    """The role as the learner wrote it (仓库主管, not the synonym group's 仓库经理)."""
    if language != "zh":
        return as_written(role, answer.lower(), words)
    written = as_written(role, answer, words)
    return written if written in answer else role
