"""Session 11 designer D3, fault 3: rules with no figure were never asked. m1 rule 8
「只有持有特种设备作业证（叉车证）的人员才能驾驶库内叉车」 had no modal word, so it was no fact:
neither asked nor counted. Own example: a switch room's rules."""

from __future__ import annotations

from graphs.exam_generation.material import Material
from graphs.exam_generation.short_answer_asks import ask
from graphs.exam_generation.statement_builders import fill_blank, true_false
from graphs.exam_generation.validation import validate_question
from graphs.exams import Difficulty
from graphs.text import analyse

LEVELS: tuple[Difficulty, ...] = ("easy", "medium", "hard")

SWITCH_ROOM = """# 配电房管理规定

1. 只有持有电工证的人员才能操作配电柜；保洁员一律不得打开配电柜。
2. 配电房每周检查一次，由值班电工负责记录。
3. 配电房内不得堆放杂物。
"""


def test_only_those_named_may_is_a_rule_to_ask() -> None:
    document = analyse(SWITCH_ROOM)
    material = Material.of(document, "zh")
    fact = next(f for f in material.facts if f.text.startswith("只有持有电工证的人员"))
    assert "obligation" in fact.kinds
    items = [true_false(material, fact, level, "配电房", True) for level in LEVELS]
    assert any(q is not None and q.answer == ["true"] for q in items)
    blanks = [fill_blank(material, fact, level, "配电房") for level in LEVELS]
    assert any(q is not None for q in blanks)


BIKE_STORE = """# Riverside Bike Storage - Member FAQ

Q: Who can use the secure cage?
A: Only Gold members may park in the secure cage. Gold members pay $18 per month.

Q: How long can a bike stay?
A: Bikes left for more than 14 days are removed. A removed bike is held for 30 days.

Q: What about e-bikes?
A: E-bike batteries must be charged in the charging room only. Charging is limited to 6 hours.
"""


def test_a_labelled_faq_question_heads_its_answer() -> None:
    """m4: 'Q: …' lines were no sections, so every answer sat under the FAQ's title: multiple
    choices and short answers were named by the title, and drew on the whole FAQ as one part."""
    document = analyse(BIKE_STORE)
    assert list(document.sections) == [
        "Who can use the secure cage?",
        "How long can a bike stay?",
        "What about e-bikes?",
    ]
    facts = Material.of(document, "en").facts
    cage = next(f for f in facts if f.text.startswith("Only Gold members"))
    assert cage.section == "Who can use the secure cage?"


def test_who_alone_may_act_is_asked_as_who() -> None:
    """m4 short answer: 'What is the rule on Only Residents?' for 'Only Residents may use the
    address as a business address'."""
    material = Material.of(analyse(BIKE_STORE), "en")
    cage = next(f for f in material.facts if f.text.startswith("Only Gold members"))
    assert ask(cage, cage.text, zh=False) == "Who may park in the secure cage?"


def test_who_alone_may_act_is_made_false_by_lifting_the_only() -> None:
    """m1 rule 8 and m2's 'Only GreenWheel technicians may repair the bike' could only ever be
    asked true: no figure, no 不得. Lifting the restriction is a fair false statement, and the
    validators pass it."""
    for text, opening, lifted in (
        (SWITCH_ROOM, "只有持有电工证", "除持有电工证的人员以外，其他人员也能操作配电柜。"),
        (
            BIKE_STORE,
            "Only Gold members",
            "Anyone, not only Gold members, may park in the secure cage.",
        ),
    ):
        document = analyse(text)
        material = Material.of(document, document.language)
        fact = next(f for f in material.facts if f.text.startswith(opening))
        items = [
            true_false(material, fact, level, "rules", False, only_preferred=True)
            for level in LEVELS
        ]
        made = [q for q in items if q is not None]
        assert made and made[0].answer == ["false"]
        assert made[0].stem.endswith(lifted)
        assert validate_question(made[0].model_dump(), text, [])[1] == []


CHILLER = """# 便利店冷链规定

## 一、冷藏柜
1. 冷藏柜温度高于8℃时，店员须在10分钟内通知店长。
2. 店员每4小时记录一次冷藏柜温度。
"""


def test_a_temperature_in_a_condition_is_asked_as_a_temperature() -> None:
    """m1 #11: 「冷冻库温度高于一定数量或冷藏库温度高于一定数量时」 called a temperature a count."""
    material = Material.of(analyse(CHILLER), "zh")
    fact = next(f for f in material.facts if f.text.startswith("冷藏柜温度高于8℃"))
    asked = ask(fact, fact.text, zh=True)
    assert asked is not None and asked.startswith("冷藏柜温度高于规定温度时")
    assert "一定数量" not in asked and "8℃" not in asked


SQUASH_FAQ = """# Northside Squash Club - FAQ

Q: What if I am late for my court?
A: If you do not arrive within 10 minutes, the court is given to the next member on the list.

Q: Can I cancel a booking?
A: Only if you cancel at least 24 hours ahead.
"""


def test_an_faq_answer_that_sets_its_case_then_states_a_rule_is_read() -> None:
    """m4: 'If you do not check in within 15 minutes, the room is released.' opens on 'If', so it
    was read as a condition on the question's subject and never asked; a case followed by a whole
    rule (its own subject and verb) is a statement. 'Only if you cancel …' still is not."""
    texts = [f.text for f in Material.of(analyse(SQUASH_FAQ), "en").facts]
    assert (
        "If you do not arrive within 10 minutes, the court is given to the next member on the list."
        in texts
    )
    assert not any(t.startswith("Only if") for t in texts)
