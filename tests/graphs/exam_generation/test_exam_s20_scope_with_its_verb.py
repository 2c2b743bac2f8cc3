"""A figure in a rule's subject before its own verb bounds whom the rule covers (session 20 end
designer D13, broken: "Bookings over 20 nights require a 50% deposit" keyed false for a rule on
bookings over 14 nights, which every over-20 booking is)."""

from __future__ import annotations

import re

from graphs.exam_generation.entailed_changes import check_false_not_implied
from graphs.exam_generation.false_statements import false_statements
from graphs.exam_generation.material import Material
from graphs.exams import Option, Question
from graphs.text import analyse

SAILING_CLUB = """Harbour Sailing Club: Member Terms

1. Boat hire
Hires over 6 hours require a second adult on board. Members pay GBP 25 per hour of hire.
Groups over 8 people need a club instructor.

2. Lockers
Lockers cost GBP 40 a season.
"""


def _material() -> Material:
    document = analyse(SAILING_CLUB)
    return Material.of(document, document.language)


def _changed(opening: str) -> list[float]:
    material = _material()
    fact = next(f for f in material.facts if f.text.startswith(opening))
    made = false_statements(fact, material.facts, material.text, material.zh)
    return [float(re.findall(r"\d+", p.changed)[0]) for p in made if p.kind == "figure"]


def test_a_scope_before_its_own_verb_moves_outward_only() -> None:
    hours = _changed("Hires over 6 hours")
    assert hours and all(h < 6 for h in hours), hours  # 8 hours is still covered: true


def test_the_reviewers_option_keyed_false_is_refused() -> None:
    material = "Deposit: Bookings over 14 nights require a 50% deposit. Dogs must be vaccinated."
    options = [
        "Dogs must be vaccinated.",
        "Bookings over 20 nights require a 50% deposit.",
        "Dogs need not be vaccinated.",
        "Bookings over 14 nights require a 50% deposit.",
    ]
    question = Question(
        type="multiple_choice",
        stem="Which statements agree with the course material?",
        options=[Option(key=k, text=t) for k, t in zip("ABCD", options, strict=True)],
        answer=["A", "D"],
    )
    problems = check_false_not_implied(question, material)
    assert any("'20 nights'" in p for p in problems), problems


def test_a_figure_after_the_verb_is_still_what_is_paid() -> None:
    pays = _changed("Members pay GBP 25")
    assert pays and any(p != 25 for p in pays)
