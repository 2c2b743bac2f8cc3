"""Once she has taken her leave, she stays gone until something is put to her.

A customer who said 「行吧，那我先走了。」 or "Alright, thanks. I'll think about it." is on her
way out. A bare 「嗯。」 or 「还有别的问题吗？」 after it gives her no reason to stay, so she does not
come back with the next concern of her script (「那……分期的话每个月多少钱？」 after 「行吧，那我先走了。」
and 「嗯。」, session 22 trainer P15, objection-weak). She says she is going; an offer, a question
about her matter, a push or a claim still gets her other answers (her_line.py).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Any

from graphs.exams import Language
from graphs.practice_dialogue.her_consent import LEAVING

STILL_LEAVING: dict[Language, tuple[str, ...]] = {
    "zh": ("没别的了，我先走了。", "不说了，我真得走了。", "就这样吧，再见。"),
    "en": ("No, nothing else. I'll be off, then.", "I really must go now.", "Goodbye."),
}
"""Her answers to a turn that gives her no reason to stay once she has taken her leave, the
first she has not said yet (never the same words twice: no_repeats.unrepeated would turn them
into a complaint that she is going round in circles)."""


def took_her_leave(line: str | None, language: Language) -> bool:
    """Whether her line takes her leave or drops the matter (her_consent.LEAVING) and asks
    nothing: 「行吧，那我先走了。」, not 「算了？那退款怎么办？」; or one of `STILL_LEAVING`."""
    if not line or line.rstrip().endswith(("?", "？")):
        return False
    if line in STILL_LEAVING[language]:
        return True
    return LEAVING[language].search(unicodedata.normalize("NFKC", line)) is not None


def seen_off(her_lines: Sequence[str], language: Language) -> bool:
    """Whether she took her leave in her last two lines: the learner's turn between them let her
    go, so a goodbye now (「那您慢走」) sees her off, no brush-off of a matter she is still
    pressing (issue 12: it was named 敷衍打发客户 and she answered 「这话我刚才已经说过了」)."""
    return len(her_lines) >= 2 and all(took_her_leave(line, language) for line in her_lines[-2:])


def still_leaving(
    previous: str | None,
    evaluation: dict[str, Any] | None,
    said_before: Sequence[str],
    language: Language,
) -> str | None:
    """Her line when her last one took her leave and the learner's turn (its `evaluation`) made
    no point, asked about nothing of her matter, and crossed no line: she is still going."""
    if evaluation is None or not took_her_leave(previous, language):
        return None
    if any(
        evaluation.get(key)
        for key in ("covered", "asked", "questions", "pushy", "forbidden", "dismissal")
    ):
        return None
    lines = STILL_LEAVING[language]
    return next((line for line in lines if line not in said_before), lines[-1])
