"""Rules stated plainly, without 须/must, are facts a question can test: who does what with no
figure (「由寄养员带宠物到前台」, 「店长每天检查…」, 「接车时与车主绕车一周，逐处确认…」), an
English order whose object has a describing word ("Photograph existing scratches …"), what is
done with a thing in the plain present passive ("Lost chargers are billed at replacement cost."),
a limit counted by its measure word (限领2袋), and such rules as Chinese FAQ answers (问：/答：,
**问题？**). They were read as no fact, so no question tested them and the shortfall note listed
them as rules the generator cannot yet make a question of (session 13 review)."""

from __future__ import annotations

import re

import pytest

from graphs.context import FlowContext
from graphs.text.document import analyse
from graphs.text.facts import facts_for
from tests.support.exam_flow import delivered_exam
from tests.support.trade_materials import FULL_BLUEPRINT

CAR_WASH = """洗车店接车作业规范（门店员工适用）

1. 车辆进店后，由接待员引导车主停入待洗车位，并收好车钥匙。
2. 接车时与车主绕车一周，逐处确认原有划痕和凹陷。
3. 车内贵重物品由车主自行带走，接待员当面清点遗留物品。
4. 洗车工须在40分钟内完成标准洗车，精洗不得超过2小时。
5. 每位会员每月限领2袋免费洗车液。
6. 店长每天检查一次高压水枪的压力读数。
7. 交车前由质检员复查车身和轮毂，复查合格后通知车主取车。
"""

PET_BOARDING_FAQ = """宠物寄养常见问题

问：寄养前要准备什么？
答：主人送宠物时带上疫苗本，前台核对疫苗记录后再办理入住。

问：接回时间怎么安排？
答：接回当天由寄养员带宠物到前台，与主人当面交接。

**寄养期间生病怎么办？**
寄养员发现异常后立即联系主人，并送合作宠物医院就诊。

**可以自带食物吗？**
可以自带，寄养员按主人写明的分量喂食。
"""

PHONE_REPAIR = """FixIt Phone Repair – Counter Rules

Check the phone in front of the customer before taking it in.
Photograph existing scratches before the repair starts.
Note cracked corners on the repair ticket.
Lost chargers are billed at replacement cost.
Water-damaged phones are repaired without a warranty.
Devices left uncollected for more than 60 days are recycled.
The technician tests the screen, camera and speaker before the phone is returned.
"""

GYM_FAQ = """Riverside Gym FAQ

Q: Who cleans the equipment?
A: Members wipe down each machine after use. Staff deep-clean the free-weights area every evening.

Q: What if a locker is broken?
A: Broken locks are invoiced at the locksmith's rate.

Q: When can I train?
A: Members must book a slot at least 2 hours ahead. The gym closes at 22:00.
"""

CASES = [
    (CAR_WASH, "接车时与车主绕车一周"),
    (CAR_WASH, "接待员当面清点遗留物品"),
    (CAR_WASH, "每位会员每月限领2袋"),
    (CAR_WASH, "店长每天检查一次"),
    (PET_BOARDING_FAQ, "接回当天由寄养员带宠物到前台"),
    (PET_BOARDING_FAQ, "寄养员发现异常后立即联系主人"),
    (PHONE_REPAIR, "Photograph existing scratches"),
    (PHONE_REPAIR, "Note cracked corners"),
    (PHONE_REPAIR, "Lost chargers are billed"),
    (PHONE_REPAIR, "Water-damaged phones are repaired"),
    (GYM_FAQ, "Staff deep-clean"),
    (GYM_FAQ, "Broken locks are invoiced"),
]


@pytest.mark.parametrize(("material", "rule"), CASES, ids=[rule for _, rule in CASES])
def test_a_plain_rule_is_a_fact(material: str, rule: str) -> None:
    facts = facts_for(analyse(material))
    assert any(rule in fact.text for fact in facts), rule


@pytest.mark.parametrize(
    "material",
    [CAR_WASH, PET_BOARDING_FAQ, PHONE_REPAIR, GYM_FAQ],
    ids=["zh", "zh-faq", "en", "en-faq"],
)
async def test_the_note_lists_no_plain_rule_as_one_it_cannot_ask(
    offline_context: FlowContext, material: str
) -> None:
    exam = await delivered_exam(offline_context, {"material": material, **FULL_BLUEPRINT})
    note = " ".join(gap.reason for gap in exam.shortfall)
    unaskable = " ".join(m.group(1) or m.group(2) for m in _UNASKABLE.finditer(note))
    for _, rule in (case for case in CASES if case[0] == material):
        assert rule not in unaskable, unaskable


_UNASKABLE = re.compile(
    r"尚不能出题，本卷也未考：((?:「[^」]*」；?)+)"
    r'|cannot yet make a question of, so this exam leaves \w+ untested too: ((?:"[^"]*"(?:; )?)+)'
)
"""The rules the note lists as ones the generator reads as no fact."""


BINDERY = """Oakline Bindery – Order Rules

Paper older than five years is checked by hand before binding.
Finished orders are held at the counter for thirty days.
Each customer is limited to 3 rush orders a month.
"""


@pytest.mark.parametrize(
    ("rule", "figure"),
    [("Paper older than", "five years"), ("Finished orders are held", "thirty days")],
)
def test_a_figure_in_words_is_the_rules_figure(rule: str, figure: str) -> None:
    """ "older than five years": the figure is what a question asks, not a word beside it."""
    facts = [f for f in facts_for(analyse(BINDERY)) if rule in f.text]
    assert facts and any(a.text == figure and a.role == "figure" for a in facts[0].anchors)


def test_a_limit_is_a_rule() -> None:
    assert any("is limited to 3 rush orders" in f.text for f in facts_for(analyse(BINDERY)))


HOMESTAY_FAQ = """民宿入住常见问题

问：押金怎么退？
答：押金在退房当天原路退回。

问：损坏物品怎么办？
答：损坏的房内物品按原价赔偿。

**超时退房怎么收费？**
超时退房按半天房费收取。
"""


@pytest.mark.parametrize("rule", ["押金在退房当天原路退回", "按原价赔偿", "按半天房费收取"])
def test_what_is_done_with_a_thing_is_a_rule(rule: str) -> None:
    """A Chinese FAQ answer that says what is done with a thing (refunded, charged), no 须."""
    assert any(rule in f.text for f in facts_for(analyse(HOMESTAY_FAQ))), rule
