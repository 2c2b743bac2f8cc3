"""A count stated with the items it counts, when the sentence before is only their list.

"A signed contract, the guest count and the deposit. We do not confirm the date until all three
are received." Joined as they stand, the stem opens on a list with no verb, which reads as a
fragment (an exam designer's note, session 13). The count carries the list instead: "We do not
confirm the date until all three — a signed contract, the guest count and the deposit — are
received" (dashes, not brackets: a single choice's blank is the bracket pair);
「营业执照、法人身份证和开户许可证。上述三项齐全后方可开户。」 reads
「营业执照、法人身份证和开户许可证三项齐全后方可开户。」. A count that is not the list's length, or a
sentence that leans on the list without counting it, is not stated at all: no stem is better
than a guess.

`joined_to_context` is what graphs/text/facts.py states a leaning sentence with.
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.text.imperatives import is_imperative
from graphs.text.segment import tokenize
from graphs.text.unstated_referents import EN_COUNTED, ZH_COUNTED
from graphs.text.word_class import en_word_classes

_EN_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
_ZH_NUMBERS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8}
_EN_RULE_WORD = re.compile(
    r"\b(?:must|may|might|can|cannot|could|should|shall|will|would|is|are|was|were|be|has|have|"
    r"had|do|does|need|needs|if|when|unless|until|once|before|after|not|no)\b",
    re.IGNORECASE,
)
"""A word that makes the line a clause, not a list of things."""
_EN_SPLIT = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
_ZH_SPLIT = re.compile(r"、|以及|及|和|与")
_ZH_RULE_WORD = re.compile(
    r"须|必须|不得|应当|应该|可以|方可|需要|请|严禁|禁止|不准|不允许|切勿|不予|务必|只能|一律"
)
"""A modal that makes the line a rule, not a list of things: 「严禁员工收受红包、礼品等财物」 is a
ban on the things it lists (its 「违反者…罚款2000元」 after it was dropped as leaning on a bare
list, session 25 designer D18 m3)."""
_ZH_POINTED_COUNT = re.compile(
    r"(?:以上|上述|前述|这)(?P<count>[两二三四五六七八九十])\s*(?:项|样|份|件|类|种|个|条)"
    r"(?:材料|证件|资料|文件|信息|条件|内容|手续|物品)?"
)
"""「上述两项须当日归还」: a count pointed back at, whatever it is then said to need."""
_ZH_NOUN_TAGS = ("n", "vn", "nz", "ns", "nt", "nr", "eng")
_MAX_ITEM = {"zh": 14, "en": 6}
"""Characters (Chinese) or words (English) of one listed item."""


def listed_items(sentence: str, language: Language) -> list[str] | None:
    """The items of a sentence that is only a list of things ("A signed contract, the guest count
    and the deposit.", 「营业执照、法人身份证和开户许可证。」), or None when it says something."""
    body = sentence.strip().rstrip("。.；;！!").strip()
    if not body:
        return None
    if language == "en":
        if _EN_RULE_WORD.search(body) or is_imperative(body) or re.search(r"[:;()]", body):
            return None
        items = [i.strip() for i in _EN_SPLIT.split(body) if i.strip()]
        if len(items) < 2 or any(len(i.split()) > _MAX_ITEM["en"] for i in items):
            return None
        return items
    if re.search(r"[，,：:；;（(]", body):
        return None
    items = [i.strip() for i in _ZH_SPLIT.split(body) if i.strip()]
    if len(items) < 2 or any(len(i) > _MAX_ITEM["zh"] for i in items):
        return None
    for item in items:
        tokens = tokenize(item, "zh")
        last = tokens[-1] if tokens else None
        if last is None or not last.pos.startswith(_ZH_NOUN_TAGS):
            return None  # 「签字确认」: an act, not a thing
        if _ZH_RULE_WORD.search(item):
            return None
    return items


def _en_list(items: list[str]) -> str:
    words = [*items]
    first = words[0]
    if first[:1].isupper() and not (len(first) > 1 and first[1:2].isupper()):
        words[0] = first[0].lower() + first[1:]  # "A signed contract" -> "a signed contract"
    return ", ".join(words[:-1]) + " and " + words[-1]


def _counted_noun(word: str | None) -> bool:
    """ "documents" in "all three documents are …": the noun counted, not the verb after it."""
    if not word or _EN_RULE_WORD.fullmatch(word):
        return False
    classes = en_word_classes(word.lower())
    return "NOUN" in classes and word.lower().endswith("s")


def with_items_counted(text: str, items: list[str], language: Language) -> str | None:
    """`text` with `items` written with the count that stands for them ("until all three — a
    signed contract, the guest count and the deposit — are received", 「营业执照、法人身份证和开户
    许可证三项齐全后」); None when `text` counts nothing, or not as many things as the list has."""
    if language == "en":
        match = EN_COUNTED.search(text)
        if match is None:
            return None
        word = (match["count"] or ("two" if "both" in match.group().lower() else "")).lower()
        if word and _EN_NUMBERS.get(word) != len(items):
            return None
        end = match.end("count") if match["count"] else match.end()
        if match["count"] and _counted_noun(match["next"]):
            end = match.end("next")  # "all three documents — …", not "all three — … — documents"
        return f"{text[:end]} — {_en_list(items)} —{text[end:]}"
    match = ZH_COUNTED.search(text) or _ZH_POINTED_COUNT.search(text)
    if match is None or _ZH_NUMBERS.get(match["count"]) != len(items):
        return None
    listed = "、".join(items[:-1]) + "和" + items[-1]
    return f"{text[: match.start()]}{listed}{text[match.start('count') :]}"


def joined_to_context(before: str, text: str, language: Language) -> tuple[str, str] | None:
    """The lead and the statement of `text` stated with the sentence `before` it leans on:
    `before` in front as it stands, or, when `before` is only a list of things, the list written
    after the count that stands for it (lead ""); None when the list cannot be written in."""
    items = listed_items(before, language)
    if items is None:
        return before + (" " if language == "en" else ""), text
    counted = with_items_counted(text, items, language)
    return None if counted is None else ("", counted)
