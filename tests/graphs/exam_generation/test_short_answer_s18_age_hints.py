"""A hint names the kind of figure the point holds (session 18, fault list 2), on own material (a pet
grooming salon's intake rules, en): "Dogs older than 10 years" is an age, and was hinted "(give the
period)"."""

from __future__ import annotations

from graphs.exam_generation.short_answer_asks import ask
from graphs.text import analyse
from graphs.text.facts import facts_for

GROOMING = """# Pet Grooming Salon Rules

## Intake
1. Puppies must be at least 12 weeks old before their first full groom.
2. Dogs older than 10 years must be seen by the senior groomer, who checks their heart rate first.
3. Staff must report any cut to the salon manager within 15 minutes.
"""


def test_an_age_after_older_than_is_hinted_as_an_age() -> None:
    asks = {f.text[:20]: ask(f, f.text, False) for f in facts_for(analyse(GROOMING))}
    asked = asks["Dogs older than 10 y"]
    assert asked is not None
    assert "(give the age" in asked, asked
    assert "period" not in asked, asked
