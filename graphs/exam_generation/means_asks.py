"""A Chinese duty done by a means, a standard or a person, asked by what it rests on.

「须凭医师处方销售」 is asked 「须凭什么销售」, 「由店长审批」 「由谁审批」: the act the rule governs,
with what it rests on left for the learner (moved out of short_answer_asks.py, which reads every
other shape of duty).
"""

from __future__ import annotations

import re

from graphs.text.quantities import parse_quantities
from graphs.text.segment import tokenize

_ZH_MEANS = re.compile(
    r"^(?P<prep>凭|按照|按|经|通过|使用|用|由)(?P<what>[^，,；;。]{2,16})(?=[，,；;。]|$)"
)
"""A duty done by a means, a standard or a person (「须凭医师处方销售」, 「由店长审批」)."""


def zh_means(rest: str) -> str | None:
    """「凭什么销售」 for 「凭医师处方销售」, 「由谁审批」 for 「由店长审批」: the act the rule governs
    with what it rests on left for the learner; None unless the clause ends on a verb of two or
    more characters (with its object) after what it rests on."""
    found = _ZH_MEANS.match(rest)
    if found is None or parse_quantities(found["what"]):
        return None
    tokens = [t for t in tokenize(found["what"], "zh") if t.pos not in ("x", "w")]
    verbs = [i for i, t in enumerate(tokens) if t.pos.startswith("v") and len(t.word) >= 2]
    if not verbs or verbs[-1] < 1:
        return None
    start = verbs[-1]
    if start >= 2 and tokens[start].pos == "vn" and tokens[start - 1].pos == "v":
        start -= 1  # 「按规定程序处理投诉」: the act is 处理投诉, not 投诉
    # 「按操作手册清洁机器」: the act keeps its object (「按什么清洁机器」)
    act = tokens[start:]
    if not all(t.pos.startswith("n") for t in act[1:]) or len(act) > 3:
        return None
    words = "".join(t.word for t in act)
    glued = tokens[start - 1].word
    tail = tokenize(glued[-2:], "zh") if len(glued) >= 4 else []
    if len(tail) == 1 and tail[0].pos == "v":
        words = glued[-2:] + words  # 「程序处理」 read as one noun: its verb is the act's
    asked = "谁" if found["prep"] == "由" else "什么"
    return f"{found['prep']}{asked}{words}"
