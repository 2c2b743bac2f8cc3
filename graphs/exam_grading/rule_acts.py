"""A Chinese rule under a condition is stated only with its own act: 「醉酒闹事的，马上提醒他」
does not state 「顾客醉酒闹事的，立即请其离场」.

Read whole, such a point's condition holds most of its words (醉酒, 闹事), and with a manner
adverb of the rule (立即 for 马上) an answer that says any act at all under the condition passed
TERMS_SHARE: reminding a drunk guest was credited for sending him away (session 23, issue 11
leftovers: LENIENT, a teacher gives 0 or little). The rule is what the point asks once its
condition holds (point_terms.rule_clauses); where none of the rule's own words (not the
condition's, not a manner adverb 立即 / 马上) is found and some are not printed by the stem, the
rule is not stated, whatever of the condition is.
"""

from __future__ import annotations

from collections.abc import Collection

from graphs.exam_grading.point_terms import (
    CLAUSE_BREAK,
    CONDITION,
    Term,
    occurrences,
    rule_clauses,
    term_key,
)

MANNER = frozenset({"立即", "马上", "立刻", "及时", "尽快", "主动", "当场", "亲自", "同时"})
"""How a rule's act is done (须立即请其离场), not its act."""


def rule_act_unsaid(
    canonical_point: str, terms: list[Term], found: Collection[str], printed: set[str]
) -> bool:
    """Whether the zh point (canonical) is a rule under a condition clause and the answer, its
    terms `found`, states none of the rule's own words (`printed`: the stem's term keys)."""
    clauses = [c.strip() for c in CLAUSE_BREAK.split(canonical_point) if c.strip()]
    # a clause ending on a duration (等待1小时) is no "…时" condition
    conditions = "，".join(c for c in clauses if CONDITION.search(c) and not c.endswith("小时"))
    rule = rule_clauses(canonical_point)
    if not conditions or not rule:
        return False
    words = [
        t.text
        for t in terms
        if t.text not in MANNER
        and occurrences(t.text, rule, "zh")
        and not occurrences(t.text, conditions, "zh")
    ]
    if any(text in found for text in words):
        return False  # a word of the rule said, though the stem prints it (建议…就诊)
    return any(term_key(text, "zh") not in printed for text in words)
