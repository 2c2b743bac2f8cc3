"""A rule keyed true as an absolute where the material makes an exception to it.

「单人不得进入冷冻库。」 keyed 对 while 第十一条 lets the 值班主管 enter alone, and "Members must be
18 or over." keyed true beside under-18s who may borrow hand tools: the paper contradicts itself,
most plainly beside an item on the exception (session 23 D16, m3 TF9 / MC5, m2 TF6). The offline
writer states no such rule as a true absolute (statement_builders.py, choice_builders.py); this
rule holds a model's items to the same: a true/false keyed true, or a multiple choice's correct
option, that does the rule's act where a special case of the material does it on other terms
(graphs/text/special_cases.py) is refused, unless it carries its exception (「除值班主管夜间巡检
外，单人不得进入冷冻库」, "…, except that under-18s may borrow hand tools").
"""

from __future__ import annotations

import re

from graphs.exam_generation.prose import statement_of
from graphs.exams import Language, Question
from graphs.text.special_cases import special_case

_SCOPED = re.compile(
    r"除非|除[^，,。；;]{1,30}?(?:外|以外)|例外|但|另有规定"
    r"|\b(?:except|unless|apart from|other than|but|save for|with the exception)\b",
    re.IGNORECASE,
)
"""Words by which a statement carries an exception of its own: it is no absolute."""


def true_statements(question: Question) -> list[str]:
    """The statements a question keys true: a true/false keyed true, a multiple choice's correct
    options."""
    if question.type == "true_false" and question.answer == ["true"]:
        return [statement_of(question.stem)]
    if question.type == "multiple_choice":
        return [o.text for o in question.options if o.key in question.answer]
    return []


def check_exceptions_kept(question: Question, material: str, language: Language) -> list[str]:
    """A statement keyed true that states, as an absolute, a rule the material excepts."""
    problems = []
    for statement in true_statements(question):
        if _SCOPED.search(statement):
            continue
        case = special_case(statement, statement, material, language)
        if case is not None:
            problems.append(
                f"the statement {statement[:40]!r} is keyed true as an absolute, but the material "
                f"makes an exception to it ({case[:60]!r}): state the exception in the statement, "
                "or ask about the exception itself"
            )
    return problems
