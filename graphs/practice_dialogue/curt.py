"""A curt turn: a bare fragment said to the customer with no courtesy at all ("Name?", "Yes or
no?", "Fine. Key.", 「下一个。」, 「办不办？」).

Such a turn may still ask what it should (her name, her decision: it is credited for that), but
it is no good tone: the report counts it against tone and it is never the evidence of a strength
(report.py). A short turn with a word of courtesy or of warmth ("Of course, Mr Harper.",
「好的，您稍等。」, "Do you still want to cancel?") is not curt: speaking to her (you, 您) is
courtesy enough for a full question. A bare "ok" or 「嗯」 to a question of hers is curt: it
answers nothing she asked.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

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


FILLER: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"^(?:嗯+|哦+|噢+|好+|好吧|行吧?|知道了|ok)[。！!.…]*$", re.IGNORECASE),
    "en": re.compile(
        r"^(?:ok(?:ay)?|right|fine|sure|alright|all right|yeah|yep|mm+|hmm+|uh-?huh|got it)"
        r"[.!…]*$",
        re.IGNORECASE,
    ),
}
"""A turn that is only a filler word: "ok", "right", 「嗯。」."""


def curt_turn(reply: str, language: Language, her_lines: Sequence[str] = ()) -> bool:
    """True when the turn is a bare fragment with no courtesy (module docstring), or only a
    filler word ("ok") said to a question of hers ("What exactly would change for me?"): her
    question brushed off, whatever courtesy "ok" has elsewhere."""
    text = unicodedata.normalize("NFKC", reply).strip()
    if text and her_lines and FILLER[language].match(text) and re.search(r"[?？]", her_lines[-1]):
        return True
    if not text or COURTESY[language].search(text):
        return False
    if language == "zh":
        return len(re.sub(r"[\W_]", "", text)) <= CURT_MAX_CHARS
    return len(re.findall(r"[A-Za-z0-9']+", text)) <= CURT_MAX_WORDS
