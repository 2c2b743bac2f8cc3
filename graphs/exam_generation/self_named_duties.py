"""A duty the role's own name states: true by common sense, nothing learned from the material.

「摄影师负责拍摄」 (session 14 designer D6, e2-6), 「饲养员负责喂养动物」, "The groomer grooms each
dog": a learner marks them true from the role's name alone. The designer's edit swaps in another
role of the material (「化妆师负责拍摄」, false), which the writers' role swaps already make; a true
statement needs a duty the name does not say.

    self_named_duty     the first role of `text` whose duty repeats its name (摄影师 / 拍摄:
                        摄; groomer / grooms), or None
    check_duty_not_self_named
                        a true true/false statement with such a duty
"""

from __future__ import annotations

import re

from graphs.exam_generation.prose import statement_of
from graphs.exams import Question

_ZH_DUTY = re.compile(
    r"(?P<role>[\u4e00-\u9fff]{1,6}(?:员|师|工|长))(?:须|应|要|统一|专门)?负责"
    r"(?P<act>[\u4e00-\u9fff]{1,4})"
)
_ZH_GENERIC = frozenset("值班理管主任专职人员师工长负责总副大小")
"""Characters of a role's name that say no trade (值班, 主管, 专职): sharing them says nothing."""
_EN_DUTY = re.compile(
    r"\b(?P<role>[a-z]{3,}(?:er|or|ist))s?\s+(?:(?:is|are)\s+responsible\s+for\s+|must\s+|"
    r"(?:also\s+)?)?(?P<act>[a-z]+(?:\s+[a-z]+){0,3})",
    re.IGNORECASE,
)


def _en_stem(role: str) -> str:
    role = role.lower()
    for ending in ("grapher", "er", "or", "ist"):
        if role.endswith(ending) and len(role) - len(ending) >= 4:
            return role[: -len(ending)]
    return role


def self_named_duty(text: str) -> str | None:
    """The role whose duty in `text` repeats its own name, or None."""
    for match in _ZH_DUTY.finditer(text):
        trade = set(match["role"][:-1]) - _ZH_GENERIC
        if trade & set(match["act"][:3]):
            return match["role"]
    for match in _EN_DUTY.finditer(text):
        stem = _en_stem(match["role"])
        if len(stem) >= 4 and any(w.lower().startswith(stem) for w in match["act"].split()):
            return match["role"]
    return None


def check_duty_not_self_named(question: Question) -> list[str]:
    """No true true/false statement whose duty its role's name says."""
    if question.type != "true_false" or question.answer != ["true"]:
        return []
    role = self_named_duty(statement_of(question.stem))
    if role is None:
        return []
    return [
        f"the true statement gives {role!r} the duty its name says: true by common sense; "
        "state a duty the name does not say, or swap in another role of the material (false)"
    ]
