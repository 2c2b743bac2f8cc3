"""Session 9, fix round 2 (issue 11, exams): rules with no figure are facts with terms, a clause
after ； with a subject of its own is read, 24:00 is a time of day, and every offline question
says why it is easy, medium or hard."""

from __future__ import annotations

from pathlib import Path

from api.cli.render import render_exam
from graphs.context import FlowContext
from graphs.exam_generation.false_statements import flip_modality
from graphs.exam_generation.material import Material
from graphs.exam_generation.standalone import check_stands_alone
from graphs.exam_generation.statement_builders import fill_blank
from graphs.exams import Question
from graphs.text import analyse
from graphs.text.anchors import anchors_of
from graphs.text.facts import facts_for
from graphs.text.lexicon import Lexicon
from graphs.text.quantities import parse_quantities, same_quantity
from graphs.text.terms import CLOCK_PATTERN
from tests.support.exam_flow import delivered_exam

HOUSEKEEPING = Path("bench/materials/hotel-housekeeping-zh.md")
"""The independent designer's material: long enough that 工作卡 and 橡胶手套 are not among its 80
heaviest words, which is how a rule without a figure lost its terms."""

CONVENIENCE_STORE = (
    "# 便利店员工操作规范\n\n"
    "## 收银\n\n"
    "收银员交班时必须当面清点备用金，差额超过50元须报告店长。收银员不得将收银台钥匙交给他人。\n\n"
    "## 烟酒销售\n\n"
    "销售香烟和酒类时须查验顾客身份证；未满18周岁者一律不得购买。员工不得在营业时间内饮酒。\n\n"
    "## 食品安全\n\n"
    "鲜食柜温度须保持在0至4℃。过期食品必须当日下架并登记在报损单上，严禁重新上架。"
    "热柜中的关东煮最长售卖时间为4小时。\n\n"
    "## 会员\n\n"
    "储物手环不得转借他人使用，违者取消会员资格。卫生间每2小时检查一次，检查后须在清洁记录表上签字。\n"
)


def _fact(material: str, words: str) -> tuple[Material, object]:
    document = analyse(material)
    material_ = Material.of(document, document.language)
    return material_, next(f for f in material_.facts if words in f.text)


def test_a_rule_without_a_figure_has_the_terms_of_its_rule() -> None:
    """工作卡不得转借他人使用 / 使用化学清洁剂时必须佩戴橡胶手套: who or what the rule is about is
    its term, not nothing; a clause without a modal (违者按严重违纪处理) gives none."""
    document = analyse(HOUSEKEEPING.read_text(encoding="utf-8"))
    assert "工作卡" not in document.terms and "手套" not in document.terms  # the fault's cause
    facts = {f.text: f for f in facts_for(document)}
    card = next(f for text, f in facts.items() if text.startswith("工作卡不得转借"))
    assert [a.text for a in card.anchors] == ["工作卡"]
    gloves = next(f for text, f in facts.items() if "橡胶手套" in text)
    assert "橡胶手套" in [a.text for a in gloves.anchors]


def test_only_the_clauses_of_a_rule_lend_their_terms() -> None:
    document = analyse(HOUSEKEEPING.read_text(encoding="utf-8"))
    lexicon = Lexicon.of(document.text, "zh")
    text = "工作卡不得转借他人使用，违者按严重违纪处理。"
    assert anchors_of(text, document, lexicon) == []  # no weighed term, and no rule span given
    terms = [a.text for a in anchors_of(text, document, lexicon, ((0, 11),))]
    assert terms == ["工作卡"]


def test_a_rule_without_a_figure_makes_a_fill_in_and_a_flip() -> None:
    """The blank is the rule's whole term; the flip drops the penalty clause that would argue
    against it (储物手环可以转借他人使用，违者取消会员资格 contradicts itself)."""
    material, card = _fact(HOUSEKEEPING.read_text(encoding="utf-8"), "工作卡不得转借")
    question = fill_blank(material, card, "easy", "工作卡与钥匙管理")  # type: ignore[arg-type]
    assert question is not None and question.answer == ["工作卡"]
    _, band = _fact(CONVENIENCE_STORE, "储物手环")
    flips = flip_modality(band, zh=True)  # type: ignore[arg-type]
    assert [f.statement for f in flips] == ["储物手环可以转借他人使用。"]


def test_a_clause_after_a_semicolon_with_its_own_subject_is_a_rule() -> None:
    """「…须查验顾客身份证；未满18周岁者一律不得购买」: a rule of its own, stated with the clause
    before it (what they may not buy); its figure is its own."""
    facts = facts_for(analyse(CONVENIENCE_STORE))
    minors = next(f for f in facts if "未满18周岁者" in f.text)
    assert minors.text.startswith("销售香烟和酒类时须查验顾客身份证")
    assert [a.text for a in minors.anchors] == ["18周岁"]
    alone = Question(
        type="true_false",
        stem="判断正误：未满18周岁者一律不得购买。",
        answer=["true"],
        source_quote="未满18周岁者一律不得购买。",
    )
    assert check_stands_alone(alone, CONVENIENCE_STORE, "zh")


def test_twenty_four_hundred_is_a_time_of_day() -> None:
    """当日24:00前 / 次日0:00 / "by 24:00" are one instant; 24:30 is no time."""
    midnight = [parse_quantities(t)[0][0] for t in ("当日24:00前", "次日0:00起", "by 24:00")]
    assert all(q.dimension == "clock" for q in midnight)
    assert same_quantity(midnight[0], midnight[1]) and same_quantity(midnight[0], midnight[2])
    assert [m.group() for m in CLOCK_PATTERN.finditer("须在当日24:00前归还")] == ["24:00"]
    assert not CLOCK_PATTERN.search("24:30")


async def test_every_offline_question_says_why_it_is_at_its_level(
    offline_context: FlowContext,
) -> None:
    payload = {
        "material": CONVENIENCE_STORE,
        "single_choice": 2,
        "multiple_choice": 1,
        "true_false": 2,
        "fill_blank": 1,
        "difficulty": "mixed",
    }
    exam = await delivered_exam(offline_context, payload)
    assert len(exam.questions) >= 4, exam.shortfall
    assert all(q.difficulty_reason for q in exam.questions)
    view = render_exam(exam.model_dump(mode="json"))
    first = exam.questions[0]
    level = {"easy": "易", "medium": "中", "hard": "难"}[first.difficulty]
    assert f"{level}：{first.difficulty_reason}" in view


def test_an_exam_item_without_a_reason_still_loads() -> None:
    """The field is optional: JSON written before it validates and renders as before."""
    old = {"type": "true_false", "stem": "判断正误：…", "answer": ["true"], "difficulty": "easy"}
    question = Question.model_validate(old)
    assert question.difficulty_reason == ""
