"""A rule keyed true as an absolute where the material makes an exception to it.

「单人不得进入冷冻库。」 keyed 对 while 第十一条 lets the 值班主管 enter alone, and "Members must be
18 or over." keyed true beside under-18s who may borrow hand tools: the paper contradicts itself,
most plainly beside an item on the exception (session 23 D16, m3 TF9 / MC5, m2 TF6). The offline
writer states no such rule as a true absolute (statement_builders.py, choice_builders.py); this
rule holds a model's items to the same: a true/false keyed true, or a multiple choice's correct
option, that does the rule's act where a special case of the material does it on other terms
(graphs/text/special_cases.py) is refused, unless it carries its exception (「除值班主管夜间巡检
外，单人不得进入冷冻库」, "…, except that under-18s may borrow hand tools").

A rule stated with its exception tells the exception: beside an item that asks the exception
(「值班组长在夜间巡检时可单人进入杀青车间」 keyed true), it gives that item away, and one of the two is
refused (`check_scope_gives_away`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from graphs.exam_generation.prose import statement_of
from graphs.exam_generation.substance import facts_of
from graphs.exams import Language, Question
from graphs.text.similarity import normalise
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


_ZH_SCOPE_BEFORE = re.compile(r"^除[^，,。]{1,30}?(?:外|以外)[，,]")
_ZH_SCOPE_AFTER = re.compile(r"[，,]但[^，,。]{1,30}?除外[。]?$")
_EN_SCOPE_AFTER = re.compile(r",\s+except\b.*$", re.IGNORECASE)


def _unscoped(statement: str) -> str | None:
    """The rule a statement scoped with its exception states, without the scope; None where it
    carries none of these forms."""
    for pattern in (_ZH_SCOPE_BEFORE, _ZH_SCOPE_AFTER, _EN_SCOPE_AFTER):
        if pattern.search(statement):
            return pattern.sub("", statement).strip()
    return None


def scoped_cases(question: Question, material: str, language: Language) -> set[str]:
    """The material's special cases (normalised) that the question's true statements state as
    their rules' exceptions."""
    cases = set()
    for statement in true_statements(question):
        rule = _unscoped(statement)
        if rule:
            case = special_case(rule, rule, material, language)
            if case is not None:
                cases.add(normalise(case))
    return cases


def check_scope_gives_away(
    question: Question, accepted: Sequence[Question], material: str, language: Language
) -> list[str]:
    """A rule stated with its exception beside an item that asks the exception: the one tells
    the other."""
    mine = scoped_cases(question, material, language)
    facts = facts_of(question, material)
    for other in accepted:
        theirs = scoped_cases(other, material, language)
        if mine & facts_of(other, material) or theirs & facts:
            return [
                f"states a rule with its exception beside the accepted question "
                f"{other.stem[:40]!r}, which asks that exception: the one gives the other away"
            ]
    return []
