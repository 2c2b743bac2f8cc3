"""What a learner's turn shows, found in its text: covered points, forbidden claims, empathy,
questions, pushiness.

Text is normalised (NFKC, case, punctuation and spaces removed) before matching. A phrase is found
when it occurs as is, or when rapidfuzz's partial_ratio reaches the threshold for its length (a
typo, an inserted word): `FUZZY_LONG` for phrases of six characters or more, the stricter
`FUZZY_SHORT` for four or five, none below (a two-character Chinese word is matched exactly). A phrase right after a negation (不/没/不能/
never/not...) does not count: "我不能保证一定见效" makes no guarantee.
"""

from __future__ import annotations

import re
import unicodedata

from rapidfuzz import fuzz

FUZZY_LONG = 80
FUZZY_SHORT = 90
FUZZY_MIN_CHARS = 4
LONG_CHARS = 6
NEGATION_WINDOW = 4
"""Characters before a match searched for a negation."""

NEGATIONS = (
    "不",
    "没",
    "无法",
    "别",
    "未",
    "非",
    "not",
    "never",
    "no",
    "cannot",
    "cant",
    "dont",
    "wont",
)

EMPATHY_MARKERS = (
    "理解",
    "抱歉",
    "明白",
    "不好意思",
    "对不起",
    "辛苦",
    "着急",
    "您的心情",
    "换作是我",
    "感谢您",
    "谢谢您",
    "确实",
    "麻烦您了",
    "给您添麻烦",
    "understand",
    "sorry",
    "apologise",
    "apologize",
    "i see",
    "i hear you",
    "appreciate",
    "frustrating",
    "thank you for",
    "that makes sense",
    "fair point",
)
QUESTION_WORDS = (
    "吗",
    "什么",
    "怎么",
    "哪",
    "多少",
    "是否",
    "有没有",
    "能不能",
    "可不可以",
    "为什么",
    "如何",
    "方便说",
    "您觉得",
    "您看",
)
ENGLISH_QUESTION_START = re.compile(
    r"^\s*(what|how|which|why|when|where|who|do|does|did|are|is|can|could|would|will|have|may|shall)\b",
    re.IGNORECASE,
)
PUSHY_MARKERS = (
    "必须",
    "赶紧",
    "马上下单",
    "马上办",
    "马上买",
    "现在就办",
    "现在就买",
    "立刻",
    "最后机会",
    "别犹豫",
    "不买就",
    "错过就没",
    "今天不办",
    "不能再等",
    "you must",
    "right now",
    "last chance",
    "dont hesitate",
    "hurry",
    "sign now",
    "today only",
    "you need to buy",
    "dont miss out",
)

_PUNCTUATION = re.compile(r"[\W_]+", re.UNICODE)
_SENTENCE = re.compile(r"[^。！!？?\n.;；]+[。！!？?.;；]?")


def normalise(text: str) -> str:
    """Fold width, case, whitespace and punctuation away (apostrophes too: don't -> dont)."""
    return _PUNCTUATION.sub("", unicodedata.normalize("NFKC", text).lower())


def find(phrase: str, text: str) -> int | None:
    """Where a phrase occurs in normalised text (exactly or fuzzily), or None."""
    wanted = normalise(phrase)
    if not wanted or not text:
        return None
    at = text.find(wanted)
    if at >= 0:
        return at
    if len(wanted) >= FUZZY_MIN_CHARS and len(text) >= FUZZY_MIN_CHARS:
        threshold = FUZZY_LONG if len(wanted) >= LONG_CHARS else FUZZY_SHORT
        alignment = fuzz.partial_ratio_alignment(wanted, text, score_cutoff=threshold)
        if alignment is not None and alignment.score >= threshold:
            return alignment.dest_start
    return None


def said(phrase: str, text: str) -> bool:
    """True when the normalised text contains the phrase, not right after a negation."""
    at = find(phrase, text)
    if at is None:
        return False
    before = text[max(0, at - NEGATION_WINDOW - 4) : at]
    before_cjk = text[max(0, at - NEGATION_WINDOW) : at]
    return not any(
        (neg in before_cjk) if not neg.isascii() else before.endswith(neg) for neg in NEGATIONS
    )


def markers_in(text: str, markers: tuple[str, ...]) -> list[str]:
    """The markers the normalised text contains (negated ones excluded)."""
    return [m for m in markers if said(m, text)]


def count_questions(raw: str) -> int:
    """How many sentences of the raw text ask something."""
    count = 0
    for sentence in _SENTENCE.findall(unicodedata.normalize("NFKC", raw)):
        stripped = sentence.strip()
        if not stripped:
            continue
        if (
            stripped.endswith("?")
            or any(w in stripped for w in QUESTION_WORDS)
            or ENGLISH_QUESTION_START.match(stripped)
        ):
            count += 1
    return count


def is_pushy(raw: str, text: str) -> list[str]:
    """Pressure markers in the turn; three exclamation marks count as one."""
    found = markers_in(text, PUSHY_MARKERS)
    if unicodedata.normalize("NFKC", raw).count("!") >= 3:
        found.append("!!!")
    return found
