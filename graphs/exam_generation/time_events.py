"""The event of a time clause is no gap: 「____后贴好标签」 keyed 成品油灌装 asks what is done
before the rule, not the rule.

A step of a procedure is often stated after the event it follows: 「成品油灌装后贴好标签」, 「银行卡
丢失后甲方须立即挂失」, 「压榨机运转中严禁用手清理出饼口」, "After the kiln cools, the potter logs the firing". The rule is the step
(贴好标签, 挂失, logs the firing), its object, its figure or who does it; the event only says when.
A term inside the event (成品油灌装, 银行卡) blanked or offered among options tests nothing a
trainee must know, and is guessed from the words around it (session 25, the lead's oil mill).

A condition the rule sets is another matter: in 「蒸笼上汽后方可放入湿粉」 the event is what must
have happened first (方可, 才), so it may still be asked. `in_time_event` tells the fill-in
(statement_builders.fill_blank) which term anchors to leave printed.
"""

from __future__ import annotations

import re

from graphs.text.anchors import Anchor

_ZH_CLAUSE_BREAK = re.compile(r"[，,。；;：:！!？?]")
# 中 is a time only after a verb of running (运转中, 使用中, 营业中), not in 集中 or 其中; 时
# that opens a word (时间, 时限) ends no time clause.
_ZH_TIME_WORD = re.compile(
    r"(?:之后|以后|之前|期间|后|时(?![间段长限效刻节])|前|(?<=[转行用作业])中)"
)
_ZH_NOT_A_TIME = re.compile(
    r"(?:同|及|随|按|准|临|平|定|适|当|届|实|暂|小|工|课|学|然|最|今|此|先|落|提|目|事|面|眼|从)$"
)
"""A character that makes the time word part of another word (同时, 小时, 然后, 提前): no time
clause ends there."""
_ZH_CONDITION_AFTER = re.compile(r"^(?:方可|方能|才可|才能|才|方)")
"""The event is the condition the rule sets: 「上汽后方可放入」."""
_ZH_MAX_EVENT_TAIL = 4
"""Characters a time clause's verb may take between the blanked term and its time word (丢失)."""
_EN_TIME_CLAUSE = re.compile(r"^(?:after|before|when|once|while|whenever)\b[^,;.]*,", re.IGNORECASE)


def in_time_event(text: str, anchor: Anchor, zh: bool) -> bool:
    """Whether a term anchor stands in the event of the time clause that opens its clause, where
    no condition follows it: the step after it is the rule, the event only its time."""
    if anchor.role != "term":
        return False
    if not zh:
        starts = [m.end() for m in re.finditer(r"[.;:!?]\s*", text[: anchor.start])]
        clause = _EN_TIME_CLAUSE.match(text, max(starts, default=0))
        return clause is not None and anchor.end <= clause.end()
    starts = [m.end() for m in _ZH_CLAUSE_BREAK.finditer(text, 0, anchor.start)]
    start = max(starts, default=0)
    for found in _ZH_TIME_WORD.finditer(text, anchor.start):
        before = text[start : found.start()]
        if _ZH_CLAUSE_BREAK.search(text, anchor.start, found.start()) or (
            found.start() - anchor.end > _ZH_MAX_EVENT_TAIL
        ):
            return False
        if _ZH_NOT_A_TIME.search(before) or re.search(r"须|需|应|必|在", before):
            continue  # 同时, 小时; a modal or 在 before it: the time is the rule's own (须在…后)
        return not _ZH_CONDITION_AFTER.match(text[found.end() :])
    return False
