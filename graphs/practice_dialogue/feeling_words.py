"""Her trouble called by how it feels: "That sounds maddening", "How exhausting", 「真是太糟心了」.

A trainer hears empathy in a feeling word said of her trouble as surely as in 理解 or "I
understand": "That sounds maddening, slow speeds right when you want to use it in the evening"
is textbook empathy (session 26 trainer P19: a strong retention learner got 0 for listening and
failed at 59). The phrase family held a few such lines one by one ("that's annoying", 确实闹心);
here a frame that says it of the thing she went through ("that sounds …", "that must be …", "how
…", 真/太/确实…) meets a feeling word, and every pair is a phrase of the empathy family
(phrases.py), matched and negation-scoped like any other ("That's not annoying" is none).

The frames speak of "that", "this" or the trouble itself, never of her: "you're so annoying" is
no empathy. A scenario's `phrases.feelings` adds the author's feeling words ("gutting", 憋屈)
to the shipped ones; they take the same frames (an ASCII word the English ones, else the
Chinese).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from graphs.exams import Language

FEELINGS_EN = (
    "maddening",
    "frustrating",
    "infuriating",
    "annoying",
    "irritating",
    "exasperating",
    "exhausting",
    "draining",
    "stressful",
    "upsetting",
    "worrying",
    "disappointing",
    "awful",
    "horrible",
    "miserable",
    "rubbish",
    "unsettling",
    "nerve-racking",
)
"""How a trouble feels to the one who has it (an adjective said of the trouble)."""
TROUBLES_EN = ("nightmare", "pain", "hassle", "headache", "worry")
"""A trouble called by a noun: "what a nightmare", "that must be a worry"."""
FEELINGS_ZH = (
    "闹心",
    "糟心",
    "窝火",
    "憋屈",
    "气人",
    "恼火",
    "上火",
    "着急",
    "心急",
    "揪心",
    "头疼",
    "心烦",
    "烦心",
    "难受",
    "委屈",
    "折腾人",
)
"""How a trouble feels, said in Chinese after a degree word (真糟心, 太窝火了)."""

FRAMES_EN = (
    "that sounds {}",
    "it sounds {}",
    "that must be {}",
    "that must have been {}",
    "that's {}",
    "that is {}",
    "this is {}",
    "how {}",
)
"""Frames that say a feeling of the trouble (not of her: "you're so annoying" is none)."""
NOUN_FRAMES_EN = ("what a {}", "that's a {}", "that must be a {}", "that sounds a {}")
FRAMES_ZH = ("真{}", "太{}", "真是{}", "确实{}", "实在{}", "挺{}", "够{}", "多{}", "特别{}")
"""A degree word before the feeling: 真闹心, 太窝火了, 这确实揪心; a bare 着急 or 别着急 is none."""


def feeling_phrases(language: Language, words: Iterable[str] = ()) -> tuple[str, ...]:
    """The empathy phrases the frames make, in the scenario's language, of the shipped feeling
    words and `words`, an author's additions (an ASCII word takes the English frames, any other
    the Chinese)."""
    if language == "en":
        adjectives = [*FEELINGS_EN, *(w.lower() for w in words if w.isascii())]
        phrases = [frame.format(w) for w in adjectives for frame in FRAMES_EN]
        phrases += [frame.format(n) for n in TROUBLES_EN for frame in NOUN_FRAMES_EN]
    else:
        chinese = [*FEELINGS_ZH, *(w for w in words if not w.isascii())]
        phrases = [frame.format(w) for w in chinese for frame in FRAMES_ZH]
    return tuple(dict.fromkeys(phrases))


_EXCLAIMED = re.compile(
    r"^\W*(?:(?:oh|ah|gosh|ugh|wow)\W+)?how (?:(?:really|very|so|utterly|incredibly) )?(?:"
    + "|".join(re.escape(w) for w in FEELINGS_EN)
    + r")\b(?![^?]*\?\s*$)",
    re.IGNORECASE,
)


def exclaims(sentence: str) -> bool:
    """ "How infuriating, an hour lost." exclaims, it asks nothing (no question mark closes it):
    its "how" opens no question (phrases.question_starts)."""
    return bool(_EXCLAIMED.match(sentence))
