"""An English rule is split into two deeds only at a verb, never inside a noun phrase (session 24
lead: "Floor marshals must check the bed and springs …" was stated "Floor marshals must spring at
least 30 minutes before opening", keyed true). Own material: a sheep-shearing shed, where "comb"
is a noun and a verb.
"""

from __future__ import annotations

from graphs.exam_generation.clause_facts import clause_facts
from graphs.exam_generation.material import Material
from graphs.text import analyse

SHED = """# Shearing shed rules

## Before the run
Shearers must check the handpiece and comb at least 10 minutes before the first run.
Rouseabouts must sweep the board and skirt the fleece within 2 minutes of each sheep.
"""


def _clauses(opening: str) -> list[str]:
    document = analyse(SHED)
    material = Material.of(document, document.language)
    fact = next(f for f in material.facts if f.text.startswith(opening))
    return [c.text for c in clause_facts(fact, material)]


def test_a_second_object_is_no_second_deed() -> None:
    stated = _clauses("Shearers")
    assert not any("must comb" in s for s in stated), stated


def test_a_second_deed_with_its_object_is_still_split() -> None:
    assert _clauses("Rouseabouts") == [
        "Rouseabouts must sweep the board.",
        "Rouseabouts must skirt the fleece within 2 minutes of each sheep.",
    ]
