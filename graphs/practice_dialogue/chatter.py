"""The learner excusing their own chatter: "Anyway, sorry, I'm chatting", 「不好意思，我话多了」.

Its sorry is for the learner's small talk, not for what she went through: no apology or empathy
to her (the trainer's "an apology for chatting counted as empathy"). turn_moves.py hears a
digression excused by its return to the subject ("back to your booking", 扯远了); this hears the
excuse of the chat itself, and both take the warmth of the sentence away (point_hearing.py).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from graphs.practice_dialogue.signals import TurnText, sentences
from graphs.practice_dialogue.turn_moves import excuses_digression
from graphs.practice_dialogue.understanding import Understanding, understand
from graphs.scenarios import Scenario

CHATTER = re.compile(
    r"\bi(?:'m| am) (?:just )?(?:chatting|rambling|babbling|going on)\b|\b(?:i )?talk too much\b"
    r"|\bchatting away\b|话多了|光顾着(?:聊|说)|说多了|聊(?:远|偏)了|尽跟您闲聊",
    re.IGNORECASE,
)
"""A sentence that excuses the learner's own chat."""


def excuses_chatter(raw: str) -> bool:
    """The sentence excuses the learner's chat or digression: its sorry is no apology to her."""
    text = unicodedata.normalize("NFKC", raw)
    return bool(CHATTER.search(text)) or excuses_digression(text)


def without_chatter_warmth(
    scenario: Scenario, reply: str, understanding: Understanding
) -> Understanding:
    """The understanding with the warm phrases only the excusing sentences said taken away."""
    said = [TurnText.of(s, scenario.language) for s in sentences(reply)]
    excusing = [s for s in said if excuses_chatter(s.raw)]
    if not excusing:
        return understanding
    others = [s for s in said if not excuses_chatter(s.raw)]

    def kept(heard: list[str]) -> list[str]:
        return [
            p
            for p in heard
            if any(s.said_any([p]) for s in others) or not any(s.said_any([p]) for s in excusing)
        ]

    cooler = replace(
        understanding,
        empathy=kept(understanding.empathy),
        apology=kept(understanding.apology),
        acknowledgement=kept(understanding.acknowledgement),
    )
    if understanding.off_topic or understanding.points or understanding.claims:
        return cooler
    # on topic only by the excuse's sorry: the rest of the turn decides ("Lovely talking to
    # you.", 「您要不要喝杯水？」 after 「不好意思聊远了」 are still small talk)
    rest = " ".join(s.raw for s in others)
    if rest and not understand(scenario, rest).off_topic:
        return cooler
    return replace(cooler, off_topic=True, questions=0)
