"""The ask for a rule that sets two things side by side: it names the rule they share.

「汽油与柴油卸油口必须分别标识颜色：汽油为红色，柴油为黄色」 was asked 「汽油和柴油分别有什么要求？」:
双人确认 and 严禁混油 are requirements on them too, so the ask did not say which rule it meant
(session 21 end designer D14, m1 Q17). The rule's own act after its modal names it: an act
ending on what it sets (标识颜色) is asked for that, 「汽油与柴油卸油口分别标识什么颜色？」; an act
with no such noun (分开过磅) is named in the ask, 「铜线与铝线过磅分别有什么要求？」. An act that
holds a figure is the answer itself and is not asked this way.
"""

from __future__ import annotations

import re

from graphs.exam_generation.rule_opening import ANY_MODAL, figures
from graphs.exam_generation.stated_openings import paired_subjects
from graphs.text.segment import tokenize

_ACT_END = re.compile(r"[：:，,；;。]")
_HOW = frozenset(["分别", "分开", "单独", "各自", "统一", "一律", "均", "都"])
"""Words that say how the two are treated (分别, 分开): the rule's answer, not its name."""


def paired_ask(point: str, head: str) -> str | None:
    """「{head}分别标识什么颜色？」 / 「{head}{act}分别有什么要求？」 for a rule on two things whose
    opening is `head` (stated_openings.paired_subjects): asked by the first alone, the point
    answered more than its ask (session 16 lead, m3 Q12); 「A和B分别有什么要求？」 when the rule's
    act names nothing; None for a rule on one thing."""
    pair = paired_subjects(point, head)
    if pair is None:
        return None
    fallback = f"{pair[0]}和{pair[1]}分别有什么要求？"
    modal = ANY_MODAL[True].search(point, len(head))
    if modal is None or point[len(head) : modal.start()].strip():
        return fallback
    end = _ACT_END.search(point, modal.end())
    act = point[modal.end() : end.start() if end is not None else len(point)]
    if figures(act):
        return fallback
    words = [t for t in tokenize(act, "zh") if t.pos not in ("x", "w") and t.word not in _HOW]
    if not words or not 2 <= sum(len(t.word) for t in words) <= 8:
        return fallback
    subject = head.strip()
    if len(words) >= 2 and words[-1].pos.startswith("n"):
        named = "".join(t.word for t in words[:-1])
        return f"{subject}分别{named}什么{words[-1].word}？"
    if len(words) == 1 or all(t.pos.startswith("v") for t in words):
        return f"{subject}{''.join(t.word for t in words)}分别有什么要求？"
    return fallback
