"""The learner gives up on her: a flat no, or letting her go. She answers that, not her script.

Two moves of a learner who stops trying, and her answer to each:
- **a flat no**: nothing more on the price or the offer ("我们就是这个价，没办法便宜", "I don't
  really have anything else to offer you"). She hears there is nothing to wait for and says she
  will look elsewhere, instead of a stock line of her script (「你们是不是都这么开场的？」,
  "And what exactly are you offering me?");
- **letting her go**: the learner does what she came to have done (her opening line asks to
  cancel; "OK then, I'll put the cancellation through") or waves her off (「那就算了吧」). She
  takes it and closes, instead of asking what it has to do with her broadband.
A turn that also makes a point, asks her something, pressures or lies is left to her other
answers; a flat no she has answered once gets her script the next time (no same line twice).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Literal

from graphs.exams import Language
from graphs.practice_dialogue.phrases import question_starts
from graphs.practice_dialogue.signals import TurnText, sentences
from graphs.scenarios import Scenario

Move = Literal["no", "let-go", "done"]

FLAT_NO: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"(?:没|没有)(?:别的|其他|什么)?办法(?:再)?(?:便宜|优惠|降|少|让)|便宜不了|少不了|降不了"
        r"|(?:就是|只能是|就)这个价|没(?:有)?别的办法了|没(?:有)?(?:别的|其他)(?:优惠|方案)(?:了|可以给)"
    ),
    "en": re.compile(
        r"\bnothing (?:more|else) i can (?:do|offer)\b|\b(?:don't|do not) (?:really )?have anything"
        r" (?:else|more) to offer\b|\bcan't (?:go|come|get) (?:any )?lower\b|\bthat's the (?:best|lowest)"
        r" (?:i can do|price)\b|\bcan't do (?:anything|any better)\b|\bthe price is (?:fixed|what it is)\b"
    ),
}
"""Nothing more on the price or the offer, said as a statement."""
LET_GO: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"(?:那|就|那就)算了吧|不办(?:也)?就算了|那您去(?:隔壁|别家)|您(?:就)?随意吧"
        # 「您要是真想走，那我就给您办了」, 「想退就退吧」: her leaving granted, not argued
        r"|(?:您|你)(?:要是|如果)?(?:真|非)?(?:想|要)(?:走|退|取消|离开)(?:的话)?[，,]?那?我?就?(?:给|帮)(?:您|你)办"
        r"|(?:想|要)走就走吧|(?:想|要)退就退吧"
    ),
    "en": re.compile(
        r"\b(?:put|process|go ahead with|set up) (?:the|your) cancellation\b"
        r"|\bclose (?:your|the) account\b|\bsuit yourself\b|\bif you want to go,? (?:then )?go\b"
        # "if you want to go I'll process it", "if you'd rather leave, I'll sort it": granted
        # ("if you leave, you'd lose the loyalty price" argues, it grants nothing)
        r"|\bif you(?:'d|'re| would| are)? (?:really )?(?:want|wish|like|rather|set on|determined)"
        r" (?:to )?(?:go(?:ing)?|leav(?:e|ing)|cancel(?:ling)?),? (?:(?:then|fine|ok),? )*"
        r"(?:i'll|i will|i can|we'll|we can)\b"
    ),
}
"""Waving her off, or closing what she has with us."""
_REQUEST: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"(?:我想|我要|想要|想)(?:把|给我)?(?P<verb>[\u4e00-\u9fff]{2})"),
    "en": re.compile(
        r"\b(?:i'd like to|i would like to|i want to|i need to|i'm calling to|i'm ringing to)"
        r" (?P<verb>[a-z]{4,})",
        re.IGNORECASE,
    ),
}
"""What her opening line asks to have done (its verb: cancel, 退款)."""
_DOING: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"我(?:这就|现在|马上|来)?(?:给|帮)(?:您|你)|(?:给|帮)(?:您|你)(?:办|弄)"),
    "en": re.compile(r"\b(?:i'll|i will|i'm going to|let me|i've|i have)\b", re.IGNORECASE),
}
"""The learner doing it: a first-person commitment ("I can cancel within 30 days" offers a
way out, it does nothing)."""
_CONDITIONAL = re.compile(r"\b(?:if|unless|within|in case)\b|如果|要是|的话|之内", re.IGNORECASE)
"""A sentence that does it only on a condition ("I'll cancel it if it's no better") does not."""

HER_ANSWER: dict[tuple[Language, Move], str] = {
    ("zh", "no"): "一点余地都没有？那我还是再去别家看看吧。",
    ("en", "no"): "Nothing at all? Then I don't see what's keeping me.",
    ("zh", "let-go"): "行吧，那我先走了。",
    ("en", "let-go"): "Right. I'll leave it there, then.",
    ("zh", "done"): "行，那就这么办吧，办好了告诉我一声。",
    ("en", "done"): "Fine. Please send me the confirmation, then.",
}


def _request_verb(opening: str, language: Language) -> str | None:
    """The verb of what her opening line asks to have done, cut to its stem ("cancel")."""
    match = _REQUEST[language].search(opening)
    if match is None:
        return None
    verb = match.group("verb").lower()
    return verb if language == "zh" else verb[: max(4, min(len(verb), 6))]


def given_up(opening: str, reply: str, language: Language) -> Move | None:
    """How the learner's turn gives up on her (module docstring), or None."""
    statements = [TurnText.of(s, language) for s in sentences(reply) if question_starts(s) is None]
    if len(statements) != len(sentences(reply)) or not statements:
        return None  # a turn that asks her something gets an answer to it

    def said(pattern: re.Pattern[str]) -> bool:
        return any(
            not s.negated(m.start(), m.end())
            for s in statements
            for m in pattern.finditer(s.raw.lower())
        )

    verb = _request_verb(opening, language)
    doing = verb is not None and any(
        verb in s.raw.lower() and _DOING[language].search(s.raw) and not _CONDITIONAL.search(s.raw)
        for s in statements
    )
    if doing or said(LET_GO[language]):
        return "done" if doing else "let-go"
    return "no" if said(FLAT_NO[language]) else None


def her_answer(
    scenario: Scenario, reply: str, evaluation: dict[str, Any], said_before: Sequence[str]
) -> str | None:
    """Her answer to a learner who gives up on her, when the turn does nothing else: no point
    made past the opening's courtesies ("close your account" names the account), nothing asked,
    no line crossed; her answer said once is not said again."""
    if evaluation.get("asked") or evaluation.get("questions"):
        return None
    if evaluation.get("pushy") or evaluation.get("forbidden") or evaluation.get("off_topic"):
        return None
    language = scenario.language
    move = given_up(scenario.opening_line, reply, language)
    if move is None:
        return None
    opening = scenario.stages[0].id if scenario.stages else ""
    points = scenario.point_tags()
    made = [c.get("tag", "") for c in evaluation.get("covered", [])]
    if move == "no" and any(points.get(tag, ("", 0))[0] != opening for tag in made):
        return None  # a no said beside an offer or a question about her is no dead end
    answer = HER_ANSWER[(language, move)]
    if any(answer in earlier for earlier in said_before):
        return None
    return answer
