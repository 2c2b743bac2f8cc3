"""A point that tells or offers something is not made by asking her about herself: "您是坐地铁过来
的吧？" tells her nothing about the subway three minutes away, "抵用券您用过吗？" offers no voucher,
"Did you get breakfast on the road?" mentions no breakfast for two.

The gate (evaluation.finish applies it) drops such a point when every sentence naming it is a
question addressed to her (您/you; a yes-no question asks all it names), and the question neither speaks for the learner's side (我们, 我帮您, "we", "I can") nor offers (要不要, 想不想,
要不您先…？, "would you like", "how about"): "您知道我们离地铁只有三分钟吗？" still tells, and "Would you like
breakfast for two with it?" still offers.
"""

from __future__ import annotations

import re
from typing import Any

from graphs.exams import Language
from graphs.practice_dialogue.claims import addresses_customer
from graphs.practice_dialogue.phrases import question_starts
from graphs.practice_dialogue.signals import TurnText, sentences
from graphs.scenarios import Scenario

OUR_SIDE_OR_OFFER: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"我|咱|本店|这边|要不要|想不想|需不需要|需要|可以|给您|帮您|为您|考虑|试试|办|约|推荐|介绍|"
        r"行吗|好吗|方便|合适|怎么样|如何|"
        # a proposal: 要不您先体验一周再决定？ offers the trial
        r"要不|不如|先[^，,。？?]{1,10}再(?:决定|考虑|说|定)"
    ),
    "en": re.compile(
        r"\b(?:i|i'll|i'm|i've|i'd|me|my|we|we'll|we've|we're|our|us)\b|\b(?:would|do) you (?:like|want|"
        r"prefer|fancy)\b|\binterested\b|\bshall\b|\bhow about\b|\bwhat about\b|\bconsider\b"
        r"|\bcan (?:i|we)\b|\bhappy (?:to|with)\b|\bknow\b|\bsuit|\bwork for\b|\bhelp\b|\bok(?:ay)?\b"
        r"|\bsound|\bconvenient\b|\bgood for\b|\bfine\b|\bhow would\b",
        re.IGNORECASE,
    ),
}
"""A question that tells from the learner's side or offers something."""
ASKED_AT_END = re.compile(r"(?:[?？]|[吗吧呢嘛][。.!！]?)\s*$")
"""A sentence put as a question, not one with a question word inside a statement."""


def asked_not_told(scenario: Scenario, point: dict[str, Any], reply: str) -> bool:
    """The point, of a stage that tells or offers (none of its points made by asking), is named
    only in questions about her."""
    stage = scenario.stage(point["stage"])
    if any(p.by_asking for p in stage.points):
        return False  # a stage of finding out: "医生做之前跟您讲过吗？" checks the bill
    stage_point = stage.points[point["index"]]
    language = scenario.language
    phrases = stage_point.keywords or [stage_point.text]
    named = False
    for raw in sentences(reply):
        sentence = TurnText.of(raw, language)
        heard = sentence.said_any(phrases)
        if not heard:
            continue
        named = True
        if (
            question_starts(raw) is None
            or not ASKED_AT_END.search(raw)  # "…会打电话告诉您还要等多久。" tells
            or not addresses_customer(sentence)
            or OUR_SIDE_OR_OFFER[language].search(raw)
        ):
            return False
    return named
