"""A statement's subject says which thing it is (session 24 designer D17, m2 q8 'The cap does
apply to damage caused deliberately…' never says which cap; m4 q7 'The discount does apply to
gift cards…'). Own material: a library makerspace's volunteer FAQ and its tool loan terms.
"""

from __future__ import annotations

import re

from graphs.context import FlowContext
from graphs.exam_generation.bare_subjects import check_subject_named
from graphs.exams import Question
from tests.graphs.exam_generation.test_exam_s24_faq_topics import MAKERSPACE
from tests.support.exam_flow import delivered_exam

ALLOWANCE = """
**Q: What is the member filament allowance?**
A: Members get 200 grams of filament free each month. The allowance does not apply to specialist filaments such as wood fill or carbon fibre. Unused grams may not be carried into the next month.
"""

LOANS = """# Makerspace tool loans

A member's liability for damage to a borrowed tool is capped at 100 pounds per loan. The cap does not apply to damage caused deliberately.

The makerspace opens to members at 18:00 on weekdays.
"""


async def test_no_statement_names_a_bare_thing_its_source_identified_before(
    offline_context: FlowContext,
) -> None:
    text = MAKERSPACE + ALLOWANCE
    exam = await delivered_exam(offline_context, {"material": text, "true_false": 4})
    statements = [q.stem for q in exam.questions] + [
        o.text for q in exam.questions for o in q.options
    ]
    assert exam.questions
    for statement in statements:
        # "The allowance does not apply …": which allowance? "The fee is returned …": which fee?
        assert not re.search(r"\bThe (?:allowance|fee)\b", statement), statement


def test_a_bare_the_x_is_refused_only_where_its_source_leans_back() -> None:
    def item(statement: str) -> Question:
        return Question.model_validate(
            {
                "type": "true_false",
                "stem": f"True or false: {statement}",
                "answer": ["false"],
                "source_quote": statement,
                "difficulty": "easy",
                "knowledge_point": "tool loans",
                "score": 1,
            }
        )

    assert check_subject_named(
        item("The cap does apply to damage caused deliberately."), LOANS, "en"
    )
    # a bare subject its paragraph does not name before it is the material's one thing
    assert not check_subject_named(
        item("The makerspace opens to members at 17:00 on weekdays."), LOANS, "en"
    )


def test_a_compound_subject_is_named_by_its_head() -> None:
    """ "The damage report must …" is a report, not "The damage" leaning back on the damage the
    sentence before spoke of (the labelled sound item r11-car-7-multiple, "The accident report
    must be handed to a branch within 48 hours", was refused as "The accident")."""
    loans = LOANS.replace(
        "The cap does not apply to damage caused deliberately.",
        "The cap does not apply to damage caused deliberately. The damage report must reach the "
        "desk within 2 days.",
    )
    statement = "The damage report must reach the desk within 5 days."
    question = Question.model_validate(
        {
            "type": "true_false",
            "stem": f"True or false: {statement}",
            "answer": ["false"],
            "source_quote": statement,
            "difficulty": "easy",
            "knowledge_point": "tool loans",
            "score": 1,
        }
    )
    assert not check_subject_named(question, loans, "en")
    assert check_subject_named(
        question.model_copy(update={"stem": "True or false: The cap does apply to all damage."}),
        loans,
        "en",
    )


def test_a_thing_named_plainly_before_is_the_same_thing() -> None:
    """ "The van must be loaded …" after "sign out the van" is that van again, not one the learner
    cannot identify (bench.exam_quality's moving-company policy lost its multiple choices: "say
    which truck it is"); only another form ("capped") or a kind ("the staff discount") leans."""
    material = (
        "# Makerspace van\n\n- Members sign out the van at the desk.\n"
        "- The van must be returned with a full tank.\n"
    )
    question = Question.model_validate(
        {
            "type": "true_false",
            "stem": "True or false: The van must be returned with a half-full tank.",
            "answer": ["false"],
            "source_quote": "The van must be returned with a full tank.",
            "difficulty": "easy",
            "knowledge_point": "van",
            "score": 1,
        }
    )
    assert not check_subject_named(question, material, "en")
    assert check_subject_named(
        question, material.replace("sign out the van", "sign out the club van"), "en"
    )
