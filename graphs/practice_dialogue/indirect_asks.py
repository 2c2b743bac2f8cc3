"""Polite indirect questions: a wish to know put as a statement, which asks as a question does.

"I'd love to understand what's led you to this.", "I was wondering why you're thinking of
going.", "Tell me what the evenings are like." ask her, though no question mark ends them and no
question word opens them; so do 「我想知道您当时为什么没坚持下来。」, 「想了解一下您主要是为了什么」.
A verb of knowing that only reports ("I know why you're upset", 「我知道怎么处理」) asks nothing:
the wish (would like, love, want, wonder, curious; 想, 希望) or the request (tell me) makes it
one. Read by phrases.question_starts.
"""

from __future__ import annotations

import re

ENGLISH_WISH_TO_KNOW = re.compile(
    r"\b(?:(?:i'd|i would|i'd really|i would really|i really want|i want|i wanted|i'm keen|"
    r"i am keen) (?:love |like )?to (?:know|understand|hear|ask|learn|find out)|"
    r"i (?:was|am|'m) (?:just )?wondering|i wonder|i'm curious|i am curious|"
    r"(?:please |could you |can you |would you )?(?:tell|help) me(?: understand)?|"
    r"(?:may|can|could) i ask)\b"
    r"[^.;!?]{0,30}?\b(?P<asks>what|why|how|which|when|where|whether|if|about)\b",
    re.IGNORECASE,
)
"""A wish to know (or a request to be told) and the question word it leads to."""
CHINESE_WISH_TO_KNOW = re.compile(r"(?:想|希望|好奇)(?:要|再)?(?:知道|了解|清楚|问问|问一下)")
"""想知道, 想了解, 好奇: the verb of knowing wished for, so the question word after it asks."""


def indirect_ask_start(text: str) -> int | None:
    """Where an English statement that wishes to know begins its asking (its question word)."""
    found = ENGLISH_WISH_TO_KNOW.search(text)
    return found.start("asks") if found else None


def wished_to_know(before: str) -> bool:
    """Whether the words before a Chinese question word wish to know it (我想知道…)."""
    return bool(CHINESE_WISH_TO_KNOW.search(before[-10:]))
