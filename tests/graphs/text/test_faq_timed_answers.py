"""A verbless FAQ answer giving a time limit is its question's rule: "At least 8 weeks before the
event." was listed as a rule "this generator cannot yet make a question of" (session 12 designer,
m4); its subject and verb are in the Q: line."""

from __future__ import annotations

from graphs.exam_generation.unread_rules import unread_rules
from graphs.text import analyse
from graphs.text.facts import facts_for

BOAT_FAQ = """Lakeside Boat Tours - Group FAQ

Q: How far ahead must a school group book?
A: At least 3 weeks before the trip. The tour manager may accept later bookings.

Q: When must the final passenger list be sent?
A: No later than 48 hours before departure.

Q: Who counts the passengers?
A: The skipper counts everyone aboard before leaving the jetty.
"""


def test_a_timed_answer_is_read_with_its_questions_subject() -> None:
    document = analyse(BOAT_FAQ)
    texts = [f.text for f in facts_for(document)]
    assert "A school group must book at least 3 weeks before the trip." in texts
    assert "The final passenger list must be sent no later than 48 hours before departure." in texts
    assert unread_rules(document) == []
