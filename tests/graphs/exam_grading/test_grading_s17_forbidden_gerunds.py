"""Session 17 (F6's list, pattern 3): 'no' with a gerund forbids the point's act.

"no sharing files" was marked missing for "Staff must not share files among themselves" (the doer
and "among themselves" left out, too few of its words), "No racing on the rink" was read as
allowing the rink ('no' denied its noun only), and "don't swap hire skates" entries made a bare
keyword list. Now a 'no' that opens its clause before a gerund forbids the act with all it is done
to (graphs/text/negation_objects.py); an answer that forbids the point's act with its object
states the point, or part of it where it leaves out more than the doer (forbidden_acts.py); and
a negated auxiliary makes an entry a statement (keyword_lists.py). Own courses: a roller-disco
rink and a bulk refill shop. Papers go through the real grading flow.
"""

from __future__ import annotations

from graphs.context import FlowContext
from tests.support.grading import graded_short_answer

RINK = (
    "Guests must not swap hire skates among themselves",
    "Lock valuables in the lockers before skating",
    "Skaters must not race on the rink",
)
REFILL = ("Staff must not share scoops among themselves", "Weigh each jar before filling")


async def _graded(points: tuple[str, ...], answer: str, context: FlowContext) -> tuple[float, str]:
    stem = "What are the rink's rules on the floor?"
    return await graded_short_answer(stem, points, answer, context, title="gerunds", language="en")


async def test_no_with_a_gerund_forbids_the_act(offline_context: FlowContext) -> None:
    score, note = await _graded(
        RINK,
        "no swapping skates; lock valuables in the lockers; no racing on the rink",
        offline_context,
    )
    assert score == 6, note
    score, note = await _graded(
        REFILL, "no sharing scoops; weigh each jar before filling", offline_context
    )
    assert score == 4, note


async def test_dont_entries_are_statements(offline_context: FlowContext) -> None:
    score, note = await _graded(
        RINK,
        "don't swap hire skates; lock valuables in the lockers; don't race",
        offline_context,
    )
    assert score == 6, note


async def test_the_act_forbidden_elsewhere_is_not_the_point(offline_context: FlowContext) -> None:
    # counter-cases: the act forbidden with another party, the act allowed, the act alone
    _, note = await _graded(
        REFILL, "never share scoops with customers; weigh each jar first", offline_context
    )
    assert "(1) missing" in note, note
    _, note = await _graded(
        RINK, "swapping skates is fine; lock valuables in the lockers", offline_context
    )
    assert "(1) contradicted" in note, note
    _, note = await _graded(REFILL, "no sharing; weigh each jar first", offline_context)
    assert "(1) missing" in note, note
