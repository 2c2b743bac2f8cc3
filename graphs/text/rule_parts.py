"""A rule's parts, as special cases read them: its subject, the word that names the subject, its
act, and the words of each.

「每局比赛时长不得超过40分钟」: the subject 「每局比赛时长」 (before the first modal, or before
「不予…」 / "are not …ed" where the rule refuses with no modal), named by 时长, with 每局 and 比赛
its qualifiers; the act 「不得超过40分钟」. "Each game in the arena must not last longer than 20
minutes": the subject "Each game in the arena", named by game. Words are two-character runs in
Chinese (a phrase said short still shares them) or jieba's words where whole words count (the
subject's own), lower-case stems in English, without figures, function words, staff or guests.
"""

from __future__ import annotations

import re

from graphs.text.quantities import parse_quantities
from graphs.text.segment import tokenize

ZH_MODAL = re.compile(
    r"必须|务必|应当|应该|不得|禁止|严禁|不能|不可|不允许|可以|允许|无须|无需|不必|须|需|应|可"
)
EN_MODAL = re.compile(
    r"\b(?:must|may|might|can|cannot|can't|should|shall|will|need|needs|is|are|has|have"
    r"|needn't)\b",
    re.IGNORECASE,
)
EN_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "each",
        "every",
        "all",
        "any",
        "in",
        "on",
        "of",
        "for",
        "to",
        "with",
        "at",
        "by",
        "and",
        "or",
        "their",
        "our",
        "your",
        "its",
        "this",
        "that",
        "these",
        "those",
        "be",
        "not",
        "than",
        "more",
        "less",
        "longer",
        "shorter",
        "least",
        "most",
        "no",
        "who",
        "which",
        "when",
        "if",
        "from",
        "as",
        "only",
        "within",
        "after",
        "before",
        "until",
        "during",
        "into",
        "per",
        "under",
        "over",
        "must",
        "may",
        "might",
        "can",
        "cannot",
        "should",
        "shall",
        "will",
        "need",
        "needs",
        "is",
        "are",
        "has",
        "have",
    ]
)
EN_GENERIC = frozenset(
    [
        "staff",
        "employee",
        "employees",
        "worker",
        "workers",
        "customer",
        "customers",
        "guest",
        "guests",
        "visitor",
        "visitors",
        "player",
        "players",
        "person",
        "people",
    ]
)
ZH_GENERIC = frozenset({"员工", "顾客", "客人", "客户", "人员", "工作", "作人"})
EN_NOT_DONE = re.compile(r"\b(?:is|are|be|will be)\s+not\s+([a-z]{3,}ed)\b", re.IGNORECASE)
ZH_NOT_DONE = re.compile(r"不予([\u4e00-\u9fff]{2})")
EN_POST_MODIFIER = re.compile(
    r"\s(?:in|on|of|for|with|at|who|whom|that|which|by|from|under|over|aged|within|paid)\b",
    re.IGNORECASE,
)
"""Where an English subject's head noun ends: "Each game | in the arena"."""
HAN = re.compile(r"[\u4e00-\u9fff]+")
EN_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")


def rule_words(text: str, zh: bool) -> set[str]:
    """Its words (Chinese: runs of two characters), without its figures and their units."""
    for _, start, end in reversed(parse_quantities(text)):
        text = text[:start] + " " + text[end:]
    if zh:
        return {run[i : i + 2] for run in HAN.findall(text) for i in range(len(run) - 1)}
    words = {w.lower() for w in EN_WORD.findall(text)}
    return {w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words - EN_STOP}


def subject_of(clause: str, zh: bool) -> str:
    """What the clause opens on, before its first modal or its "is not done" ("Each game in the
    arena", 「员工离职」, 「参观预约费用一经支付」 of 「…不予退还」)."""
    ends = [
        found.start()
        for pattern in ((ZH_MODAL, ZH_NOT_DONE) if zh else (EN_MODAL,))
        if (found := pattern.search(clause)) is not None
    ]
    return clause[: min(ends)] if ends else ""


def act(rule: str, zh: bool) -> str:
    """What the rule says is done, after its subject ("be 16 or over", 「进入地下书库」)."""
    return rule[len(subject_of(rule, zh)) :]


def act_words(rule: str, zh: bool) -> set[str]:
    words = rule_words(act(rule, zh), zh) - (ZH_GENERIC if zh else EN_GENERIC)
    return {w for w in words if not ZH_MODAL.search(w)} if zh else words


def terms(text: str, zh: bool) -> list[str]:
    """The text's own words, in order, without staff or guests and figures (「每局」「比赛」 of
    「每局比赛时长」; game, arena of "Each game in the arena")."""
    for _, start, end in reversed(parse_quantities(text)):
        text = text[:start] + " " + text[end:]
    generic = ZH_GENERIC if zh else EN_GENERIC
    if zh:
        words = [t.word for t in tokenize(text, "zh") if HAN.fullmatch(t.word)]
        return [w for w in words if len(w) > 1 and w not in generic]
    words = [w.lower() for w in EN_WORD.findall(text)]
    stems = [w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words]
    return [w for w in stems if w not in EN_STOP and w not in generic]


def subject_terms(rule: str, zh: bool) -> list[str]:
    return terms(subject_of(rule, zh), zh)


def said_words(part: str, zh: bool) -> set[str]:
    if zh:
        return {t.word for t in tokenize(part, "zh")} | rule_words(part, zh)
    return rule_words(part, zh)


def naming_clause(rule: str, zh: bool) -> str:
    """The last clause of the subject, which names it (收件员 of 「上门收件的，收件员」)."""
    return re.split(r"[，,]", subject_of(rule, zh))[-1]


def head_word(rule: str, zh: bool) -> str | None:
    """The word the subject is named by: its last two characters in Chinese (时长 of 「每局比赛
    时长」, 调班), the noun before what qualifies it in English (game of "Each game in the
    arena")."""
    named = naming_clause(rule, zh)
    if zh:
        han = "".join(HAN.findall(named.rstrip("的")))
        return han[-2:] if len(han) >= 2 and han[-2:] not in ZH_GENERIC else None
    cut = EN_POST_MODIFIER.split(named, maxsplit=1)[0]
    last = EN_WORD.findall(cut)
    if not last:
        return None
    word = last[-1].lower()
    word = word[:-1] if word.endswith("s") and len(word) > 3 else word
    return None if word in EN_STOP or word in EN_GENERIC else word
