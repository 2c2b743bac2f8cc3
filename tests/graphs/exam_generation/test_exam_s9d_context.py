"""Session 9, fix round 2c (issue 11, exams): multiple choices on an FAQ whose only heading is its
title, shortfall notes that blame the generator where it fell short, and statements that keep the
context they lean on (an 'other', a pronoun 'one', items left where, 以上任一项, 超出范围) or that the
clause after them narrows (「…、销户可通过App办理；销户须本人到营业厅办理」).

Own materials (a car wash FAQ, a pool desk, a cold store, a card desk), not the reviewers'."""

from __future__ import annotations

import re

from graphs.context import FlowContext
from graphs.exam_generation.capacity import small_material_note
from graphs.exam_generation.near_values import near_values, range_ends
from graphs.exam_generation.shortfall_reasons import cannot_make, no_rules
from graphs.text import analyse
from graphs.text.facts import facts_for
from tests.support.exam_flow import delivered_exam

CAR_WASH_FAQ = """# SparkleWash Car Wash FAQ (Attendant Training)

**What wash plans do you sell?**
Basic wash costs $12 per visit. The Unlimited plan costs $35 per month and covers one wash per day. The Premium plan costs $55 per month and adds interior vacuuming twice a month. A new Unlimited member pays a one-time tag fee of $5.

**Which vehicles can go through the tunnel?**
Vehicles must be no taller than 2.1 metres. Trucks with ladder racks must not enter the tunnel. Attendants must fold in mirrors on every vehicle wider than 2 metres before it enters.

**Can I pause my plan?**
Members can pause for at least 1 month and at most 3 months per year. A pause costs $3 per month. Pause requests must be made at least 5 days before the renewal date.

**How do I cancel?**
Members must cancel at least 10 days before the renewal date, by the app or in person; emails are not accepted. Refunds are paid within 14 days to the original card.

**What if my car is damaged?**
Damage must be reported to the shift lead before the car leaves the site. The shift lead must photograph the damage within 15 minutes and file a claim form the same day. Claims above $500 are sent to the insurer within 2 working days.
"""

POOL_DESK = """# Poolside Desk Rules

## Towels and umbrellas
Beach umbrellas are free for Gold guests; other guests can borrow one for $3. Towels must be returned by 8:00 pm. A lost towel is charged at $15.

## Storage
Luggage racks are free but must be cleared by noon; anything left after noon is moved to the store room and kept for 7 days.
"""

COLD_STORE = """# 冷库管理规定

## 温度
1. 库管员每2小时记录一次冷库温度；超出范围时须立即通知维修组，并在1小时后复查。

## 纪律
不得私自带人进入冷库。不得在冷库内吸烟。
违反以上任一项的，每次罚款100元。

## 办卡
开卡、挂失、补卡可在自助终端办理；补卡须本人持身份证到柜台办理。
"""


async def test_an_faq_under_its_title_alone_makes_two_multiple_choices(
    offline_context: FlowContext,
) -> None:
    """Before: 1 of 2, 'only 1 heading still has 4 rules … no two plausible statements that are
    surely false' with 14 rules untested: every multiple choice was 'statements about <the FAQ's
    title>', so the second repeated the first's stem and was refused."""
    exam = await delivered_exam(
        offline_context, {"material": CAR_WASH_FAQ, "multiple_choice": 2, "difficulty": "mixed"}
    )
    assert len(exam.questions) == 2, exam.shortfall
    assert not exam.shortfall
    stems = [q.stem for q in exam.questions]
    assert all("SparkleWash" not in s and "?" in s.split("agree")[0] for s in stems), stems


def test_notes_blame_the_generator_not_the_material() -> None:
    """'…and the material has none' / 'there is none' / 材料中没有 while the generator made such
    options or blanks elsewhere: a note says what this generator could not do."""
    for kind in ("single_choice", "true_false", "fill_blank"):
        told = cannot_make("en", kind, None, 6)
        assert "this generator" in told and "the material has none" not in told, told
        assert "there is none" not in told
        assert "本生成器" in cannot_make("zh", kind, None, 6)
    assert "本生成器" in cannot_make("zh", "multiple_choice", None, 9, (5, 1))
    assert "this generator" in no_rules("en", "Booking and deposits")


def test_no_advice_to_add_material_while_rules_are_untested() -> None:
    blueprint = {"single_choice": 4, "multiple_choice": 2, "fill_blank": 4, "short_answer": 2}
    left = small_material_note("en", 22, blueprint, {"fill_blank": 2, "multiple_choice": 1}, 2)
    assert "add material" not in left.lower() and "2 of them no question of this exam uses" in left
    assert "finds 22 rules" in left
    spent = small_material_note("en", 22, blueprint, {"fill_blank": 2}, 0)
    assert "add material" in spent
    assert "补充" not in small_material_note("zh", 22, blueprint, {"fill_blank": 2}, 3)


def _texts(material: str) -> list[str]:
    return [f.text for f in facts_for(analyse(material))]


def test_a_statement_keeps_what_its_other_and_its_one_stand_for() -> None:
    texts = _texts(POOL_DESK)
    assert "Other guests can borrow one for $3." not in texts
    assert any(t.startswith("Beach umbrellas are free") and "borrow one" in t for t in texts)
    stored = [t for t in texts if "store room" in t]
    assert stored and all(t.startswith("Luggage racks") for t in stored), stored


def test_a_chinese_statement_keeps_its_range_and_its_list_above() -> None:
    texts = _texts(COLD_STORE)
    recheck = [t for t in texts if "复查" in t]
    assert recheck and all(t.startswith("库管员每2小时记录一次冷库温度") for t in recheck), recheck
    assert not any(re.match("违反以上任一项", t) for t in texts), texts


def test_a_clause_the_next_one_narrows_is_no_statement_alone() -> None:
    """「开卡、挂失、补卡可在自助终端办理」 keyed true teaches 补卡 at the kiosk; the clause after it
    says 补卡 is at the counter in person."""
    texts = _texts(COLD_STORE)
    assert not any(
        t.startswith("开卡、挂失、补卡可在自助终端办理") and "柜台" not in t for t in texts
    )
    assert any(t.startswith("补卡须本人") for t in texts)


def test_a_range_option_is_neither_inside_the_key_nor_around_it() -> None:
    """Key 15–20 cm with options 15–18 / 17–20 cm inside it: partly right, hair-splitting."""
    for key in ("15–20 cm", "2–8℃", "3-5个工作日", "40%–60%"):
        low, high = range_ends(key) or (0.0, 0.0)
        for option in near_values(key, 3):
            other_low, other_high = range_ends(option) or (0.0, 0.0)
            assert not (low <= other_low and other_high <= high), (key, option)
            assert not (other_low <= low and high <= other_high), (key, option)
            assert "%" not in key or other_high <= 100


def test_a_department_with_its_title_is_one_role() -> None:
    """'unless their ____ head approves' (department) split the term 'department head'."""
    material = (
        "# Kitchen rules\n\n## Leave\nCooks may swap shifts only if their pastry department "
        "head agrees in writing. Leave requests go to HR at least 14 days ahead.\n"
    )
    anchors = [a.text for f in facts_for(analyse(material)) for a in f.anchors]
    assert "department" not in anchors and any(a.endswith("department head") for a in anchors)


def test_an_answer_to_a_what_if_question_keeps_its_case() -> None:
    """'Staff must separate the dog …' under 'What if my dog bites someone?' dropped the case."""
    material = (
        "# Bike shop FAQ\n\n**What if a rider crashes a rental bike?**\nStaff must photograph "
        "the bike within 30 minutes and file a damage report the same day.\n\n"
        "**What if I lose the lock key?**\nA replacement key costs $15.\n"
    )
    texts = _texts(material)
    assert any(
        t.startswith("If a rider crashes a rental bike, staff must photograph") for t in texts
    )
    assert "A replacement key costs $15." in texts  # "I" is the asker: no case to state
