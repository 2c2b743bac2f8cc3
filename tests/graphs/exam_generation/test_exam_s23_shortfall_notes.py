"""Session 23 helper h1 (issue 11, session 22 end designer D15): a shortfall note does not
contradict itself. A fill-in refused for asking the rule another question asks was written on a
rule the exam uses, so the note may not call it one "written on the rules left". Own material: a
shoe repair shop's counter and workshop rules (en) and a pet grooming salon (zh)."""

from __future__ import annotations

from graphs.exam_generation.shortfall_reasons import note, render
from graphs.exam_generation.substance import check_same_fact
from graphs.exams import Question

SHOES = (
    "# Heelwell Shoe Repair: Counter and Workshop Rules\n\n"
    "Rule 1. Standard heel repairs must be finished within 3 working days.\n\n"
    "Rule 2. Glue must be left to cure for at least 12 hours before a repaired shoe is "
    "returned.\n\n"
    "Rule 3. Shoes not collected within 90 days may be donated to charity after a written "
    "reminder.\n"
)


def _repeated_rule_problems() -> list[str]:
    """What the validators say of a fill-in on the rule an accepted true/false states."""
    accepted = Question(
        type="true_false",
        stem="True or false: Glue must be left to cure for at least 12 hours before a repaired "
        "shoe is returned.",
        answer=["true"],
        source_quote="Glue must be left to cure for at least 12 hours before a repaired shoe is "
        "returned.",
    )
    written = Question(
        type="fill_blank",
        stem="Fill in the blank: Glue must be left to cure for at least ____ before a repaired "
        "shoe is returned.",
        answer=["12 hours"],
        source_quote="Glue must be left to cure for at least 12 hours before a repaired shoe is "
        "returned.",
    )
    problems = check_same_fact(written, [accepted], SHOES)
    assert problems, "the validators no longer refuse the same rule asked twice"
    return problems


def test_a_fill_in_refused_for_a_rule_already_asked_is_not_said_to_rest_on_the_rules_left() -> None:
    problems = _repeated_rule_problems()
    told = render(note("en", "failed_checks", "fill_blank", "easy", None, problems=problems), 2)
    assert "another question already asks" in told, told
    assert "written on the 2 rules left" not in told, told
    assert "2 rules in the material are still untested" in told, told
    zh = render(note("zh", "failed_checks", "fill_blank", "easy", None, problems=problems), 2)
    assert "与已出的题考同一条规定" in zh, zh
    assert "剩余的2条规定写成" not in zh and "另有2条规定未考" in zh, zh


def test_a_fill_in_refused_for_its_own_flaw_still_rests_on_the_rules_left() -> None:
    """The other findings keep the note's old, true form: those questions were written on the
    rules the exam leaves untested."""
    problem = "the stem gives the key away: 'Glue must be left'"
    told = render(note("en", "failed_checks", "fill_blank", "easy", None, problems=[problem]), 2)
    assert told.startswith("the fill-in questions written on the 2 rules left in the material"), (
        told
    )
