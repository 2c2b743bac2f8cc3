"""Session 12, issue 11 (safe perturbations): a statement keyed false whose changed figure the
rule still implies reads true. Reviewer D4 found "…had surgery in the last 10 days" keyed false
under a 14-day rule and 「未满10周岁的儿童不得乘坐试驾车」 under an under-12 rule. Here, on other
trades: a resort's pool and shuttle rules (zh) and a spa's guest rules (en), through the real
builders (true/false and multiple choice share `false_statements`) and the validators."""

from __future__ import annotations

import re

from graphs.exam_generation.choice_builders import multiple_choice
from graphs.exam_generation.false_statements import false_statements
from graphs.exam_generation.material import Material
from graphs.exam_generation.statement_builders import true_false
from graphs.exam_generation.validation import validate_question
from graphs.exams import Difficulty
from graphs.text import analyse
from graphs.text.facts import Fact

RESORT = """度假村泳池与观光车安全规定

一、泳池
1. 未满14周岁的儿童不得单独进入深水区。
2. 每条泳道最多容纳8人。
3. 发现设备漏电，值班电工须在10分钟内切断电源，不得自行带电检修。
4. 救生员负责开放前检查急救箱，并在《泳池日志》中签字。

二、观光车
1. 电瓶观光车在园区内最高不得超过每小时15公里。
2. 观光车司机须持有场内机动车驾驶证。
3. 每趟发车前，司机应检查刹车和灯光。
"""

SPA = """Harbour Spa – Guest Rules

1. Health
Guests who have had a tattoo in the past 30 days may not use the hot tub. Guests must tell the \
therapist about any allergy before a treatment. Only the duty therapist may refuse a treatment on \
health grounds.

2. Bookings
Cancel a treatment at least 48 hours before the appointment for free. Later cancellations are \
charged the full price. Guests more than 20 minutes late may lose their booking.
"""

LEVELS: tuple[Difficulty, ...] = ("easy", "medium", "hard")


def _material(text: str) -> Material:
    document = analyse(text)
    return Material.of(document, document.language)


def _fact(material: Material, opening: str) -> Fact:
    return next(f for f in material.facts if f.text.startswith(opening))


def _changed_figures(material: Material, opening: str) -> list[float]:
    """The figures the shared false-statement maker puts in place of the fact's one figure."""
    fact = _fact(material, opening)
    made = false_statements(fact, material.facts, material.text, material.zh)
    return [float(re.findall(r"\d+", p.changed)[0]) for p in made if p.kind == "figure"]


def test_a_scope_under_a_bound_moves_outward_only() -> None:
    """「未满14周岁的儿童不得单独进入深水区」: 未满 was read as 满 (at least), so the maker wrote
    未满10周岁 / 未满12周岁, which every under-14 rule implies. Only an older bound is false.
    "in the past 30 days" was no bound at all: 20 days was as likely as 45."""
    zh, en = _material(RESORT), _material(SPA)
    ages = _changed_figures(zh, "未满14周岁")
    days = _changed_figures(en, "Guests who have had a tattoo")
    assert ages and all(a > 14 for a in ages)
    assert days and all(d > 30 for d in days)


def test_a_permitted_cap_moves_up_only() -> None:
    """「每条泳道最多容纳8人」: up to 8 may swim in a lane, so 6 may too; only 10 is false."""
    people = _changed_figures(_material(RESORT), "每条泳道")
    assert people and all(p > 8 for p in people)


def test_what_a_duty_or_a_denial_leaves_allowed_moves_inward_only() -> None:
    """「值班电工须在10分钟内切断电源，不得自行带电检修」 was read by its last modal (不得), as if
    the 10 minutes were a prohibition's scope: 15 minutes was written, which the rule implies.
    「最高不得超过每小时15公里」: 每小时 hid the denial, and 20公里 (implied) was written.
    "Cancel … at least 48 hours before … for free" says when it is free, not a duty: 72 hours
    is implied (free then too); only an earlier limit is false."""
    resort, spa = _material(RESORT), _material(SPA)
    minutes = _changed_figures(resort, "发现设备漏电")
    speeds = _changed_figures(resort, "电瓶观光车")
    hours = _changed_figures(spa, "Cancel a treatment")
    assert minutes and all(m < 10 for m in minutes)
    assert speeds and all(s < 15 for s in speeds)
    assert hours and all(h < 48 for h in hours)


def test_true_false_and_multiple_choice_write_no_implied_false() -> None:
    """The real builders on the resort's pool section: no item keyed false says 未满10/12周岁
    or a lane of fewer than 8."""
    material = _material(RESORT)
    implied = re.compile(r"未满(?:[1-9]|1[0-3])周岁|最多容纳[1-7]人|在(?:1[1-9]|[2-9]\d)分钟内切断")
    keyed_false: list[str] = []
    for fact in material.facts:
        for level in LEVELS:
            item = true_false(material, fact, level, "泳池", False, only_preferred=True)
            if item is not None:
                keyed_false.append(item.stem)
            made = multiple_choice(material, fact, level, "泳池", set())
            if made is not None:
                question = made[0]
                keyed_false += [o.text for o in question.options if o.key not in question.answer]
    assert keyed_false
    assert not [s for s in keyed_false if implied.search(s)]


def _item(kind: str, statement: str, source: str, zh: bool) -> dict[str, object]:
    if kind == "true_false":
        return {
            "type": "true_false",
            "stem": ("判断正误：" if zh else "True or false: ") + statement,
            "answer": ["false"],
            "explanation": "见原文" if zh else "See the source.",
            "knowledge_point": "泳池" if zh else "Health",
            "difficulty": "easy",
            "source_quote": source,
        }
    return {
        "type": "multiple_choice",
        "stem": "关于“泳池”，以下说法符合课程材料的是（多选）：",
        "options": [
            {"key": "A", "text": "救生员负责开放前检查急救箱，并在《泳池日志》中签字。"},
            {"key": "B", "text": statement},
            {"key": "C", "text": "每条泳道最多容纳10人。"},
            {"key": "D", "text": "观光车司机须持有场内机动车驾驶证。"},
        ],
        "answer": ["A", "D"],
        "explanation": "见原文",
        "knowledge_point": "泳池",
        "difficulty": "easy",
        "source_quote": source,
    }


def _implied_problems(data: dict[str, object], material: str) -> list[str]:
    _, problems = validate_question(data, material, [])
    return [p for p in problems if "still implies" in p]


def test_the_validators_refuse_an_implied_statement_keyed_false() -> None:
    """A model's items, both languages, both directions: a narrower scope (under 12, the past
    20 days, more than 30 minutes late) keyed false is refused; the same statement changed the
    other way is not. A loosened duty (within 15 minutes for 10) is the wrong limit as read:
    designers call it a sound false item, so it passes (the offline writers never make it)."""
    spa_rule = "Guests who have had a tattoo in the past 30 days may not use the hot tub."
    late = "Guests more than 20 minutes late may lose their booking."
    pool_rule = "未满14周岁的儿童不得单独进入深水区。"
    duty = "发现设备漏电，值班电工须在10分钟内切断电源，不得自行带电检修。"
    refused = [
        (_item("true_false", spa_rule.replace("30", "20"), spa_rule, False), SPA),
        (_item("true_false", late.replace("20", "30"), late, False), SPA),
        (_item("multiple_choice", pool_rule.replace("14", "12"), pool_rule, True), RESORT),
    ]
    kept = [
        (_item("true_false", spa_rule.replace("30", "45"), spa_rule, False), SPA),
        (_item("true_false", late.replace("20", "10"), late, False), SPA),
        (_item("multiple_choice", pool_rule.replace("14", "16"), pool_rule, True), RESORT),
        (_item("true_false", duty.replace("10分钟", "5分钟"), duty, True), RESORT),
        (_item("true_false", duty.replace("10分钟", "15分钟"), duty, True), RESORT),
    ]
    for data, material in refused:
        assert _implied_problems(data, material), data
    for data, material in kept:
        assert not _implied_problems(data, material), data


def test_a_limit_word_before_a_prohibition_is_not_flipped() -> None:
    """「电瓶观光车在园区内最高不得超过每小时15公里」 was flipped to 「…最高可以超过每小时15公里」:
    the highest may exceed itself, which no longer reads. Neither the writer nor a model may."""
    material = _material(RESORT)
    fact = _fact(material, "电瓶观光车")
    made = false_statements(fact, material.facts, material.text, material.zh)
    assert made and not [p for p in made if p.kind == "modality"]
    flipped = "电瓶观光车在园区内最高可以超过每小时15公里。"
    data = _item("true_false", flipped, fact.text, True)
    _, problems = validate_question(data, RESORT, [])
    assert any("limit word" in p for p in problems)
