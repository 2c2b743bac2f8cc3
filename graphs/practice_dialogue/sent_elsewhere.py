"""A point named only while sending her to someone else earns nothing: 「您非要退的话得找医生说」
names the refund and grants none (session 23, trainer P16: it earned "只做到一部分：免除未告知的
抛光费…" and the hint "还差时限"), "You'll have to take the refund up with billing" neither.

The gate (evaluation.finish applies it) drops such a point when every sentence naming it tells
her to take the matter to another person (得找…说, 您去问…, "you'll have to speak to…") and does
not speak for the learner's side (我帮您找经理, "I'll ask the manager for you" helps her).
"""

from __future__ import annotations

import re
from typing import Any

from graphs.exams import Language
from graphs.practice_dialogue.signals import TurnText, sentences
from graphs.scenarios import Scenario

SENT_ELSEWHERE: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"(?:得|要|就|请|只能|自己)(?:您|你)?(?:自己)?(?:去)?(?:找|问)[^，,。？?！!]{1,8}"
        r"(?:说|谈|问|处理|办|商量|反映|要)|(?:跟|和)[^，,。？?！!]{1,8}(?:说|谈)去"
    ),
    "en": re.compile(
        r"\byou(?:'ll| will)? (?:have|need|must|should|can|could) (?:to )?(?:go and )?"
        r"(?:speak|talk|ask|take (?:it|that|this)(?: up)?|complain|raise (?:it|that|this))\b"
        r"[^.!?]{0,20}\b(?:with|to)\b",
        re.IGNORECASE,
    ),
}
"""Her matter sent to another person."""
OUR_SIDE: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"我"),
    "en": re.compile(r"\b(?:i|i'll|i'm|i'd|me|let me|we'll|we will)\b", re.IGNORECASE),
}
"""The learner acting for her ("我帮您找经理", "I'll ask for you"): help, not a hand-off."""


def sent_elsewhere(scenario: Scenario, point: dict[str, Any], reply: str) -> bool:
    """The point is named only in sentences that send her matter to someone else."""
    stage_point = scenario.stage(point["stage"]).points[point["index"]]
    language = scenario.language
    phrases = stage_point.keywords or [stage_point.text]
    named = False
    for raw in sentences(reply):
        if not TurnText.of(raw, language).said_any(phrases):
            continue
        named = True
        if not SENT_ELSEWHERE[language].search(raw) or OUR_SIDE[language].search(raw):
            return False
    return named
