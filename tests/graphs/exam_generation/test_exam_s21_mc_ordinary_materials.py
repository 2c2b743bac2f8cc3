"""Session 21 (H3): a multiple choice on an ordinary 1,000-1,500-character material.

The lead's four fresh materials with a 4/3/4/4/2 blueprint delivered no multiple choice at all
(0 of 12; "only 1 rule no other question uses is left, while a multiple-choice question needs
4") while every true/false came back. Three causes: every short answer claimed before any
multiple choice, so on a material too small for them all the multiple choices' claims were the
ones dropped (fact_shares.claim_order: now in turn); a heading of two or three rules held too
few whole rules for four statements (clause_statements: a rule's clauses, or its case with each
of its clauses, are statements of their own); and the multiple choice was dealt the point
richest in facts, whose rules the single-fact items ask clause by clause, so it cost the exam
four items (choice_points: the point where its statements cost the fewest items).

Own materials (not the reviewers'): a driving school's rules (zh), a gym's membership terms
(zh, case clauses only).
"""

from __future__ import annotations

from graphs.context import FlowContext
from graphs.exam_generation.clause_statements import case_clauses
from graphs.exam_generation.material import Material
from graphs.text import analyse
from tests.support.exam_flow import delivered_exam

DRIVING = """# 驾校学员报名与练车管理规定

## 一、报名
1. 学员报名时须年满18周岁，并提交身份证原件和县级以上医院出具的体检证明。
2. 报名费一次交清后，前台须在2个工作日内为学员建立档案并录入系统。
3. 学员报名后90天内未参加科目一考试的，须由教务主管重新审核档案。

## 二、预约练车
1. 学员须提前24小时在系统内预约练车，每天最多预约2个课时，每个课时为60分钟。
2. 取消预约须在练车前12小时提出，逾期取消的扣除1个课时。
3. 教练不得在非约定时间私自安排学员练车。

## 三、练车安全
1. 学员上车前须系好安全带，教练须检查副刹是否有效。
2. 雨雪天气练车时车速不得超过每小时20公里。
3. 练车车辆每天收车后由教练填写车辆状况表，交车队长签字。

## 四、收费与退费
1. 学员退学的，已学课时按每课时150元扣除，余款在15个工作日内退回。
2. 学员对收费有异议的，应向财务主管书面提出，财务主管须在5个工作日内答复。
"""

GYM_TERMS = """# 健身会所会籍条款

1. 会员退卡的，已上课时按每节80元扣除，余额在10个工作日内退回。
2. 会员卡遗失的，会员应在3天内到前台挂失，补卡费20元。
3. 私教课取消的，最高不超过课时费的50%。
"""

FULL = {
    "single_choice": 4,
    "multiple_choice": 3,
    "true_false": 4,
    "fill_blank": 4,
    "short_answer": 2,
}


def test_a_rule_its_case_governs_gives_a_statement_a_clause() -> None:
    """「会员退卡的，已上课时按每节80元扣除，余额在10个工作日内退回」 is two facts under one case:
    each is stated with the case in front; a clause that measures the one before (最高不超过…)
    is not cut from it."""
    document = analyse(GYM_TERMS)
    material = Material.of(document, document.language)
    by_rule = {f.sentence: [c.text for c in case_clauses(f, material)] for f in material.facts}
    assert by_rule[0] == [
        "会员退卡的，已上课时按每节80元扣除。",
        "会员退卡的，余额在10个工作日内退回。",
    ]
    assert by_rule[1] == ["会员卡遗失的，会员应在3天内到前台挂失。", "会员卡遗失的，补卡费20元。"]
    assert all(not texts for sentence, texts in by_rule.items() if sentence > 1)


async def test_a_full_blueprint_on_a_short_material_has_its_multiple_choice(
    offline_context: FlowContext,
) -> None:
    """Eleven rules under four headings of two or three: the exam delivers a multiple choice, and
    no fewer questions than the 10 it made without one (session 21 measurement)."""
    exam = await delivered_exam(offline_context, {"material": DRIVING, **FULL})
    choices = [q for q in exam.questions if q.type == "multiple_choice"]
    assert choices, exam.shortfall
    assert len(exam.questions) >= 10, [q.type for q in exam.questions]
    for question in choices:
        keys = set(question.answer)
        assert 2 <= len(keys) < len(question.options or [])
        for option in question.options or []:
            # One fact an option: a clause, never two rules or a rule's clauses run together.
            assert option.text.count("，") <= 1, option.text
            if option.key in keys:
                body = option.text.rstrip("。")
                assert all(part in DRIVING for part in body.split("，")), option.text
