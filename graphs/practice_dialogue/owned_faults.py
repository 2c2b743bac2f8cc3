"""The business owning its own failing, in the learner's words: an acknowledgement of her
complaint, counted for the empathy criterion (soothing.further_warmth).

The phrase families hold the set forms (我们没做好, "our fault"); a learner owns a fault in
freer words: 「这是我们沟通没做好」, 「是我们这边没有提前通知到位」, "That evening slowdown isn't
good enough", "We should have told you", "We've let you down". What is owned is the business's
(我们, that, this, the service), never hers: "your router isn't good enough" blames her, and a
question ("Isn't that good enough?") argues.
"""

from __future__ import annotations

import re

from graphs.exams import Language

OWNED: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"(?:是|怪)?我们(?:这边|诊所|店里|公司)?[^，,。；;！!？?您你]{0,6}"
        r"(?:没(?:有)?(?:及时|提前|事先|好好)?(?:做|处理|安排|沟通|说|讲|告知|通知|解释|交代|协调)(?:好|清楚|到位|明白)"
        r"|做得不(?:够|好|到位)|(?:不|没)(?:够)?(?:周到|到位)|失职|考虑不周|安排不周)"
    ),
    "en": re.compile(
        r"(?<!your )\b(?:that|this|it|which)\b(?:(?! your\b)[^.;!?,]){0,40}? (?:isn't|is not|wasn't|was not|"
        r"hasn't been|has not been) (?:good enough|acceptable|what you should expect)\b"
        r"|\bwe (?:should|ought to) have\b|\bwe(?:'ve| have)? let you down\b"
        r"|\bwe (?:didn't|did not) (?:do|get|handle) (?:that|this|it) right\b",
        re.IGNORECASE,
    ),
}
"""A failing owned as the business's (module docstring)."""


def owned_fault(reply: str, language: Language) -> str | None:
    """The words owning the business's failing in a statement of the turn, else None."""
    for sentence in re.split(r"(?<=[。！!？?.;；])\s*", reply):
        if sentence.rstrip().endswith(("?", "？")):
            continue  # "Isn't that good enough?" argues, it owns nothing
        if found := OWNED[language].search(sentence):
            return found.group(0)
    return None
