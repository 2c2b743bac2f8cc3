"""Asking one more multiple choice never delivers fewer questions in all (session 23, h1: a
grooming policy's 4/2/4/4/2 delivered 9 where 4/1/4/4/2 delivered 13). A multiple choice rests
on four rules: on a material with fewer rules than the blueprint rests on, the second one took
the rules a short answer, a fill-in and a single choice were written on with one fewer asked.
Own material: a cemetery's reception and burial rules (zh, eleven articles with figures),
through the real flow. Before the fix: 4/2/4/4/2 delivered 11 and 3/2/3/3/1 10, where 4/1/4/4/2
delivered 13 and 3/1/3/3/1 11."""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from graphs.exams import QUESTION_TYPES
from tests.support.exam_flow import delivered_exam

CEMETERY = """# 松岭墓园 接待与安葬服务规范（2026年版）

适用范围：本规范适用于松岭墓园全体接待员、安葬工和管理员。

第1条 开放时间。墓园每日7:30至17:00对外开放，清明节前后10天延长至18:30。闭园前30分钟停止入园。

第2条 购墓登记。接待员必须核验购墓人的身份证，并在登记簿上记录墓位编号、逝者姓名和联系电话。登记簿一式两份，购墓人保留一份作为凭证。

第3条 价格。墓位价格以公示价为准，接待员不得私自给予任何优惠。单笔费用超过5万元的，须经园长签字确认。

第4条 维护费。墓位维护费每20年缴纳一次，逾期满3年未缴纳的，墓园须书面通知购墓人。

第5条 安葬预约。安葬须提前3个工作日预约，每天安葬不超过12场。雨雪天气不得进行露天封穴作业。

第6条 祭扫规定。园内严禁焚烧纸钱和燃放鞭炮。祭扫人员可在指定的集中祭祀区使用电子蜡烛。

第7条 骨灰寄存。骨灰寄存期限最长为3年，每年收取寄存费300元。寄存到期后未续存的，管理员须电话通知家属。

第8条 车辆。园内车速不得超过10公里每小时，大型客车须停放在北门停车场。残疾人车辆可驶入园区内部道路。

第9条 迁墓。迁出墓位须由购墓人本人到场办理，并提交迁出申请。迁墓作业须在上午11:00前完成。

第10条 安全。安葬工使用起吊设备时必须佩戴安全帽。未满12周岁的儿童须由成人陪同入园。

第11条 投诉。接待员收到投诉后须在24小时内登记，并在5个工作日内答复家属。
"""


def _blueprint(counts: str) -> dict[str, int]:
    return dict(zip(QUESTION_TYPES, map(int, counts.split("/")), strict=True))


@pytest.mark.parametrize("fewer", ["4/1/4/4/2", "3/1/3/3/1"])
async def test_one_more_multiple_choice_never_delivers_fewer_questions(
    offline_context: FlowContext, fewer: str
) -> None:
    asked = _blueprint(fewer)
    one_more = {**asked, "multiple_choice": asked["multiple_choice"] + 1}
    base = await delivered_exam(offline_context, {"material": CEMETERY, **asked})
    more = await delivered_exam(offline_context, {"material": CEMETERY, **one_more})
    assert len(more.questions) >= len(base.questions), (
        [q.type for q in base.questions],
        [q.type for q in more.questions],
    )
    assert any(q.type == "multiple_choice" for q in more.questions)
    # Every slot short has a reason a trainer reads, in the exam's language.
    for short in more.shortfall:
        assert "no question passed validation" not in short.reason, short.reason
        assert "多选题" in short.reason or short.type != "multiple_choice", short.reason
