"""Lines on her matter that name none of the scenario's words: a bare fact of her visit told to
her, or her request itself questioned.

Neither is small talk (understanding.py), whatever its vocabulary: the trainer's "Checkout is at
11." and "Cancelling? Are you sure?" are about her stay and her call, however unhelpful.

- A fact of the visit: a time the service keeps ("Checkout is at 11.", "Breakfast is served from
  7 till 10.", 「早餐七点开始」, 「我们晚上十点关门」), the terms a service is given on ("Wi-Fi
  is free in all rooms.", 「停车都是免费的」), something of hers handed over or told
  ("Here is your key, room 412.", "Your contract ended in March.", 「这是您的房卡」, 「您的
  账单在这儿」). Said of the learner's own day ("I finish at 6", chat_words.CHAT) it is none.
- Her request questioned: a short question echoing a word of what she came about ("Cancelling?"
  to "I'd like to cancel my broadband") or asking whether she means it ("Are you sure?",
  "You really want to go?", 「您确定吗？」, 「真的要退吗？」).
"""

from __future__ import annotations

import re
import unicodedata

from graphs.exams import Language
from graphs.practice_dialogue.chat_words import CHAT
from graphs.practice_dialogue.phrases import question_starts

_EN_CLOCK = (
    r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|o'clock)?|noon|midday|midnight"
    r"|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?: o'clock)?)"
)
_ZH_CLOCK = r"(?:\d{1,2}|[一二两三四五六七八九十]{1,3})(?:点|:\d{2})"
SERVICE_TIMES: dict[Language, re.Pattern[str]] = {
    "en": re.compile(
        r"\b(?:is|are|'s|opens?|closes?|starts?|ends?|runs?|served|serves?|finishes)\b[^.!?]{0,20}?"
        rf"\b(?:at|from|until|till|by|before|after)\s+{_EN_CLOCK}\b",
        re.IGNORECASE,
    ),
    "zh": re.compile(
        rf"{_ZH_CLOCK}[^，。！？,.!?]{{0,3}}(?:以前|之前|前|以后|之后|后|开始|结束|关门|开门|截止|退房"
        r"|入住|营业|下班|上班|到账)"
        rf"|(?:退房|入住|早餐|营业|关门|开门|截止|办理)[^，。！？,.!?]{{0,4}}(?:是|在|到|从)?{_ZH_CLOCK}"
    ),
}
"""A time the service keeps: "Checkout is at 11.", 「早餐七点开始」."""
SERVICE_TERMS: dict[Language, re.Pattern[str]] = {
    "en": re.compile(
        r"\b(?:is|are)\s+(?:not\s+)?(?:free|included|available|complimentary|extra|open|closed)"
        r"\b(?=[^.!?]*\b(?:in|for|at|to|on|until|all|every|guests?|rooms?|customers?)\b|\s*[.!]|\s*$)",
        re.IGNORECASE,
    ),
    "zh": re.compile(r"(?:都|也)?(?:是)?(?:免费|不收费|包含在内|不包含|含早|不含早)(?:的|提供)"),
}
"""The terms a service is given on: "Wi-Fi is free in all rooms.", 「停车都是免费的」."""
HERS_TOLD: dict[Language, re.Pattern[str]] = {
    "en": re.compile(
        r"\bhere(?:'s| is| are)(?: your| the)\b|\byour [a-z-]+(?: [a-z-]+)? (?:is|are|was|were|"
        r"ends?|ended|expires?|expired|starts?|started|runs? out|ran out)\b"
        # what it is, where or when: a figure, a date, a place ("Your dress is lovely" is none)
        r"(?=[^.!?]*(?:\d|\b(?:january|february|march|april|may|june|july|august|september"
        r"|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
        r"|today|tomorrow|tonight|ready|booked|confirmed|floor|on the|in the|at the|next to)\b))",
        re.IGNORECASE,
    ),
    "zh": re.compile(
        r"这是(?:您|你)的|(?:您|你)的[^，。！？,.!?]{1,6}(?:在这|在这儿|在这里|给您|是|在|已经)"
    ),
}
"""Something of hers handed over or told: "Here is your key", 「您的房卡在这儿」."""
_EVENTS = re.compile(
    r"\b(?:match|game|kick-?off|concert|show|film|movie|episode|party|gig|race|final)\b"
    r"|比赛|球赛|演唱会|电影|节目|晚会|电视剧",
    re.IGNORECASE,
)
"""An event of the learner's or the town's evening: "The match starts at 8" is small talk."""
_OWN = {
    "en": re.compile(r"^\s*(?:i|i'm|i've|i'll|my)\b", re.IGNORECASE),
    "zh": re.compile(r"^我(?!们)"),
}
"""A sentence about the learner: their own day, not her visit."""
SURE: dict[Language, re.Pattern[str]] = {
    "en": re.compile(
        r"\b(?:are you|you) (?:really |quite |absolutely )?sure\b[^.!?]{0,30}\?"
        r"|\b(?:do )?you really want to\b[^.!?]{0,30}\?",
        re.IGNORECASE,
    ),
    "zh": re.compile(
        r"(?:您|你)?(?:确定|真的要|真要|当真|非要|一定要)[^。！？!?]{0,10}[吗吧么？?]"
    ),
}
"""A question whether she means it: "Are you sure?", "You really want to leave?", 「您确定吗？」
(not a bare "Really?", which answers chat as well)."""
_EN_WORD = re.compile(r"[a-z]+", re.IGNORECASE)


def _text(sentence: str) -> str:
    return unicodedata.normalize("NFKC", sentence).strip()


def tells_visit_fact(sentence: str, language: Language) -> bool:
    """The sentence tells her a time of the service or something of hers (module docstring)."""
    text = _text(sentence)
    if CHAT[language].search(text) or _OWN[language].search(text) or _EVENTS.search(text):
        return False
    if question_starts(text) is not None:
        return False  # a question asks; it tells nothing
    return any(p[language].search(text) for p in (SERVICE_TIMES, HERS_TOLD, SERVICE_TERMS))


def questions_her_request(sentence: str, language: Language, her_request: str) -> bool:
    """The sentence questions what she came about: whether she means it, or a short echo of a
    word of her request (`her_request`: her opening line), module docstring."""
    text = _text(sentence)
    if not text.endswith(("?", "？")) or CHAT[language].search(text) or _EVENTS.search(text):
        return False
    if SURE[language].search(text):
        return True
    if language == "zh":
        words = re.sub(r"[吗呢吧啊？?！!，,。\s]", "", text)
        return 2 <= len(words) <= 4 and words[:2] in her_request
    said = _EN_WORD.findall(text.lower())
    hers = {w[:5] for w in _EN_WORD.findall(her_request.lower()) if len(w) >= 5}
    return 1 <= len(said) <= 3 and any(len(w) >= 5 and w[:5] in hers for w in said)
