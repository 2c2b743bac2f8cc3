"""Her yes in her own words, short of the decision: 行, 好的, 可以, 那还行, "Okay", "Fine".

A customer who says 「退一百二，一到三个工作日到账是吧？行，别又让我来回跑。」 or 「下次给我排第一个
号，那还行。」 has taken what was put to her, though she gave no yes to the whole (her scripted
`agrees` line). The report said 「客户没有同意」 of her (session 21, the lead); it now says she
accepted that part and gave no final yes (report_sentences.py, `accepted`).
"""

from __future__ import annotations

import re
import unicodedata

from graphs.exams import Language
from graphs.practice_dialogue.signals import sentences

CONSENT: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"(?:^|[，,。！!])(?:那|这样|这个|那就|那也)?(?:还|也)?(?:行|好的|好吧|可以|没问题|成)"
        r"(?:吧|啊|了)?(?=[，,。！!]|$)"
    ),
    "en": re.compile(
        r"^(?:okay|ok|alright|all right|fine|sure|that's fine|sounds good|deal)\b(?![^,.!]*\?)",
        re.IGNORECASE,
    ),
}
"""Words of consent standing as a clause of their own (「那还行。」, 「行，别又让我来回跑」, "Okay,
that works"), not 行不行, 不行 nor 可以吗？."""


def consent_in(line: str, language: Language) -> str | None:
    """The sentence of her line that says yes to something, or None (see `CONSENT`)."""
    for sentence in sentences(unicodedata.normalize("NFKC", line)):
        if sentence.endswith(("?", "？")):
            continue
        if CONSENT[language].search(sentence.strip()):
            return sentence.rstrip("。.！!")
    return None
