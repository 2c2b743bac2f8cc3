"""Faults found by the independent designer of session 7 (issue 11) on her four materials
(bench/materials/elevator-maintenance-zh, bikeshare-terms-zh, lab-safety-en,
library-membership-faq-en): rules the facts reader missed (a rule with a list, "No … is
permitted", orders, a hand-over in the passive, figures in m/s and mL), slots of a mixed exam that
waited for the last round to take another level, false options that lift a prohibition no learner
would believe lifted, and a short-answer point cut inside its own list. Each test runs the real
flow, facts reader, builders or validators on material written for it."""

from __future__ import annotations

import re
from typing import Any

from bench.labelled_set import material_text
from graphs.context import FlowContext
from graphs.exam_generation.false_statements import false_statements
from graphs.exam_generation.validation import validate_question
from graphs.text import analyse
from graphs.text.facts import facts_for
from tests.support.exam_flow import exam_and_state

WORKSHOP = (
    "# Workshop Safety Rules\n\n"
    "## Protection\n"
    "Hearing protection is mandatory: ear plugs, ear defenders, or a sealed headset.\n"
    "No lone working is permitted on Sundays under any approval.\n\n"
    "## Emergencies\n"
    "Gas leak: any smell of gas in the plant room, however faint.\n"
    "Open the windows, leave the room, and call the Facilities desk on extension 2222.\n"
    "Any burn needing first aid is reported to the Duty Manager before the end of the shift.\n\n"
    "## Extraction\n"
    "A fan whose airflow reads below 1.5 m/s must not be switched on.\n"
    "Spills under 50 mL may be wiped up by the person who caused them.\n"
)


def _fact(text: str, start: str) -> Any:
    return next(f for f in facts_for(analyse(text)) if start in f.text)


def test_rules_without_a_modal_verb_are_facts() -> None:
    """A designer reads each of these as a rule: a duty stated as "is mandatory" with its list,
    "No … is permitted", an order after the case it is for, a hand-over in the passive."""
    protection = _fact(WORKSHOP, "Hearing protection is mandatory")
    assert "obligation" in protection.kinds
    assert "prohibition" in _fact(WORKSHOP, "No lone working").kinds
    order = _fact(WORKSHOP, "Open the windows")
    assert "obligation" in order.kinds
    assert order.text.startswith("Gas leak: any smell of gas")  # the order says when only so
    assert "responsibility" in _fact(WORKSHOP, "Any burn needing first aid").kinds


def test_speeds_and_millilitres_are_figures() -> None:
    fan = _fact(WORKSHOP, "A fan whose airflow")
    spill = _fact(WORKSHOP, "Spills under 50 mL")
    assert [a.text for a in fan.anchors if a.role == "figure"] == ["1.5 m/s"]
    assert [a.text for a in spill.anchors if a.role == "figure"] == ["50 mL"]


async def test_a_mixed_exam_on_a_rule_rich_policy_is_delivered_nearly_whole(
    offline_context: FlowContext,
) -> None:
    """Her lab-safety policy, 4/2/4/4/2 mixed: 7 of 16 came back, no true/false at all, because
    a slot of a mix took another level only in the last round and the reader missed rules."""
    payload = {
        "material": material_text("lab-safety-en"),
        "single_choice": 4,
        "multiple_choice": 2,
        "true_false": 4,
        "fill_blank": 4,
        "short_answer": 2,
        "difficulty": "mixed",
    }
    exam, _ = await exam_and_state(offline_context, payload)
    types = [q.type for q in exam.questions]
    assert types.count("true_false") == 4, exam.shortfall
    assert len(exam.questions) >= 12, exam.shortfall


def elevator_mix() -> dict[str, Any]:
    """Her elevator procedures, 4/2/4/4/2, mixed levels."""
    return {
        "material": material_text("elevator-maintenance-zh"),
        "single_choice": 4,
        "multiple_choice": 2,
        "true_false": 4,
        "fill_blank": 4,
        "short_answer": 2,
        "difficulty": "mixed",
    }


async def test_a_slot_of_a_mix_takes_another_level_in_the_first_round(
    offline_context: FlowContext,
) -> None:
    """Her elevator procedures, 4/2/4/4/2 mixed: a multiple choice or a short answer whose
    part makes another level than the one dealt to it waited for the last round, where the
    other types had taken that part's rules; it is the trainer's mix, so it takes it at once."""
    exam, _ = await exam_and_state(offline_context, elevator_mix())
    types = [q.type for q in exam.questions]
    assert types.count("short_answer") >= 1, exam.shortfall
    assert types.count("multiple_choice") >= 1, exam.shortfall
    assert len(exam.questions) >= 15, exam.shortfall


async def test_a_fallback_multiple_choice_leaves_a_short_answer_its_topic(
    offline_context: FlowContext,
) -> None:
    """Open since session 10 (an easy multiple choice fell back to the topic the second short
    answer was dealt); closed when the first round's claims leave the other slots their part
    (fact_shares.affordable)."""
    exam, _ = await exam_and_state(offline_context, elevator_mix())
    types = [q.type for q in exam.questions]
    assert types.count("short_answer") == 2, exam.shortfall
    assert types.count("multiple_choice") == 2, exam.shortfall


ZH_RULES = (
    "# 设备间管理规定\n\n"
    "## 禁止事项\n"
    "1. 禁止短接配电柜的漏电保护回路进行通电测试。\n"
    "2. 值班员不得私自调整空调机组的设定温度。\n"
    "3. 值班员不得在配电柜前堆放杂物。\n"
    "4. 巡检时发现异响，须在10分钟内报告主管。\n"
)


def test_no_false_statement_lifts_an_order_or_a_rule_that_calls_the_act_wrong() -> None:
    """「允许短接…」 and 「值班员可以私自…」 are false on their face: no learner believes them.
    「值班员可以在配电柜前堆放杂物」 is a fair false: it is the material that forbids it."""
    facts = facts_for(analyse(ZH_RULES))
    made = {
        fact.text[:6]: [s.statement for s in false_statements(fact, facts, ZH_RULES, True)]
        for fact in facts
    }
    assert not any("允许短接" in s for s in made["禁止短接配电"]), made
    assert not any("可以私自" in s for s in made["值班员不得私"]), made
    assert any("可以在配电柜前堆放杂物" in s for s in made["值班员不得在"]), made


def _multiple_choice(false_option: str) -> dict[str, Any]:
    return {
        "type": "multiple_choice",
        "stem": "关于“禁止事项”，以下说法符合课程材料的是（多选）：",
        "options": [
            {"key": "A", "text": "值班员不得在配电柜前堆放杂物。"},
            {"key": "B", "text": false_option},
            {"key": "C", "text": "巡检时发现异响，须在10分钟内报告主管。"},
            {"key": "D", "text": "巡检时发现异响，须在30分钟内报告主管。"},
        ],
        "answer": ["A", "C"],
        "explanation": "原文：“值班员不得在配电柜前堆放杂物。”“巡检时发现异响，须在10分钟内报告主管。”",
        "knowledge_point": "禁止事项",
        "difficulty": "medium",
        "source_quote": "值班员不得在配电柜前堆放杂物。",
    }


def test_the_validators_refuse_a_false_option_that_lifts_such_a_prohibition() -> None:
    """The same rule on a model's multiple choice: the order and the 私自 rule lifted are refused,
    the fair flip passes this check."""
    for lifted in (
        "允许短接配电柜的漏电保护回路进行通电测试。",
        "值班员可以私自调整空调机组的设定温度。",
    ):
        _, problems = validate_question(_multiple_choice(lifted), ZH_RULES, [])
        assert any("lifts a prohibition" in p for p in problems), (lifted, problems)
    _, problems = validate_question(
        _multiple_choice("值班员可以在配电柜前堆放杂物。"), ZH_RULES, []
    )
    assert not any("lifts a prohibition" in p for p in problems), problems


async def test_a_scoring_point_keeps_its_whole_list(offline_context: FlowContext) -> None:
    """ "…is mandatory: ear plugs, ear defenders, or a sealed headset": "closed-toe", "sealed" read
    as verbs cut the point after its first item, teaching a third of the rule."""
    material = (
        "# Site Rules\n\n"
        "## Entry\n"
        "Protective clothing is compulsory: a hard hat, a high-visibility vest, and closed-toe "
        "boots.\n"
        "Visitors must sign in at the gate lodge and wear a visitor badge at all times.\n"
        "Every visitor must be escorted by a member of staff who has completed the site "
        "induction within 12 months.\n"
    )
    payload = {
        "material": material,
        "short_answer": 1,
        "knowledge_points": ["Protective clothing"],
    }
    exam, _ = await exam_and_state(offline_context, payload)
    points = [p for q in exam.questions for p in q.scoring_points]
    clothing = [p for p in points if p.startswith("Protective clothing")]
    assert clothing and clothing[0].endswith("closed-toe boots"), points


async def test_a_short_exam_says_once_what_happened_and_what_it_can_meet(
    offline_context: FlowContext,
) -> None:
    """Her exams repeated a paragraph after every type's line, said "too small" of a material
    with a dozen untested rules, and suggested types it had just failed to make. Since session 18
    a suggestion keeps what the exam made and may add one of a type it missed, only when a run of
    the suggestion delivers it: then the suggestion must deliver in full."""
    payload = {
        "material": material_text("library-membership-faq-en"),
        "single_choice": 4,
        "multiple_choice": 2,
        "true_false": 4,
        "fill_blank": 4,
        "short_answer": 2,
        "difficulty": "mixed",
    }
    exam, _ = await exam_and_state(offline_context, payload)
    assert exam.shortfall
    notes = [gap.reason for gap in exam.shortfall if "This exam has" in gap.reason]
    assert len(notes) == 1, [gap.reason for gap in exam.shortfall]
    made = {
        t: [str(q.type) for q in exam.questions].count(t)
        for t in payload
        if t.endswith(("ce", "se", "nk", "er"))
    }
    assert f"This exam has {len(exam.questions)} of the 16 questions" in notes[0]
    suggested = notes[0].rsplit("ask for ", 1)[1]
    names = {
        "single-choice": "single_choice",
        "multiple-choice": "multiple_choice",
        "true/false": "true_false",
        "fill-in": "fill_blank",
        "short-answer": "short_answer",
    }
    counts = {names[n]: int(c) for c, n in re.findall(r"(\d+) ([a-z/-]+)", suggested) if n in names}
    if any(counts.get(kind) and not made[kind] for kind in ("multiple_choice", "short_answer")):
        # a type the exam could not make is suggested only once a run of the suggestion made it
        # (session 18: the suggestion is written as a check, and delivers)
        assert "written as a check: it delivers in full" in suggested, notes[0]
        rerun, _ = await exam_and_state(
            offline_context, {"material": payload["material"], "difficulty": "mixed", **counts}
        )
        assert not rerun.shortfall, [gap.reason for gap in rerun.shortfall]


POOL_FAQ = (
    "# Lakeside Pool — Members' FAQ\n\n"
    "**Who can swim in the early session?**\n"
    "Adult members may swim from 6:30 to 8:00. Children under 14 must be accompanied by an "
    "adult member.\n\n"
    "**How long can I book a lane for?**\n"
    "Lane bookings last 45 minutes. Members may book up to 3 lanes a week.\n\n"
    "**What does a guest pay?**\n"
    "A guest pays £6 per visit. Each member may bring up to 2 guests a day.\n\n"
    "**How long are lockers kept?**\n"
    "Day lockers: 12 hours. Family Passes (a green wristband): 3 hours. Lockers not emptied by "
    "closing time are opened by the duty manager.\n"
)


async def test_faq_questions_are_the_knowledge_points(offline_context: FlowContext) -> None:
    """Her library FAQ: 20 of 22 items carried the document's title as their knowledge point,
    since the bold questions were not read as what their answers are about."""
    exam, _ = await exam_and_state(offline_context, {"material": POOL_FAQ, "single_choice": 3})
    points = {q.knowledge_point for q in exam.questions}
    assert points and all(p.endswith("?") for p in points), points


def test_a_label_and_its_figure_is_no_statement_to_judge() -> None:
    """ "Quick Reads (books with a yellow spine label): 7 days." answers "How long can I keep
    them?"; as a true/false statement it is a list fragment."""
    source = "Family Passes (a green wristband): 3 hours."
    question = {
        "type": "true_false",
        "stem": f"True or false: {source}",
        "answer": ["true"],
        "explanation": f'Source: "{source}"',
        "knowledge_point": "How long are lockers kept?",
        "difficulty": "easy",
        "source_quote": source,
    }
    _, problems = validate_question(question, POOL_FAQ, [])
    assert any("holds a noun phrase" in p for p in problems), problems


def test_a_negation_with_at_all_is_not_lifted() -> None:
    """ "Reference books … cannot be borrowed at all" lifted reads "can be borrowed at all": no
    English, and the broken grammar gives the answer away. Not written, and refused if written."""
    material = (
        "# Loans\n\n## Reference stock\n\n"
        "Maps and atlases in the reading room cannot be lent out at all.\n"
    )
    facts = facts_for(analyse(material))
    made = [s.statement for f in facts for s in false_statements(f, facts, material, False)]
    assert not any("can be lent out at all" in s for s in made), made
    source = "Maps and atlases in the reading room cannot be lent out at all."
    question = {
        "type": "true_false",
        "stem": "True or false: Maps and atlases in the reading room can be lent out at all.",
        "answer": ["false"],
        "explanation": f'Source: "{source}"',
        "knowledge_point": "Reference stock",
        "difficulty": "easy",
        "source_quote": source,
    }
    _, problems = validate_question(question, material, [])
    assert any("reads only with the negation" in p for p in problems), problems


def test_a_per_unit_cap_after_a_semicolon_is_stated_with_its_clause() -> None:
    """「每个账户每天限2次」 alone caps nothing a learner can name (her 「每个账户每天限……」 cue)."""
    material = (
        "# 取号规则\n\n## 误取号\n\n"
        "取号后3分钟内取消且未叫号的，视为误取号，不计入爽约；每位顾客每天限3次。\n"
    )
    cap = _fact(material, "每位顾客每天限")
    assert cap.text.startswith("取号后3分钟内取消"), cap.text


def test_a_role_glossed_in_brackets_is_not_swapped() -> None:
    """ "The department safety officer (the TA or lecturer on the rota) is responsible for the
    session": the gloss still names the lab supervisor, and gives the false statement away."""
    material = (
        "# Ward Rules\n\n## 1. Roles\n\n"
        "The **shift supervisor** (the senior nurse on the rota) is responsible for the ward and "
        "must be present from the first visitor's arrival until the last visitor leaves.\n"
        "No visitor may enter a bay without a nurse present.\n"
        "The **Ward Safety Officer** investigates incidents, approves exceptions to this policy, "
        "and runs the annual safety training.\n"
    )
    facts = facts_for(analyse(material))
    duty = next(f for f in facts if f.text.startswith("The shift supervisor"))
    made = [s.statement for s in false_statements(duty, facts, material, False)]
    assert not any("safety officer (the senior nurse" in s.lower() for s in made), made
