"""A rule that states one duty for two subjects and says the verb once.

「开放期间，长距离靶道（70米）须有安全员至少2名在岗，短距离靶道（18米）至少1名。」 puts the
short lane under the long lane's duty with its own figure: the clause after the comma has its own
subject and leaves the verb out. Split as a list of conditions (point_parts) it was keyed 「开放
期间，长距离靶道（70米）须短距离靶道（18米）至少1名」, garbled and about a subject the ask never
named (session 24 designer, m3 Q12, a pool's two zones). Read here, each subject gets the duty
whole, with its own figure: 「开放期间，短距离靶道（18米）须有安全员至少1名在岗」; and the ask
names both subjects (short_answer_asks).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from graphs.exam_generation.rule_opening import ANY_MODAL, COMPARATOR, figures, first_modal
from graphs.text.segment import tokenize


class Gapped(NamedTuple):
    """The rule as one point per subject, and the subjects (brackets left out) in order."""

    parts: list[str]
    subjects: list[str]


_CLAUSE = re.compile(r"[，,；;]")
_BRACKETED = re.compile(r"\s*[（(][^（()）]*[）)]")


def gapped(point: str) -> Gapped | None:
    """The Chinese rule read as one duty for each of its subjects, or None when no clause after
    its duty is a subject with only a figure of the duty's kind."""
    body = point.strip().rstrip("。；;")
    at = first_modal(body, True)
    modal = None if at is None else ANY_MODAL[True].match(body, at)
    if modal is None:
        return None
    head = body[: modal.start()]
    cut = max(head.rfind("，"), head.rfind(","))
    condition, subject = head[: cut + 1], head[cut + 1 :].strip()
    clauses = [c.strip() for c in _CLAUSE.split(body[modal.end() :]) if c.strip()]
    if not subject or len(clauses) < 2:
        return None
    duty = clauses[0]
    measured = _measure(duty, at_end=False)
    if measured is None:
        return None
    parts, subjects = [f"{head}{modal.group()}{duty}"], [_bare(subject)]
    for clause in clauses[1:]:
        other = _measure(clause, at_end=True)
        if other is None or other[2] != measured[2]:
            return None  # a clause of its own, not the duty's figure for another subject
        own = clause[: other[0]].strip()
        if not _names_a_thing(own) or _bare(own)[-1] != subjects[0][-1]:
            # 「客户须年满21周岁，驾龄满2年」: 驾龄 is the customer's, a condition of the list;
            # a subject of its own is a thing of the same kind (靶道, 区), named by the same head
            return None
        said = clause[other[0] : other[1]]
        parts.append(
            f"{condition}{own}{modal.group()}{duty[: measured[0]]}{said}{duty[measured[1] :]}"
        )
        subjects.append(_bare(own))
    return Gapped(parts, subjects)


def for_each(question: str, shared: Gapped) -> str:
    """The ask of the rule's first subject made an ask of each (「开放期间，长距离靶道和短距离靶道
    各应如何处理？」)."""
    first, *others = shared.subjects
    if first not in question:
        return question
    named = "和".join(["、".join([first, *others[:-1]]), others[-1]])
    at = question.index(first) + len(first)
    each = "各" if question[at : at + 1] in ("应", "须", "必", "有") else ""
    return f"{question[: at - len(first)]}{named}{each}{question[at:]}"


def _measure(clause: str, at_end: bool) -> tuple[int, int, str | None] | None:
    """Where the clause's one counted figure (with its comparator: 「至少2名」) starts and ends,
    and its unit; at_end: the figure must close the clause (「短距离靶道（18米）至少1名」)."""
    found = [
        (start, end, q.unit) for q, start, end in figures(clause) if not _in_brackets(clause, start)
    ]
    if len(found) != 1 or (at_end and found[0][1] != len(clause)):
        return None
    start, end, unit = found[0]
    comparator = COMPARATOR.search(clause[:start])
    return (comparator.start() if comparator else start), end, unit


def _in_brackets(text: str, at: int) -> bool:
    before = text[:at]
    return max(before.rfind("（"), before.rfind("(")) > max(before.rfind("）"), before.rfind(")"))


def _names_a_thing(own: str) -> bool:
    """The words before the figure are a noun phrase (a lane, a zone, a shift): no act, no
    modal, at least two characters."""
    bare = _bare(own)
    if len(re.findall(r"[\u4e00-\u9fff]", bare)) < 2 or ANY_MODAL[True].search(bare):
        return False
    tokens = [t for t in tokenize(bare, "zh") if t.pos not in ("x", "w")]
    return bool(tokens) and tokens[-1].pos.startswith("n") and not any(t.pos == "v" for t in tokens)


def _bare(subject: str) -> str:
    return _BRACKETED.sub("", subject).strip()


def each_subject_held(source: str, held: str) -> bool:
    """The source states one duty for two subjects, and the question keys it for each
    (「…长距离靶道须有安全员至少2名在岗」 with 「…短距离靶道须有安全员至少1名在岗」)."""
    shared = gapped(source)
    return shared is not None and all(part in held for part in shared.parts)
