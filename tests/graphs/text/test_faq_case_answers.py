"""FAQ answers that set a case of their own under a "What if …?" question are rules to ask.

"If you tell us at least 24 hours before, we offer a make-up lesson within 4 weeks." under "What if
my child misses a lesson?" and "If rent is 14 days overdue we over-lock the unit …" under "What
happens if I pay late?" were dropped as conditions on the question's subject, and the shortfall
note listed them as rules "this generator cannot yet make a question of" (session 18 designer D11,
m4; session 19 lead, a music-school FAQ). For a front desk they are the most testable answers.
"""

from __future__ import annotations

from graphs.text.document import analysed
from graphs.text.facts import facts_for


def _facts(text: str) -> list[str]:
    return [fact.text for fact in facts_for(analysed(text))]


def test_a_what_if_answer_with_a_case_of_its_own_is_stated_with_both_cases() -> None:
    faq = (
        "# Karaoke bar: front desk FAQ\n\n"
        "Q: What if a guest loses a microphone?\n"
        "A: If the guest reports it before checkout, we charge a flat fee of 30 pounds.\n\n"
        "Q: How long is a session?\n"
        "A: Sessions last 2 hours.\n"
    )
    facts = _facts(faq)
    assert (
        "If a guest loses a microphone and the guest reports it before checkout, "
        "we charge a flat fee of 30 pounds." in facts
    ), facts


def test_a_case_answer_with_no_comma_before_its_rule_is_a_rule() -> None:
    faq = (
        "# Allotment society FAQ\n\n"
        "Q: What happens if I pay my plot rent late?\n"
        "A: If rent is 21 days overdue we lock the plot gate and charge 12 pounds.\n\n"
        "Q: Can I keep bees?\n"
        "A: Only members with a beekeeping certificate may keep bees.\n"
    )
    facts = _facts(faq)
    assert any("21 days overdue" in fact and "12 pounds" in fact for fact in facts), facts


def test_the_answers_own_verb_need_not_be_a_listed_one() -> None:
    faq = (
        "# Piano tuning service FAQ\n\n"
        "Q: What if the tuner finds a broken string?\n"
        "A: If the customer agrees, the tuner replaces it on the spot for 25 pounds a string.\n"
    )
    facts = _facts(faq)
    assert any("25 pounds a string" in fact for fact in facts), facts
