"""Session 24 (F3): a deadline duty keeps the event told in the sentence before it (issue 11).

The lead's 龙舟 policy 「第七条 训练中发生翻船，队员应抓住船身等待救援，不得独自游向岸边。安全艇须在
3分钟内到达现场。」 gave 「安全艇须在（    ）内到达现场。」: the event (发生翻船) is the article's
sentence before, and the stem lost it (as 「值班主管须在（    ）内到场」 in session 23). Here such a
duty is asked with its event in front (「…发生顾客受伤时，值班经理须在（    ）内到达现场。」), only the
event, not the rest of the sentence before; a model's item that drops it is refused.

Own material: an indoor trampoline park's floor rules, in Chinese and in English.
"""

from __future__ import annotations

from typing import Any

import pytest

from graphs.exam_generation.validation import validate_question
from graphs.exams import Question
from graphs.text.event_deadlines import deadline_alone, event_lead, event_of
from tests.support.exam_flow import delivered_exam

PARK = """# 跃动蹦床乐园场地安全管理规定

第一条 本规定适用于乐园全体教练、安全员和前台人员。

第二条 入场前，安全员须检查每位顾客是否穿着防滑袜，未穿防滑袜者不得进入蹦床区。

第三条 每张蹦床同一时间只允许1人跳跃，6岁以下儿童须由家长陪同。

第四条 安全员须在每天开园前30分钟完成蹦床网面和弹簧的检查，并填写《设备检查表》。

第五条 蹦床区发生顾客受伤，安全员应立即吹哨暂停全场跳跃，不得移动伤者。值班经理须在3分钟内到达现场。

第六条 发现蹦床网面破损，安全员应立即封闭该蹦床并挂出停用牌。维修人员须在24小时内完成更换。

第七条 每场跳跃时长60分钟，场次之间清场10分钟。
"""

PARK_EN = """# Bounce Hall Trampoline Park: Floor Safety Rules

These rules apply to all coaches, floor marshals and front desk staff.

1. Entry
Every jumper must wear grip socks on the trampoline floor. Children under 6 must be accompanied by a parent.

2. Daily checks
Floor marshals must inspect every trampoline bed and spring at least 30 minutes before opening.

3. Injuries
If a jumper is injured, the floor marshal must stop all jumping at once and must not move the jumper. The duty manager must arrive within 3 minutes.

4. Sessions
Each session lasts 60 minutes. The floor is cleared for 10 minutes between sessions.
"""

_DUTIES = {"到达现场": "顾客受伤", "完成更换": "网面破损", "must arrive": "a jumper is injured"}
"""A deadline duty and the event it runs from."""


def _printed(question: Question) -> list[str]:
    if question.type == "multiple_choice":
        return [f"{question.stem} {o.text}" for o in question.options]
    return [question.stem]


@pytest.mark.parametrize(
    ("material", "blueprint"),
    [
        (PARK, {"single_choice": 4, "true_false": 2, "fill_blank": 1}),
        (PARK_EN, {"single_choice": 3, "true_false": 3, "fill_blank": 1}),
    ],
)
async def test_a_deadline_duty_is_asked_with_the_event_before_it(
    offline_context: Any, material: str, blueprint: dict[str, int]
) -> None:
    exam = await delivered_exam(offline_context, {"material": material, **blueprint})
    asked = [
        (s, e) for q in exam.questions for s in _printed(q) for d, e in _DUTIES.items() if d in s
    ]
    assert asked, [q.stem for q in exam.questions]
    assert all(event in said for said, event in asked), asked
    # Only the event: the rest of the sentence before is another item's (不得移动伤者).
    assert not [s for s, _ in asked if "移动伤者" in s or "move the jumper" in s], asked


def test_only_a_duty_with_a_bare_deadline_takes_the_event() -> None:
    assert event_lead("值班经理须在3分钟内到达现场。", PARK.split("\n")[10][4:], "zh") == (
        "蹦床区发生顾客受伤时，",
        "值班经理须在3分钟内到达现场。",
    )
    assert deadline_alone("The duty manager must arrive within 3 minutes.", "en")
    # A deadline that says what it runs from, or a sentence before that opens on no event.
    assert not deadline_alone("服务工程师须在接单后24小时内联系用户。", "zh")
    assert not deadline_alone("The duty manager must arrive within 3 minutes of the call.", "en")
    assert event_of("入场前，安全员须检查每位顾客是否穿着防滑袜。", "zh") is None
    assert event_of("学员坠马时，教练须立即让其他马匹停下。", "zh") == "学员坠马时"
    assert (
        event_of("Every jumper must wear grip socks, and socks are sold at the desk.", "en") is None
    )


def _item(stem: str, answer: str, options: list[str], quote: str) -> dict[str, Any]:
    return {
        "type": "single_choice",
        "stem": stem,
        "options": [{"key": k, "text": t} for k, t in zip("ABCD", options, strict=True)],
        "answer": [answer],
        "explanation": quote,
        "knowledge_point": "安全事故处置",
        "difficulty": "easy",
        "source_quote": quote,
    }


def test_a_model_item_that_drops_the_event_is_refused() -> None:
    quote = "值班经理须在3分钟内到达现场。"
    minutes = ["3分钟", "1分钟", "5分钟", "10分钟"]
    bare = _item("值班经理须在（    ）内到达现场。", "A", minutes, quote)
    whole = {**bare, "stem": "蹦床区发生顾客受伤时，值班经理须在（    ）内到达现场。"}
    assert "顾客受伤" in " ".join(validate_question(bare, PARK, [])[1])
    assert "顾客受伤" not in " ".join(validate_question(whole, PARK, [])[1])
    quote_en = "The duty manager must arrive within 3 minutes."
    spans = ["3 minutes", "1 minute", "5 minutes", "10 minutes"]
    bare_en = {
        **_item("The duty manager must arrive within (    ).", "A", spans, quote_en),
        "knowledge_point": "Injuries",
    }
    whole_en = {
        **bare_en,
        "stem": "If a jumper is injured, the duty manager must arrive within (    ).",
    }
    assert "a jumper is injured" in " ".join(validate_question(bare_en, PARK_EN, [])[1])
    assert "a jumper is injured" not in " ".join(validate_question(whole_en, PARK_EN, [])[1])
