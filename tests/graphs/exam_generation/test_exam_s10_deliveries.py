"""Session 10 (issue 11, exams, fault 1 and 2): full blueprints that came out short on rich
materials, and fill-ins left with figure-less facts.

Causes found: rules the fact reader dropped (a clause after a semicolon that opens with its verb,
「…7日内购买；超过7日的，不得补购」; a denial without a modal verb, "… is prohibited", "… are not
reimbursed"), and the parallel type branches of a round all reaching for the same figure facts
(a fill-in lost each one to the single choice written beside it). Own materials (a laundry counter,
field-service expenses), not the reviewers'.
"""

from __future__ import annotations

from graphs.context import FlowContext
from graphs.exam_generation.fact_shares import drafted
from graphs.exam_generation.false_statements import flip_modality
from graphs.exam_generation.offline_writer import _fact_rank
from graphs.text import analyse
from graphs.text.facts import facts_for
from tests.support.exam_flow import delivered_exam

LAUNDRY = """# 洗衣店前台规范

## 取衣
顾客须凭取衣单或会员手机号取衣。
衣物须在洗好后30日内取回；超过30日未取的，按每件每日2元收取保管费。

## 收衣
普通衣物洗涤周期为3个工作日；需要加急处理的，可缩短至24小时，并须加收30元加急费。
"""

FIELD_SERVICE = """# Field service technicians: travel and expenses

## Vehicles
Technicians must complete the vehicle check sheet before the first job of each day.
Smoking in company vans is prohibited.
Parking fines are not reimbursed.

## Mileage and travel
Technicians who use their own car are paid 45 cents per mile, up to 300 miles per week.
Trips of more than 150 miles one way need the area manager's approval in advance.
Taxis are reimbursed only when no public transport runs within 1 hour of the job time.
Train tickets must be booked in standard class at least 3 days before travel.

## Meals and lodging
A meal allowance of $15 is paid for each job that lasts longer than 5 hours.
Hotel stays are allowed only when the last job ends more than 100 miles from home, with a limit of $120 per night.

## Claims
Expense claims must be submitted in the expense app within 30 days of the expense.
Every claim over $25 needs a receipt; a photo of the receipt is accepted.
The area manager approves claims within 5 working days; the finance team pays them in the next monthly payroll.
"""


def test_the_other_case_after_a_semicolon_is_a_rule_with_the_clause_before() -> None:
    """Before: 「超过30日未取的，按每件每日2元收取保管费」 and 「需要加急处理的，可缩短至24小时…」
    were no facts at all (their subject is the clause before's), so the storage fee and the
    express exception went untested."""
    facts = {f.text: f for f in facts_for(analyse(LAUNDRY))}
    fee = next(t for t in facts if "保管费" in t)
    assert "洗好后30日内取回" in fee and "超过30日未取的" in fee, fee
    assert facts[fee].lead is not None
    express = next(t for t in facts if "加急费" in t)
    assert express.startswith("普通衣物洗涤周期为3个工作日"), express


def test_a_denial_without_a_modal_verb_is_a_prohibition_that_flips_to_a_grant() -> None:
    """Before: "Smoking in company vans is prohibited." and "Parking fines are not reimbursed."
    were no facts (no must/may); now each is a prohibition, and its false version is the grant
    a trainee could believe."""
    facts = {f.text: f for f in facts_for(analyse(FIELD_SERVICE))}
    smoking = facts["Smoking in company vans is prohibited."]
    fines = facts["Parking fines are not reimbursed."]
    assert "prohibition" in smoking.kinds and "prohibition" in fines.kinds
    assert [s.statement for s in flip_modality(smoking, zh=False)] == [
        "Smoking in company vans is allowed."
    ]
    assert [s.statement for s in flip_modality(fines, zh=False)] == [
        "Parking fines are reimbursed."
    ]


def test_single_choice_and_fill_in_draft_the_figures_apart() -> None:
    """Both types rank a figure with a rule around it first: drafted in turn, each gets about
    half of the figure facts, none of the same (before, both took them in one order and the
    fill-in lost every one it shared to the single choice validated before it)."""
    facts = facts_for(analyse(FIELD_SERVICE))
    branches = (("single_choice", 3), ("true_false", 2), ("fill_blank", 3))
    single = drafted(facts, branches, "single_choice", _fact_rank)
    fill = drafted(facts, branches, "fill_blank", _fact_rank)
    assert single is not None and fill is not None
    assert single.isdisjoint(fill)
    figures = {f.sentence for f in facts if "figure" in f.kinds}
    assert len(fill & figures) >= 3 and len(single & figures) >= 3
    assert drafted(facts, branches, "short_answer", _fact_rank) is None


async def test_fill_ins_ask_figures_beside_single_choices(offline_context: FlowContext) -> None:
    """Before: 8 of 10, fill-ins 2 of 4 (each branch wrote on the figures in one order, and
    the fill-ins lost the ones they shared to the single choices); now 9, fill-ins 3, each on a
    figure. The tenth is a stated shortfall: the figures left are the ones the others ask."""
    exam = await delivered_exam(
        offline_context,
        {"material": FIELD_SERVICE, "single_choice": 4, "fill_blank": 4, "true_false": 2},
    )
    assert len(exam.questions) >= 9, exam.shortfall
    fills = [q for q in exam.questions if q.type == "fill_blank"]
    assert len(fills) >= 3
    assert all(any(ch.isdigit() for ch in "".join(q.answer)) for q in fills), [
        q.answer for q in fills
    ]
