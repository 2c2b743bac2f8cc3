"""The limits a procedure's ask names besides its case.

「开门前须读取车厢温度记录仪数据，冷冻品车厢温度不得高于-18℃，冷藏品车厢温度须在0℃至4℃之间」 was
asked 「开门前应如何处理？（写明温度）」 (session 18 designer D11, m1 Q12: vague, the answer is "read
the recorder"). The rule goes on past its first duty to limits on things of their own (冷冻品车厢温度,
冷藏品车厢温度), and the ask that names only the case leaves the learner guessing that those are
asked. A trainer names them: 「开门前应如何处理？冷冻品车厢温度和冷藏品车厢温度分别有什么要求？」.
"""

from __future__ import annotations

import re

from graphs.exam_generation.rule_opening import ANY_MODAL, ZH_CONDITION_END, figures
from graphs.text.segment import tokenize

_CLAUSE = re.compile(r"[，,；;]")
_PERSON = re.compile(r"(?:员|师|工|人|者|司机|主管|经理|店长)$")
_MAX_SUBJECT = 12
"""A limit's subject longer than this is a clause, not a thing named."""


def with_limits(question: str, point: str, head: str) -> str:
    """`question` («…应如何处理？») with the things the point's later clauses set limits on,
    or `question` unchanged when it asks more than a case or the point sets no such limit."""
    if not question.endswith("应如何处理？") or not point.startswith(head):
        return question
    named = [s for s in map(_limited, _CLAUSE.split(point[len(head) :])[1:]) if s]
    if not 1 <= len(named) <= 2 or any(n in question for n in named):
        return question
    which = named[0] if len(named) == 1 else f"{named[0]}和{named[1]}分别"
    return f"{question}{which}有什么要求？"


def _limited(clause: str) -> str:
    """The thing a clause sets a limit on (「冷冻品车厢温度」 of 「冷冻品车厢温度不得高于-18℃」):
    its words before its modal, when a figure follows; "" for a duty or a case."""
    modal = ANY_MODAL[True].search(clause)
    if modal is None or not figures(clause[modal.start() :]):
        return ""
    subject = clause[: modal.start()].strip()
    if not 2 <= len(subject) <= _MAX_SUBJECT or figures(subject):
        return ""
    if ZH_CONDITION_END.search(subject) or re.search(r"[并且再也]$|^[并且再由]", subject):
        return ""  # 「超过时须报告班组长」: a case; 「并须…」: the same doer's next duty
    if _PERSON.search(subject):
        return ""  # 「扫描员须在…15分钟内上传」: another doer's duty, no limit on a thing
    words = [t for t in tokenize(subject, "zh") if t.pos not in ("x", "w")]
    if not words or not words[-1].pos.startswith("n"):
        # 「每次均应在4秒内点燃」 was asked 「…每次均有什么要求？」 (session 21, D13 m1 re-run):
        # a quantifier and an adverb name no thing
        return ""
    return subject
