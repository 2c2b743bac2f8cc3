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
    note = small_material_note("en", 23, FULL, {"true_false": 3, "short_answer": 2}, 5)
    assert "This exam has 13 of the 18 questions asked for (3 true/false, 2 short-answer" in note
    assert (
        "finds 23 rules in the material it can ask about" in note
        and "5 of them no question of this exam uses" in note
    )
    # Rules are left untested: the generator fell short, not the material; no "add material",
    # no count of rules the blueprint "needs".
    assert "add material" not in note and "The shortfall is this generator's" in note
    assert "would need to read about" not in note and enough_facts(FULL) == 47
    # A blueprint it can meet: what it made, no type it failed to make.
    assert "ask for 5 single-choice, 3 multiple-choice, 1 true/false, 4 fill-in (what" in note
    zh = small_material_note("zh", 23, FULL, {"fill_blank": 3})
    assert (
        "规定（数字、时限、职责、必须/不得等）23条" in zh
        and "缺3道（填空题3道）" in zh
        and f"约需读出{enough_facts(FULL)}条" in zh
        and "材料偏短" not in zh
    )
    assert "或补充含这类规定的材料" in zh  # no count of untested rules: none known left
    assert "补充" not in small_material_note("zh", 23, FULL, {"fill_blank": 3}, 4)
    assert "本卷已全部考到" in small_material_note("zh", 23, FULL, {"fill_blank": 3}, 0)


def test_too_small_only_when_it_is_and_no_note_when_nothing_fell_short() -> None:
    enough = small_material_note("en", 60, FULL, {"true_false": 1}, 20)
    assert "would need to read about" not in enough and "17 of the 18" in enough
    assert small_material_note("en", 10, FULL, {}) == ""


def test_rules_enough_left_untested_are_no_small_material() -> None:
    """Session 8's designer: "needs about 39 rules ... too few" on a policy whose 14 untested rules
    could have carried the 3 missing questions. The size is not why it fell short: no "too few",
    no 材料偏短; the untested rules are still counted."""
    missing = {"multiple_choice": 1, "short_answer": 2}  # rest on 4 + 6 = 10 rules
    left = small_material_note("en", 30, FULL, missing, 14)
    assert "would need to read about" not in left and "14 of them no question" in left
    assert "约需读出" not in small_material_note("zh", 30, FULL, missing, 14)
    # Session 10's designer: fewer rules left than the missing questions rest on is still the
    # generator's shortfall while any is left; only every rule asked asks for material.
    assert "would need to read about" not in small_material_note("en", 30, FULL, missing, 9)
    assert "would need to read about 47" in small_material_note("en", 30, FULL, missing, 0)


def test_no_type_it_failed_to_make_is_suggested() -> None:
    note = small_material_note("en", 18, FULL, {"multiple_choice": 3, "true_false": 1})
    asked = note.split("ask for ", 1)[1]
    assert "multiple-choice" not in asked and "3 true/false" in asked


def test_the_suggested_blueprint_fits_the_facts() -> None:
    smaller = scaled(FULL, 23)
    assert sum(smaller.values()) < sum(FULL.values())
    assert all(n >= 1 for n in smaller.values())
    assert scaled(FULL, 100) == FULL


def test_the_note_is_told_once_per_exam() -> None:
    """Her library and lab exams repeated the same paragraph after every type's line."""
    document = analyse(SMALL)
    facts = len(facts_for(document))
    missing = [
        Shortfall(type="multiple_choice", missing=3, reason="the 2 rules left cannot make it"),
        Shortfall(type="short_answer", missing=2, reason="the 2 rules left cannot make it."),
    ]
    told = with_capacity(missing, Blueprint.model_validate(FULL), "en", document, [])
    assert f"finds {facts} rules in the material it can ask about" in told[0].reason
    assert f"{facts} of them no question of this exam uses" in told[0].reason
    assert "(3 multiple-choice, 2 short-answer missing)" in told[0].reason
    assert told[1].reason == "the 2 rules left cannot make it."
