"""Session 9 (issue 11, exams): the rules a trainer counts in a shift-handover procedure are read
as facts, so the shortfall note counts them: a duty of 交班人员 / 接班人员 (staff named by their
shift, not anyone's 人员) and a step given as an order with its time (巡查后，在…打卡)."""

from __future__ import annotations

from graphs.text import analyse
from graphs.text.facts import facts_for

KITCHEN_HANDOVER = (
    "# 中央厨房交接班制度\n\n"
    "## 一、交接内容\n"
    "1. 交班人员在接班人员到岗前不得离岗。\n"
    "2. 交班人员填写交接记录，写明未完成的备料。\n"
    "3. 交接班时，双方当面清点刀具和温度计。\n"
    "4. 收市后，关闭燃气总阀。\n"
    "5. 停电后，检查冷库门是否关严。\n"
    "6. 施工人员凭工程部的施工单进入后厨。\n"
)


def _facts(material: str) -> list[str]:
    return [f.text for f in facts_for(analyse(material))]


def test_handover_duties_and_timed_orders_are_rules() -> None:
    facts = _facts(KITCHEN_HANDOVER)
    for rule in ("不得离岗", "填写交接记录", "当面清点刀具", "关闭燃气总阀", "检查冷库门"):
        assert any(rule in f for f in facts), (rule, facts)


def test_anyones_people_state_no_duty() -> None:
    """「施工人员凭…进入」: 施工人员 may be a contractor's; no staff duty is read into it."""
    assert not any("施工人员" in f for f in _facts(KITCHEN_HANDOVER))
