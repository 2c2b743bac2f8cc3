"""A short answer's asks are whole questions (session 22 designer, m1 q14 and m2 q12): no
「开馆前有什么规定？」 that four rules of the section answer (20, 15, 10 and 5 minutes before), no
「必须逐什么？」 where the rule reads 「逐张核对」 (逐 makes an adverb of its measure word, it is no
verb), no "anyone who is visibly?" where the rule goes on "visibly drunk", and an English act is
inflected right ("admitting", not "admiting"). Through the real flow, on material written for it:
a museum guide service (zh) and a ferry check-in desk (en)."""

from __future__ import annotations

import re

from graphs.context import FlowContext
from graphs.exam_generation.barred_acts import barred_act, gerund
from graphs.exam_generation.garbled_asks import cut_after_adverb
from graphs.exam_generation.short_answer_asks import ask
from graphs.exam_generation.vague_asks import vague
from graphs.text.document import analyse
from graphs.text.facts import facts_for
from tests.support.exam_flow import delivered_exam

MUSEUM = (
    "# 博物馆讲解服务规范\n\n"
    "## 入馆引导\n"
    "1. 讲解员必须逐张核对参观券的日期和场次。\n"
    "2. 每个讲解团队人数不得超过30人。\n\n"
    "## 展厅讲解\n"
    "3. 讲解员不得在展厅内使用闪光灯拍照。\n"
    "4. 讲解员须在每场讲解结束后10分钟内归还讲解器。\n"
)

OPENING = (
    "# 博物馆讲解服务规范\n\n"
    "## 开馆准备\n"
    "1. 讲解员须在开馆前20分钟到达所负责的展厅，完成巡查。\n"
    "2. 开馆前15分钟，值班主管召开班前会，说明当日团队预约情况。\n"
    "3. 开馆前10分钟开放预约入馆。讲解员必须逐张核对参观券的日期和场次，不得只看姓名放行。\n"
    "4. 展厅灯光在开馆前5分钟调至全亮。\n\n"
    "## 讲解服务\n"
    "5. 每个讲解团队人数不得超过30人。\n"
    "6. 讲解结束后，讲解员须在10分钟内归还讲解器。\n"
)

FERRY = (
    "# Ferry Check-in Desk Rules\n\n"
    "## Check-in\n"
    "1. Foot passengers must check in no later than 30 minutes before departure.\n"
    "2. Vehicles must check in no later than 60 minutes before departure.\n"
    "3. Check-in closes 15 minutes before departure.\n\n"
    "## Conduct\n"
    "4. Staff must not admit anyone who is visibly drunk.\n"
    "5. Staff must not permit passengers to board without a valid ticket.\n"
    "6. Desk staff must check each ticket against photo ID one by one.\n"
    "7. Pets must travel in a closed carrier.\n"
)


async def test_no_chinese_ask_puts_what_after_a_by_each_adverb(
    offline_context: FlowContext,
) -> None:
    exam = await delivered_exam(offline_context, {"material": MUSEUM, "short_answer": 2})
    stems = [q.stem for q in exam.questions]
    assert stems, exam.shortfall
    assert not any(re.search(r"[逐每各]什么", stem) for stem in stems), stems


async def test_no_ask_names_a_time_alone_that_several_rules_keep(
    offline_context: FlowContext,
) -> None:
    payload = {"material": OPENING, "short_answer": 1, "knowledge_points": ["开馆准备"]}
    exam = await delivered_exam(offline_context, payload)
    stems = [q.stem for q in exam.questions]
    assert not any("开馆前有什么规定" in stem for stem in stems), stems
    asked = [ask(f, f.text.rstrip("。"), True) or "" for f in facts_for(analyse(OPENING))]
    assert not any(a.startswith("开馆前有什么规定") for a in asked), asked


def test_a_time_kept_by_a_named_thing_or_act_is_no_loose_ask() -> None:
    assert vague("交接班时有什么规定？", "zh") == "交接班时"
    # what is ruled then is named: the lights, the guide's act once the tour is over
    assert vague("展厅灯光在开馆前有什么规定？", "zh") is None
    assert vague("讲解结束后，讲解员应如何处理？", "zh") is None


async def test_no_english_ask_ends_on_an_adverb_its_rule_goes_on_from(
    offline_context: FlowContext,
) -> None:
    exam = await delivered_exam(offline_context, {"material": FERRY, "short_answer": 2})
    stems = [q.stem for q in exam.questions]
    assert stems, exam.shortfall
    assert not any(re.search(r"\bvisibly\?", stem) for stem in stems), stems
    assert not any(re.search(r"\b(?:admiting|permiting)\b", stem) for stem in stems), stems
    assert not any(re.search(r"permitting passengers\?", stem) for stem in stems), stems


def test_an_act_whose_object_goes_on_with_to_is_not_named_half() -> None:
    assert barred_act("Staff must not permit passengers to board without a ticket") is None
    # "to" that starts a place is where the object ends: the act is named
    assert barred_act("Guests must not take food to the cabins") == "taking food"
    assert barred_act("Drivers must not leave cars outside the ramp") == "leaving cars"


def test_an_adverb_that_ends_its_rules_phrase_is_a_whole_ask() -> None:
    rule = ["Staff must report promptly to the duty officer.", "Guests must leave quietly."]
    assert cut_after_adverb("What must staff do promptly?", rule) is None
    assert cut_after_adverb("How must guests leave quietly?", rule) is None
    assert cut_after_adverb("Who is visibly?", ["Refuse anyone who is visibly drunk."])


def test_a_stressed_last_syllable_doubles_its_consonant() -> None:
    assert [gerund(v) for v in ("admit", "permit", "visit", "re-enter", "tie", "stop")] == [
        "admitting",
        "permitting",
        "visiting",
        "re-entering",
        "tying",
        "stopping",
    ]
