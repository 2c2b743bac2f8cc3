"""A refund promised in cash on the spot where the scenario's refund takes days.

"今天就用现金马上退给您", "I'll give you the money back in cash right here": where the scenario
states a refund's term in days (退款需 1–3 个工作日到账, "refunds take 5 working days"), money
handed back over the counter is a refund the learner may not promise, and it misstates that term
as surely as "退款今天就到账" does (fact_figures.false_facts names it under the fact's own claim, with
the true term). The clause must say both the refund and the cash: "退款会原路退回，不是现金" and
"we can't refund in cash" promise none, and a refund with no word of cash is read by the fact's
own cues and figures. A clause that hands back a sum none of the scenario's figures allows
(退您四百块现金) is an offer beyond the learner's limits, named as such (offer_amounts.py).
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.practice_dialogue.figures import figures
from graphs.practice_dialogue.signals import TurnText
from graphs.scenarios import Fact, Scenario

REFUND_FACT = re.compile(r"退款|退回|退还|退费|refund", re.IGNORECASE)
"""A fact about a refund, by its claim or its cues."""
DAY_UNITS = frozenset({"工作日", "天", "周", "月"})
"""Units of a term counted in days (figures.py reads "working days" as 工作日)."""
REFUNDS: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"退(?:给|还|回|到)?|返还"),
    "en": re.compile(
        r"\brefund\w*|\b(?:give|hand|pay) (?:you )?[^.!?,;]{0,20}?\bback\b"
        r"|\b(?:money|cash) back\b",
        re.IGNORECASE,
    ),
}
"""Money given back to her."""
IN_CASH: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"现金|现钱|当场|当面"),
    "en": re.compile(r"\bcash\b|\bover the counter\b|\bon the spot\b", re.IGNORECASE),
}
"""Money handed back there and then."""


def refund_term_in_days(fact: Fact, language: Language) -> bool:
    """The fact states how many days a refund takes."""
    if not (REFUND_FACT.search(fact.claim) or any(REFUND_FACT.search(c) for c in fact.cues)):
        return False
    return any(f.unit in DAY_UNITS for value in fact.values for f in figures(value, language))


def cash_refund(scenario: Scenario, fact: Fact, clause: str) -> bool:
    """The clause promises a refund in cash, there and then, against a refund term in days."""
    language = scenario.language
    if not refund_term_in_days(fact, language):
        return False
    known = [scenario.background, *scenario.learner.may_offer, *fact.values]
    true = [f for text in known for f in figures(text, language)]
    if any(not any(f.matches(t) for t in true) for f in figures(clause, language)):
        return False  # 退您四百块现金: a sum beyond the waiver, its own break
    part = TurnText.of(clause, language)
    refunds = [
        m for m in REFUNDS[language].finditer(clause) if not part.negated(m.start(), m.end())
    ]
    cash = [m for m in IN_CASH[language].finditer(clause) if not part.negated(m.start(), m.end())]
    return bool(refunds and cash)
