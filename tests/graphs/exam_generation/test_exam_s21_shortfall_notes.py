"""Session 21 (H3): a shortfall note says only what is true of the material.

The session 20 end designer found: a fill-in line saying "a fill-in needs a figure … found none"
over "After 30 days we send a reminder by text.", a short-answer line saying no two rules left
"各含数字、时限或负责人" beside an unused 「新生儿每日测量体温2次（上午8时、下午4时）」, the fragment
"If they bring the ticket." quoted as a rule, and a log whose last round said 16 accepted before
an exam of 17. The lead's material listed 「为规范停车场秩序，…，制定本办法」 as a rule the generator
cannot make a question of: it is why the rules exist, no rule.

Own materials (not the reviewers'): a pharmacy prescription counter FAQ (en), a library's
lending rules (zh), a driving school's rules (zh).
"""

from __future__ import annotations

import re
import uuid
from typing import Any

from langchain_core.runnables import RunnableConfig
from langgraph.checkpoint.memory import InMemorySaver

from graphs.context import FlowContext
from graphs.exam_generation.build import build
from graphs.exam_generation.unread_rules import unread_rules
from graphs.exams import Exam
from graphs.text import analyse
from tests.support.exam_flow import delivered_exam

PHARMACY = """# Greenleaf Pharmacy - Prescription Counter FAQ

## How long do you keep a prescription ready?
We hold a filled prescription for 14 days. After 10 days we phone the patient. After 14 days the medicine goes back to stock.

## Can someone else collect?
Yes, if they know the patient's date of birth. Controlled drugs are only handed to the patient in person.

## Do you deliver?
Deliveries run on weekdays only. A delivery costs £3 within 5 miles of the shop.
"""

LIBRARY = """# 社区图书馆借阅办法

第一条 为规范图书借阅秩序，保护馆藏图书，制定本办法。
第二条 每张借阅证最多可同时借阅5册图书，借期为30天。
第三条 逾期归还的，每册每天收取滞纳金0.2元。
第四条 工具书只能在馆内阅览，不得外借。
"""

DRIVING = """# 驾校学员报名与练车管理规定

## 一、报名
1. 学员报名时须年满18周岁，并提交身份证原件和县级以上医院出具的体检证明。
2. 报名费一次交清后，前台须在2个工作日内为学员建立档案并录入系统。
3. 学员报名后90天内未参加科目一考试的，须由教务主管重新审核档案。

## 二、预约练车
1. 学员须提前24小时在系统内预约练车，每天最多预约2个课时，每个课时为60分钟。
2. 取消预约须在练车前12小时提出，逾期取消的扣除1个课时。
3. 教练不得在非约定时间私自安排学员练车。

## 三、练车安全
1. 学员上车前须系好安全带，教练须检查副刹是否有效。
2. 雨雪天气练车时车速不得超过每小时20公里。
3. 练车车辆每天收车后由教练填写车辆状况表，交车队长签字。

## 四、收费与退费
1. 学员退学的，已学课时按每课时150元扣除，余款在15个工作日内退回。
2. 学员对收费有异议的，应向财务主管书面提出，财务主管须在5个工作日内答复。
"""

FULL = {
    "single_choice": 4,
    "multiple_choice": 3,
    "true_false": 4,
    "fill_blank": 4,
    "short_answer": 2,
}


def test_a_condition_alone_and_the_documents_purpose_are_no_rules() -> None:
    """ "Yes, if they know the patient's date of birth." says when, under its question; 「为…，制定本
    办法」 says why the rules exist. Neither is a rule the generator fails to ask."""
    assert unread_rules(analyse(PHARMACY)) == []
    assert unread_rules(analyse(LIBRARY)) == []


async def test_the_note_claims_no_rule_left_lacks_a_figure(offline_context: FlowContext) -> None:
    """The rules left ("After 10 days we phone the patient.") hold figures: the fill-in and
    short-answer lines say this generator could not use them, not that they hold none."""
    payload = {
        "material": PHARMACY,
        "single_choice": 2,
        "multiple_choice": 1,
        "true_false": 2,
        "fill_blank": 4,
        "short_answer": 1,
    }
    exam = await delivered_exam(offline_context, payload)
    reasons = {line.type: line.reason for line in exam.shortfall}
    assert "fill_blank" in reasons, reasons
    note = " ".join(reasons.values())
    left = re.findall(r'"([^"]+)"', note)
    assert any(re.search(r"\d+ days", rule) for rule in left), note
    assert "found none" not in reasons["fill_blank"]
    assert "could not leave a figure" in reasons["fill_blank"]
    for reason in reasons.values():
        assert "no two of them each state" not in reason, reason
        assert "If they know" not in reason, reason


async def test_the_last_count_logged_is_the_exams(offline_context: FlowContext) -> None:
    """An exam the refill adds to after the last round logs the count it delivers: the last
    "N accepted" line before "exam ready" is the exam's number of questions."""
    graph = build().compile(checkpointer=InMemorySaver())
    config: RunnableConfig = {"configurable": {"thread_id": str(uuid.uuid4())}}
    messages: list[str] = []
    async for mode, chunk in graph.astream(
        {"material": DRIVING, **FULL},
        config,
        context=offline_context,
        stream_mode=["updates", "custom"],
    ):
        if mode == "custom" and isinstance(chunk, dict) and chunk.get("kind") == "progress":
            messages.append(str(chunk["message"]))
    values: dict[str, Any] = dict((await graph.aget_state(config)).values)
    exam = Exam.model_validate(values["exam"])
    counts = [int(m.group(1)) for m in map(re.compile(r"(\d+) accepted").search, messages) if m]
    assert counts, messages
    assert counts[-1] == len(exam.questions), messages
