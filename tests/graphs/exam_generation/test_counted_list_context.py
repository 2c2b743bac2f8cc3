"""A rule that counts things ("until all three are received", 「三项齐全后」) after a sentence that is
only their list is stated with the list written at the count, not after a verbless list: "…
until all three — a signed contract, the guest count and a deposit — are received",
「营业执照、法人身份证和公章三项齐全后…」. A count that does not match the list is not stated at all.
Own materials: a wedding venue's booking rules and a bank's business account opening notice."""

from __future__ import annotations

import re

import pytest

from graphs.context import FlowContext
from graphs.exam_generation.lost_context import lost_context
from graphs.exams import Exam
from graphs.text import analyse
from graphs.text.counted_lists import joined_to_context, listed_items
from graphs.text.facts import extract_facts
from graphs.text.unstated_referents import referent_elsewhere
from tests.support.exam_flow import delivered_exam

VENUE = """Wedding Venue Booking Rules

A date is held for 7 days after the enquiry. A signed contract, the guest count and a deposit. We do not confirm the date until all three are received.

The deposit is 30% of the hire fee. The balance is due 14 days before the event.

Each guest must leave the hall by 23:00. Every caterer must hold a food hygiene certificate. Each supplier must unload at the rear gate.
"""

ACCOUNTS = """对公账户开户须知
1. 开户须由法定代表人本人到柜台办理。
2. 营业执照、法人身份证和公章。三项齐全后方可受理开户申请。
3. 开户当日须存入不少于1000元的首笔存款。
4. 账户开立后7个工作日内不得办理对外支付。
5. 开户资料复印件须加盖公章。
6. 开户手续费为每户50元。
7. 单笔对外支付超过50万元的，须由客户经理电话核实。
"""

BLUEPRINT = {"single_choice": 3, "true_false": 4, "fill_blank": 3, "short_answer": 1}


def _texts(exam: Exam) -> list[str]:
    return [
        *(q.stem for q in exam.questions),
        *(o.text for q in exam.questions for o in q.options),
        *(p for q in exam.questions for p in q.scoring_points),
    ]


@pytest.mark.parametrize(
    ("sentence", "language", "items"),
    [
        ("The tenant's ID, a payslip and the signed lease.", "en", 3),
        ("营业执照、法人身份证和公章。", "zh", 3),
        ("The tenant must bring an ID and a payslip.", "en", None),
        ("Bring an ID, a payslip and the lease.", "en", None),
        ("员工须佩戴工牌和安全帽。", "zh", None),
        ("前台负责登记和收费。", "zh", None),
    ],
)
def test_a_bare_list_is_told_from_a_sentence(
    sentence: str, language: str, items: int | None
) -> None:
    found = listed_items(sentence, language)  # type: ignore[arg-type]
    assert (None if found is None else len(found)) == items


def test_a_count_carries_its_list_or_the_rule_is_not_stated() -> None:
    before = "The tenant's ID, a payslip and the signed lease."
    assert joined_to_context(before, "Keys are handed over once all three are checked.", "en") == (
        "",
        "Keys are handed over once all three — the tenant's ID, a payslip and the signed lease "
        "— are checked.",
    )
    assert joined_to_context(before, "Keys wait until all four are checked.", "en") is None
    assert joined_to_context("门禁卡、钥匙。", "上述两项须当日归还。", "zh") == (
        "",
        "门禁卡和钥匙两项须当日归还。",
    )
    # A sentence that says something is put in front as it stands.
    assert joined_to_context("Rent is due on the 1st.", "If late, a fee is added.", "en") == (
        "Rent is due on the 1st. ",
        "If late, a fee is added.",
    )


def test_a_count_with_its_list_set_off_stands_alone() -> None:
    listed = "Keys wait until all three — an ID, a payslip and the lease — are checked."
    assert not referent_elsewhere(listed, "en")
    assert lost_context(listed, "en") is None
    assert referent_elsewhere("Keys wait until all three are checked.", "en")
    assert not referent_elsewhere("门禁卡和钥匙两项须当日归还。", "zh")


@pytest.mark.parametrize(("material", "count"), [(VENUE, "all three"), (ACCOUNTS, "三项")])
def test_the_counting_rule_is_a_fact_with_its_list_at_the_count(material: str, count: str) -> None:
    counted = [f for f in extract_facts(analyse(material)) if count in f.text]
    assert len(counted) == 1, [f.text for f in extract_facts(analyse(material))]
    fact = counted[0]
    assert fact.lead is not None, fact.text  # stated with the list the sentence before gave
    assert not re.search(r"and a deposit\. We|和公章。", fact.text), fact.text
    assert re.search(r"deposit — are received|公章三项齐全", fact.text), fact.text


@pytest.mark.parametrize("material", [VENUE, ACCOUNTS])
async def test_no_stem_opens_on_a_verbless_list(
    offline_context: FlowContext, material: str
) -> None:
    exam = await delivered_exam(offline_context, {"material": material, **BLUEPRINT})
    assert len(exam.questions) >= 4, exam.shortfall
    for text in _texts(exam):
        assert not re.search(r"and a deposit\. We|和公章。", text), text
        if re.search(r"all three|三项", text):
            assert re.search(r"guest count|法人身份证", text), text
