"""Which knowledge points a multiple choice is dealt first: where it costs the other types least.

On an ordinary 1,000-1,500-character material the rules run out before a 4/3/4/4/2 blueprint is
met, and each multiple choice takes four statements no other item may ask. Dealt the point
richest in facts (planning's weights), it took rules the single-fact items ask clause by clause
(「学员上车前须系好安全带，教练须检查副刹是否有效」 gives two true/false items), and the exam lost
four items for one. Dealt a point whose rules give more statements than items
(「学员退学的，已学课时按每课时150元扣除，余款在15个工作日内退回」: one item asked whole, two
statements with its case), it costs about two. So the points that can carry four statements
come first, those with the most statements to spare over the items they give first among them,
then by their weight as before.
"""

from __future__ import annotations

from typing import Any

from graphs.exam_generation.clause_statements import choice_cost
from graphs.exam_generation.material import Material

MIN_STATEMENTS = 4
"""Statements a multiple choice states."""


def choice_order(points: list[dict[str, Any]], material: Material) -> list[str]:
    """The points' names, best for a multiple choice first (see the module docstring)."""

    def rank(index: int) -> tuple[int, int, int, int]:
        point = points[index]
        indices = set(point.get("sentences", []))
        facts = [f for f in material.facts if f.sentence in indices]
        statements, items = choice_cost(material, facts)
        return (statements < MIN_STATEMENTS, items - statements, -len(indices), index)

    return [points[i]["name"] for i in sorted(range(len(points)), key=rank)]
