"""Session 17 lead's start papers, marked too harshly (four faults), on own kite-shop (zh) and
seed-bank (en) items, graded through the real grading flow.

1. Two blanks naming the two parties of a joint act (须与…共同, "the ____ and the ____ must
   jointly", "together with the ____") given in the other order were 用词不对 both; a one-way act
   (须向…报告, "report to") keeps its order.
2. A total said without its word for the whole (订单价格 for 订单总价, "order price" for "total order
   price") was 用词不对; another owner's amount (运费总价) stays wrong.
3. A point that bundles a check and a record (须查验…，并登记…): the check alone was 未答到.
4. "gaps of no more than 10 centimetres" for "no gap wider than 10 cm" was "contradicted": the
   point's "no gap wider than" was read as ruling gaps out, not as an upper bound.
"""

from __future__ import annotations

from typing import Any

from graphs.context import FlowContext
from graphs.exams import Language, Question
from tests.support.grading import graded_paper


def _fill(stem: str, *keys: str) -> Question:
    quote = stem.removeprefix("填空：").removeprefix("Fill in: ")
    for key in keys:
        quote = quote.replace("____", key, 1)
    return Question(
        number=1, type="fill_blank", stem=stem, answer=list(keys), source_quote=quote, score=2
    )


def _short(stem: str, *points: str) -> Question:
    return Question(
        number=1,
        type="short_answer",
        stem=stem,
        answer=["；".join(points)],
        scoring_points=list(points),
        source_quote=points[0],
        score=2 * len(points),
    )


async def _graded(
    item: Question, answers: list[str], language: Language, context: FlowContext
) -> list[dict[str, Any]]:
    questions = [item.model_copy(update={"number": n}) for n in range(1, len(answers) + 1)]
    papers = {str(n): answer for n, answer in enumerate(answers, start=1)}
    results = await graded_paper(questions, papers, context, title="s17-r1", language=language)
    return [results[n] for n in range(1, len(answers) + 1)]


async def test_joint_parties_in_either_order(offline_context: FlowContext) -> None:
    joint = _fill("填空：每周盘点时，____须与____共同核对风筝库存。", "店员", "仓管员")
    together = _fill("填空：每周盘点时，____要和____一起核对风筝库存。", "店员", "仓管员")
    one_way = _fill("填空：风筝售出后，____须向____报告库存变动。", "店员", "店长")
    swapped = await _graded(joint, ["仓管员；店员"], "zh", offline_context)
    swapped += await _graded(together, ["仓管员 / 店员"], "zh", offline_context)
    assert [r["score"] for r in swapped] == [2, 2], swapped
    kept = await _graded(one_way, ["店长；店员"], "zh", offline_context)
    assert kept[0]["score"] == 0, kept  # who reports to whom is the rule


async def test_joint_parties_in_either_order_en(offline_context: FlowContext) -> None:
    jointly = _fill(
        "Fill in: Before each withdrawal, the ____ and the ____ must jointly check the vault log.",
        "curator",
        "duty technician",
    )
    together = _fill(
        "Fill in: The ____ counts the seed packets together with the ____.",
        "curator",
        "duty technician",
    )
    one_way = _fill(
        "Fill in: The ____ must report each withdrawal to the ____.", "curator", "duty technician"
    )
    swapped = await _graded(jointly, ["duty technician; curator"], "en", offline_context)
    swapped += await _graded(together, ["duty technician, curator"], "en", offline_context)
    assert [r["score"] for r in swapped] == [2, 2], swapped
    kept = await _graded(one_way, ["duty technician; curator"], "en", offline_context)
    assert kept[0]["score"] == 0, kept


async def test_a_total_said_without_its_word_for_the_whole(offline_context: FlowContext) -> None:
    zh = _fill("填空：风筝退货的，退款金额不得超过____。", "订单总价")
    en = _fill("Fill in: A refund for returned seed may not exceed the ____.", "total order price")
    got = await _graded(zh, ["订单价格", "运费总价"], "zh", offline_context)
    assert [r["score"] for r in got] == [2, 0], got
    assert "用词不对" in got[1]["review"]
    got = await _graded(en, ["order price", "shipping price"], "en", offline_context)
    assert [r["score"] for r in got] == [2, 0], got


async def test_the_check_of_a_check_and_record_point_is_part_of_it(
    offline_context: FlowContext,
) -> None:
    item = _short(
        "根据课程材料回答：（1）回收旧风筝须查验什么？（2）回收的旧风筝须经什么检查确定品相？",
        "回收旧风筝须查验顾客本人身份证，并登记姓名、证件号和联系电话",
        "回收的旧风筝须经骨架和蒙面检查确定品相",
    )
    check, record = await _graded(
        item,
        ["查身份证；检查骨架和蒙面", "登记姓名、证件号和电话；检查骨架和蒙面"],
        "zh",
        offline_context,
    )
    for result in (check, record):
        assert "(1) 部分答到" in result["review"], result
        assert result["score"] == 1 + 2, result
    assert "登记姓名" in check["review"].split("(2)")[0]  # the note names the record left out


async def test_an_upper_bound_in_other_words_is_the_point(offline_context: FlowContext) -> None:
    item = _short(
        "What are the kite shop's rules on the display wall and on checking it?",
        "Display kites must be hung together with no gap wider than 10 cm",
        "Staff must check the display lines at least every 30 minutes",
    )
    answers = [
        "Kites have to be hung close together with gaps of no more than 10 centimetres; staff "
        "check the lines every thirty minutes or more often.",
        "Hang the kites together with a gap of at most 10 cm; check the lines at least every "
        "30 minutes.",
        "Kites hang together with gaps of 10 cm or less; check the lines every half hour.",
        "Kites hang together with gaps of more than 10 cm; check the lines every 30 minutes.",
    ]
    *same, turned = await _graded(item, answers, "en", offline_context)
    for result in same:
        assert result["score"] == 4, result
        assert "contradicted" not in result["review"]
    assert "(1) contradicted" in turned["review"], turned  # more than 10 cm is the opposite
    assert turned["score"] == 2


async def test_the_check_of_a_check_and_record_point_is_part_of_it_en(
    offline_context: FlowContext,
) -> None:
    item = _short(
        "What must staff do when lending seed: (1) what do they check and record? (2) when is "
        "the loan entered?",
        "Check the borrower's photo ID and record their name, institution and phone number",
        "Enter each loan in the register within 24 hours",
    )
    check, both = await _graded(
        item,
        [
            "check their ID; enter the loan in the register within 24 hours",
            "check the borrower's photo ID and record their name, institution and phone; "
            "register within 24 hours",
        ],
        "en",
        offline_context,
    )
    assert "(1) partial" in check["review"], check
    assert check["score"] == 1 + 2
    assert both["score"] == 4, both  # counter-case: both duties stated
