"""Who acts, where the question asks it: a point credited without its role is part of it.

A stem that asks who ("give the time limit and who is responsible", 由谁负责, 向谁报告) makes the
point's staff role one of its facts: "Collisions must be reported within 1 hour" for "Any
collision … must be reported to the supervisor within 1 hour" says when, not to whom, and a
teacher gives part of the point (部分答到（缺少：主管）). Where the stem does not ask, a role left
out stays the judge's usual business (a paraphrase need not repeat every word), and so does a
role the stem prints itself (the learner was given it).
"""

from __future__ import annotations

import re
from dataclasses import replace

from graphs.exam_grading.point_judgement import PointJudgement
from graphs.exam_grading.roles import alike_role, roles_in
from graphs.exams import Language

_ASKS_WHO = re.compile(r"\bwho\b|\bwhom\b|谁|哪位|哪个部门|什么人", re.IGNORECASE)
"""A question for the person (not the generator's menu "写明数字、时限或负责人", which any stem has)."""


def who_left_out(
    judged: PointJudgement, answer: str, *, stem: str, language: Language
) -> PointJudgement:
    """`judged` made partial, lacking the point's role, when it was credited, the stem asks who
    and the answer names none of the point's roles; `judged` otherwise."""
    if judged.verdict != "credited" or not _ASKS_WHO.search(stem):
        return judged
    roles = [r for r in roles_in(judged.point, language) if r not in stem.lower()]
    said = {r for r in roles_in(answer, language)}
    if not roles or any(
        r in said or any(r in s or s in r or alike_role(r, s, judged.point, ()) for s in said)
        for r in roles
    ):
        return judged
    role = _as_written(roles[0], judged.point)
    return replace(
        judged,
        verdict="partial",
        reason=f"{judged.reason}; the stem asks who, and the answer does not name {role}",
        lacks=role,
    )


def _as_written(role: str, point: str) -> str:
    """The role with the words the point puts before it after an article: "lab manager"."""
    found = re.search(
        rf"\b(?:the|a|an|your)\s+((?:[a-z-]+\s+){{0,2}}{re.escape(role)})\b", point, re.I
    )
    return found.group(1) if found else role
