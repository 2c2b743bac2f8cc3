"""A duty of every one made optional says what a trainee might wrongly believe of any one: "A
belayer need not …", "Route setters need not …", not the stiff "Every belayer need not …" (which
half says "not every belayer must"). Own material: a climbing wall's house rules."""

from __future__ import annotations

import re

import pytest

from graphs.context import FlowContext
from graphs.exam_generation.false_statements import relax_obligation
from graphs.exam_generation.material import Material
from graphs.text import analyse
from graphs.text.any_one_subject import any_one_subject
from tests.support.exam_flow import delivered_exam

CLIMBING = """# Northside Climbing Wall – House Rules

## Before climbing
Every climber must complete a 20-minute induction on the first visit.
Each belayer must pass a belay check with a member of staff.
All route setters must wear a helmet while setting above 3 metres.

## On the wall
Each hourly instructor must log every session in the wall diary.
Children under 14 must be supervised by an adult at all times.
Chalk balls must be used instead of loose chalk.
"""


@pytest.mark.parametrize(
    ("statement", "said"),
    [
        ("Every climber need not sign in.", "A climber need not sign in."),
        ("Each hourly instructor need not log it.", "An hourly instructor need not log it."),
        ("All route setters need not wear a helmet.", "Route setters need not wear a helmet."),
        ("On arrival, each guest need not sign in.", "On arrival, a guest need not sign in."),
        # Not the subject, or not a noun phrase: left as written.
        ("The host need not greet every guest.", "The host need not greet every guest."),
        ("Each of the guests need not sign in.", "Each of the guests need not sign in."),
        ("Every guest who stays need not pay.", "Every guest who stays need not pay."),
    ],
)
def test_a_subject_of_each_one_is_said_of_any_one(statement: str, said: str) -> None:
    assert any_one_subject(statement, statement.index("need not")) == said


def test_the_duty_made_optional_names_any_one() -> None:
    document = analyse(CLIMBING)
    material = Material.of(document, document.language)
    relaxed = [p.statement for f in material.facts for p in relax_obligation(f, material.zh)]
    assert relaxed, [f.text for f in material.facts]
    for statement in relaxed:
        assert not re.match(r"(?:Every|Each|All)\b", statement), statement
    assert "A belayer need not pass a belay check with a member of staff." in relaxed


async def test_no_item_says_every_one_need_not(offline_context: FlowContext) -> None:
    exam = await delivered_exam(offline_context, {"material": CLIMBING, "true_false": 4})
    texts = [q.stem for q in exam.questions] + [o.text for q in exam.questions for o in q.options]
    assert len(exam.questions) == 4, exam.shortfall
    for text in texts:
        assert not re.search(r"\b(?:Every|Each|All) [\w -]{1,30} need not\b", text), text
