"""Who acts: a scoring point's role swapped for another role where the point stands.

"Refunds over 20 dollars need the supervisor's approval" answered "… need the manager's approval",
"24小时内由店长联系顾客" answered "由前台在24小时内联系顾客": every other word of the point is there,
but the wrong person does it. A teacher marks that point wrong, as she marks a wrong figure.

The rule (`swapped_role`): the point names a staff role (graphs/text/word_class.py: 店长, 前台,
值班经理, supervisor, duty manager); the answer names none of the point's roles, and in a clause
where the point's own terms stand it names another role. Roles are the same when one ends with
the other (经理 / 值班经理, supervisor / shift supervisor) or they fold to one synonym group
(synonyms.yaml). Words for staff in general (员工, 工作人员, staff, employees, team) name nobody in
particular and swap nothing.

A fill-in whose key is a role accepts the same role named more narrowly (`narrower_role`: "shift
supervisor" for supervisor, 值班经理 for 经理), never another rank (assistant, deputy, 副, 助理).
"""

from __future__ import annotations

import re

from graphs.exam_grading.point_terms import CLAUSE_BREAK
from graphs.exams import Language
from graphs.text.segment import tokenize
from graphs.text.word_class import semantic_kind

GENERAL_STAFF = frozenset(
    {"员工", "工作人员", "人员", "职员", "staff", "employee", "team", "member", "worker"}
)
"""Words for staff in general: they name no role a point could be swapped from or to."""
_EN_WORD = re.compile(r"[a-z]+")
RANKS = frozenset(
    {"assistant", "deputy", "vice", "junior", "trainee", "acting", "former", "sub", "under", "co"}
)
"""Modifiers that make another rank of a role (an assistant manager is not the manager)."""
_ZH_RANKS = ("副", "助理", "代理", "实习", "见习", "前任")
_NARROWING_WORDS = 2  # at most this many modifier words (English) before the role


def roles_in(text: str, language: Language) -> list[str]:
    """The staff roles a text names, in order (English ones singular, without 's)."""
    if language == "zh":
        words = [t.word for t in tokenize(text, "zh")]
    else:
        words = [_singular(w) for w in _EN_WORD.findall(text.lower())]
    return [w for w in words if w not in GENERAL_STAFF and semantic_kind(w, language) == "role"]


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word


def _same_role(a: str, b: str) -> bool:
    return a == b or a.endswith(b) or b.endswith(a)


def swapped_role(
    point: str, answer: str, places: set[int], language: Language
) -> tuple[str, str] | None:
    """The (point's, answer's) roles when the answer has another role act where the point stands.

    `point` and `answer` are read through the synonym groups already; `places`: the answer's
    clauses (figures.clause_of) that hold the point's own terms.
    """
    wanted = roles_in(point, language)
    if not wanted or not places:
        return None
    if any(_same_role(w, r) for w in wanted for r in roles_in(answer, language)):
        return None  # the point's role is named (perhaps beside another)
    clauses = CLAUSE_BREAK.split(answer)
    for index, clause in enumerate(clauses):
        if index not in places:
            continue
        for role in roles_in(clause, language):
            return wanted[0], role
    return None


def narrower_role(given: str, expected: str, language: Language) -> bool:
    """True when a blank's answer is the key's staff role with a modifier ("store manager" for
    manager, 值班经理 for 经理), not another rank of it (assistant manager, 副经理)."""
    key = expected.strip().lower()
    answer = given.strip().lower()
    if semantic_kind(key, language) != "role" or key in GENERAL_STAFF or answer == key:
        return False
    if language == "zh":
        modifier = answer.removesuffix(key)
        return answer.endswith(key) and bool(modifier) and not modifier.endswith(_ZH_RANKS)
    words, wanted = _EN_WORD.findall(answer), _EN_WORD.findall(key)
    modifiers = words[: len(words) - len(wanted)]
    return (
        words[len(modifiers) :] == wanted
        and 0 < len(modifiers) <= _NARROWING_WORDS
        and not RANKS.intersection(modifiers)
    )
