"""Session 16 (designer D8 and the lead, session 15): a short answer's asks are questions a
trainer would write about the point's own subject, each hint names the kind of figure its point
holds, and a stem that says 「全部N条」 or names a subject has every rule it asks in its key and
nothing else. Through the real flow, on material written for it (bus depot, bank counter,
supermarket deli, vet clinic)."""

from __future__ import annotations

import re

from graphs.context import FlowContext
from graphs.exams import Question
from tests.support.exam_flow import delivered_exam

DEPOT = (
    "# 城西公交车场安全管理规定\n\n"
    "## 一、场内行车\n"
    "1. 风速超过每秒15米时，调度员须暂停全部发车。\n"
    "2. 车辆钥匙须放在调度室的钥匙柜内，不得留在车上。\n\n"
    "## 二、洗车收费\n"
    "1. 中巴洗车按每小时30元计费，大巴按每小时45元计费，最低收费90元。\n"
    "2. 所有费用须通过车场结算系统支付，洗车工不得私下收取现金。\n"
    "3. 洗车工须在每班结束后30分钟内清点洗车液库存。\n\n"
    "## 三、收车\n"
    "1. 驾驶员停车后须关闭总电源，并拉好手刹；请值班员在收车单上签字确认。\n"
    "2. 末班车须在23:30前回场。\n"
)

BANK = (
    "# 城南支行柜面服务规范\n\n"
    "第一条 营业时间：柜台每日9:00开门，17:00停止办理现金业务。\n"
    "第二条 大额取款：单笔取款超过5万元的，客户须提前1天预约。\n"
    "第三条 卫生与保密：柜员在营业期间发生突发疾病的，由支行负责送医并通知家属；"
    "柜员须对客户的账户信息、交易记录等保密，离职后保密义务持续有效。\n"
    "第四条 印章管理：业务印章由柜员专人保管，下班前须锁入保险柜。\n"
)

DELI = (
    "# 超市熟食档岗位规定\n\n"
    "一、开档检查\n"
    "1. 熟食员须在开门前30分钟完成展柜清洁，展柜温度不高于4℃。\n"
    "2. 切片机由熟食员每班检查一次，刀片松动的须立即停用。\n\n"
    "二、称重售卖\n"
    "1. 购买不足50克的顾客不予单独称重；购买超过5公斤的顾客须经值班主管同意后方可整箱出售。\n"
    "2. 过敏原标签须贴在每盒熟食的盒盖上，熟食员须主动提醒顾客。\n"
    "3. 试吃品须用牙签分装，每份不超过10克。\n\n"
    "三、收档\n"
    "1. 当日未售完的熟食须在闭店前全部下架，不得次日再售。\n"
    "2. 下架熟食由值班主管登记后统一报损。\n"
)

VET = (
    "# Riverside Vet Clinic - Front Desk Rules\n\n"
    "## Accepting items\n"
    "Reception staff must not accept controlled drugs, needles longer than 5 cm, or unlabelled "
    "medicine bottles. Returned pet carriers must be cleaned within 2 hours of their return.\n\n"
    "## Visitors\n"
    "Children under 14 must stay with an adult in the waiting room. Visitors must not lift dogs "
    "heavier than 20 kg onto the scales. Pensioners over 70 pay half for vaccinations.\n\n"
    "## Group bookings\n"
    "Group bookings need a minimum of 6 animals and a deposit of GBP 40, paid at booking. "
    "Group bookings must be confirmed by the practice manager within 3 days.\n"
)


async def _short_answers(context: FlowContext, material: str, *points: str) -> list[Question]:
    payload = {"material": material, "short_answer": len(points), "knowledge_points": list(points)}
    exam = await delivered_exam(context, payload)
    return [q for q in exam.questions if q.type == "short_answer"]


def _asks(question: Question) -> list[str]:
    return [a.strip() for a in re.split(r"[（(]\d[）)]\s*", question.stem)[1:]] or [question.stem]


async def test_a_speed_is_hinted_as_a_speed_and_a_place_asked_where(
    offline_context: FlowContext,
) -> None:
    (question,) = await _short_answers(offline_context, DEPOT, "场内行车")
    asks = _asks(question)
    assert any("速度" in a for a in asks), asks  # 每秒15米 is a speed
    assert not any("距离或尺寸" in a or "每秒一定距离" in a for a in asks), asks
    assert not any(a.startswith("车辆钥匙") and "什么？" in a for a in asks), asks
    assert any("放在哪里" in a for a in asks), asks


async def test_an_hourly_rate_is_no_case_and_tiers_are_not_asked_by_the_first(
    offline_context: FlowContext,
) -> None:
    questions = await _short_answers(offline_context, DEPOT, "洗车收费")
    for question in questions:
        for ask in _asks(question):
            # 「中巴洗车按每小时有什么规定？」: 每小时 read as a case (…时)
            assert "每小时有什么规定" not in ask, ask
            assert not re.match(r"^中巴洗车.*是多少", ask), ask  # asks one of three figures


async def test_a_procedures_last_step_after_a_semicolon_is_in_its_key(
    offline_context: FlowContext,
) -> None:
    (question,) = await _short_answers(offline_context, DEPOT, "收车")
    key = question.answer[0]
    if "关闭总电源" in key:
        assert "收车单上签字确认" in key, key


async def test_a_subject_named_only_by_a_label_is_not_asked_whole(
    offline_context: FlowContext,
) -> None:
    exam = await delivered_exam(offline_context, {"material": BANK, "short_answer": 2})
    for question in exam.questions:
        # 「关于保密，…全部两条」 whose first point is on a sudden illness
        assert "关于保密" not in question.stem, question.stem
        assert "关于卫生" not in question.stem, question.stem


async def test_every_rule_of_a_section_asked_whole_is_in_its_key(
    offline_context: FlowContext,
) -> None:
    exam = await delivered_exam(offline_context, {"material": DELI, "short_answer": 3})
    for question in exam.questions:
        if "“称重售卖”部分" in question.stem:
            assert "5公斤" in question.answer[0], question.answer


async def test_english_asks_name_the_whole_list_an_age_and_a_count(
    offline_context: FlowContext,
) -> None:
    exam = await delivered_exam(offline_context, {"material": VET, "short_answer": 3})
    asks = [a for q in exam.questions if q.type == "short_answer" for a in _asks(q)]
    assert asks, exam.shortfall
    for ask in asks:
        assert "accepting controlled drugs" not in ask, ask  # one of a list of three
        assert "a set number" not in ask, ask  # children under 14: an age
        assert "dogs heavier" not in ask, ask  # the comparative before its figure
        assert "percentage" not in ask, ask  # "pay half" is a share
        if ask.startswith("What is the rule on group bookings?"):
            assert "number of animals" in ask, ask


COWORK = (
    "# Hub Coworking - Member Desk Rules\n\n"
    "## Desk bookings\n"
    "A standard desk booking lasts 4 hours. Members must check in at the front desk before "
    "taking a desk. Meeting rooms must be booked through the member app.\n\n"
    "## Guests\n"
    "Each member may bring 2 guests per day. Guests must sign the visitor book on arrival.\n"
)


async def test_how_long_a_thing_lasts_is_asked_as_how_long(offline_context: FlowContext) -> None:
    (question,) = await _short_answers(offline_context, COWORK, "Desk bookings")
    asks = _asks(question)
    assert not any(a.startswith("What is the rule on the standard desk booking") for a in asks)
    if "lasts 4 hours" in question.answer[0]:
        assert any(a.startswith("How long does the standard desk booking last?") for a in asks)
