"""False statements by modality: a prohibition flipped into a permission, a duty made optional.

- a plain prohibition flipped (不得 -> 可以, 禁止 -> 允许; must not -> may, may not -> may), never an
  absolute one (never, 一律, 严禁, 任何…), an imperative's "do not" or a rule with an exception:
  flipped, those are false by common sense ("Always lift a load above the rated capacity"), not by
  the material;
- an obligation made optional (须 -> 无须, must -> need not), under the same gates: "optional" is
  the misconception a trainee holds about a duty.
false_statements.py gathers these with the figure changes and the swaps.
"""

from __future__ import annotations

import re

from graphs.exam_generation.continued_clauses import continues_clause_before, second_act
from graphs.exam_generation.duty_conditions import has_minimum, joined_acts, lost_condition
from graphs.exam_generation.false_statement import FalseStatement, replaced
from graphs.exam_generation.plausible_flips import implausible_flip
from graphs.text.any_one_subject import any_one_subject
from graphs.text.facts import Fact

_ZH_FLIPS = {
    "必须": "不得",
    "务必": "不必",
    "应当": "不应",
    "应该": "不应",
    "应": "不应",
    "须": "无须",
    "需要": "无需",
    "需": "无需",
    "不得": "可以",
    "禁止": "允许",
    "不能": "可以",
    "不可": "可以",
    "不允许": "允许",
    "不应": "应",
    "可以": "不得",
    "可": "不可",
}
_EN_FLIPS = (
    # A prohibition turns into a permission, as 不得 into 可以: "may promise" is a belief a
    # trainee could hold, "must promise" an order nobody would believe.
    (r"\bmust not\b", "may"),
    (r"\bmay not\b", "may"),
    (r"\bcannot\b", "can"),
    (r"\bshould not\b", "may"),
    (r"\bdoes not\b", "does"),
    (r"\bmust\b", "must not"),
    (r"\bshould\b", "should not"),
    (r"\bmay\b", "may not"),
    (r"\bcan\b", "cannot"),
    (r"\b(is|are) required\b", r"\1 not required"),
    # A denial without a modal verb turns into the grant a trainee could believe.
    (r"\b(is|are) (?:prohibited|forbidden)\b", r"\1 allowed"),
    (
        r"\b(is|are|will) not (be )?(eligible|reimbursed|refunded|covered|paid|accepted)\b",
        r"\1 \2\3",
    ),
)


MODAL_WORDS = re.compile(
    "|".join(
        [
            *sorted({*_ZH_FLIPS, *_ZH_FLIPS.values()}, key=len, reverse=True),
            r"\b(?:must|may|should|need|do|does) not\b",
            r"\b(?:cannot|must|may|should|can)\b",
        ]
    ),
    re.IGNORECASE,
)
"""The modal words a flip replaces, either way: a statement made false by its modality is the
same clause with another of these (statement_reuse.stated_clauses)."""


_ONLY = re.compile(r"\bonly\b|仅|只", re.IGNORECASE)
_ABSOLUTE = re.compile(
    r"\b(?:never|under no circumstances|in no case|at any time|at all times|under any circumstances"
    r"|no matter)\b|一律|严禁|任何|绝不|决不|绝对|一概|无论",
    re.IGNORECASE,
)
"""Words that make a prohibition absolute: flipped, it reads as a rule nobody could believe
("一律可以透露住客房号及任何个人信息", "Always lift a load above the rated capacity")."""
_EXCEPTION = re.compile(r"\b(?:unless|except)\b|除非|除.{1,12}外", re.IGNORECASE)
"""A rule with an exception ("cannot cancel … unless the owner asks"): flipped, the exception
now limits a permission and the sentence says the reverse of anything one could misremember."""
_ZH_CUES = re.compile(
    r"必须|务必|应当|应该|应|须|需要|需|不得|禁止|严禁|不能|不可|可以|方可|可|只能|限|不|没|未|无"
)
_EN_CUES = re.compile(
    r"\b((?:must|may|should|do|does) not|must|may|can|cannot|can't|should|shall|not|never|no|only"
    r"|required|allowed)\b",
    re.IGNORECASE,
)
_REASON = re.compile(
    r"\s*[，,]?\s*(?:因为|由于|以免|以防|否则|违者|违反者|违规者"
    r"|\b(?:because|since|so that|otherwise)\b).*$",
    re.IGNORECASE | re.DOTALL,
)
"""A reason clause after the rule ("…, because the same steam wands are used"), or its penalty
(…，违者按严重违纪处理): kept after a flipped modality it argues against the false statement and
gives it away, so the flip drops it."""
_FOLLOWING_CLAUSE = re.compile(r"[，,；;]\s*\S")
"""A clause after the flipped modal's own: it goes on about the rule and gives the flip away."""
_COORDINATED = re.compile(r"[，,]\s*(并|并且|且|同时|and)\b|[，,]\s*并")
"""A second clause the modal also governs ("须标注…，并当面确认"): a flip would cover only the first."""


def _without_reason(statement: str, after: int, zh: bool) -> str:
    """The statement without a reason clause that follows position `after`, closed again."""
    reason = _REASON.search(statement, after)
    if reason is None or reason.start() <= after:
        return statement
    return statement[: reason.start()].rstrip("，,；; ") + ("。" if zh else ".")


def flip_modality(fact: Fact, zh: bool) -> list[FalseStatement]:
    """The fact's prohibition flipped into a permission (不得 -> 可以, may not -> may).

    Only in a sentence with one modal or negation in all: with two ("必须完成培训…方可上岗",
    "may not be shared, not even with…", "不得承诺…也不得贬低"), flipping one makes the sentence
    contradict itself, not state a rule one could misremember. Never an absolute prohibition
    (never, 一律, 严禁, 任何) or an imperative's "do not", nor a rule with an exception ("cannot …
    unless"): any learner rejects those flipped by common sense, without knowing the material."""
    if fact.modal is None or _ONLY.search(fact.text) or "prohibition" not in fact.kinds:
        # Only a prohibition flips into a belief a trainee could hold ("可以自行修改验光单",
        # "may share passwords"); an obligation flipped reads absurd ("must not have an account").
        # "may be used only through the app" flipped says nothing sensible ("may not ... only").
        return []
    if len((_ZH_CUES if zh else _EN_CUES).findall(fact.text)) > 1:
        return []
    if _ABSOLUTE.search(fact.text) or _EXCEPTION.search(fact.text):
        return []
    if implausible_flip(fact.text):
        return []  # 「用户不得私自…」, 「禁止短接…」: lifted, false on its face (plausible_flips.py)
    cue, start, end = fact.modal
    if continues_clause_before(fact.text, start, zh):
        return []  # 「…由员工个人承担，不得以其他名目报销」 flipped contradicts its first clause
    if zh:
        new = _ZH_FLIPS.get(cue)
        # "不应" before a verb that already says "不" would read as a double negative.
        if new is None or fact.text[end : end + 1] in ("不", "没"):
            return []
        # "约需20分钟" says how long something takes, not what one must do: no modality to flip.
        if re.match(r"\s*[约大]?\s*\d", fact.text[end:]):
            return []
        # "以下情况必须洗手：……" flipped reads as nonsense, not as a rule one could misremember.
        if "：" in fact.text or fact.text.startswith("以下"):
            return []
        if _COORDINATED.search(fact.text[end:]):
            return []
        flipped = _without_reason(replaced(fact.text, start, end, new), start, zh)
        if _FOLLOWING_CLAUSE.search(flipped[start:]):
            # "…的，不得入园，由家长带回" flipped keeps "由家长带回": it contradicts itself.
            return []
        return [FalseStatement(flipped, "modality", cue, new)]
    if _COORDINATED.search(fact.text[start:]) or second_act(fact.text[start:]):
        return []
    for pattern, replacement in _EN_FLIPS:
        match = re.match(pattern, fact.text[start:], re.IGNORECASE)
        if match:
            new = match.expand(replacement)
            if cue[:1].isupper():
                new = new[:1].upper() + new[1:]
            flipped = _without_reason(
                replaced(fact.text, start, start + match.end(), new), start, zh
            )
            if _FOLLOWING_CLAUSE.search(flipped[start:]):
                return []  # "may not X, but must Y" flipped keeps the clause that argues back
            return [FalseStatement(flipped, "modality", match.group(), new)]
    return []


_ZH_RELAXED = {
    "必须": "不必",
    "须": "无须",
    "应当": "无须",
    "应": "无须",
    "需要": "无需",
    "需": "无需",
}
_EN_RELAXED = (
    (r"\bmust\b(?!\s+not\b)", "need not"),
    (r"\b(is|are) required to\b", r"\1 not required to"),
)


def relax_obligation(fact: Fact, zh: bool, material: str = "") -> list[FalseStatement]:
    """The fact's obligation made optional (须 -> 无须, must -> need not): "it is optional" is
    the misconception a trainee holds about a duty, where "must not" (the flip of a duty) reads
    absurd. The prohibition's gates hold: one modal in the sentence, nothing absolute, no
    exception, no "only", no second clause the modal governs or that argues back; and none of
    duty_conditions.py's: no purpose lost, no two acts or alternatives, no minimum."""
    if fact.modal is None or "obligation" not in fact.kinds or "prohibition" in fact.kinds:
        return []
    if _ONLY.search(fact.text) or len((_ZH_CUES if zh else _EN_CUES).findall(fact.text)) > 1:
        return []
    if _ABSOLUTE.search(fact.text) or _EXCEPTION.search(fact.text):
        return []
    cue, start, end = fact.modal
    if continues_clause_before(fact.text, start, zh) or _COORDINATED.search(fact.text[start:]):
        return []
    if joined_acts(fact.text[end:], zh) or has_minimum(fact.text[end:], zh):
        return []
    if zh:
        new = _ZH_RELAXED.get(cue)
        if new is None or "：" in fact.text or re.match(r"\s*[约大]?\s*\d", fact.text[end:]):
            return []
        relaxed = replaced(fact.text, start, end, new)
        original = cue
    else:
        for pattern, replacement in _EN_RELAXED:
            match = re.match(pattern, fact.text[start:], re.IGNORECASE)
            if match:
                new = match.expand(replacement)
                relaxed = replaced(fact.text, start, start + match.end(), new)
                original = match.group()
                break
        else:
            return []
    relaxed = _without_reason(relaxed, start, zh)
    if _FOLLOWING_CLAUSE.search(relaxed[start:]):
        return []  # 「须在3天内归还，逾期每天收取50元」: the fee argues back against 无须
    if lost_condition(fact.text, fact.quote, relaxed, material, zh):
        return []
    if not zh:
        relaxed = any_one_subject(relaxed, start)  # "A guest need not …", not "Every guest …"
    return [FalseStatement(relaxed, "modality", original, new)]
