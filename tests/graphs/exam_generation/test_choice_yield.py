"""Yield of choice questions: sound candidates that were dropped or never built (issue 11,
session 14), through the real flow on material written for these tests."""

from __future__ import annotations

from graphs.context import FlowContext
from tests.support.exam_flow import delivered_exam

BOAT_CLUB_TERMS = (
    "Rowing Club - Boat Use Terms\n\n"
    "1. Members\n"
    "Rowers must be 14 or older to take out a boat. A season ticket costs 60 pounds.\n\n"
    "2. Bookings\n"
    "A member may book a boat up to 7 days ahead. A booking lapses 15 minutes after its start "
    "time.\n\n"
    "3. Weather\n"
    "No boat goes out when the river level board shows red. The coach must check the river "
    "level before every outing.\n\n"
    "4. Damage\n"
    "Damage must be reported to the boatman the same day. Members pay up to 120 pounds towards "
    "a repair.\n"
)


async def test_a_multiple_choice_over_neighbouring_numbered_headings(
    offline_context: FlowContext,
) -> None:
    """Parts headed by numbered bare titles ("2. Bookings") hold two rules each, too few for a
    multiple choice: it states the rules of two neighbouring parts, as it does under Markdown
    headings (a terms sheet of six such parts made no multiple choice at all)."""
    payload = {"material": BOAT_CLUB_TERMS, "multiple_choice": 1, "difficulty": "mixed"}
    exam = await delivered_exam(offline_context, payload)
    assert [q.type for q in exam.questions] == ["multiple_choice"], exam.shortfall
    for question in exam.questions:
        named = [
            t for t in ("Members", "Bookings", "Weather", "Damage") if f'"{t}"' in question.stem
        ]
        assert len(named) == 2, question.stem
