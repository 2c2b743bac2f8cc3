"""Session 23 (H8): short-answer asks that read right and fit one rule.

Session 22 designer: 'What is the rule on the staff admiting anyone who is visibly?' (m2 q12),
「（1）开场前有什么规定？（写明时限）（2）检票时场务员必须逐什么？」 (m1 q14: the frame fits four
timed rules, the second ask is a fragment), and 'What do Priority Pass holders cost?', 'What must
staff do before departure?' (asks that garble, or that several rules answer).

Own materials (not the reviewers' trades): a laundrette's attendant handbook (en) and a bowling
alley's match-day rules (zh).
"""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from graphs.exam_generation.barred_acts import barred_act
from graphs.exam_generation.garbled_asks import garbled
from graphs.exam_generation.material import Material
from graphs.exam_generation.order_asks import order_ask
from graphs.exam_generation.shared_cases import shared_case
from graphs.exam_generation.short_answer_asks import ask
from graphs.text import analyse
from graphs.text.facts import Fact
from tests.support.exam_flow import delivered_exam

LAUNDRETTE = """Bubbles Laundrette: attendant handbook

1. Attendants must not admit anyone who is visibly intoxicated.
2. Loyalty card holders are charged £3 per wash.
3. Attendants must empty the lint filters before closing.
4. Attendants must lock the coin boxes before closing.
5. A service wash costs £9 per load and is ready within 24 hours.
"""

BOWLING = """保龄球馆赛事日管理规范

1. 开赛前20分钟，裁判完成球道检查。
2. 开赛前15分钟，选手须到前台签到。
3. 开赛前10分钟开放观众入场。
4. 开赛前5分钟，广播播报比赛规则。
5. 检票时场务员必须逐张核验门票。
"""


def _material(text: str) -> Material:
    document = analyse(text)
    return Material.of(document, document.language)


def _fact(material: Material, opening: str) -> Fact:
    return next(f for f in material.facts if f.text.startswith(opening))


def test_people_are_asked_what_they_pay_not_what_they_cost() -> None:
    material = _material(LAUNDRETTE)
    holders = _fact(material, "Loyalty card holders")
    asked = ask(holders, holders.text, zh=False)
    assert asked is not None and "cost?" not in asked, asked
    assert asked.startswith("What do loyalty card holders pay?"), asked
    assert garbled("What do loyalty card holders cost?") is not None
    assert garbled("What do Priority Pass holders cost?") is not None
    assert garbled("What does the service wash cost?") is None


def test_a_barred_act_is_not_cut_after_an_adverb() -> None:
    act = barred_act("Attendants must not admit anyone who is visibly intoxicated.")
    assert act is None or not act.endswith("visibly"), act
    material = _material(LAUNDRETTE)
    admit = _fact(material, "Attendants must not admit")
    asked = ask(admit, admit.text, zh=False)
    assert asked is None or "visibly?" not in asked, asked
    # an act the cap ends on a noun stays asked
    assert (
        barred_act("Staff must not leave the front door open at night.")
        == "leaving the front door open"
    )


def test_an_ask_by_a_case_other_rules_share_is_not_made() -> None:
    material = _material(LAUNDRETTE)
    filters = _fact(material, "Attendants must empty")
    asked = ask(filters, filters.text, zh=False)
    assert asked == "What must attendants do before closing?", asked
    assert shared_case(material, filters, asked) is not None
    wash = _fact(material, "A service wash")
    assert shared_case(material, wash, "What does the service wash cost?") is None


def test_a_timed_frame_four_rules_fit_is_not_asked() -> None:
    material = _material(BOWLING)
    entry = _fact(material, "开赛前10分钟")
    assert shared_case(material, entry, "开赛前有什么规定？（写明时限）") is not None
    assert shared_case(material, entry, "开赛前应如何处理？（写明时限和负责人）") is not None


def test_a_measure_adverb_is_not_cut_into_the_asked_object() -> None:
    material = _material(BOWLING)
    tickets = _fact(material, "检票时场务员")
    asked = ask(tickets, tickets.text, zh=True)
    assert asked is None or ("张核验" not in asked and "逐什么" not in asked), asked


def test_a_counted_case_reads_as_english() -> None:
    """'What must staff do after every a set number loads?' of a laundrette FAQ answer."""
    material = _material(
        "# Bubbles Laundrette: questions and answers\n\n## How do I clean the lint filters?\n"
        "Switch the dryer off and brush the filter over the bin after every 10 loads.\n"
    )
    (brush,) = material.facts
    asked = ask(brush, brush.text, zh=False)
    assert asked is None or ("every a set" not in asked and "number loads" not in asked), asked
    assert asked is None or garbled(asked) is None, asked


LAUNDRETTE_FAQ = """Bubbles Laundrette: questions and answers

Q1. How do I check the dryer temperatures?
A: Read each dryer's thermometer at the start of every shift. A reading above 80 degrees C must be reported to your supervisor within 10 minutes.

Q2. When are the washers descaled?
A: The washers must be descaled every 4 weeks. The descaling must be logged on the rota.
"""
LAUNDRETTE_CUSTOMER_FAQ = """Bubbles Laundrette: questions and answers

Q1. Can I leave my washing overnight?
A: Washing left after closing is kept for 7 days. A storage fee of £2 a day must be paid on collection.

Q2. When are the washers descaled?
A: The washers must be descaled every 4 weeks. The descaling is done before opening.
"""


@pytest.mark.parametrize(
    ("material", "asker"),
    [(LAUNDRETTE_FAQ, "A colleague asks"), (LAUNDRETTE_CUSTOMER_FAQ, "A customer asks")],
)
async def test_an_faq_read_by_someone_on_shift_is_a_colleagues(
    offline_context: FlowContext, material: str, asker: str
) -> None:
    """The title says no "staff", but the answers speak to someone working a shift."""
    exam = await delivered_exam(
        offline_context, {"material": material, "short_answer": 2, "language": "en"}
    )
    stems = [q.stem for q in exam.questions if q.type == "short_answer"]
    assert any(s.startswith(asker) for s in stems), stems
    assert not any(
        s.startswith(("A customer asks", "A colleague asks")) and not s.startswith(asker)
        for s in stems
    ), stems


def test_an_orders_object_ends_before_its_adverb() -> None:
    """'What must staff do about the takings twice?' of 'Count the takings twice at …'."""
    asked = order_ask("Count the takings twice at the end of your shift.")
    assert asked is None or not asked.endswith("twice?"), asked
    assert order_ask("Check the fire exits before opening.") is not None


def test_an_ask_cut_after_a_possessive_or_an_intensifier_is_garbled() -> None:
    assert garbled("What is the rule on guests bringing their?") is not None
    assert garbled("What must staff do about the very?") is not None
    assert garbled("What is the rule on guests bringing their own detergent?") is None
