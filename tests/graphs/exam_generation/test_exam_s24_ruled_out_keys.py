"""Session 24, issue 11 (true/false a learner cannot pass by answering "true"), on a bicycle
courier depot of our own.

1. A true/false paper on rules no modal verb marks (「包裹破损的，骑手有权拒绝揽收」) or that bind
   «不得例外» was all "true": those rules had no safe false version, so the balance
   (true_false_balance.py) had nothing to turn an item into. A right is now withheld (无权, "has
   no right to") and a duty without exception stated as the exemption it rules out (ruled_out.py).
2. A threshold that grants something when exceeded (「…停运超过30分钟的，按停运时长退款」) was
   read as what a duty requires, so the writer moved it to 45 minutes and keyed that false; but a
   stop over 45 minutes is over 30 and refunded: true as read. A clause closed by 「的，」 is a
   case (graphs/text/bounds.in_case): only a lower threshold is false.
"""

from __future__ import annotations

import re

from graphs.context import FlowContext
from graphs.exam_generation.entailed_changes import check_false_not_implied
from graphs.exam_generation.false_statements import false_statements
from graphs.exam_generation.material import Material
from graphs.exams import Question
from graphs.text import analyse
from graphs.text.facts import Fact
from tests.support.exam_flow import delivered_exam

DEPOT_RULES = """# 快骑自行车快递站骑手守则

第一条 骑手出车前必须检查刹车和车铃，并在《出车登记表》上签字。
第二条 站长同样必须佩戴头盔，不得例外。
第三条 包裹外包装破损的，骑手有权拒绝揽收。
"""

DEPOT_FAQ = """# 快骑自行车快递站客服问答（内部培训用）

问：寄件后可以取消吗？
答：取件前可以全额退运费；取件后一律不退，但因暴雨等站点原因停运超过30分钟的，按停运时长退款。

问：包裹最重能寄多少？
答：单件包裹不得超过15公斤，超重的须改用货车配送。

问：骑手到了收件人不在怎么办？
答：骑手应在门口等候5分钟，并拨打收件人电话；联系不上的，把包裹带回快递站。

问：贵重物品怎么寄？
答：价值2000元以上的物品须保价，由站长当面验货后封箱。

问：骑手可以带人吗？
答：骑手配送途中不得搭载任何人员。
"""

DEPOT_EN = """# Spoke & Satchel Bicycle Couriers – Counter Rules

Fees are not refunded once a parcel is collected, but a delivery delayed by the depot for over \
30 minutes is refunded in full.
Riders wash their hands for at least 20 seconds before handling food parcels.
If a parcel leaks, the rider has the right to refuse it.
Dispatchers must also wear a helmet in the yard, without exception.
"""


def _material(text: str) -> Material:
    document = analyse(text)
    return Material.of(document, document.language)


def _fact(material: Material, part: str) -> Fact:
    return next(f for f in material.facts if part in f.text)


def _made(material: Material, part: str) -> list[tuple[str, str]]:
    fact = _fact(material, part)
    return [
        (p.kind, p.statement)
        for p in false_statements(fact, material.facts, material.text, material.zh)
    ]


def _changed(material: Material, part: str) -> list[float]:
    fact = _fact(material, part)
    made = false_statements(fact, material.facts, material.text, material.zh)
    return [float(re.findall(r"\d+", p.changed)[0]) for p in made if p.kind == "figure"]


async def test_a_true_false_paper_of_rights_and_exceptionless_duties_is_not_all_true(
    offline_context: FlowContext,
) -> None:
    exam = await delivered_exam(offline_context, {"material": DEPOT_RULES, "true_false": 3})
    items = [q for q in exam.questions if q.type == "true_false"]
    assert len(items) == 3, exam.shortfall
    keys = [q.answer[0] for q in items]
    assert "false" in keys, [q.stem for q in items]
    for q in items:
        if q.answer == ["false"]:
            # What a trainer reads: the right withheld or the exemption ruled out, nothing else.
            assert "无权" in q.stem or "不必" in q.stem or "无须" in q.stem, q.stem


def test_a_right_is_withheld_and_a_duty_without_exception_exempted() -> None:
    zh, en = _material(DEPOT_RULES), _material(DEPOT_EN)
    assert ("modality", "包裹外包装破损的，骑手无权拒绝揽收。") in _made(zh, "有权")
    assert ("modality", "站长不必佩戴头盔。") in _made(zh, "不得例外")
    assert ("modality", "If a parcel leaks, the rider has no right to refuse it.") in _made(
        en, "the right to"
    )
    assert ("modality", "Dispatchers need not wear a helmet in the yard.") in _made(
        en, "without exception"
    )
    # A duty with two acts keeps no exemption of one of them.
    assert not [k for k, _ in _made(zh, "出车登记表") if k == "modality"]


def test_a_threshold_that_grants_moves_down_only() -> None:
    zh, en = _material(DEPOT_FAQ), _material(DEPOT_EN)
    minutes = _changed(zh, "停运超过30分钟")
    assert minutes and all(m < 30 for m in minutes), minutes
    english = _changed(en, "delayed by the depot")
    assert english and all(m < 30 for m in english), english
    # A duty's minimum is what it requires: only a stricter one is false.
    seconds = _changed(en, "at least 20 seconds")
    assert seconds and all(s > 20 for s in seconds), seconds


def test_a_higher_grant_threshold_keyed_false_is_refused() -> None:
    item = Question(
        type="true_false",
        stem="判断正误：取件后一律不退，但因暴雨等站点原因停运超过45分钟的，按停运时长退款。",
        answer=["false"],
        explanation="x",
        knowledge_point="退款",
        difficulty="medium",
        score=1,
        number=1,
        source_quote="取件后一律不退，但因暴雨等站点原因停运超过30分钟的，按停运时长退款。",
    )
    assert check_false_not_implied(item, DEPOT_FAQ)


async def test_the_delivered_refund_item_is_false_as_read(offline_context: FlowContext) -> None:
    exam = await delivered_exam(offline_context, {"material": DEPOT_FAQ, "true_false": 5})
    refunds = 0
    for q in exam.questions:
        if q.type == "true_false" and q.answer == ["false"] and "停运超过" in q.stem:
            minutes = float(re.findall(r"停运超过(\d+)", q.stem)[0])
            assert minutes < 30, q.stem
            refunds += 1
    assert refunds == 1  # the rule is asked (as the lead's 旱冰场 paper asked it), false
