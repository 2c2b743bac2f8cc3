"""A short answer's stem names a part of the material only when the material has that part: on a
material without sections (a title line, then numbered steps or 第N条 articles) the knowledge
point is a key term or a figure, and 「根据课程材料“租赁”部分」 / 'Under "furniture" in the course
material' sends the learner to a heading that is not there. Through the real flow, on material
written for it."""

from __future__ import annotations

from graphs.context import FlowContext
from tests.support.exam_flow import delivered_exam

CAR_RENTAL_STEPS = (
    "汽车租赁门店服务流程\n\n"
    "1. 客户到店后，租赁顾问须核验客户的身份证和驾驶证原件。\n"
    "2. 客户须年满21周岁、驾龄满2年，并签署租赁合同。\n"
    "3. 租赁顾问须收取押金3000元，押金凭证须交客户本人保管。\n"
    "4. 交车前，租赁顾问须与客户共同检查车辆外观，并拍照留存。\n"
)

NIGHT_PHARMACY_ARTICLES = (
    "社区药房夜间值班制度\n\n"
    "第一条 值班药师须在22:00前到岗，并填写交接班记录。\n"
    "第二条 夜间售出的处方须留存2年。\n"
    "第三条 冷藏药品须在2至8摄氏度保存，温度记录每4小时填写一次。\n"
)

FURNITURE_STEPS = (
    "Furniture Delivery Procedure\n\n"
    "1. The dispatcher must confirm the delivery slot with the customer 24 hours before delivery.\n"
    "2. Customers must be home to sign for the furniture when the order is delivered.\n"
    "3. A deposit of $50 is charged for each booking and refunded within 7 days of delivery.\n"
    "4. Drivers must not leave furniture outside the door.\n"
)

SECTIONED = (
    "# 汽车租赁门店规范\n\n"
    "## 一、交车检查\n"
    "交车前，租赁顾问须与客户共同检查车辆外观，并拍照留存。\n"
    "客户须年满21周岁、驾龄满2年，并签署租赁合同。\n\n"
    "## 二、还车\n"
    "车辆须在约定时间前归还，逾期超过2小时的，按半日租金计费。\n"
    "还车时，租赁顾问须检查油量，并在还车单上签字。\n"
)


async def test_no_part_is_named_in_a_chinese_material_without_sections(
    offline_context: FlowContext,
) -> None:
    for material in (CAR_RENTAL_STEPS, NIGHT_PHARMACY_ARTICLES):
        exam = await delivered_exam(offline_context, {"material": material, "short_answer": 1})
        assert [q.type for q in exam.questions] == ["short_answer"], exam.shortfall
        stem = exam.questions[0].stem
        assert stem.startswith("根据课程材料，回答下列问题："), stem
        assert "部分" not in stem


async def test_no_part_is_named_in_an_english_material_without_sections(
    offline_context: FlowContext,
) -> None:
    exam = await delivered_exam(offline_context, {"material": FURNITURE_STEPS, "short_answer": 1})
    assert [q.type for q in exam.questions] == ["short_answer"], exam.shortfall
    stem = exam.questions[0].stem
    assert stem.startswith("Using the course material, answer:"), stem
    assert "Under" not in stem


async def test_a_section_of_the_material_is_still_named(offline_context: FlowContext) -> None:
    exam = await delivered_exam(offline_context, {"material": SECTIONED, "short_answer": 1})
    assert [q.type for q in exam.questions] == ["short_answer"], exam.shortfall
    stem = exam.questions[0].stem
    assert stem.startswith(("根据课程材料“交车检查”部分", "根据课程材料“还车”部分")), stem
