"""Her point conceded in her own words, and her decision left to her: acknowledgements a trainer
hears though no phrase family holds them (soothing.further_warmth).

- "隔壁价格确实更低", "It's true their price is lower": a sentence that grants something with
  确实/的确/"it's true"/"you're right" and repeats words of hers (two Chinese characters in a
  row, or an English word of four letters or more, she said). "我们确实是最好的" grants nothing
  she said, and is no acknowledgement.
- "您不用今天决定", "There's no need to decide today", "Take your time": her hesitation met
  without pressure. Said with pressure in the same turn it is not (the turn's pressure is
  judged elsewhere; here it only earns no warmth).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from graphs.exams import Language
from graphs.practice_dialogue.signals import TurnText, sentences

GRANTS: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"确实|的确|(?:您|你)说得(?:对|没错)"),
    "en": re.compile(
        r"\b(?:it's true|it is true|that's true|you're right|you are right|indeed|admittedly)\b",
        re.IGNORECASE,
    ),
}
"""Words granting what she said."""
LEFT_TO_HER: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"(?:不用|不必|不需要|不急着|用不着)(?:今天|现在|马上|当场)?(?:就)?(?:做)?(?:决定|定下来|拍板|办)"
        r"|(?:您|你)?慢慢(?:考虑|想|看)|不着急"
    ),
    "en": re.compile(
        r"\b(?:no need to|you don't have to|you needn't) (?:decide|choose|commit|make up your mind)"
        r"|\btake your time\b|\bno rush\b|\bno pressure\b",
        re.IGNORECASE,
    ),
}
"""Her decision left to her."""
_CJK_PAIR = re.compile(r"(?=([\u4e00-\u9fff]{2}))")
_EN_WORD = re.compile(r"[a-z]{4,}")
_EN_COMMON = frozenset({"that", "this", "with", "have", "your", "they", "their", "what", "just"})


def _her_words(her_lines: Sequence[str], language: Language) -> set[str]:
    text = " ".join(her_lines)
    if language == "zh":
        return set(_CJK_PAIR.findall(text))
    return set(_EN_WORD.findall(text.lower())) - _EN_COMMON


def conceded(reply: str, her_lines: Sequence[str], language: Language) -> str | None:
    """The words granting her point in her words, or leaving her decision to her, else None."""
    words = _her_words(her_lines, language)
    for raw in sentences(reply):
        turn = TurnText.of(raw, language)
        for pattern, echoes in ((GRANTS[language], True), (LEFT_TO_HER[language], False)):
            found = pattern.search(raw)
            if found is None or turn.negated(*found.span()):
                continue
            said = _her_words([raw], language)
            if not echoes or said & words:
                return found.group(0)
    return None
