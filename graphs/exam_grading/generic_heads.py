"""A fill-in key said with a generic head noun: the key's qualifier kept, its head named as a
thing in general (贵重物品 for 贵重衣物, "costly items" for "costly accessories").

What decides: such a blank names the kind of the examples the stem lists right around it
(真丝、羊绒等____, "sights and other ____", "____ such as rings"); its qualifier (贵重, not 普通)
is what the learner must know, and the examples already say what kind of thing it is, so a
generic head loses nothing: full credit, as a teacher marks it (session 14, T6 A_avg-5).
Without examples around the blank the generic word is no credit here: the head may be what the
blank tests, and a thing word may not even fit it (线上物品 for 线上商城). Never another qualifier
(普通物品), a generic word alone (物品), or a specific head of another kind (名贵植物 for 名贵苗木).
"""

from __future__ import annotations

import re
import unicodedata

from graphs.exam_grading.word_forms import head_noun
from graphs.text.language import detect_language

_GENERIC_ZH = ("物品", "东西", "物件")
_GENERIC_EN = frozenset(
    {"item", "items", "thing", "things", "goods", "article", "articles", "object", "objects"}
    | {"belongings", "possessions"}
)
_EXAMPLES_BESIDE = re.compile(
    r"等|之类|这类|此类|例如|比如|诸如|包括|\b(?:other|such\s+as|like|including|e\.g\.)\b",
    re.IGNORECASE,
)
"""Words that list examples of the blank's kind around it (the frame: blank_frame.py)."""


def generic_head(given: str, expected: str, frame: str) -> bool:
    """Whether `given` is the key `expected` with its head said generically, where the words
    printed around the blank (`frame`) list examples of its kind."""
    if not _EXAMPLES_BESIDE.search(frame):
        return False
    language = detect_language(expected)
    qualifier = _qualifier_zh(expected) if language == "zh" else _qualifier_en(expected)
    said = _qualifier_zh(given, generic=True) if language == "zh" else _generic_en(given)
    return qualifier is not None and said == qualifier


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text).lower()).strip()


def _qualifier_zh(text: str, *, generic: bool = False) -> str | None:
    """The words before a Chinese key's specific head (贵重 of 贵重衣物), or, with `generic`, before
    an answer's generic head (贵重 of 贵重的物品); None when there is no such head."""
    text = _fold(text).replace(" ", "")
    if generic:
        head = next((g for g in _GENERIC_ZH if text.endswith(g)), None)
    else:
        head = head_noun(text)
        if head is not None and head in _GENERIC_ZH:
            return None  # the key's head is generic itself: synonyms and equality decide
    if head is None:
        return None
    qualifier = text[: -len(head)].removesuffix("的")
    return qualifier if len(qualifier) >= 2 else None


def _words_en(text: str) -> list[str]:
    return re.sub(r"^(?:the|a|an)\s+", "", _fold(text)).split()


def _qualifier_en(text: str) -> str | None:
    """The words before an English key's last noun ("valuable" of "valuable garments"); None for
    one word or a generic head."""
    words = _words_en(text)
    if len(words) < 2 or words[-1] in _GENERIC_EN:
        return None
    return " ".join(words[:-1])


def _generic_en(text: str) -> str | None:
    """The words before an English answer's generic head ("valuable" of "valuable items")."""
    words = _words_en(text)
    if len(words) < 2 or words[-1] not in _GENERIC_EN:
        return None
    return " ".join(words[:-1])
