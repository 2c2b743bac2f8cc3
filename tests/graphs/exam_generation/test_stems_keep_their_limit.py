"""An English clause that points at a limit the clause before set ("…; the renter is billed for
anything over that") is never an item alone: the learner cannot tell over what. Own material: a
scooter rental desk's damage rules, through the real flow and the real function."""

from __future__ import annotations

from graphs.context import FlowContext
from graphs.exam_generation.lost_context import lost_context
from tests.support.exam_flow import delivered_exam

SCOOTERS = (
    "# Scooter Rental Desk Rules\n\n"
    "## Damage\n"
    "Scratches are photographed by the desk staff before the renter leaves. "
    "Repairs under £60 are paid from the deposit; the renter is billed for anything over that. "
    "A lost key costs £25.\n\n"
    "## Returns\n"
    "Scooters must be returned by 7 pm. Late returns are charged £10 per hour.\n"
)


def test_a_clause_pointing_at_the_limit_before_has_lost_it() -> None:
    assert lost_context("The renter is billed for anything over that.", "en") is not None
    assert lost_context("The renter is billed for repairs over £60.", "en") is None


async def test_no_item_prints_a_limit_it_does_not_state(offline_context: FlowContext) -> None:
    payload = {"material": SCOOTERS, "true_false": 4, "fill_blank": 2, "multiple_choice": 1}
    exam = await delivered_exam(offline_context, payload)
    texts = [q.stem for q in exam.questions] + [o.text for q in exam.questions for o in q.options]
    for text in texts:
        if "over that" in text:
            assert "£60" in text, text
