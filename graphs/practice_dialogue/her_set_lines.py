"""Her fixed lines, the same in every scenario: parting words after her yes, leave-taking when
sent off before it, "nothing else" after her yes, and what she says when sent off unresolved
(her_line.py chooses among them)."""

from __future__ import annotations

PARTING: dict[str, str] = {
    "zh": "好，那就这么定了，谢谢你。",
    "en": "Great, thank you. That's all sorted then.",
}
"""Her parting words after her yes, when the learner's wrap-up asks or offers nothing she has a
line for: no hesitation, no reaction after she has agreed."""
UNRESOLVED: dict[str, str] = {
    "zh": "事情还没说清楚，就这么打发我走？我要找你们领导。",
    "en": "That's it? Nothing's been sorted. I'll be taking this further.",
}
"""Her answer to a goodbye while she is angry (`ANGRY`) and the turn was small talk: nothing
was dealt with, and she says so, rather than the small-talk reaction once more."""
NOTHING_ELSE: dict[str, str] = {
    "zh": "没有了，就这样吧，谢谢。",
    "en": "No, that's everything, thanks.",
}
"""Her answer to "anything else?" after her yes, when she has no line that answers the turn."""
LEAVING_UNDECIDED: dict[str, str] = {
    "zh": "行吧，那我再考虑考虑。",
    "en": "Alright, thanks. I'll think about it.",
}
"""Her answer to a goodbye that asks and offers nothing before she has said yes, once something
was offered: she takes her leave undecided, and answers no question nobody asked."""
LEAVING_DISPLEASED: dict[str, str] = {
    "zh": "行吧，那我先走了。",
    "en": "Right. I'll leave it there, then.",
}
"""The same goodbye while she is still displeased (her mood below 0, as in the first turn of a
complaint) or when nothing was offered: she leaves, with nothing to think over."""
