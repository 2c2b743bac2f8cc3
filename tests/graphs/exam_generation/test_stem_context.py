"""Stems that keep their context: a statement whose referent ("all four", 三项) or condition ("if
late") is said only in the sentence before is printed with that sentence or not at all, and the
key's source line shows the material's words without the FAQ's "A:" marker. Own materials: a
bakery's custom-cake FAQ and a pet boarding notice."""

from __future__ import annotations

import re

import pytest

from graphs.context import FlowContext
from graphs.exam_generation.lost_context import lost_context
from graphs.exams import Exam
from graphs.text.references import leans_on_previous
from graphs.text.unstated_referents import en_condition_without_subject, referent_elsewhere
from tests.support.exam_flow import delivered_exam

CAKES = """Sweet Crumb Bakery – Custom Cake Orders FAQ

Q: What do we need before baking?
A: A signed design sheet, the pickup date, a contact phone number and the deposit. Baking does not start until all four are in the file.

Q: How is payment handled?
A: A deposit of 40% of the price secures the date. The remainder is due 5 days before pickup; if late, the slot may be released and the deposit kept.

Q: What if a decoration is out of stock?
A: The head baker picks a similar decoration of equal value; the customer must be notified at least 3 days before pickup.

Q: Who may approve a refund?
A: Only the shop manager may approve a refund. Counter staff may not promise refunds.

Q: How long are cakes kept?
A: Uncollected cakes are kept for 24 hours and then discarded.
"""

BOARDING = """宠物寄养服务须知

一、入住
1. 宠物入住须提供疫苗本、驱虫记录和主人身份证。三项齐全后方可办理入住。
2. 寄养费用须在接回宠物时结清；逾期未付的，押金不予退还。
3. 入住前由护理员检查宠物全身，发现宠物原本已有伤口，须当场拍照并请主人签字确认。

二、日常照护
4. 每只犬每天至少遛狗2次，每次不少于20分钟。
5. 喂食须按主人填写的《喂养单》执行，不得擅自更换粮食。
6. 宠物出现呕吐或腹泻的，护理员须在1小时内通知主人和驻店兽医。

三、接回
7. 主人须在约定日期18:00前接回宠物；超过3天未接回的，由店长联系主人。
8. 接回时由前台核对寄养凭证和主人身份证，核对无误后方可交还宠物。
"""

GYM = """健身房会员管理规定

一、违规处理
1. 会员在器械区受伤的，由值班教练先行处理；经查属于会员违规操作的，门店可依据《入会协议》拒绝赔偿。
2. 会员卡遗失须在24小时内挂失，补卡费为20元。
3. 私教课须提前12小时预约，迟到超过15分钟的课程作废。
"""

BLUEPRINT = {"single_choice": 3, "true_false": 4, "fill_blank": 3}


def _statements(exam: Exam) -> list[str]:
    return [q.stem for q in exam.questions if q.type != "short_answer"] + [
        o.text for q in exam.questions for o in q.options
    ]


@pytest.mark.parametrize(
    ("text", "language", "leans"),
    [
        ("Baking does not start until all four are in the file.", "en", True),
        ("The three must be signed by the client.", "en", True),
        ("Both must sign the hand-over sheet.", "en", True),
        ("If late, the slot may be released and the deposit kept.", "en", True),
        ("Once approved, the kit is shipped the same day.", "en", True),
        ("The form, the address and the deposit: all three are required.", "en", False),
        ("The two weeks before the event are the busiest.", "en", False),
        ("If necessary, the manager may extend the hold.", "en", False),
        ("If payment fails, the order is paused.", "en", False),
        ("The customer must be notified at least 3 days before pickup.", "en", True),
        (
            "The baker picks a new topper; the customer must be notified at least 3 days before.",
            "en",
            False,
        ),
        ("三项齐全后方可办理入住。", "zh", True),
        ("两份材料缺一不可。", "zh", True),
        ("须提供疫苗本、驱虫记录和身份证，三项齐全后方可办理。", "zh", False),
        ("每只犬每天至少遛狗2次。", "zh", False),
        ("经查属于会员违规操作的，门店可拒绝赔偿。", "zh", True),
        ("会员受伤的，由值班教练先行处理。经查属于会员违规操作的，门店可拒绝赔偿。", "zh", False),
    ],
)
def test_a_referent_or_condition_said_only_before_is_read(
    text: str, language: str, leans: bool
) -> None:
    found = referent_elsewhere(text, language) or en_condition_without_subject(text)
    assert found is leans


def test_a_condition_with_no_subject_leans_only_on_a_sentence_before() -> None:
    before = "The remainder is due 5 days before pickup;"
    assert leans_on_previous("If late, the slot may be released.", before, "en")
    # Opening its paragraph, the heading is its context: the rule stays a fact of its own.
    assert not leans_on_previous("Once approved, refunds are paid within 5 days.", "", "en")


def test_the_validator_refuses_a_statement_that_leans_on_the_sentence_before() -> None:
    assert lost_context("We ship nothing until all three are checked.", "en") is not None
    assert lost_context("四项齐全后方可发车。", "zh") is not None
    joined = "The rent is due on the 1st. If late, a fee of $25 is added."
    assert lost_context(joined, "en") is None
    told = "A spare key is cut; the tenant must be informed within 2 days."
    assert lost_context(told, "en") is None
    assert lost_context("The tenant must be informed within 2 days.", "en") is not None


async def test_an_faq_stem_never_prints_a_count_or_condition_without_its_context(
    offline_context: FlowContext,
) -> None:
    exam = await delivered_exam(offline_context, {"material": CAKES, **BLUEPRINT})
    for statement in _statements(exam):
        assert not re.search(r"\ball four\b", statement), statement
        assert not re.match(r"^(?:True or false: )?If late,", statement), statement


async def test_a_chinese_stem_never_prints_a_count_without_its_list(
    offline_context: FlowContext,
) -> None:
    exam = await delivered_exam(offline_context, {"material": BOARDING, **BLUEPRINT})
    for statement in _statements(exam):
        if "三项" in statement:
            assert "驱虫记录" in statement, statement


async def test_the_source_line_has_no_faq_answer_marker(offline_context: FlowContext) -> None:
    exam = await delivered_exam(offline_context, {"material": CAKES, **BLUEPRINT})
    assert exam.questions
    for question in exam.questions:
        assert not re.match(r"\s*A\s*[:：]", question.source_quote), question.source_quote
        assert question.source_quote.strip() in CAKES
        for source in question.point_sources:
            assert not re.match(r"\s*A\s*[:：]", source), source


async def test_a_finding_is_asked_with_the_case_it_was_found_of(
    offline_context: FlowContext,
) -> None:
    exam = await delivered_exam(offline_context, {"material": GYM, "short_answer": 1})
    texts = [q.stem for q in exam.questions] + [p for q in exam.questions for p in q.scoring_points]
    assert any("违规操作" in text for text in texts)
    for text in texts:
        for part in re.split(r"[（(]\d[）)]", text):
            if "违规操作" in part:
                assert "器械区受伤" in part, part


async def test_a_telling_is_asked_with_what_is_told(offline_context: FlowContext) -> None:
    exam = await delivered_exam(offline_context, {"material": CAKES, "single_choice": 4})
    told = [q.stem for q in exam.questions if "must be notified" in q.stem]
    assert told, [q.stem for q in exam.questions]
    assert all("decoration" in stem for stem in told), told


def test_a_limit_that_names_nothing_leans_on_the_charge_before() -> None:
    """「单日封顶60元」 after 「…之后每小时5元」 caps that charge; alone it asked a cap of nothing
    (「判断正误：单日封顶50元。」, session 21 lead, a car park's rules)."""
    before = "离场时按时计费：首1小时免费，之后每小时5元，"
    assert leans_on_previous("单日封顶60元。", before, "zh")
    assert leans_on_previous("每次最多借阅5本。", "读者凭证借书，", "zh")
    assert not leans_on_previous("单日封顶60元。", "", "zh")  # opening its paragraph
    assert not leans_on_previous("储物柜单日封顶20元。", before, "zh")  # names what it caps
