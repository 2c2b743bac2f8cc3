"""A small material: the shortfall says the facts ran out, how many there are, which types fell
short, and what to add or ask for, in the trainer's language (graphs/exam_generation/capacity.py)."""

from __future__ import annotations

from graphs.exam_generation.assembly import with_capacity
from graphs.exam_generation.capacity import enough_facts, scaled, small_material_note
from graphs.exams import Blueprint, Shortfall
from graphs.text import analyse
from graphs.text.facts import facts_for

FULL = {
    "single_choice": 5,
    "multiple_choice": 3,
    "true_false": 4,
    "fill_blank": 4,
    "short_answer": 2,
}
SMALL = """# Bike hire desk

Helmets must be offered to every rider under 16.
Bikes are checked by the mechanic every 50 rentals.
A deposit of 40 dollars is taken for each bike.
Bikes returned more than 30 minutes late are charged 5 dollars per extra hour.
"""


def test_the_note_names_the_facts_the_types_and_the_remedy() -> None:
    note = small_material_note("en", 23, FULL, {"true_false": 3, "short_answer": 2})
    assert "it holds 23 rules a question can test" in note
    assert f"need about {enough_facts(FULL)}" in note and enough_facts(FULL) == 47
    assert "so 5 fell short (3 true/false, 2 short-answer)" in note
    assert "Add material with more such rules, or ask for about" in note
    zh = small_material_note("zh", 23, FULL, {"fill_blank": 3})
    assert "只有23条" in zh and "缺3道（填空题3道）" in zh and "请补充含这类规定的材料" in zh


def test_no_note_when_the_material_has_enough_facts_or_nothing_fell_short() -> None:
    assert small_material_note("en", 60, FULL, {"true_false": 1}) == ""
    assert small_material_note("en", 10, FULL, {}) == ""


def test_the_suggested_blueprint_fits_the_facts() -> None:
    smaller = scaled(FULL, 23)
    assert sum(smaller.values()) < sum(FULL.values())
    assert all(n >= 1 for n in smaller.values())
    assert scaled(FULL, 100) == FULL


def test_every_shortfall_line_of_a_small_material_carries_the_note() -> None:
    document = analyse(SMALL)
    facts = len(facts_for(document))
    missing = [
        Shortfall(type="multiple_choice", missing=3, reason="the 2 rules left cannot make it"),
        Shortfall(type="short_answer", missing=2, reason="the 2 rules left cannot make it."),
    ]
    told = with_capacity(missing, Blueprint.model_validate(FULL), "en", document)
    for gap in told:
        assert f"it holds {facts} rules a question can test" in gap.reason
        assert "so 5 fell short (3 multiple-choice, 2 short-answer)" in gap.reason
        assert ".." not in gap.reason
