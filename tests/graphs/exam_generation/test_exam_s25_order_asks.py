"""An order asked by what it acts on names the act's context, as a trainer writes it (session 24
lead, the mushroom procedure Q11: "What must staff do about the cluster? What must staff do about
the growing block?" of "Twist each cluster gently; never cut into the growing block"). A bare
object names no act: the order is asked how the thing is handled, a barred order too (its verdict,
"never", is the learner's to write). Own material: a sheep-shearing shed, a chimney sweep.
"""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from graphs.exam_generation.order_asks import order_ask
from tests.support.exam_flow import delivered_exam


@pytest.mark.parametrize(
    ("order", "asked"),
    [
        ("Push each brush rod gently", "How must staff handle the brush rod?"),
        ("Hold each fleece by its skirt edge", "How must staff handle the fleece?"),
        ("Never cut into the growing block", "How must staff handle the growing block?"),
        # the object ends at its preposition, whatever the preposition ("past", "across")
        ("Never force a rod past a tight bend", "How must staff handle the rod?"),
        ("Never drag the fleece across the board", "How must staff handle the fleece?"),
    ],
)
def test_an_order_on_a_thing_is_asked_with_its_act(order: str, asked: str) -> None:
    assert order_ask(order) == asked


SWEEP = """# Chimney sweeping procedure

## Sweeping
Push each brush rod gently; never force a rod past a tight bend.
Sweeps must inspect the flue liner and cowl at least once a year for every customer.
"""


@pytest.mark.parametrize(
    ("order", "asked"),
    [
        # a person told to do something is no thing handled (session 25 lead, a laundromat's
        # staff FAQ: "How must staff handle the adult?")
        (
            "Ask the adult to take the child off the dryers straight away",
            "What must staff ask the adult to do?",
        ),
        ("Remind every guest to sign the wash log", "What must staff remind the guest to do?"),
        ("Ask the customer what temperature the label allows", "What must staff ask the customer?"),
        # when it is done is no part of the object
        ("Check the machine's display first", "How must staff handle the machine's display?"),
    ],
)
def test_a_person_told_is_asked_what_they_are_told(order: str, asked: str) -> None:
    assert order_ask(order) == asked


async def test_the_flow_asks_no_bare_object(offline_context: FlowContext) -> None:
    exam = await delivered_exam(offline_context, {"material": SWEEP, "short_answer": 1})
    [question] = [q for q in exam.questions if q.type == "short_answer"]
    assert "do about" not in question.stem, question.stem
    assert "How must staff handle the brush rod?" in question.stem, question.stem
