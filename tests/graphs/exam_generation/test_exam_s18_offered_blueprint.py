"""A shortfall note's blueprint keeps every type the exam delivered, at least as many of each
(session 17 end designer D10: m1 delivered a multiple choice and a short answer, yet the note
said "单选题4道、判断题5道、填空题5道"; m3 delivered 4 single choices, yet it said "2 single-choice,
6 true/false, 2 fill-in, 1 short-answer"). What the note offers, a checked suggestion or the
exam's own questions as they are, is read back and compared with the exam (blueprint_check.py).
Own materials: a bicycle repair shop's counter rules (zh) and a ferry terminal's check-in desk
(en), each with a list and its exception, through the real flow."""

from __future__ import annotations

import re

import pytest

from graphs.context import FlowContext
from graphs.exams import TYPE_NAMES, Exam, Language
from tests.graphs.exam_generation.test_exam_s16_shortfall_truth import DELI_POLICY
from tests.graphs.exam_generation.test_exam_s17_multiple_choice_share import AQUARIUM
from tests.support.exam_flow import delivered_exam
from tests.support.trade_materials import (
    BIKE_TERMS,
    COLD_STORE_PROCEDURE,
    FULL_BLUEPRINT,
    PHARMACY_POLICY,
)

BIKE_SHOP = """# 轮转自行车维修店 前台收车与维修规程（2026年版）

适用范围：本规程适用于轮转自行车维修店全体前台接待员和维修技师。

第1条 营业时间。门店每日9:00至19:00收车，18:30以后送来的车辆次日开始维修。

第2条 收车登记。接待员必须当着顾客的面检查车辆外观，并在收车单上记录车架号、颜色和已有划痕。收车单一式两份，顾客保留一份作为取车凭证。

第3条 报价。维修费用超过200元的，技师须先电话告知顾客报价，取得同意后方可动工。接待员不得自行给予任何折扣。

第4条 保修范围。维修后30天内，同一部位因维修质量出现问题的，免费返修。

第5条 不予保修。以下情况不予免费返修：（1）刹车片、内胎、外胎等易损件的正常磨损；（2）顾客自行改装或拆卸过的部位；（3）事故或摔车造成的损坏；（4）在本店以外维修过的部位。例外：新换的内胎在7天内漏气的，可免费更换一次。

第6条 电动自行车。本店只维修48伏以下的电动自行车，锂电池不得在店内充电。残疾人代步车不受电压限制，可优先维修。

第7条 配件。更换下来的旧配件须装袋交还顾客，顾客明确放弃的除外。技师不得使用未经店长认可的副厂配件。

第8条 取车。车辆修好后，接待员须在2小时内短信通知顾客取车。超过15天未取的车辆，每天收取保管费5元。

第9条 试骑。交车前技师必须亲自试骑不少于500米，确认刹车和变速正常。未满14周岁的顾客不得在店内试骑。

第10条 付款。可使用现金、微信或支付宝付款，不接受赊账。老顾客（累计维修10次及以上）可享受工时费九折，由店长确认。

第11条 安全。店内严禁吸烟。技师使用电动工具时必须佩戴护目镜。
"""

FERRY_DESK = """# Harbourline Ferry Terminal: Check-in Desk Procedures

1. Opening. The check-in desk opens 90 minutes before each sailing and closes 30 minutes before departure. Foot passengers arriving after closing must not be checked in.

2. Identity. Check a photo ID for every passenger aged 16 or over. Children under 12 must travel with an adult; unaccompanied minors are never checked in.

3. Vehicles. Cars over 2.1 metres high go to lane 7. Motorcycles board first. Vehicles carrying more than 20 litres of spare fuel must not board.

4. Dangerous goods. The following may not be carried on board: gas cylinders, fireworks, loose petrol cans and any firearm. Exception: a sealed camping gas cartridge under 500 g may be carried if declared at the desk.

5. Pets. Dogs travel in the vehicle or in the kennel area only. Assistance dogs are allowed in the passenger lounge and are not charged.

6. Fares. Staff must never give a discount or waive a change fee themselves. A change to a booking costs 15 EUR unless made more than 48 hours before sailing.

7. Luggage. Each foot passenger may take at most 2 bags of up to 23 kg each. Extra bags cost 10 EUR per bag.

8. Delays. If a sailing is delayed by more than 2 hours, offer every passenger a meal voucher. Tell the duty manager at once.

9. Lost items. Log every lost item in the lost-property book within 1 hour and hand it to the duty manager before the shift ends.

10. Incidents. Never give medicine, even paracetamol. Call the first-aid officer on extension 240.
"""

_OFFERED = {
    "zh": re.compile(r"(?:可把题量定为|本卷已出的)(.+?)(?:（|可直接使用)"),
    "en": re.compile(
        r"(?:For a whole exam from this material, ask for|The questions this exam made \()(.+?)(?: \(|\) can be used)"
    ),
}
_CHECKED = {"zh": "已按此题量试出", "en": "written as a check"}


def _offered(note: str, language: Language) -> dict[str, int]:
    found = _OFFERED[language].search(note)
    assert found is not None, note
    names = {name: kind for kind, name in TYPE_NAMES[language].items()}
    if language == "zh":
        pairs = re.findall(r"(\D+?)(\d+)道", found.group(1).replace("、", ""))
        return {names[name]: int(n) for name, n in pairs}
    return {names[name]: int(n) for n, name in re.findall(r"(\d+) ([a-z/-]+)", found.group(1))}


def _made(exam: Exam) -> dict[str, int]:
    made: dict[str, int] = {}
    for question in exam.questions:
        made[question.type] = made.get(question.type, 0) + 1
    return made


@pytest.mark.parametrize(
    ("material", "language"),
    [
        (BIKE_SHOP, "zh"),
        (FERRY_DESK, "en"),
        # Earlier sessions' materials whose notes moved questions between types: the cold
        # store (4 single choices made, 判断题8道、填空题4道 suggested), the pharmacy, the bike
        # hire terms, the deli and the aquarium keepers (a short answer made, none suggested).
        (COLD_STORE_PROCEDURE, "zh"),
        (PHARMACY_POLICY, "zh"),
        (BIKE_TERMS, "en"),
        (DELI_POLICY, "en"),
        (AQUARIUM, "zh"),
    ],
    ids=[
        "bike-zh",
        "ferry-en",
        "cold-store-zh",
        "pharmacy-zh",
        "bike-hire-en",
        "deli-en",
        "aquarium-zh",
    ],
)
async def test_the_offered_blueprint_keeps_what_the_exam_delivered(
    offline_context: FlowContext, material: str, language: Language
) -> None:
    """The bicycle shop's exam made 3/1/4/2/2 and was told to ask for 3/0/6/3/0: the multiple
    choice and both short answers it had made were gone. Every type the exam made is offered
    at least as many times, and a checked suggestion delivers in full. The cold store's note
    suggested 判断题8道、填空题4道 after an exam of four single choices."""
    exam = await delivered_exam(offline_context, {"material": material, **FULL_BLUEPRINT})
    assert exam.shortfall
    made = _made(exam)
    offered = _offered(exam.shortfall[0].reason, language)
    assert all(offered.get(kind, 0) >= n for kind, n in made.items()), (made, offered)
    if _CHECKED[language] in exam.shortfall[0].reason:
        again = await delivered_exam(offline_context, {"material": material, **offered})
        assert not again.shortfall, (offered, [s.reason[:80] for s in again.shortfall])
        assert len(again.questions) == sum(offered.values())
