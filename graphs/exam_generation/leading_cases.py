"""A Chinese rule's leading case: the 「…时」 it opens on, in the same clause as its own act.

「交接班时双方须共同核对现金，差额超过50元须当场上报」 opens on 「交接班时」 and goes straight on to
who does what; the case governs every clause after it too, so none of them is stated alone
(clause_facts.py: 「差额超过（    ）须当场上报」 lost both the shift change and the cash). A short
answer asks such a point by its case, not by the whole clause wrapped in 「…时应如何处理」
(「卸油时由当班站长在现场监护时应如何处理？」: the supervisor's watch is the act, no condition;
short_answer_asks.py). A clause that ends on its case (「摩托车加油时，」) is read elsewhere
(rule_opening.ZH_CONDITION_END, clause_facts._ZH_CASE_END); this module reads the case that a
clause does not end on.

    leading_case    「卸油时」 of 「卸油时由当班站长在现场监护」; None when the clause does not open
                    on a case, or the case is all it says
"""

from __future__ import annotations

import re

from graphs.exam_generation.rule_opening import first_modal
from graphs.text.segment import tokenize

_CASE_WORDS = ("时", "时候", "期间")
"""Words that close a case (「交接班时」); 时间 and 时长 are words of their own, no case."""
_TIMED_WORDS = ("后", "前")
"""Words that close an act that times the rule (「卸油完毕后」): a case where a short answer asks
it, a subject where a clause is stated alone (clause_facts._ZH_TIMED_ACT)."""
_MAX_CASE = 8
"""Characters a leading case may run to: past this the clause is a sentence, not a case."""
_MIN_REST = 2
_ACT = re.compile(r"^由|负责")
"""Besides a modal word (rule_opening.first_modal, never 应 inside 反应), what makes the rest of
the clause the rule's own act: who does it (由…). 「受种者接种后出现过敏反应」 goes on with its
condition (出现…), and 「开场前30分钟」 with a time that frames it."""


def leading_case(clause: str, *, timed: bool = False) -> str | None:
    """The case `clause` opens on (「交接班时」, 「卸油时」) when the clause goes on to an act of its
    own after it (who does it, 由…, or a modal); None otherwise. `timed`: an act and 后/前 (「卸油完毕后」) is a case too."""
    text = clause.strip()
    closing = _CASE_WORDS + (_TIMED_WORDS if timed else ())
    at = 0
    for token in tokenize(text, "zh"):
        at += len(token.word)
        if at > _MAX_CASE:
            return None
        if token.word in closing and at > len(token.word) + 1:
            rest = text[at:].strip(" ，,")
            if len(rest) < _MIN_REST or not (_ACT.search(rest) or first_modal(rest, True)):
                return None
            return text[:at]
        if token.pos in ("x", "w"):
            return None  # a break before any case: the clause opens on something else
    return None
