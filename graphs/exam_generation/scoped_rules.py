"""A rule stated with its exception: the true statement of a rule the material excepts.

「单人不得进入冷冻库。」 keyed 对 is untrue for the 值班主管 the material lets in alone (session 23
D16, m3 TF9), and session 23 dropped such a rule from the true statements. Scoped, it is true as
written and tests the rule and its exception together (the lead's review, session 23):

- Chinese, the case opening on its condition (「因暴雨取消参观的，预约费用予以退还」):
  「参观预约费用一经支付不予退还，但因暴雨取消参观的除外。」;
- Chinese, the case naming who or when before its modal (「值班组长在夜间巡检时可单人进入…」):
  「单人不得进入杀青车间，但值班组长在夜间巡检时除外。」 (「除值班组长在夜间巡检时外，…」 read as
  no trainer writes it, session 24 lead);
- English: "Visitors must be 12 or over, except that visitors under 12 may join the family
  picking walk with a parent."; a case that does the rule's own act is said by who and when
  alone: "No one may climb onto a thatched roof, except the lead sweep in dry weather", not
  "…, except that the lead sweep may climb onto a thatched roof in dry weather".

None where the rule already carries an exception, or the case reads as neither: no scope beats a
garbled one.
"""

from __future__ import annotations

import re

from graphs.text.rule_parts import subject_of

_ZH_CONDITION = re.compile(r"^([^，,。；;]{2,20}?(?:的|时|后))[，,]")
"""「因暴雨取消参观的，」: a case that opens on its condition."""
_OWN_EXCEPTION = re.compile(r"除|例外|但|\b(?:except|unless|but)\b", re.IGNORECASE)
_MAX_ZH_WHO = 16
_EN_KEEP_CAPITAL = re.compile(r"^(?:I\b|[A-Z]{2,}|[A-Z][a-z]+[A-Z])")
"""A first word that keeps its capital inside a sentence (I, an acronym, CamelCase)."""


def scoped_rule(rule: str, case: str, zh: bool) -> str | None:
    """The rule with the material's special case `case` stated as its exception, or None."""
    rule = rule.strip()
    case = case.strip()
    if not rule or not case or _OWN_EXCEPTION.search(rule):
        return None
    body = rule.rstrip("。.;；")
    if zh:
        condition = _ZH_CONDITION.match(case)
        if condition is not None:
            return f"{body}，但{condition.group(1)}除外。"
        who = subject_of(case, zh).strip("，, ")
        if not who or len(who) > _MAX_ZH_WHO or re.search(r"[，,]", who):
            return None
        return f"{body}，但{who}除外。"
    said = case.rstrip(".;")
    if not _EN_KEEP_CAPITAL.match(said):
        said = said[:1].lower() + said[1:]
    folded = _en_folded(body, said)
    return f"{body}, except {folded}." if folded else f"{body}, except that {said}."


_EN_CASE_MODAL = re.compile(
    r"^(?P<who>.+?)\s+(?:may|can|is allowed to|are allowed to)\s+(?P<act>.+)$", re.IGNORECASE
)


def _en_folded(body: str, case: str) -> str | None:
    """The case said by who and when alone where it repeats the rule's act ("the lead sweep in
    dry weather" of "the lead sweep may climb onto a thatched roof in dry weather"), or None."""
    found = _EN_CASE_MODAL.match(case)
    if found is None:
        return None
    words = found["act"].split()
    repeated = next(
        (n for n in range(len(words), 1, -1) if f" {' '.join(words[:n])}".lower() in body.lower()),
        0,
    )
    if not repeated:
        return None
    return " ".join([found["who"], *words[repeated:]])
