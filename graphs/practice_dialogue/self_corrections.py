"""A slip put right in the same turn: "冻结90天……不好意思我说错了，是60天", "check-out until 4 pm...
sorry, I mean 2 pm". A trainer hears what the learner settled on, not the slip, so the turn is
read as corrected: the slip's figure is replaced by the corrected one (the clause keeps its
words, so "late check-out until 2 pm" still names the check-out), and the correction follows.
A slip without a figure ("退款当天到账——不好意思我说错了，是1到3个工作日到账") loses its whole
clause to the correction.

A correction is a marker right after a clause break (……, ..., ——, a comma) followed by a figure:
说错了, 口误, 不对, 更正一下 / sorry, I mean, I misspoke, correction. An apology that goes on
("sorry for the wait of 2 hours", "不好意思让您等了一个小时") is no correction: English "sorry"
counts only followed by a break or "I mean", and a figure-for-figure correction needs the same
kind of figure (pounds for pounds, days for days).
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.practice_dialogue.figures import figure_spans, in_digits, unit_of

_BREAK = r"(?:…+|\.{2,}|—+|-{2,}|[，,;；:：]|\.(?=\s))\s*"
_MARKER = re.compile(
    _BREAK + r"(?P<marker>"
    r"(?:(?:不好意思|抱歉|对不起|哦|噢|啊|呃)[，,]?\s*)*"
    r"(?:(?:不对[，,]?\s*)?我?(?:说错了|说错|讲错了|口误了?|记错了)"
    r"|更正一下|纠正一下|不对不对|不对(?=[，,]))"
    r"|sorry(?=\s*[,.;:…—-]|\s+I\s+mean)(?:[,.;:…—-]*\s*I\s+mean(?:t)?)?"
    r"|I\s+mean(?:t)?|I\s+misspoke|my\s+mistake|correction|scratch\s+that|no,?\s+wait"
    r")[，,:：\s]*(?:(?:我的意思是|应该是|是)|(?:it's|it\s+is|that's)\s)?\s*",
    re.IGNORECASE,
)
_SAID_WRONG = re.compile(
    r"说错|讲错|口误|记错|更正|纠正|不对|misspoke|mistake|correction|mean", re.I
)
"""Markers that say outright the clause before was wrong: without a figure to swap, the
correction replaces the clause."""
_CLAUSE_START = re.compile(r"(?:…+|\.{2,}|—+|[，,;；。！!？?\n]|\.(?=\s))\s*")
_SENTENCE_END = re.compile(r"[。！!？?\n]|\.(?!\d)")


def as_corrected(reply: str, language: Language) -> str:
    """The reply as the learner settled it: each slip put right by the correction after it."""
    text = reply
    for _ in range(3):  # a turn seldom corrects itself more than once
        fixed = _correct_once(text, language)
        if fixed == text:
            return text
        text = fixed
    return text


def _correct_once(text: str, language: Language) -> str:
    for found in _MARKER.finditer(text):
        end = _SENTENCE_END.search(text, found.end())
        correction = text[found.end() : end.end() if end else len(text)]
        fixes = figure_spans(in_digits(correction, language))
        if not fixes:
            continue  # "sorry, that must be frustrating" corrects nothing
        starts = [m.end() for m in _CLAUSE_START.finditer(text, 0, found.start())]
        begin = max(starts, default=0)
        slip = in_digits(text[begin : found.start()], language)
        slipped = figure_spans(slip)
        separator = "，" if language == "zh" else ", "
        if slipped:
            wrong, right = slipped[-1], fixes[0]
            if unit_of(wrong) and unit_of(right) and unit_of(wrong) != unit_of(right):
                continue  # "120元, sorry for the 2 hours": another figure, not a correction
            put_right = slip[: wrong.start()] + right.group() + slip[wrong.end() :]
            return (
                text[:begin]
                + put_right
                + separator
                + correction
                + text[found.end() + len(correction) :]
            )
        if _SAID_WRONG.search(found.group("marker")):
            return text[:begin] + correction + text[found.end() + len(correction) :]
    return text
