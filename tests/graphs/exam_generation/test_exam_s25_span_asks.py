"""An English ask on a rule that holds something for a span, or bars a thing under an age that is
not a person's, reads as a trainer's question (session 25, own sheep-shearing shed): "Wet sheep
must be held in the covered pens for at least 12 hours before shearing" was asked "When must the
wet sheep be held in the covered pens for?", and "Lambs under 8 weeks old must not be shorn"
"What is the rule on the lambs under a set time old?".
"""

from __future__ import annotations

from graphs.exam_generation.material import Material
from graphs.exam_generation.rule_points import rule_point
from graphs.exam_generation.short_answer_asks import ask
from graphs.text import analyse

SHED = """# Shearing shed rules

## Sheep handling
Lambs under 8 weeks old must not be shorn.
No shearer may shear more than 180 sheep in one day.
Wet sheep must be held in the covered pens for at least 12 hours before shearing.
"""


def _ask(opening: str) -> str | None:
    document = analyse(SHED)
    material = Material.of(document, document.language)
    fact = next(f for f in material.facts if f.text.startswith(opening))
    return ask(fact, rule_point(fact), False)


def test_a_span_is_asked_how_long() -> None:
    asked = _ask("Wet sheep") or ""
    assert asked.startswith("How long must the wet sheep be held in the covered pens?"), asked


def test_an_age_in_weeks_is_an_age() -> None:
    asked = _ask("Lambs") or ""
    assert "a set age" in asked and "a set time old" not in asked, asked
