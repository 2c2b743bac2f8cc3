"""Session 16 end teacher T9: a point's own figure given tersely, without the act it bounds.

"10 min early; no swapping; 15 min max alone" had its first point marked "missing (states 0 of 3
of its terms)" though its 10 minutes was there; the teacher gives it part. Now a point whose own
figure stands in a terse entry (the figure and a word or two) is partial, its note naming the
words left out; a figure said with another act, or a bare keyword list, stays as it was. Own
courses: a nail bar (en), ambulance dispatch (zh). Papers go through the real grading flow.
"""

from __future__ import annotations

from graphs.context import FlowContext
from tests.support.grading import graded_report, short_answer

NAIL_RULES = (
    "Book each client at least 15 minutes before closing",
    "Staff must not share files among themselves",
    "Never leave acrylic to set for more than 10 minutes",
)


async def _note(answer: str, context: FlowContext) -> tuple[float, str]:
    item = short_answer(
        "What are the nail bar's rules on bookings, files and acrylic?", *NAIL_RULES
    )
    report = await graded_report([item], {"1": answer}, context, title="nails", language="en")
    result = report["questions"][0]
    return result["score"], result["review"]


async def test_a_terse_own_figure_is_part_of_its_point(offline_context: FlowContext) -> None:
    score, note = await _note(
        "15 min before closing; staff never share files; 10 min max", offline_context
    )
    assert "(3) partial (missing: " in note, note
    assert "(3) missing" not in note
    assert score == 2 + 2 + 1  # booking and files stated, the acrylic limit half


async def test_a_figure_said_with_another_act_is_not_the_point(
    offline_context: FlowContext,
) -> None:
    # counter-case: the 10 minutes bounds the booking here, not the acrylic
    _, note = await _note("Clients can book up to 10 minutes before we open.", offline_context)
    assert "(3) partial" not in note, note
