"""A multiple choice's note names the options the learner got wrong, each with the rule it tests.

Session 15 end teacher T8 and designer D8: for 「A、D」 (B missed) and 「A,B,C,D」 (false C chosen)
the note quoted option A's rule, which the learner had right, and the review list sent her there.
Items are built as the exam writer builds a statements item (its explanation frames, one line a
rule); the papers go through the real grading flow. Own courses: a bus depot (zh), a bank counter
(en).
"""

from __future__ import annotations

from graphs.context import FlowContext
from graphs.exam_generation.phrasing import phrase
from graphs.exams import Language, Option, Question
from tests.support.grading import graded_report, statements_item

DEPOT_RULES = [
    "发车前：驾驶员须绕车检查一周，确认轮胎气压正常。",
    "进出场：车辆在场内行驶速度不得超过5公里/小时。",
    "加油时：发动机必须熄火，车上不得留有乘客。",
    "收车后：须在30分钟内提交行车日志。",
]
BANK_RULES = [
    "Cash over 5,000 pounds must be counted twice in front of the customer.",
    "Tellers must lock their drawer whenever they leave the counter.",
    "A customer without photo ID may not withdraw cash at the counter.",
    "Coin bags are accepted until 3 pm on weekdays.",
]


async def _graded(question: Question, answer: str, context: FlowContext) -> dict:
    language: Language = "zh" if "驾驶员" in question.explanation else "en"
    report = await graded_report(
        [question], {"1": answer}, context, title="s16 choice rules", language=language
    )
    return report


async def test_a_missed_option_is_named_with_its_rule(offline_context: FlowContext) -> None:
    item = statements_item(
        DEPOT_RULES, 1, ("5公里", "15公里"), "zh", point="安全"
    )  # B false; A, C, D keyed
    report = await _graded(item, "A、D", offline_context)
    note = report["questions"][0]["review"]
    assert report["questions"][0]["score"] == 1.5
    assert note.startswith("漏选：C（原文：加油时：发动机必须熄火，车上不得留有乘客）")
    assert "绕车检查" not in note  # option A, answered right, is not the rule to review
    assert [t["fact"] for t in report["review_topics"]] == [DEPOT_RULES[2]]


async def test_a_false_option_chosen_quotes_the_rule_it_distorts(
    offline_context: FlowContext,
) -> None:
    item = statements_item(DEPOT_RULES, 1, ("5公里", "15公里"), "zh", point="安全")
    report = await _graded(item, "A,B,C,D", offline_context)
    note = report["questions"][0]["review"]
    assert report["questions"][0]["score"] == 0
    assert "错选：B（原文：进出场：车辆在场内行驶速度不得超过5公里/小时" in note
    assert "选项将“5公里”改成了“15公里”" in note and "漏选" not in note
    assert [t["fact"] for t in report["review_topics"]] == [DEPOT_RULES[1]]


async def test_an_english_item_names_both_kinds_of_fault(offline_context: FlowContext) -> None:
    item = statements_item(
        BANK_RULES, 3, ("3 pm", "5 pm"), "en", point="safety"
    )  # D false; A, B, C keyed
    report = await _graded(item, "B, D", offline_context)
    note = report["questions"][0]["review"]
    assert note.startswith(
        'Missed: A (the material says: "Cash over 5,000 pounds must be counted twice in front '
        'of the customer."), C (the material says: "A customer without photo ID'
    )
    assert 'Wrongly chosen: D (the material says: "Coin bags are accepted until 3 pm on ' in note
    assert 'the option changes "3 pm" to "5 pm"' in note
    assert "lock their drawer" not in note  # B, chosen rightly
    facts = [t["fact"] for t in report["review_topics"]]
    assert facts == [BANK_RULES[0], BANK_RULES[2], BANK_RULES[3]]


async def test_an_item_whose_options_are_values_keeps_its_source(
    offline_context: FlowContext,
) -> None:
    """Options that are values of one sentence ("which fit the brackets") test one rule: the note
    quotes it, as before."""
    item = Question(
        number=1,
        type="multiple_choice",
        stem="根据课程材料，以下哪些选项应填入括号（多选）：柜台可受理（    ）业务。",
        options=[
            Option(key=k, text=t)
            for k, t in zip("ABCD", ["开户", "挂失", "贷款", "理财"], strict=True)
        ],
        answer=["A", "B"],
        explanation=phrase("zh", "source", quote="柜台可受理开户、挂失业务。"),
        source_quote="柜台可受理开户、挂失业务。",
        score=3,
    )
    report = await graded_report(
        [item], {"1": "A"}, offline_context, title="s16 values", language="zh"
    )
    note = report["questions"][0]["review"]
    # no option's own rule (漏选：B（原文：…）); the learner's answer says what it left out
    assert note.startswith("原文：柜台可受理开户、挂失业务") and "（原文" not in note
    assert "你的答案：A 开户（漏选：B，少选得一半分）" in note, note
