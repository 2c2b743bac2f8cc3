"""Session 11 designer (D3) faults on materials of our own: a shortfall note counted only the rules
this generator reads as facts, and before true/false keys were balanced (so it listed as unused a
rule a delivered item asks, and left out rules stated without a modal or a verb)."""

from __future__ import annotations

import re

import pytest

from graphs.context import FlowContext
from graphs.exam_generation.assembly import with_capacity
from graphs.exam_generation.giveaways import check_key_in_stem
from graphs.exams import Blueprint, Language, Question, Shortfall
from graphs.text import analyse
from graphs.text.facts import facts_for
from graphs.text.similarity import normalise
from tests.support.exam_flow import delivered_exam

TOOL_LIBRARY = """# Riverside Tool Library - Borrower FAQ

Q: Who may borrow?
A: Adult members with a library card. Gold members have weekend pickup; Basic members only on weekdays.

Q: How long can I keep a tool?
A: Up to 7 days per loan. A late tool costs $3 per day, capped at $45.

Q: How do I reserve?
A: Online, at least 1 day ahead; at most 3 tools per member at once.

Q: What about power tools?
A: Power tools need a 20-minute safety induction first. Never lend a borrowed tool to anyone else.

Q: What if a tool breaks?
A: Tell the desk the same day. Repairs under $50 are paid by the library; above that, the member pays.

Q: How do I end my membership?
A: Written notice at least 14 days before renewal. Members who joined under 6 months ago pay a $10 closing fee.
"""
FULL = {
    "single_choice": 4,
    "multiple_choice": 3,
    "true_false": 4,
    "fill_blank": 4,
    "short_answer": 2,
}


def test_rules_read_as_no_fact_are_counted_untested() -> None:
    """m4: "12 rules … 1 of them no question uses" while 24/7 access, booking 2 hours ahead and
    2 guests at most were untested: verbless FAQ answers are rules the exam leaves untested."""
    missing = [Shortfall(type="fill_blank", missing=4, reason="x")]
    told = with_capacity(missing, Blueprint.model_validate(FULL), "en", analyse(TOOL_LIBRARY), [])
    reason = told[0].reason
    assert re.search(r"states \d+ more rules this generator cannot yet make a question of", reason)
    assert "Adult members with a library card." in reason
    assert "add material" not in reason


async def test_the_note_lists_no_rule_a_delivered_question_asks(
    offline_context: FlowContext,
) -> None:
    """m2: "Refund: within 10 business days…" was listed unused while TF #9 asked it (the
    note was made before true/false keys were balanced onto other rules)."""
    exam = await delivered_exam(offline_context, {"material": TOOL_LIBRARY, **FULL})
    assert exam.questions and exam.shortfall
    note = exam.shortfall[0].reason
    listed = [normalise(q.rstrip("…")) for q in re.findall(r'"([^"]+)"', note)]
    assert listed
    for question in exam.questions:
        asked = normalise(question.stem + " " + question.source_quote)
        for rule in listed:
            assert rule not in asked, (rule, question.stem)


@pytest.mark.parametrize(
    ("stem", "key", "language"),
    [
        ("配电房检修严禁____，必须两人以上同时在场，一人操作一人监护。", "单人操作", "zh"),
        ("配电房检修必须____同时在场，不得单独操作。", "两人以上", "zh"),
        ("Never enter the grain silo ____; at least two people must be present.", "alone", "en"),
    ],
)
def test_a_blank_the_rest_of_the_stem_answers_the_other_way_is_refused(
    stem: str, key: str, language: Language
) -> None:
    """m1 #9 「冷冻库内禁止____，必须至少两人同时在库内」: the second clause gives 单人作业."""
    question = Question(
        number=1,
        type="fill_blank",
        stem=stem,
        answer=[key],
        explanation="",
        knowledge_point="x",
        difficulty="easy",
        source_quote=stem.replace("____", key),
    )
    assert check_key_in_stem(question, language)
    fair = question.model_copy(update={"stem": stem.split("，")[0].split(";")[0]})
    assert not check_key_in_stem(fair, language)


GYM_FAQ = """# Northside Gym - Member FAQ

Q: How do I freeze my membership?
A: Email the front desk at least 7 days before your next payment date. A freeze lasts at most 3 months.

Q: How can I change my plan?
A: Phone the club manager at least 5 days before the new month.

Q: How do I leave the club?
A: Post notice at least 30 days before your renewal date.
"""


def test_an_order_answering_how_do_i_keeps_its_purpose() -> None:
    """m4 TF #8 "Email notice at least 30 days before your next billing date." lost what it was
    for (cancelling): an order cut from a "How do I …?" answer is stated with its purpose."""
    texts = [f.text for f in facts_for(analyse(GYM_FAQ))]
    assert (
        "To freeze your membership, email the front desk at least 7 days before your next payment date."
        in texts
    )
    assert (
        "To change your plan, phone the club manager at least 5 days before the new month." in texts
    )
    assert "To leave the club, post notice at least 30 days before your renewal date." in texts
    assert "A freeze lasts at most 3 months." in texts
