"""Once she has taken her leave, she stays gone until something is put to her.

A customer who said 「行吧，那我先走了。」 or "Alright, thanks. I'll think about it." is on her
way out. A bare 「嗯。」 or 「还有别的问题吗？」 after it gives her no reason to stay, so she does not
come back with the next concern of her script (「那……分期的话每个月多少钱？」 after 「行吧，那我先走了。」
and 「嗯。」, session 22 trainer P15, objection-weak). She says she is going; an offer, a question
about her matter, a push or a claim still gets her other answers (her_line.py).

Her going keeps where she stands: a customer who took her leave to think it over (「我再想想吧，
现在还定不下来。」) and is then sent off to do so (「好的，那您回去再琢磨琢磨。」) says she will think
it over and come back (`STILL_THINKING`), not 「没别的了，我先走了。」 as if she had dropped the
matter (session 24, issue 12).
"""

from __future__ import annotations

import re
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
STILL_THINKING: dict[Language, tuple[str, ...]] = {
    "zh": (
        "好，那我回去想想，想好了再来找你。",
        "嗯，我想好了再联系你，先这样。",
        "就这样吧，再见。",
    ),
    "en": (
        "Right, I'll think it over and let you know.",
        "I'll be in touch once I've decided.",
        "Goodbye.",
    ),
}
"""The same answers when her leave-taking was to think the decision over: she still says where
she stands, undecided and coming back to it."""
THINKING: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"(?:再|回去|好好)(?:考虑|想想|想一想|琢磨)|定不下来|还没想好|想好了再"),
    "en": re.compile(
        r"\bthink (?:about it|it over)\b|\bsleep on it\b|\b(?:don't|do not) know yet\b"
        r"|\bonce I've decided\b",
        re.IGNORECASE,
    ),
}
"""Her leave-taking that leaves the decision open: she goes to think it over."""
ESCALATES: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"(?:找|叫|见)你们(?:的)?(?:领导|经理|老板|负责人)"),
    "en": re.compile(
        r"\b(?:speak|talk) to (?:a|your|the) (?:manager|supervisor)\b|\btake (?:this|it) further\b",
        re.IGNORECASE,
    ),
}
"""Her matter taken higher (her_consent.LEAVING reads it as accepting nothing): no leave-taking.
A small-talk turn after 「你这是什么话？我要找你们领导！」 got 「没别的了，我先走了。」, as did 「您非要退
的话得找医生说」 (P16 complaint weak and off-topic)."""


def took_her_leave(line: str | None, language: Language) -> bool:
    """Whether her line takes her leave or drops the matter (her_consent.LEAVING) and asks
    nothing: 「行吧，那我先走了。」, not 「算了？那退款怎么办？」; or one of `STILL_LEAVING`."""
    if not line or line.rstrip().endswith(("?", "？")):
        return False
    if line in STILL_LEAVING[language] or line in STILL_THINKING[language]:
        return True
    # 「我要找你们领导！」 presses her matter higher: she is not going anywhere
    pressing = ESCALATES[language].sub("", unicodedata.normalize("NFKC", line))
    return LEAVING[language].search(pressing) is not None


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
    thinking = THINKING[language].search(unicodedata.normalize("NFKC", previous or ""))
    lines = (STILL_THINKING if thinking else STILL_LEAVING)[language]
    return next((line for line in lines if line not in said_before), lines[-1])
