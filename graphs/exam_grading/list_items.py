"""A point that lists what to tell, write or check, answered with some of its items: part of it.

「告诉客人Wi-Fi密码和早餐时间」 for 「办理完毕后须告知：Wi-Fi名称及密码、早餐时间（…）、安静时段（…）、
最近的安全出口位置」, or "Write the name and date on it" for "Label every container with name,
concentration, hazard and date", gives two of the four things the rule lists: a teacher gives part
of the point, not nothing. A point's list is a run of at least three items (Chinese 、, English
"A, B, C and D"); an item is given where one of its own words stands in the answer (no word of
another point's, nor one two items share: 时间 of 早餐时间 and 退房时间). A point judged missing
whose list has at least two items given, and not all, is partial, the note naming the items left
out; so is one judged credited whose list has no more than half its items given ("Tell them the
Wi-Fi password and breakfast hours" for four things to tell).

A role's duties are each its own (`_duties`: "库管员：负责货物验收、库位分配和温度记录", "值班主管：负责
异常审批和报警处置", "responsible for A, B and C"): two are a list, the last joined by 和/及 or "and";
a requirement after a labelled role's duties is one too ("叉车司机：负责搬运托盘，必须持证上岗").
An answer that gives some of them, not all, is partial however many it gives ("库管员负责验收和记
录温度" leaves out 库位分配: session 23 held-out teacher T16, C_average Q10).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from graphs.exam_grading.point_judgement import PointJudgement
from graphs.exam_grading.point_terms import content_terms, occurrences
from graphs.exam_grading.vocabulary import Vocabulary
from graphs.exams import Language

_ZH_LIST = re.compile(r"[^，,。；;：:、]+(?:、[^，,。；;：:、]+){2,}")
_EN_ITEM = r"(?:(?:the|a|an|its|their) )?[\w-]+(?: [\w-]+){0,2}"
"""An English item: one to three words, after an article ("the care label check", "the price")."""
_EN_LIST = re.compile(rf"\b{_EN_ITEM}(?:, {_EN_ITEM})+,? and {_EN_ITEM}")
_BRACKETED = re.compile(r"[（(][^）)]*[）)]")
_ITEMS_GIVEN = 2
"""Items of a point's list an answer must give to earn part of the point."""


def list_items_given(
    judged: PointJudgement,
    answer: str,
    *,
    language: Language,
    vocabulary: Vocabulary,
    others: Sequence[str],
    stem: str,
) -> PointJudgement:
    """`judged` (missing) made partial where the answer gives some items of the point's list;
    `judged` credited made partial where it gives no more than half of them."""
    if judged.verdict not in ("missing", "credited"):
        return judged
    duties = _duties(judged.point, language)
    items = duties or _items(judged.point, language)
    if len(items) < (2 if duties else _ITEMS_GIVEN + 1):
        return judged
    theirs = {t.text for o in others for t in content_terms(o, language, vocabulary)}
    said = vocabulary.canonical(answer)
    words = [_own_words(item, language, vocabulary, theirs) for item in items]
    # A word two items share (时间 of 早餐时间 and 退房时间, "hours") tells neither of them.
    common = {
        w for i, own in enumerate(words) for w in own for other in words[i + 1 :] if w in other
    }
    given: list[str] = []
    left: list[str] = []
    for item, own in zip(items, words, strict=True):
        found = any(occurrences(word, said, language) for word in own if word not in common)
        (given if found else left).append(item.strip())
    if len(given) < (1 if duties and judged.verdict == "credited" else _ITEMS_GIVEN) or not left:
        return judged
    if judged.verdict == "credited" and len(given) > len(items) / 2 and not duties:
        return judged  # most of the list: its other words may tell the rest
    joiner = "、" if language == "zh" else ", "
    return replace(
        judged,
        verdict="partial",
        reason=f"gives {len(given)} of the {len(items)} things it lists",
        named=True,
        lacks=joiner.join(left),
    )


def _own_words(item: str, language: Language, vocabulary: Vocabulary, theirs: set[str]) -> set[str]:
    """An item's content words that no other point of the question holds; in Chinese, its
    character pairs too, so an item said in part is given (保修多久 for 保修期限, 换了哪些零件 for
    更换零件: jieba keeps 保修期限 one word)."""
    text = _BRACKETED.sub("", item)
    words = {
        t.text
        for t in content_terms(text, language, vocabulary)
        if t.text not in theirs and not t.negated
    }
    if language == "zh":
        pairs = (text[i : i + 2] for i in range(len(text) - 1))
        words |= {p for p in pairs if _ZH_PAIR.fullmatch(p) and not any(p in t for t in theirs)}
    return words


_ZH_PAIR = re.compile(r"[\u4e00-\u9fff]{2}")


_ZH_DUTIES = re.compile(r"负责([^，,。；;：:]+)")
_ZH_LABEL = re.compile(r"^[^，,。；;：:]{2,10}[：:]\s*$")
"""A role labelling the point: its duties and the requirements after them are each its own."""
_ZH_JOIN = re.compile(r"、|以及|及|和|与")
_EN_DUTIES = re.compile(r"\bresponsible for ([^,;.:]+(?:, [^,;.:]+)*)", re.I)
_EN_JOIN = re.compile(r",? and |, ")


def _duties(point: str, language: Language) -> list[str]:
    """The duties a point gives its role, two or more (module doc); none where it lists none."""
    if language == "zh":
        text = _BRACKETED.sub("", point)
        match = _ZH_DUTIES.search(text)
        items = _ZH_JOIN.split(match.group(1)) if match else []
        if match and _ZH_LABEL.match(text[: match.start()]):  # 叉车司机：负责搬运托盘，必须持证上岗
            items += re.split(r"[，,；;。]", text[match.end() :])
    else:
        match = _EN_DUTIES.search(_BRACKETED.sub("", point))
        items = _EN_JOIN.split(match.group(1)) if match else []
    items = [item.strip() for item in items if item.strip()]
    return items if len(items) >= 2 and all(len(item) >= 2 for item in items) else []


def list_of(point: str, language: Language) -> list[str]:
    """The items of the point's list (a run of three or more; none where it has no list)."""
    items = _items(point, language)
    return items if len(items) > _ITEMS_GIVEN else []


def _items(point: str, language: Language) -> list[str]:
    if language == "zh":
        runs = [m.group() for m in _ZH_LIST.finditer(_BRACKETED.sub(_kept_brackets, point))]
        run = max(runs, key=len, default="")
        return [_restored(item) for item in run.split("、")] if run else []
    match = _EN_LIST.search(point)
    if not match:
        return []
    head, last = re.split(r",? and ", match.group(), maxsplit=1)
    return [*head.split(", "), last]


_INSIDE: dict[str, str | int | None] = {"、": "\0", "，": "\1", ":": "\2", "：": "\3"}


_RESTORE: dict[str, str | int | None] = {str(v): k for k, v in _INSIDE.items()}


def _kept_brackets(match: re.Match[str]) -> str:
    # a bracket's 、 or ， (or a clock time's colon) is inside an item, not between items
    return match.group().translate(str.maketrans(_INSIDE))


def _restored(item: str) -> str:
    return item.translate(str.maketrans(_RESTORE))
