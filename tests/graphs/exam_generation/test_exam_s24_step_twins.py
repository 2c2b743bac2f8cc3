"""Session 24 (F3): a step measured under two stages, worded differently, names its stage.

The session 23 end designer (D16, m1 FB10) had 「最高温度____，保温____后停火。」 without its firing:
the 素烧 section soaks 30 minutes (「最高温度900℃，保温30分钟后停火」), the 釉烧 section 20 (「升温至
1280℃，保温20分钟」). The two sentences differ, so they were no heading twins; the clause that only
measures the step (保温 and its figure) is the same under both, and its heading is its case. A
duty (「值班员须在1小时内报告」) is no such step: who must act says what it is for.

Own material: an indoor trampoline park's sessions (幼儿场 warms up 5 minutes, 成人场 10).
"""

from __future__ import annotations

import re
from typing import Any

from graphs.exam_generation.validation import validate_question
from graphs.exams import Question
from graphs.text.heading_cases import heading_twin
from tests.support.exam_flow import delivered_exam

SESSIONS = """# 跃动蹦床乐园分场次运营规程

适用人员：教练（负责热身带领与场内巡视）、前台（负责签到与分场）。

一、入场签到
1. 前台须核对每位顾客的预约记录，并发放对应场次的手环。
2. 未满18岁的顾客须由监护人签署《安全须知确认书》。

二、幼儿场（3至6岁）
1. 家长全程陪同，热身5分钟后进场。
2. 每张蹦床同时只允许1名儿童跳跃，教练与儿童人数比例不低于1比6。

三、成人场
1. 进场前观看安全视频，热身10分钟。
2. 空翻动作只允许在专用区进行，专用区每次只允许1人。

四、闭场
1. 教练须在闭场后20分钟内完成全场巡查，并填写《巡场记录》。
"""


def _printed(question: Question) -> list[str]:
    if question.type == "multiple_choice":
        return [f"{question.stem} {o.text}" for o in question.options]
    return [question.stem]


async def test_a_warm_up_is_asked_with_its_session(offline_context: Any) -> None:
    blueprint = {"single_choice": 3, "true_false": 3, "fill_blank": 1}
    exam = await delivered_exam(offline_context, {"material": SESSIONS, **blueprint})
    asked = [s for q in exam.questions for s in _printed(q) if "热身" in s and "带领" not in s]
    assert asked, [q.stem for q in exam.questions]
    assert all(re.search("幼儿场|成人场", s) for s in asked), asked


def test_only_a_measured_step_is_a_twin_across_stages() -> None:
    assert heading_twin("家长全程陪同，热身5分钟后进场。", SESSIONS) is not None
    duties = "# 规程\n\n一、火灾\n1. 值班员须在1小时内报告。\n\n二、停电\n1. 值班员须在2小时内报告经理。\n"
    assert heading_twin("值班员须在1小时内报告。", duties) is None


def test_a_model_item_on_the_step_names_its_session() -> None:
    quote = "家长全程陪同，热身5分钟后进场。"
    item = {
        "type": "fill_blank",
        "stem": "家长全程陪同，热身____后进场。",
        "answer": ["5分钟"],
        "explanation": quote,
        "knowledge_point": "幼儿场",
        "difficulty": "easy",
        "source_quote": quote,
    }
    named = {**item, "stem": "幼儿场（3至6岁），家长全程陪同，热身____后进场。"}
    assert "成人场" in " ".join(validate_question(item, SESSIONS, [])[1])
    assert "成人场" not in " ".join(validate_question(named, SESSIONS, [])[1])
