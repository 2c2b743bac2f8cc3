"""A fill-in answered with the whole key and a head noun after it that says what kind of thing
the key already is: 公共设施设备 for 公共设施, "fire exit doors" for "fire exits".

The answer holds the key's whole term and only names its class (设备, 设施, 装置, "doors",
"equipment", "area"), as a trainee says it: the same thing, so a teacher credits it (session 18
end teacher T11: 「公共设施设备（用词不对）」 0, "it contains the key and means the same"). The
head must be such a class word: a head of another thing is another thing ("fire exit signs",
电脑主机电源), and a word after the key that is no noun turns it round (公共设施以外). The key must
itself name a thing (a noun term of three characters or more, an English noun that is no -ing
word): 停车区域 is a place, not the act 停车 the blank asks for.
"""

from __future__ import annotations

import re
import unicodedata

from graphs.exam_grading.vocabulary import word_key
from graphs.text.segment import tokenize
from graphs.text.word_class import en_word_classes

_CLASS_HEADS_ZH = (
    "设备",
    "设施",
    "器材",
    "装置",
    "器具",
    "用品",
    "物品",
    "区域",
    "场所",
    "场地",
    "系统",
)
"""Chinese heads that name the class of a thing, not another thing."""
_CLASS_HEADS_EN = frozenset(
    {"door", "doors", "equipment", "facility", "facilities", "device", "devices"}
    | {"unit", "units", "area", "areas", "item", "items", "system", "systems", "apparatus"}
)
"""English heads that name the class of a thing, not another thing."""
_HAN = re.compile(r"[\u4e00-\u9fff]+")
_ZH_KEY_MIN_CHARS = 3
_ARTICLE = re.compile(r"^(?:the|a|an)\s+")


def key_with_class_head(given: str, expected: str) -> bool:
    """True when `given` is the key `expected` (its whole term) followed by a word naming the
    class of thing the key is (module doc)."""
    answer, wanted = _fold(given), _fold(expected)
    if _HAN.fullmatch(wanted):
        return _zh(answer.replace(" ", ""), wanted)
    return _en(answer, wanted)


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text).lower()).strip()


def _zh(answer: str, wanted: str) -> bool:
    if len(wanted) < _ZH_KEY_MIN_CHARS or not answer.startswith(wanted):
        return False
    head = answer[len(wanted) :].removeprefix("的")
    tokens = list(tokenize(wanted, "zh"))
    return (
        head in _CLASS_HEADS_ZH
        and not wanted.endswith(head)
        and bool(tokens)
        and tokens[-1].pos.startswith(("n", "vn"))
    )


def _en(answer: str, wanted: str) -> bool:
    words, key = _ARTICLE.sub("", answer).split(), _ARTICLE.sub("", wanted).split()
    if len(words) != len(key) + 1 or words[-1] not in _CLASS_HEADS_EN or not key:
        return False
    last = key[-1]
    if last.endswith("ing") or "NOUN" not in en_word_classes(last):
        return False
    return words[:-2] == key[:-1] and word_key(words[-2]) == word_key(last)
