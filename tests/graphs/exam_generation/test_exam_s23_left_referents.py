"""Session 23 (H2): a statement keeps the subject, object or rule the sentence before named.

The session 22 end designer (D15) found "Each visit is limited to 2 hours." (the 3-hour limit is
Priority Pass holders', set in the clause before the semicolon), 「顾客明确拒绝后，可以再次推荐」
(recommend what? the membership card of the sentence before), "Free food for anyone else is not
allowed…" (anyone other than whom?) and "For the lunch window (11:00–14:30) that means (    )."
(that: the arrival time the sentence before set). Such a sentence is stated with the one before
it, and a model's item that prints it alone is refused.

Own materials (not the reviewers' trades): a piano shop's course sales (zh) and a petting zoo's
staff notes (en).
"""

from __future__ import annotations

from typing import Any

from graphs.exam_generation.clause_facts import clause_facts
from graphs.exam_generation.material import Material
from graphs.exam_generation.validation import validate_question
from graphs.text import analyse
from tests.support.exam_flow import delivered_exam

PIANO = """# 琴行课程顾问销售规范

## 一、推荐课程
1. 课程顾问向家长推荐购买年卡课程时，须说明退费规则，不得承诺考级通过。家长明确拒绝后，不得再次推荐。
2. 试听课每节不超过30分钟，每位学员限试听1次。

## 二、收费
3. 年卡课程费用为每年9600元，须通过店内收银台支付。
4. 退费申请须在购卡后15天内提交。
5. 学员每月可申请停课1次，须提前2天告知课程顾问。
"""

PETTING_ZOO = """# Petting Zoo Staff Notes

## Feeding
Keepers hand each visiting child one cup of feed at the gate. Feed for anyone else is not allowed, except when a keeper runs a group session.

## Opening
Open the barn 30 minutes before the first tour. For the morning tour (10:00–11:00) that means 9:30.

## Entry
- Season ticket holders may enter for a fee of 4 USD paid at the gate; each visit is limited to 2 hours.
- Day visitors pay 12 USD and may stay until closing.
"""


def _statements(text: str) -> list[str]:
    """Every fact and every clause of one that the writers may state alone."""
    document = analyse(text)
    material = Material.of(document, document.language)
    out = []
    for fact in material.facts:
        out += [fact.text, *(c.text for c in clause_facts(fact, material))]
    return out


def _texts(text: str) -> list[str]:
    document = analyse(text)
    return [f.text for f in Material.of(document, document.language).facts]


def _item(kind: str, stem: str, answer: list[str], quote: str) -> dict[str, Any]:
    return {
        "type": kind,
        "stem": stem,
        "answer": answer,
        "explanation": quote,
        "knowledge_point": "规则" if "\u4e00" <= quote[:1] <= "\u9fff" else "rules",
        "difficulty": "easy",
        "source_quote": quote,
    }


def _problems(data: dict[str, Any], material: str) -> str:
    return " ".join(validate_question(data, material, [])[1])


def test_a_repeated_act_is_stated_with_the_sentence_that_names_its_object() -> None:
    texts = _texts(PIANO)
    assert not [t for t in texts if t.startswith("家长明确拒绝后")], texts
    assert any(
        t.startswith("课程顾问向家长推荐购买年卡课程时") and "不得再次推荐" in t for t in texts
    )


def test_a_clause_that_opens_on_its_modal_is_stated_with_its_subject() -> None:
    statements = _statements(PIANO)
    assert not [s for s in statements if s.startswith("须提前2天")], statements
    assert "学员每月可申请停课1次，须提前2天告知课程顾问。" in statements


def test_anyone_else_that_means_and_a_continued_clause_keep_the_sentence_before() -> None:
    texts = _texts(PETTING_ZOO)
    assert not [t for t in texts if t.startswith(("Feed for anyone", "For the morning", "Each"))]
    assert any(t.startswith("Keepers hand each") and "anyone else" in t for t in texts), texts
    assert any(t.startswith("Open the barn") and "that means 9:30" in t for t in texts), texts
    assert any(
        t.startswith("Season ticket holders may enter") and "limited to 2 hours" in t for t in texts
    ), texts


def test_a_model_item_that_leaves_its_referent_before_is_refused() -> None:
    quote = "家长明确拒绝后，不得再次推荐。"
    alone = _item("true_false", "判断正误：家长明确拒绝后，可以再次推荐。", ["false"], quote)
    assert "repeats an act" in _problems(alone, PIANO)
    whole = "课程顾问向家长推荐购买年卡课程时，须说明退费规则，不得承诺考级通过。家长明确拒绝后，不得再次推荐。"
    item = _item("true_false", f"判断正误：{whole}", ["true"], whole)
    assert "repeats an act" not in _problems(item, PIANO)

    quote = "Feed for anyone else is not allowed, except when a keeper runs a group session."
    alone = _item("true_false", f"True or false: {quote}", ["true"], quote)
    assert "'anyone else'" in _problems(alone, PETTING_ZOO)
    quote = "For the morning tour (10:00–11:00) that means 9:30."
    cloze = _item(
        "fill_blank", "For the morning tour (10:00–11:00) that means (    ).", ["9:30"], quote
    )
    assert "what 'that' means" in _problems(cloze, PETTING_ZOO)


async def test_no_delivered_item_prints_the_sentence_without_what_it_speaks_of(
    offline_context: Any,
) -> None:
    alone = ("家长明确拒绝后", "须提前2天", "Feed for anyone", "For the morning tour", "Each visit")
    for text in (PIANO, PETTING_ZOO):
        exam = await delivered_exam(
            offline_context,
            {"material": text, "true_false": 4, "single_choice": 3, "fill_blank": 2},
        )
        assert exam.questions
        for question in exam.questions:
            said = [question.stem.split("：", 1)[-1].split(": ", 1)[-1]]
            said += [o.text for o in question.options]
            assert not [s for s in said if s.strip().startswith(alone)], question
