"""Session 24 (H2): a stem keeps the stage, event and consequence it depends on (issue 11).

The session 23 end designer (D16) found 「窑门留（    ）缝排湿。」 without its stage (素烧0至200℃阶段),
「最高温度____，保温____后停火。」 without its firing (the glaze firing soaks 20, not 30 minutes),
「任何时候窑温超过设定值____以上。」 without its consequence (窑工须立即停止投柴并报告组长, asked alone
in the re-run) and 「值班主管须在（    ）内到场。」 without its emergency. Here a rule's section heading
is stated in front of it when another section says the same kind of fact with another figure
(also under 「二、…」 headings), a stage label (热身阶段：) frames every clause of its rule, a rule
that opens on an event or a threshold crossed is asked whole, and a model's item that prints such
a clause alone is refused.

Own material (not the reviewers' trades): a riding stable's lessons, tack checks and emergencies.
"""

from __future__ import annotations

import re
from typing import Any

from graphs.exam_generation.clause_facts import clause_facts
from graphs.exam_generation.material import Material
from graphs.exam_generation.validation import validate_question
from graphs.exams import Question
from graphs.text import analyse
from tests.support.exam_flow import delivered_exam

STABLE = """# 骏风马术俱乐部骑乘课程与安全规程

适用人员：教练（负责备马、授课、记录）、马房主管（负责马匹健康与异常处置）。

一、上马前检查
1. 教练须在上课前30分钟完成马匹备鞍，并检查肚带、马镫和缰绳。
2. 肚带与马腹之间须能插入两指，马镫长度以学员手臂长度为准。
3. 学员须佩戴符合标准的头盔和护背，鞋跟高度不低于1厘米。

二、初级班课程
1. 热身阶段：慢步不少于10分钟，马匹之间保持2个马身以上的距离。
2. 每节课时长45分钟，其中快步练习不超过15分钟。
3. 初级学员不得进行跳跃练习。

三、高级班课程
1. 热身阶段：慢步不少于5分钟，马匹之间保持3个马身以上的距离。
2. 每节课时长60分钟，其中快步练习不超过30分钟。
3. 跳跃练习的障碍高度不得超过80厘米。

四、应急处置
1. 学员坠马时，教练须立即让其他马匹停下，马房主管须在3分钟内到场。
2. 任何时候马匹体温超过正常值1℃以上，教练须立即停止骑乘并报告马房主管。
3. 马匹受惊奔跑时，学员须抓紧马鬃、身体前倾，不得跳马。
4. 课后教练须在2小时内填写《骑乘记录》，注明马匹状况和学员表现。
5. 发生马匹踢伤、骑手摔伤等事故，教练须立即停止全场骑乘，马场经理须在5分钟内到场。
"""

STABLE_EN = """# Northfield Riding Stables: Lesson and Safety Rules

These rules apply to all instructors and grooms.

1. Before mounting
Instructors must tack up the horse at least 20 minutes before the lesson. The girth must be checked twice before the rider mounts.

2. Beginner lessons
Each lesson lasts 45 minutes. Trotting is limited to 10 minutes per lesson.
Riders keep at least two horse lengths between horses.

3. Advanced lessons
Each lesson lasts 60 minutes. Trotting is limited to 25 minutes per lesson.
Jumps must not be higher than 90 cm.

4. Emergencies
If a rider falls, the instructor must halt every horse in the arena, and the yard manager must arrive within 5 minutes.
Instructors record every lesson in the riding log within 2 hours of its end.
"""
"""Numbered bare titles over their paragraphs: headings too (graphs/text/sentences.py)."""

_CLASSES = ("初级班", "高级班")
_NEEDS_CLASS = ("热身阶段", "慢步不少于", "马身以上的距离", "每节课时长", "快步练习不超过")
"""Facts both classes state with other figures: a stem on one names its class."""
_HALVES = (("超过正常值", "停止骑乘"), ("踢伤", "停止全场骑乘"))
"""A case and what follows from it: a stem that prints one prints the other."""


def _printed(question: Question) -> list[str]:
    """What the learner reads as the item's statements (its stem, a multiple choice's options)."""
    if question.type == "multiple_choice":
        return [f"{question.stem} {o.text}" for o in question.options]
    return [question.stem]


def _lost(text: str) -> list[str]:
    """Why `text` lost its class, stage, event or consequence (empty when it kept them)."""
    said = re.sub(r"（\s*）|_+", "X", text)
    faults = []
    if any(w in said for w in _NEEDS_CLASS) and not any(c in said for c in _CLASSES):
        faults.append("no class")
    if "马身以上的距离" in said and "热身阶段" not in said:
        faults.append("no stage")
    faults += [f"{a} / {b}: one half" for a, b in _HALVES if (a in said) != (b in said)]
    if "到场" in said and not ("坠马" in said or "踢伤" in said):
        faults.append("到场 without its event")
    return faults


def test_the_lost_checks_read_the_faults_reviewers_named() -> None:
    assert _lost("热身阶段：慢步不少于（    ）。") == ["no class"]
    assert "no stage" in _lost("初级班课程，马匹之间保持____马身以上的距离。")
    assert _lost("任何时候马匹体温超过正常值____以上。")
    assert _lost("马场经理须在（    ）内到场。")
    assert _lost("教练须立即停止骑乘并报告马房主管。")
    assert not _lost("初级班课程，热身阶段：马匹之间保持____马身以上的距离。")


async def test_no_delivered_stem_loses_its_class_stage_event_or_consequence(
    offline_context: Any,
) -> None:
    blueprint = {"single_choice": 4, "true_false": 5, "fill_blank": 5, "multiple_choice": 1}
    exam = await delivered_exam(offline_context, {"material": STABLE, **blueprint})
    assert len(exam.questions) >= 10
    lost = [(s, f) for q in exam.questions for s in _printed(q) if (f := _lost(s))]
    assert not lost, lost


async def test_an_english_stem_names_the_class_its_figures_are_for(offline_context: Any) -> None:
    blueprint = {"single_choice": 3, "true_false": 5, "fill_blank": 4}
    exam = await delivered_exam(offline_context, {"material": STABLE_EN, **blueprint})
    asked = [
        s
        for q in exam.questions
        for s in _printed(q)
        if "lesson lasts" in s.lower() or "trotting is limited" in s.lower()
    ]
    assert asked, [q.stem for q in exam.questions]
    assert all(re.search(r"beginner|advanced", s, re.IGNORECASE) for s in asked), asked


def _clauses(text: str) -> dict[str, list[str]]:
    document = analyse(text)
    material = Material.of(document, document.language)
    return {f.text: [c.text for c in clause_facts(f, material)] for f in material.facts}


def test_a_clause_stated_alone_keeps_its_heading_and_stage() -> None:
    clauses = [c for said in _clauses(STABLE).values() for c in said]
    distance = [c for c in clauses if "马身以上的距离" in c]
    assert distance, clauses  # still asked clause by clause, with its frame
    assert all(c.startswith(("初级班课程，热身阶段：", "高级班课程，热身阶段：")) for c in distance)
    # An event or a threshold opens the rule: every clause after it is asked with it.
    assert not [c for c in clauses if "到场" in c or "停止骑乘" in c or "超过正常值" in c]


def _item(kind: str, stem: str, answer: list[str], quote: str) -> dict[str, Any]:
    return {
        "type": kind,
        "stem": stem,
        "answer": answer,
        "explanation": quote,
        "knowledge_point": "应急处置",
        "difficulty": "easy",
        "source_quote": quote,
    }


def _problems(data: dict[str, Any]) -> str:
    return " ".join(validate_question(data, STABLE, [])[1])


def test_a_model_item_that_lost_its_class_or_consequence_is_refused() -> None:
    lesson = "每节课时长45分钟，其中快步练习不超过15分钟。"
    bare = _item(
        "fill_blank", "每节课时长____，其中快步练习不超过____。", ["45分钟", "15分钟"], lesson
    )
    named = _item(
        "fill_blank",
        "初级班课程，每节课时长____，其中快步练习不超过____。",
        ["45分钟", "15分钟"],
        lesson,
    )
    assert "高级班课程" in _problems(bare)
    assert "高级班课程" not in _problems(named)
    fever = "任何时候马匹体温超过正常值1℃以上，教练须立即停止骑乘并报告马房主管。"
    case_only = _item("fill_blank", "任何时候马匹体温超过正常值____以上。", ["1℃"], fever)
    whole = _item("fill_blank", fever.replace("1℃", "____"), ["1℃"], fever)
    assert "threshold" in _problems(case_only)
    assert "threshold" not in _problems(whole)


def test_a_model_item_on_a_later_clause_of_a_staged_rule_names_the_stage() -> None:
    warm_up = "热身阶段：慢步不少于10分钟，马匹之间保持2个马身以上的距离。"
    options = [
        {"key": k, "text": t} for k, t in zip("ABCD", ["2个", "1个", "3个", "4个"], strict=True)
    ]
    bare = {
        **_item(
            "single_choice", "初级班课程，马匹之间保持（    ）马身以上的距离。", ["A"], warm_up
        ),
        "options": options,
    }
    staged = {**bare, "stem": "初级班课程，热身阶段：马匹之间保持（    ）马身以上的距离。"}
    assert "热身阶段" in _problems(bare)
    assert "热身阶段" not in _problems(staged)
