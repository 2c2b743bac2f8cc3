"""What a fact states: its modal cue and its kinds (figure, obligation, prohibition, permission,
responsibility, condition, definition).

The modal cue is the word a safe false statement may flip (必须 ↔ 不得, must ↔ must not); the kinds
say why a sentence is worth a question (graphs/text/facts.py reads only sentences of some kind).
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.text.anchors import Anchor
from graphs.text.duties import states_duty
from graphs.text.lexicon import Lexicon

FactKind = str
"""One of: figure, obligation, prohibition, permission, responsibility, condition, definition."""

_ZH_MODALS: tuple[tuple[str, str], ...] = (
    ("不得", "prohibition"),
    ("禁止", "prohibition"),
    ("严禁", "prohibition"),
    ("不能", "prohibition"),
    ("不可", "prohibition"),
    ("不允许", "prohibition"),
    ("不准", "prohibition"),
    ("请勿", "prohibition"),
    ("切勿", "prohibition"),
    ("不应", "prohibition"),
    # 「车内遗留的现金，不予赔付」: a denial is the rule (an item under 「以下情况不予赔付：」).
    ("不予", "prohibition"),
    ("必须", "obligation"),
    ("务必", "obligation"),
    ("应当", "obligation"),
    ("应该", "obligation"),
    ("应", "obligation"),
    ("须", "obligation"),
    ("需要", "obligation"),
    ("需", "obligation"),
    ("只能", "obligation"),
    ("一律", "obligation"),
    ("可以", "permission"),
    ("可", "permission"),
)
_EN_MODALS: tuple[tuple[str, str], ...] = (
    (r"\bmust not\b", "prohibition"),
    (r"\bmay not\b", "prohibition"),
    (r"\bcannot\b", "prohibition"),
    (r"\bcan't\b", "prohibition"),
    (r"\bshould not\b", "prohibition"),
    (r"\b(?:do|does) not\b", "prohibition"),
    (r"\bnever\b", "prohibition"),
    (r"\bis not allowed\b|\bare not allowed\b|\bnot permitted\b", "prohibition"),
    # "No smoking indoors.", "No pets on the terrace": a sign's ban, with no modal verb.
    (r"^\s*no(?=\s+(?:[a-z]+ing|pets|dogs|food|drinks?|glass|cash)\b)", "prohibition"),
    # "No hazardous work is permitted at weekends": the subject's "No" forbids it.
    (r"^\s*no\b[^.;:,]{1,60}?\b(?:is|are|may be)\s+(?:permitted|allowed)\b", "prohibition"),
    # "Printing confidential documents at home is prohibited", "Furniture … are not reimbursed",
    # "… are not eligible for regular remote work": a rule without a modal verb.
    (r"\b(?:is|are) (?:strictly )?(?:prohibited|forbidden)\b", "prohibition"),
    (
        r"\b(?:is|are|will) not (?:be )?(?:eligible|reimbursed|refunded|covered|paid|accepted)\b",
        "prohibition",
    ),
    (r"\bmust\b", "obligation"),
    (r"\bshall\b", "obligation"),
    (r"\bshould\b", "obligation"),
    (r"\b(?:is|are) required\b", "obligation"),
    # "Each customer is limited to 2 loan umbrellas at a time": a limit, a rule without a modal.
    (r"\b(?:is|are) limited to\b", "obligation"),
    # "Personal protective equipment is compulsory: …": a rule without a modal verb.
    (r"\b(?:is|are) (?:compulsory|mandatory|obligatory)\b", "obligation"),
    (r"\bonly\b", "obligation"),
    (r"\bmay\b", "permission"),
    (r"\bcan\b", "permission"),
)
_EN_HOUSE_RULE = re.compile(
    # "Lost chargers are billed at replacement cost.", "Damage found on return is charged at
    # repair cost.": what is done with a thing, said in the plain present passive, is the rule
    # of the house as much as one with "must" (session 13 review: no question could test it).
    r"\b(?:is|are)\s+(?:(?:always|only|then|normally|automatically)\s+)?"
    r"(?:charged|billed|invoiced|deducted|refunded|repaid|credited|fined|recycled|discarded|"
    r"donated|disposed of|destroyed|returned|repaired|replaced|cleaned|washed|treated|quarantined|"
    r"logged|recorded|kept|held|stored|checked|inspected|tested|sealed|tagged|labelled|labeled|"
    r"photographed|waived|forfeited|cancelled|canceled|rejected|declined|voided)\b"
    r"(?!\s+(?:by|in|on)\s+(?:the\s+)?\d)"
)
_ZH_HOUSE_RULE = re.compile(
    # 「损坏的房内物品按原价赔偿」, 「超时退房按半天房费收取」, 「押金原路退回」: what is done with a
    # thing, said plainly, is the house's rule (session 13 review: FAQ answers read as no fact).
    r"按(?:照)?[^，,。；;]{1,12}?(?:赔偿|收取|收费|计费|计算|扣除|扣款|退还|退款|补交|补缴)"
    r"|原路退(?:回|还)|全额退(?:还|款)"
)
_EN_WRONG_ALTERNATIVE = re.compile(
    # "Stained fleece goes into the brown pie bag, not the main bale.", "… with a knee, not a
    # hand": what is done, and the wrong way ruled out, is a duty without a modal (session 24
    # designer: "…go into the grey waste bin, not the crate" was read as no rule)
    r",\s*not\s+(?:(?:in|into|on|onto|to|with|by|at|from|through)\s+)?"
    r"(?:the|a|an|your|their|its|his|her)\s+[a-z][a-z \-]{0,40}[.;]?\s*$",
    re.IGNORECASE,
)
_ZH_WRONG_ALTERNATIVE = re.compile(
    # 「断裂的箭放入红色回收桶，不放回箭筒」: the act and the wrong one ruled out by a plain 不,
    # not by a modal (不得, 不能 …) or a limit (不超过, 不少于, 不足)
    r"[，,]\s*不(?![得能可准应予要必需足到超少低高同仅是会限如过论管但然分])"
    r"[\u4e00-\u9fff]{2,12}[。；;]?$"
)
_ZH_CONDITION = re.compile(
    # 以下/以上 bound a figure (5级以上); 「以下是…的统一口径」 only announces what follows.
    r"如果|若|如遇|凡|当.{1,12}时|.{1,12}的，|超过|不足|以内|之内|除.{1,12}外|否则"
    r"|[\d〇一二两三四五六七八九十百千万][^\s，。；]{0,3}以[上下]"
)
_EN_CONDITION = re.compile(
    r"\b(if|when|unless|within|after|before|except|only if|as long as|no later than|at least|"
    r"up to|more than|less than)\b",
    re.IGNORECASE,
)
_ZH_DEFINITION = re.compile(r"是指|指的是|(?<![立随])即(?![可使将时刻])|定义为|称为")
_EN_DEFINITION = re.compile(r"\b(means|is defined as|refers to|is called)\b", re.IGNORECASE)
_ZH_RESPONSIBILITY = re.compile(r"负责|由.{1,8}(负责|处理|签字|审核|确认|上报)|上报|交由|报告")
_EN_RESPONSIBILITY = re.compile(
    r"\b(is responsible|are responsible|responsible for|reports? to|approves?|notif(y|ies)|"
    r"escalates?|handles?|reviews?|"
    # "Any injury … is phoned to the Safety Officer": a passive hand-over names who receives it.
    r"(?:is|are) (?:phoned|reported|sent|emailed|passed|handed|escalated|referred) to)\b",
    re.IGNORECASE,
)


def modal_cue(text: str, language: Language, lexicon: Lexicon) -> tuple[str, int, int, str] | None:
    """The first modal of the text: (the cue as written, its start, its end, its kind), or None."""
    if language == "zh":
        if not any(cue in text for cue, _ in _ZH_MODALS):
            return None  # no cue written at all: no need to segment (jieba is the costly step)
        segments = lexicon.segment(text)
        starts, ends = {s.start for s in segments}, {s.end for s in segments}
        for cue, kind in _ZH_MODALS:
            # Whole segments, one or more: 不允许 is cut 不 + 允许 (「档口内不允许吸烟」 was no
            # rule), but 应 inside 供应 or 不可 of 不可以 is no cue.
            for found in re.finditer(re.escape(cue), text):
                if found.start() in starts and (
                    found.end() in ends or _FUSED_CUE.match(text, found.start())
                ):
                    return _negated(text, found.start(), found.end(), kind, starts)
        return None
    best: tuple[str, int, int, str] | None = None
    for pattern, kind in _EN_MODALS:
        match = re.search(pattern, text, re.IGNORECASE)
        if match and (best is None or match.start() < best[1]):
            best = (match.group(), match.start(), match.end(), kind)
    return best


_FUSED_CUE = re.compile(r"(?:严禁|禁止|不准|必须)|不得(?!不)")
"""A cue jieba fuses with its act (严禁吸烟, 禁止入内 as one word): it opens the word, and
still forbids or binds. 「店内严禁吸烟」 was no rule; 不得不 (have to) and 应 of 应急 are not these."""


_ZH_NEGATED = {"permission": "prohibition", "obligation": "permission"}
"""A modal that 不 negates: 不可以 forbids (as 不得), 不需要 / 不应该 … see `_negated`."""


def _negated(
    text: str, start: int, end: int, kind: str, starts: set[int]
) -> tuple[str, int, int, str]:
    """The cue at [start, end) with a 不 of its own just before it (jieba cuts 不可以 as 不 + 可以,
    不需要 as 不 + 需要): 不可以 is no leave but a ban, 不需要 no duty but leave not to act; 不应该
    forbids as 不应 does. Read alone, 「顾客不可以用闪光灯拍照」 was a permission (session 17 F2)."""
    if start == 0 or text[start - 1] != "不" or start - 1 not in starts:
        return text[start:end], start, end, kind
    cue = text[start - 1 : end]
    negated = "prohibition" if cue.startswith("不应") else _ZH_NEGATED.get(kind, kind)
    return cue, start - 1, end, negated


def kinds_of(
    text: str,
    language: Language,
    anchors: list[Anchor],
    modal_kind: str | None,
    lexicon: Lexicon | None = None,
) -> list[str]:
    """The kinds of fact a sentence states, given its anchors and its modal's kind."""
    kinds = []
    if any(a.role == "figure" for a in anchors):
        kinds.append("figure")
    zh = language == "zh"
    if modal_kind:
        kinds.append(modal_kind)
    elif (_ZH_HOUSE_RULE if zh else _EN_HOUSE_RULE).search(text) or (
        _ZH_WRONG_ALTERNATIVE if zh else _EN_WRONG_ALTERNATIVE
    ).search(text):
        kinds.append("obligation")
    if (
        any(a.role == "role" for a in anchors)
        and (modal_kind or (_ZH_RESPONSIBILITY if zh else _EN_RESPONSIBILITY).search(text))
    ) or (lexicon is not None and states_duty(text, language, lexicon)):
        kinds.append("responsibility")  # "Staff log the report …": a duty without a modal
    if (_ZH_CONDITION if zh else _EN_CONDITION).search(text):
        kinds.append("condition")
    if (_ZH_DEFINITION if zh else _EN_DEFINITION).search(text):
        kinds.append("definition")
    return kinds


_CLAUSE_END = re.compile(r"[，,；;。.!！?？：:]")


def rule_clauses(text: str, language: Language, lexicon: Lexicon) -> tuple[tuple[int, int], ...]:
    """The clauses of a statement that say must or must not (使用化学清洁剂时必须佩戴橡胶手套 and
    严禁将…混合使用, not 违者按严重违纪处理): where the terms of a rule without a figure stand."""
    spans, start = [], 0
    for mark in [*_CLAUSE_END.finditer(text), None]:
        end = mark.start() if mark else len(text)
        found = modal_cue(text[start:end], language, lexicon)
        if found and found[3] in ("obligation", "prohibition"):
            spans.append((start, end))
        start = mark.end() if mark else end
    return tuple(spans)
