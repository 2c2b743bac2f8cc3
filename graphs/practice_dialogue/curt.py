"""A curt turn: a bare fragment said to the customer with no courtesy at all ("Name?", "Yes or
no?", "Fine. Key.", 「下一个。」, 「办不办？」).

Such a turn may still ask what it should (her name, her decision: it is credited for that), but
it is no good tone: the report counts it against tone and it is never the evidence of a strength
(report.py). A short turn with a word of courtesy or of warmth ("Of course, Mr Harper.",
「好的，您稍等。」, "Do you still want to cancel?") is not curt: speaking to her (you, 您) is
courtesy enough for a full question.
"""

from __future__ import annotations

import re
import unicodedata

from graphs.exams import Language

CURT_MAX_WORDS = 5
"""An English turn of at most this many words can be curt."""
CURT_MAX_CHARS = 6
"""A Chinese turn of at most this many characters (punctuation apart) can be curt."""
COURTESY: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"您|请|谢|抱歉|对不起|不好意思|麻烦|欢迎|好的|没问题|稍等|明白|理解|当然|可以的|辛苦"
        r"|祝|慢走|再见|回见"
    ),
    "en": re.compile(
        # a good wish is courtesy: "Have a nice day.", "Take care.", "Enjoy your stay."
        r"\bhave a (?:\w+ )?(?:day|evening|night|weekend|stay|trip)\b|\btake care\b|\benjoy\b|"
        r"\bbye\b|\b(?:please|thanks?|thank you|sorry|apologi[sz]e|mr|ms|mrs|miss|sir|madam|welcome|hello|"
        r"hi|good (?:morning|afternoon|evening)|you|your|we|i|of course|certainly|sure|absolutely|"
        r"no problem|great|perfect|lovely|wonderful|understood|okay|ok|right|pleasure|happy)\b",
        re.IGNORECASE,
    ),
}
"""Words of courtesy, warmth or address that keep a short turn civil."""


def curt_turn(reply: str, language: Language) -> bool:
    """True when the turn is a bare fragment with no courtesy (module docstring)."""
    text = unicodedata.normalize("NFKC", reply).strip()
    if not text or COURTESY[language].search(text):
        return False
    if language == "zh":
        return len(re.sub(r"[\W_]", "", text)) <= CURT_MAX_CHARS
    return len(re.findall(r"[A-Za-z0-9']+", text)) <= CURT_MAX_WORDS
