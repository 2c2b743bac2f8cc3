"""A scoring point is a whole clause of the material, never the frame of one clause spliced onto
another: 「开放期间，深水区（1.8米）须浅水区（1.2米）至少1名」 put 「深水区（1.8米）须」 in front of the
next clause 「浅水区（1.2米）至少1名」, so the point reads garbled and about what was not asked
(session 24 designer D17, m3 q12).
"""

from __future__ import annotations

import re

from graphs.exams import Language, Question

_ZH_CLAUSE = re.compile(r"[，；,;。]")
_MIN_PIECE = 2
"""The frame's least length (「须」 alone is no frame; 「深水区须」 is)."""
_MIN_CLAUSE = 4
"""The spliced-on clause's least length (「浅水区至少1名」)."""


def spliced_clause(point: str, material: str) -> str | None:
    """The clause of a Chinese point that is no clause of the material but the start of one
    clause glued to a whole later clause; None when every clause is the material's own."""
    for clause in _ZH_CLAUSE.split(point):
        clause = clause.strip()
        if len(clause) < _MIN_PIECE + _MIN_CLAUSE or clause in material:
            continue
        for cut in range(_MIN_PIECE, len(clause) - _MIN_CLAUSE + 1):
            frame, rest = clause[:cut], clause[cut:]
            if frame in material and re.search(
                rf"(?:^|[，；,;。：:\n]){re.escape(rest)}", material
            ):
                return clause
    return None


def check_points_not_spliced(question: Question, material: str, language: Language) -> list[str]:
    """Every Chinese scoring point's clauses are clauses of the material, none spliced."""
    if question.type != "short_answer" or language != "zh":
        return []
    problems = []
    for number, point in enumerate(question.scoring_points, start=1):
        spliced = spliced_clause(point, material)
        if spliced:
            problems.append(
                f"scoring point {number} ({point[:40]!r}) splices two clauses of the material "
                f"into {spliced!r}: a point states one clause of the material whole"
            )
    return problems
