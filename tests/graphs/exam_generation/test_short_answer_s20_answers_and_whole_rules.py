"""Short answers a designer signs off (session 19 end designer D12 and teacher T12), on own
material: a piercing studio's FAQ (en), a power-bank rental's FAQ (zh), a tool hire's terms (en),
an RV rental's terms (zh); and the reviewers' own examples.

D12: an FAQ whose questions are lines ("Q8. Can customers cancel?" then "A: …") made no short
answer (m4: 0 of 2); a key covered only the under-500元 half of 第八条 (m3 Q11). T12: 'What does
the grand piano cost?' keyed with the pitch raise's 45 dollars (B Q9); 「（1）床垫凹陷深度有什么
规定？（2）凹陷深度有什么规定？」 under the point 属于 (C Q8); the point 弹簧 on a latex question
(C Q7).
"""

from __future__ import annotations

import re

from graphs.context import FlowContext
from graphs.exam_generation.faq_short_answers import answer_group, faq_short_answer
from graphs.exam_generation.item_points import rule_topic
from graphs.exam_generation.material import Material
from graphs.exam_generation.section_short_answers import askable_points, subject_short_answer
from graphs.exam_generation.short_answer_pool import two_rules
from graphs.exam_generation.short_answers import short_answer
from graphs.exam_generation.validation import validate_question
from graphs.exams import Question
from graphs.text import analyse
from tests.support.exam_flow import delivered_exam

PIERCING = """# Steel & Silver Piercing Studio – Front Desk FAQ

Q1. How old do customers have to be?
A: Customers must be 16 or older for any piercing. Customers aged 14 or 15 may get an earlobe piercing only with a parent present, who must sign the consent form.

Q2. What ID do we accept?
A: Staff must see a passport or a photo driving licence. Student cards are not accepted.

Q3. How much does a piercing cost?
A: An earlobe piercing costs £25; a cartilage or nose piercing costs £40. Jewellery is charged separately.

Q4. What is the deposit policy?
A: Bookings need a £10 deposit. The deposit is refunded if the customer cancels at least 48 hours before the appointment; later cancellations lose it.

Q5. Can a customer change jewellery early?
A: Jewellery must not be changed within 6 weeks of an earlobe piercing or within 12 weeks of a cartilage piercing.

Q6. Can customers who have been drinking be pierced?
A: No. Staff must refuse anyone who appears to be under the influence of alcohol.
"""

POWER_BANK = """# 共享充电宝租借常见问题（客服用）

问：租借需要押金吗？
答：信用分550分以上的用户免押金租借；信用分不足550分的用户须支付押金99元。

问：怎么收费？
答：前5分钟免费，之后每小时收费3元。每日封顶30元，累计满99元视为买断。

问：充电宝丢了怎么办？
答：用户须在24小时内在小程序内报失。报失后押金不予退还。
"""

FLORIST = """# Petal & Stem Florists – Delivery FAQ (staff edition)

Q2. How much does delivery cost?
A: Delivery within 5 miles costs £6.95; from 5 to 15 miles it costs £11.95. We do not deliver beyond 15 miles.

Q7. What is the freshness guarantee?
A: Bouquets are guaranteed fresh for 7 days. If they wilt earlier, the customer must send a photo within 48 hours of noticing, and we replace them free of charge.

Q8. Can customers cancel?
A: Orders can be cancelled free of charge up to 24 hours before delivery; later cancellations are refunded at 50%.
"""

TOOL_HIRE = """# HireRight Tool Hire – Terms of Hire

1. A standard day hire of a hand tool costs £12.
2. If the tool is returned after 17:00, a late fee is charged and adds £8.
3. Staff must demonstrate every power tool before it leaves the counter.
4. Hirers must not lend tools to third parties.
5. Breakdowns must be reported within 2 hours by phone.
6. A deposit of £50 is taken for hand tools; a deposit of £200 is taken for power tools.
"""

PIANO = """# Piano Tuning & Home Service Policy

1. A standard tuning of an upright piano costs 90 dollars.
2. A grand piano costs 130 dollars.
3. If the piano has not been tuned for more than 2 years, a pitch raise is required and adds 45 dollars.
4. Technicians must never move a piano more than 1 metre.
5. Technicians must measure room humidity before starting.
"""

RV = """# 房车租赁服务条款

第一条 承租人须年满25周岁，持C1及以上驾驶证满3年。
第二条 单次租期3天以内的押金为2000元，由门店收取；单次租期3天以上的押金为5000元，须刷预授权。
第三条 车辆发生故障的，承租人须在1小时内联系门店，不得自行送修。
第四条 车内严禁吸烟，违者须支付清洁费500元。
"""

HOUSEKEEPING = """# 保洁员上户管理制度

第七条 服务中损坏客户物品的，保洁员须立即告知客户并在30分钟内报告调度员，不得隐瞒。
第八条 物品损坏赔偿：单件价值500元以下的由保洁员承担30%，其余由公司承担；单件价值500元以上的由公司先行赔付，再视责任追偿。
"""

MATTRESS = """# 床垫门店产品与售后条款

1. 退货时床垫须带有原厂防护罩，无污渍、无破损，否则不予退货。
2. 弹簧床垫质保10年，乳胶床垫质保8年，记忆棉床垫质保5年。
3. 床垫凹陷深度超过2.5厘米属于质量问题，由门店免费更换。
4. 凹陷深度在2.5厘米以内属于正常现象，不予更换。
5. 旧床垫回收服务每张收费50元，须在下单时预约。
"""


def _material(text: str) -> Material:
    document = analyse(text)
    return Material.of(document, document.language)


def _short_answers(text: str) -> list[Question]:
    material = _material(text)
    return [
        made[0]
        for fact in material.facts
        for level in ("easy", "medium", "hard")
        if (made := short_answer(material, fact, level, fact.section, set())) is not None
    ]


async def _delivered(context: FlowContext, text: str, **blueprint: int) -> list[Question]:
    exam = await delivered_exam(context, {"material": text, **blueprint})
    return [q for q in exam.questions if q.type == "short_answer"]


async def test_an_faq_of_question_lines_gets_its_short_answers(
    offline_context: FlowContext,
) -> None:
    for text in (PIERCING, FLORIST, POWER_BANK):
        asked = await _delivered(offline_context, text, short_answer=2)
        assert len(asked) == 2, (text[:30], [q.stem for q in asked])
        for question in asked:
            # the stem puts the FAQ's own question, which is the item's topic
            assert question.knowledge_point in question.stem, question.stem
            assert question.knowledge_point.endswith(("?", "？")), question.knowledge_point
            assert not re.match(r"^(?:Q\d|问)", question.knowledge_point)
            assert len(question.scoring_points) >= 2


async def test_a_whole_exam_on_a_question_line_faq_keeps_its_short_answers(
    offline_context: FlowContext,
) -> None:
    asked = await _delivered(
        offline_context,
        PIERCING,
        single_choice=2,
        true_false=2,
        fill_blank=2,
        short_answer=2,
    )
    assert len(asked) == 2, [q.stem for q in asked]


def test_an_faq_answer_is_asked_whole_with_every_rule() -> None:
    material = _material(FLORIST)
    (fact,) = [f for f in material.facts if "refunded at 50%" in f.text]
    question, members = answer_group(material.document, fact.sentence) or ("", [])
    assert question == "Can customers cancel?" and len(members) == 2
    made = next(
        m
        for level in ("easy", "medium", "hard")
        if (m := faq_short_answer(material, fact, level, set())) is not None
    )[0]
    assert made.stem.startswith('A colleague asks: "Can customers cancel?"')  # a staff edition
    assert made.scoring_points == [
        "Orders can be cancelled free of charge up to 24 hours before delivery",
        "Later cancellations are refunded at 50%",
    ]
    assert validate_question(made.model_dump(), FLORIST, [])[1] == []
    # the guarantee's second rule names no word of the question, and is still its answer
    (wilt,) = [f for f in material.facts if "wilt" in f.text and f.lead is None] or [
        f for f in material.facts if "wilt" in f.text
    ]
    guarantee = next(
        m
        for level in ("easy", "medium", "hard")
        if (m := faq_short_answer(material, wilt, level, set())) is not None
    )[0]
    assert validate_question(guarantee.model_dump(), FLORIST, [])[1] == []
    names = [p["name"] for p in askable_points(material) if p["chosen_by"] == "answer"]
    assert "Can customers cancel?" in names


def test_a_point_holds_no_rule_its_ask_does_not_ask() -> None:
    for text, first, second in (
        (TOOL_HIRE, "£12", "£8"),
        (PIANO, "130 dollars", "45 dollars"),
    ):
        material = _material(text)
        assert any(two_rules(material, f) for f in material.facts)
        for question in _short_answers(text):
            for point in question.scoring_points:
                assert not (first in point and second in point), (question.stem, point)


def test_a_key_covers_both_cases_of_a_rule() -> None:
    for text, halves in (
        (RV, ("2000元", "5000元")),
        (HOUSEKEEPING, ("500元以下", "500元以上")),
        (MATTRESS, ("超过2.5厘米", "2.5厘米以内")),
    ):
        asked = _short_answers(text)
        assert asked, text[:20]
        for question in asked:
            for point in question.scoring_points:
                if halves[0] in point or halves[1] in point:
                    assert halves[0] in point and halves[1] in point, (question.stem, point)


def test_a_short_answer_point_names_its_own_topic() -> None:
    material = _material(MATTRESS)
    (latex,) = [f for f in material.facts if "乳胶" in f.text]
    assert rule_topic(material.document, latex) == "床垫"
    for fact in material.facts:
        for level in ("easy", "medium", "hard"):
            made = subject_short_answer(material, fact, level, set())
            assert made is None or "属于" not in made[0].stem, made[0].stem
    for question in _short_answers(MATTRESS):
        assert question.knowledge_point not in ("属于", "床垫门店产品与售后条款"), question.stem
        asks = re.findall(r"（\d）([^（？]+)", question.stem)
        assert not any(
            a.endswith(b) or b.endswith(a) for i, a in enumerate(asks) for b in asks[i + 1 :]
        ), question.stem
