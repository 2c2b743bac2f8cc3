"""A clause timed by an act the clause before it does: 「网纱罐开盖取纱须两人在场，…，取纱后10分钟内
盖好」.

An act and 后/前 name what a clause is about when the act is the clause's own (「施肥后48小时内不得
喷洒农药」, clause_facts.py). When a clause before it in the same rule does that act, the act is
that clause's, said again: its object and where it happens (网纱罐) are there, and the clause
stated alone lost them. 「取样后（    ）内封盖。」 was printed without 陈酿罐 (session 26 held-out
designer D19, m3 Q3); such a clause is stated with the one before.

    repeats_act     the clause opens on an act and 后/前 that an earlier clause says
"""

from __future__ import annotations

import re

_TIMED_ACT = re.compile(r"^(?P<act>[\u4e00-\u9fff]{2,4})(?:后|前)")


def repeats_act(clause: str, earlier: str) -> bool:
    """The clause opens on an act and 后/前 (「取纱后」) whose verb and object, its last two
    characters (取纱 of 开盖取纱), a clause before it in the rule (`earlier`) says."""
    found = _TIMED_ACT.match(clause.strip())
    return found is not None and bool(earlier) and found["act"][-2:] in earlier
