"""A brush-off: a turn that only closes the conversation while her matter is still open
(「好的，那就这样。」 to a patient still owed a remedy, 「好，慢走。」 to a member walking out over the
price, "OK, thanks for letting me know." to a customer who is leaving).

It is neither small talk nor a goodbye that wraps up: it ends her matter without helping. The
report names it as brushing her off (conduct.brush_off: the `dismiss` kind's label, or the
scenario's own claim of that kind) in the tone line, at that line's cost, and she takes it as
being sent off (affronts.py). Once the goal stage is complete the same words are the wrap-up
(point_gates.wraps_up); a plain "好的，谢谢" or "Right, thank you" mid-talk closes nothing.
"""

from __future__ import annotations

import re
import unicodedata

from graphs.exams import Language

CLOSES: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"(?:就|先)(?:这样|这么着)(?:吧|了|啊)?(?:[。！!…]|$)|慢走|走好|再见|拜拜|回见|不送"
        r"|(?:您|你)(?:就|先)?请?回(?:吧|去吧)"
        # her leaving waved through: 「要走就走吧」, 「您想走就走」
        r"|(?:要|想)走(?:您|你)?就走"
    ),
    "en": re.compile(
        # "thanks for calling" alone also opens a call: no close by itself
        r"\bthanks? (?:you )?for (?:letting (?:me|us) know|telling (?:me|us)|(?:the|your) feedback)\b"
        # her reason taken down and nothing done: "I've made a note of that", "I'll pass that on"
        r"|\b(?:i've |i have )?(?:made a )?note[d]? (?:of )?(?:that|it)\b|\bi'll pass (?:that|it) on\b"
        r"|\b(?:good)?bye\b|\bthat's (?:it|all|that) then\b"
        # her leaving waved through: "Go if you want.", "Suit yourself."
        r"|\b(?:go|leave) if you (?:want|like|must)\b|\bsuit yourself\b"
        r"|\bhave a (?:good|nice|great) (?:day|evening|one)\b|\btake care\b",
        re.IGNORECASE,
    ),
}
"""Words that close the conversation: the whole of a brush-off's turn besides fillers."""
FILLERS: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"知道了|了解了|收到|明白了|好的?|行|嗯|哦|那|您|你|了|吧|啊|呢|那就|就|先|[，,。！!…\s]"
    ),
    "en": re.compile(
        r"\b(?:ok(?:ay)?|right|fine|alright|all right|sure|well|then|so|and|very|much|noted|"
        r"got it|understood|i see|"
        r"mr|ms|mrs|miss|sir|madam|[a-z]+ly|thanks? (?:you )?for (?:calling|your call|coming in))\b"
        r"|[,.!…\s]",
        re.IGNORECASE,
    ),
}
"""What may stand beside the closing words: 好的, 那, "OK", "well"."""


def closes_only(reply: str, language: Language) -> bool:
    """The turn says nothing but words that close the conversation and fillers."""
    text = unicodedata.normalize("NFKC", reply).strip()
    if not CLOSES[language].search(text):
        return False
    rest = FILLERS[language].sub("", CLOSES[language].sub("", text))
    return not rest.strip()
