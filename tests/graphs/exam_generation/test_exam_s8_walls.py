"""Session 8 (issue 11, exams), the walls two helpers left: an FAQ's question headings are not
headings over each other, the shortfall note counts a part as its builder reads it, and a
sentence whose time limit counts from the one before is stated with it. Through the real flow on
material written for it."""

from __future__ import annotations

import re

from graphs.context import FlowContext
from graphs.exam_generation.material import Material
from graphs.exam_generation.shortfall_reasons import failed_checks
from graphs.exam_generation.standalone import check_stands_alone
from graphs.exams import Question
from graphs.text import analyse
from graphs.text.facts import facts_for
from tests.support.exam_flow import delivered_exam

GYM_FAQ = (
    "# Riverside Gym: Reception FAQ\n\n"
    "Reception staff use these answers with members.\n\n"
    "### When does the gym open?\n\n"
    "The gym opens at 6 am and closes at 11 pm on weekdays. On public holidays it closes at "
    "6 pm.\n\n"
    "### How are classes booked?\n\n"
    "Classes must be booked in the app at least 12 hours in advance. A member who misses 3 "
    "booked classes in a month cannot book for 7 days.\n\n"
    "### Can members freeze a membership?\n\n"
    "A membership may be frozen for up to 2 months a year. The member must ask at reception at "
    "least 5 days before the freeze starts.\n\n"
    "### What about towels?\n\n"
    "Towels are rented for 2 dollars each. A towel not returned by closing time is charged at "
    "15 dollars.\n"
)


def test_an_faq_question_heading_is_no_heading_over_the_next_question() -> None:
    """Under "How are classes booked?" the heading over the rules is the FAQ's title, not
    "When does the gym open?", the question heading before it."""
    material = Material.of(analyse(GYM_FAQ), "en")
    title = "Riverside Gym: Reception FAQ"
    assert {material.part(s) for s in material.document.sections} == {title}


async def test_a_multiple_choice_over_faq_answers_names_the_faq_and_the_note_counts_its_part(
    offline_context: FlowContext,
) -> None:
    """The stem names the FAQ, or exactly the questions whose answers hold every option (never
    one question over another's answers); a second multiple choice has only the rules the first
    left, and the note says how many (3 of 8, not the 2 of one question's answer)."""
    payload = {"material": GYM_FAQ, "multiple_choice": 2, "difficulty": "mixed"}
    exam = await delivered_exam(offline_context, payload)
    assert exam.questions, exam.shortfall
    entries = dict(re.findall(r"### (.+\?)\n\n(.+)\n", GYM_FAQ))
    for question in exam.questions:
        named = [q for q in entries if q in question.stem]
        if not named:
            assert "Riverside Gym" in question.stem
            continue
        for option in question.options:
            opening = " ".join(option.text.split()[:4])
            assert any(opening in entries[q] for q in named), (question.stem, option.text)
    if len(exam.questions) == 1:
        ((missing,),) = [[s for s in exam.shortfall if s.type == "multiple_choice"]]
        used = sum(1 for o in exam.questions[0].options)
        # the FAQ's questions head no part of their own (its title does): told as one part
        assert f"only {8 - used} rules of it no other question uses" in missing.reason, (
            missing.reason
        )


FREEZE_ZH = (
    "# 健身会员卡管理规定\n\n"
    "## 会员卡冻结\n\n"
    "会员可在开卡后60天内申请冻结一次，冻结期最长为30天。超过60天提出的冻结申请，前台不予办理。\n\n"
    "## 退卡\n\n"
    "会员须在购卡后7天内提出退卡，并由店长审批。超过7天申请退卡的，按剩余金额的80%退还。\n"
)

LIBRARY_EN = (
    "# Eastgate Library: Loans\n\n"
    "## Returns\n\n"
    "Books must be returned within 21 days of borrowing, at any branch desk. After 21 days, a "
    "fine of 1 dollar per day is charged to the member's account.\n"
)


def test_a_limit_counted_from_the_sentence_before_is_stated_with_it() -> None:
    """「超过7天申请退卡的…」 counts from 购卡后; "After 21 days, …" from borrowing: the fact
    states the sentence before in front, so the figure counts from something."""
    for text, opening, follow in (
        (FREEZE_ZH, "会员须在购卡后7天内", "超过7天申请退卡的"),
        (LIBRARY_EN, "Books must be returned within 21 days of borrowing", "After 21 days"),
    ):
        facts = facts_for(analyse(text))
        following = [f for f in facts if follow in f.text]
        assert following and all(f.text.startswith(opening) for f in following), facts


async def test_a_question_on_a_limit_counted_from_before_is_asked_with_its_start(
    offline_context: FlowContext,
) -> None:
    """Refused alone, a rule that opens on 超过60天 is now asked, with 开卡后60天内 in front."""
    payload = {"material": FREEZE_ZH, "fill_blank": 4, "difficulty": "mixed"}
    exam = await delivered_exam(offline_context, payload)
    asked = [q.stem for q in exam.questions if "超过" in q.stem]
    assert asked, [q.stem for q in exam.questions]
    assert all("购卡后7天内" in s or "开卡后60天内" in s for s in asked), asked


ALLOWANCES_EN = (
    "# Northwind Travel Allowances\n\n"
    "## Domestic trips\n\n"
    "The daily meal allowance is 40 dollars. Hotel costs are refunded up to 150 dollars a night.\n\n"
    "## Overseas trips\n\n"
    "The daily meal allowance is 70 dollars. Hotel costs are refunded up to 220 dollars a night.\n\n"
    "## Claims\n\n"
    "Claims must be filed within 10 working days after the trip, with every receipt attached.\n"
)

UNIFORMS_ZH = (
    "# 门店员工制服管理\n\n"
    "## 正式员工\n\n"
    "每人每年可免费领取制服3套。制服遗失的，按每套200元赔偿。\n\n"
    "## 实习生\n\n"
    "每人每年可免费领取制服1套。制服遗失的，按每套120元赔偿。\n"
)


def test_a_sentence_whose_heading_is_its_case_is_stated_with_it() -> None:
    """The same sentence with other figures under two headings: the fact names its heading
    (「实习生，制服遗失的，按每套120元赔偿」, "For overseas trips, the daily meal allowance …");
    a sentence said once is stated as written."""
    zh = {f.text for f in facts_for(analyse(UNIFORMS_ZH))}
    assert "实习生，制服遗失的，按每套120元赔偿。" in zh
    assert "正式员工，制服遗失的，按每套200元赔偿。" in zh
    en = {f.text for f in facts_for(analyse(ALLOWANCES_EN))}
    assert "For overseas trips, the daily meal allowance is 70 dollars." in en
    assert any(t.startswith("Claims must be filed") for t in en)


async def test_a_question_on_a_heading_case_names_the_case(offline_context: FlowContext) -> None:
    """Refused before for want of its heading, a rule of either case is asked with it."""
    for text, cases, subject in (
        (UNIFORMS_ZH, ("正式员工", "实习生"), "制服"),
        (ALLOWANCES_EN, ("domestic trips", "overseas trips"), "allowance"),
    ):
        payload = {"material": text, "single_choice": 2, "fill_blank": 2, "difficulty": "mixed"}
        exam = await delivered_exam(offline_context, payload)
        asked = [q.stem for q in exam.questions if subject in q.stem]
        assert asked, [q.stem for q in exam.questions]
        assert all(any(case in stem for case in cases) for stem in asked), asked


def _true_false(stem: str, quote: str) -> Question:
    return Question(
        type="true_false",
        stem=stem,
        answer=["true"],
        explanation="As the material says.",
        knowledge_point="制服",
        difficulty="easy",
        source_quote=quote,
    )


def test_a_model_item_is_refused_without_its_case_or_start_and_the_note_says_so() -> None:
    """A model's item that leaves out the heading (实习生) or the sentence its limit counts from
    (购卡后7天内) is refused; the trainer's note names that condition, not "markup left in" or
    "makes no sense out of context". Stated with it, the item passes."""
    quote = "制服遗失的，按每套120元赔偿。"
    bare = check_stands_alone(_true_false(f"判断正误：{quote}", quote), UNIFORMS_ZH, "zh")
    named = _true_false(f"判断正误：实习生，{quote}", quote)
    assert bare and not check_stands_alone(named, UNIFORMS_ZH, "zh")
    late = "超过7天申请退卡的，按剩余金额的80%退还。"
    counted = check_stands_alone(_true_false(f"判断正误：{late}", late), FREEZE_ZH, "zh")
    assert counted
    note = failed_checks("zh", "true_false", None, 2, [*bare, *counted])
    assert "标题就是它的适用条件" in note and "从前一句所说的时间点起算" in note, note
    assert "标记或标题" not in note and "离开上下文" not in note, note
    told = failed_checks("en", "true_false", None, 2, bare)
    assert "the heading is its condition" in told, told
