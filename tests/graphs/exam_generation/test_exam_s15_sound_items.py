"""Items a designer signs off (issue 11; session 14 designer D6, session 15 D7 pattern 3): no
false statement made by a change that garbles the sentence, no key the stem's arithmetic or a
role's name gives away, no key that holds a negation, no FAQ fragment or share of an unnamed sum.
Each fault reproduced on own materials (a funeral home, a yacht charter, a zoo, a plant nursery)
through the real flow, and on the validators the model's items meet."""

from __future__ import annotations

import re
from collections.abc import Mapping

from graphs.context import FlowContext
from graphs.exam_generation.only_flips import lift_only
from graphs.exam_generation.validation import validate_question
from graphs.exams import Exam
from tests.graphs.exam_generation.test_exam_s15_rule_elsewhere import YACHT, ZOO
from tests.support.exam_flow import delivered_exam

FUNERAL = """# Quiet Oaks Funeral Home: Staff Rules

## Viewing rooms
Families must book a viewing room at least 2 days ahead. Visitors must sign the condolence book and leave the viewing room by 8 pm. Flowers must be removed from the chapel within 24 hours or they are composted.

## Vehicles
The hearse must be washed after every service and refuelled before 6 pm. Drivers must hold a licence for at least 3 years.

## Records
Urns must be labelled with the family name or they are kept in the store room. The director must approve any refund over 500 dollars.
"""

CHARTER_FAQ = """# Blue Tern Yacht Charter: Booking FAQ

Q: What deposit do you take?
A: 30 percent for charters over 2000 euros. Club members pay 15 percent.

Q: How early must I book?
A: At least 10 days before the charter date.

Q: Can I cancel?
A: Cancel at least 5 days ahead for a full refund. Later cancellations lose the deposit.

Q: Who briefs the guests?
A: The first mate gives the safety briefing before every departure.

Q: Is fuel included?
A: Fuel is included for up to 40 litres per day; extra fuel costs 3 euros per litre.
"""

NURSERY = """# 苗圃生产管理规定

一、育苗
1. 播种前种子须浸泡12小时，浸泡水温不得超过40摄氏度。
2. 嫁接员负责嫁接，质检员负责抽查嫁接成活率。
3. 温室白天温度保持在22至26摄氏度。值班员每3小时检查一次。

二、出圃
4. 苗木出圃前须经质检员检验合格，不合格苗木不得出圃。
5. 因大风、冰冻等恶劣天气导致苗木无法出圃的，发货日期顺延，不收违约金。
6. 客户订购超过500株的，须预付30%的货款；老客户预付10%。
"""

PARTY = """# Sunny Paws Zoo: Keeper Experience Days

A keeper day runs for 6 hours: 4 hours of feeding rounds plus 2 hours in the education centre.
Each keeper takes up to 5 visitors, and a school may book at most 4 keepers (20 visitors).
Visitors under 16 must be accompanied by an adult.
The head keeper must approve any visit to the big cat house.
A keeper day costs 90 euros per visitor.
"""

BLUEPRINT = {"single_choice": 4, "true_false": 5, "fill_blank": 4}


def _statements(exam: Exam) -> list[str]:
    return [q.stem for q in exam.questions if q.type != "short_answer"] + [
        o.text for q in exam.questions for o in q.options
    ]


def _problems(data: Mapping[str, object], material: str) -> list[str]:
    _, problems = validate_question(dict(data), material, [])
    return problems


def test_only_things_are_never_widened_to_anyone() -> None:
    assert lift_only("Only rope fenders may be used.", zh=False) is None
    assert lift_only("只有不锈钢容器才能盛放饲料。", zh=True) is None
    assert lift_only("Only the harbour master may close the channel.", zh=False) is not None
    assert lift_only("只有持证兽医才能给动物注射麻醉剂。", zh=True) is not None


async def test_a_rule_on_what_may_be_used_is_not_widened_to_anyone(
    offline_context: FlowContext,
) -> None:
    exam = await delivered_exam(offline_context, {"material": YACHT, "true_false": 9})
    assert exam.questions
    for statement in _statements(exam):
        assert "not only rope fenders" not in statement, statement


async def test_a_duty_of_two_acts_or_with_its_threat_is_not_relaxed(
    offline_context: FlowContext,
) -> None:
    exam = await delivered_exam(offline_context, {"material": FUNERAL, "true_false": 7})
    assert exam.questions
    for statement in _statements(exam):
        assert not re.search(r"need not [^.]* and (?:leave|refuelled)", statement), statement
        assert not re.search(r"need not [^.]* or (?:they|it) ", statement), statement


def test_the_validator_refuses_a_flip_of_a_two_act_duty() -> None:
    data = {
        "type": "true_false",
        "stem": "True or false: Visitors need not sign the condolence book and leave the "
        "viewing room by 8 pm.",
        "answer": ["false"],
        "knowledge_point": "Viewing rooms",
        "explanation": "The material says visitors must sign and leave by 8 pm.",
        "source_quote": "Visitors must sign the condolence book and leave the viewing room by 8 pm.",
    }
    assert any("second act" in p for p in _problems(data, FUNERAL))


async def test_a_fill_in_key_never_holds_a_negation(offline_context: FlowContext) -> None:
    for material in (ZOO, NURSERY):
        exam = await delivered_exam(offline_context, {"material": material, "fill_blank": 5})
        for question in exam.questions:
            for key in question.answer:
                assert not re.search("无法|不能|不得|无须", key), (question.stem, key)


def test_the_validator_refuses_a_key_spanning_a_noun_and_its_negation() -> None:
    data = {
        "type": "fill_blank",
        "stem": "填空：因大风、冰冻等恶劣天气导致____出圃的，发货日期顺延，不收违约金。",
        "answer": ["苗木无法"],
        "knowledge_point": "出圃",
        "explanation": "材料原文如此。",
        "source_quote": "因大风、冰冻等恶劣天气导致苗木无法出圃的，发货日期顺延，不收违约金。",
    }
    assert any("negation" in p for p in _problems(data, NURSERY))


async def test_no_key_is_arithmetic_on_the_stem(offline_context: FlowContext) -> None:
    payload = {"material": PARTY, "single_choice": 3, "true_false": 3, "fill_blank": 2}
    exam = await delivered_exam(offline_context, payload)
    assert exam.questions
    for question in exam.questions:
        stem = question.stem
        assert not ("(    ) of feeding rounds" in stem or "____ of feeding rounds" in stem), stem
        assert not re.search(r"at most (?:\(    \)|____) \(20 visitors\)", stem), stem
        if question.type == "true_false" and "feeding rounds" in stem:
            assert question.answer == ["true"], stem  # a changed hour breaks its own sum


def test_the_validator_refuses_a_key_the_stem_computes() -> None:
    data = {
        "type": "single_choice",
        "stem": "According to the course material, which option fits the brackets? A keeper day "
        "runs for 6 hours: (    ) of feeding rounds plus 2 hours in the education centre.",
        "options": [
            {"key": "A", "text": "3 hours"},
            {"key": "B", "text": "4 hours"},
            {"key": "C", "text": "5 hours"},
            {"key": "D", "text": "8 hours"},
        ],
        "answer": ["B"],
        "knowledge_point": "Keeper days",
        "explanation": "The material says 4 hours.",
        "source_quote": "A keeper day runs for 6 hours: 4 hours of feeding rounds plus 2 hours in "
        "the education centre.",
    }
    assert any("arithmetic" in p for p in _problems(data, PARTY))
    data["stem"] = str(data["stem"]).replace("runs for 6 hours: ", "runs with ")
    data["source_quote"] = "4 hours of feeding rounds plus 2 hours in the education centre."
    assert not any("arithmetic" in p for p in _problems(data, PARTY))


async def test_a_true_duty_is_not_the_role_name_restated(offline_context: FlowContext) -> None:
    exam = await delivered_exam(offline_context, {"material": ZOO, "true_false": 8})
    for question in exam.questions:
        if question.answer == ["true"]:
            assert "饲养员负责喂养" not in question.stem, question.stem


def test_the_validator_refuses_a_self_named_true_duty() -> None:
    data = {
        "type": "true_false",
        "stem": "判断正误：嫁接员负责嫁接，质检员负责抽查嫁接成活率。",
        "answer": ["true"],
        "knowledge_point": "育苗",
        "explanation": "材料原文如此。",
        "source_quote": "嫁接员负责嫁接，质检员负责抽查嫁接成活率。",
    }
    assert any("common sense" in p for p in _problems(data, NURSERY))


async def test_no_faq_fragment_or_share_of_an_unnamed_sum(offline_context: FlowContext) -> None:
    for material in (CHARTER_FAQ, NURSERY):
        exam = await delivered_exam(offline_context, {"material": material, **BLUEPRINT})
        assert exam.questions
        for statement in _statements(exam):
            text = re.sub(r"^[^:：]*[:：]\s*", "", statement)
            assert not text.startswith("30 percent for charters"), statement
            assert not re.match(r"(?:Club members pay|老客户预付)", text), statement


def test_a_distractor_true_for_the_next_sentence_s_case_is_refused() -> None:
    data = {
        "type": "single_choice",
        "stem": "According to the course material, which option fits the brackets? The deposit "
        "for charters over 2000 euros is (    ).",
        "options": [
            {"key": "A", "text": "15 percent"},
            {"key": "B", "text": "30 percent"},
            {"key": "C", "text": "40 percent"},
            {"key": "D", "text": "50 percent"},
        ],
        "answer": ["B"],
        "knowledge_point": "Deposit",
        "explanation": "The material says 30 percent.",
        "source_quote": "30 percent for charters over 2000 euros.",
    }
    problems = _problems(data, CHARTER_FAQ)
    assert any("'15 percent'" in p and "right too" in p for p in problems), problems
    assert not any("'40 percent'" in p and "right too" in p for p in problems), problems
