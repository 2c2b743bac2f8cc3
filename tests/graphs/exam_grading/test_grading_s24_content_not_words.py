"""Session 23 end teacher T16 (issue 11): an English short answer is judged on the point's
content, not its words, and a point's witness left out is part of it.

"(1) partial (missing: see, one, showing)" was the note on "check a photo ID plus something
proving the address … has to match" for "must see photo ID and one proof of address … showing the
same address": both notes named missing words, not missing content. Now a point's function words,
numerals and verb-only words are no fact an answer must repeat nor one a note names
(content_words.py), and its act is said in the learner's own verb over its content words. A point
done "with the customer present" said without the customer is partial, naming it (qualifiers.py).
Own course: a glassblowing studio. Papers go through the real grading flow.
"""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from tests.support.grading import graded_short_answer

STEM = (
    "(1) What must the instructor do before any class starts? "
    "(2) What must the instructor do if a learner's pieces are still in the annealer?"
)
BOOKING = (
    "Before any class starts, the instructor must see photo ID and one booking receipt "
    "(for example an email or a printed ticket) showing the same name."
)
ANNEALER = (
    "If a learner's pieces are still in the annealer, the instructor may close the studio but "
    "must then check the annealer before leaving, with the technician present."
)
FILLERS = ("see", "one", "showing", "then", "leaving", "before", "but")


async def _graded(answer: str, context: FlowContext) -> tuple[float, str]:
    return await graded_short_answer(
        STEM, [BOOKING, ANNEALER], answer, context, title="glass studio", language="en"
    )


async def test_the_points_said_in_the_learners_words_are_credited(
    offline_context: FlowContext,
) -> None:
    score, note = await _graded(
        "(1) They have to check a photo ID plus a booking receipt, and the name on it has to "
        "match. (2) They can close the studio first, but before they go they must look at the "
        "annealer with the technician there.",
        offline_context,
    )
    assert score == 4.0, note


async def test_the_witness_left_out_is_partial_naming_it(offline_context: FlowContext) -> None:
    score, note = await _graded(
        "(1) See photo ID and a booking receipt showing the same name. "
        "(2) Close the studio and check the annealer before leaving.",
        offline_context,
    )
    assert score == 3.0, note
    assert "(2) partial (missing: with the technician present)" in note


@pytest.mark.parametrize(
    "answer",
    [
        "(1) They have to check a photo ID and the name on it.",
        "(1) They have to check a photo ID plus a booking receipt. (2) Close the studio.",
    ],
)
async def test_a_note_names_content_never_a_filler(
    answer: str, offline_context: FlowContext
) -> None:
    _, note = await _graded(answer, offline_context)
    missing = [
        part.split(")", 1)[0] for part in note.split("(missing: ")[1:] + note.split("(not ")[1:]
    ]
    named = {word.strip() for part in missing for word in part.split(",")}
    assert named and not named & set(FILLERS), note
