"""An FAQ question asked with its topic (session 24 designer D17, m4 q11): 'A colleague asks:
"What do I do?"' cut the case the FAQ line states before its question ("A customer wants to
order a book we don't have."). Own material: a library makerspace's volunteer FAQ (en, zh).
"""

from __future__ import annotations

from graphs.context import FlowContext
from graphs.exam_generation.faq_short_answers import asks_its_topic
from tests.support.exam_flow import delivered_exam

MAKERSPACE = """# Riverside Library Makerspace — Volunteer FAQ

**Q: What time should I arrive for an evening session?**
A: Volunteers arrive at 17:30. The makerspace opens to members at 18:00.

**Q: A member wants to use the laser cutter but has not done the induction. What do I do?**
A: Take a 10-pound induction fee and enter the booking on the members system. Inductions run every Tuesday at 18:30. The fee is returned if they pass within 30 days.

**Q: How long can a member book a printer?**
A: A member may book one printer for up to 4 hours at a time. Bookings must be made at the front desk at least 1 day ahead.
"""

MAKERSPACE_ZH = """# 图书馆创客空间志愿者常见问题

问：晚场活动几点到岗？
答：志愿者须在17:30到岗。创客空间18:00对会员开放。

问：会员想用激光切割机，但还没有参加安全培训。我该怎么办？
答：须先收取培训费10元，并在会员系统中登记预约。培训每周二18:30举行。会员在30天内通过培训的，培训费予以退还。

问：会员可以预约3D打印机多久？
答：每位会员每次最多预约1台打印机，时长不超过4小时。预约须至少提前1天在前台办理。
"""


async def test_a_question_leaning_on_its_case_is_asked_with_it(
    offline_context: FlowContext,
) -> None:
    for text, case in ((MAKERSPACE, "laser cutter"), (MAKERSPACE_ZH, "激光切割机")):
        exam = await delivered_exam(offline_context, {"material": text, "short_answer": 3})
        asked = [q for q in exam.questions if q.type == "short_answer"]
        fee = [q for q in asked if "18:30" in " ".join(q.answer)]
        assert fee, [q.stem for q in asked]
        # the stem states the case its question leans on, not only "What do I do?"
        assert case in fee[0].stem, fee[0].stem


def test_a_question_of_question_words_alone_names_no_topic() -> None:
    for leaning in ("What do I do?", "Can I?", "我该怎么办？", "怎么办？"):
        assert not asks_its_topic(leaning), leaning
    for named in ("How long can a member book a printer?", "会员卡丢了怎么办？"):
        assert asks_its_topic(named), named
