"""No item gives another's key away (session 18 designer D11, m1: the key 收货员 for a single
choice and a fill-in, and a short answer's stem printing 「收货员应如何处理」 beside the fill-in
「____须先核对预约单号与车牌号」). A term asked twice is one answer learnt once; a name a fill-in asks
for, printed in another item's stem, is the answer shown. Figures may repeat (7 days for two
different rules are two facts). Own materials: a petrol station's forecourt rules (zh) and a
piano shop's service terms (en)."""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from graphs.exam_generation.answer_leaks import check_gives_away
from graphs.exams import Option, Question
from tests.support.exam_flow import delivered_exam

FORECOURT = """# 城西加油站 前庭作业规程

1. 发现车辆未熄火，加油员须拒绝加油。
2. 交班前，加油员须核对每支油枪的读数并填写交接班记录。
3. 卸油作业时，安全员须在现场监护全过程。
4. 顾客使用加油卡付款的，由收银员核对卡号后扣款。
5. 站长每周检查一次消防器材。
6. 储油罐液位低于20%时，站长须在2小时内联系油库补货。
"""

PIANOS = """# Allegro Pianos — Service Terms

1. Tuning: the piano technician tunes every piano sold within 6 weeks of delivery.
2. Voicing: only the senior technician may adjust the hammers.
3. Delivery: the delivery team must place the piano at least 30 cm from any radiator.
4. Loans: the showroom manager approves every rental agreement.
5. Trade-ins: the senior technician inspects each trade-in piano before a price is offered.
6. Refunds: refunds are paid within 14 days of the return.
"""


def _choice(stem: str, options: list[str], key: int, quote: str) -> Question:
    letters = "ABCD"
    return Question(
        type="single_choice",
        stem=stem,
        options=[Option(key=letters[i], text=t) for i, t in enumerate(options)],
        answer=[letters[key]],
        source_quote=quote,
    )


def _fill(stem: str, answer: str, quote: str) -> Question:
    return Question(type="fill_blank", stem=stem, answer=[answer], source_quote=quote)


def _short(stem: str, points: list[str]) -> Question:
    return Question(
        type="short_answer",
        stem=stem,
        answer=["；".join(points)],
        scoring_points=points,
        source_quote=points[0],
    )


def test_a_name_asked_twice_is_one_answer() -> None:
    choice = _choice(
        "根据课程材料，选择最恰当的一项填入括号：发现车辆未熄火，（    ）须拒绝加油。",
        ["收银员", "加油员", "安全员", "站长"],
        1,
        "发现车辆未熄火，加油员须拒绝加油。",
    )
    fill = _fill(
        "填空：交班前，____须核对每支油枪的读数并填写交接班记录。",
        "加油员",
        "交班前，加油员须核对每支油枪的读数并填写交接班记录。",
    )
    assert check_gives_away(fill, [choice], "zh")
    assert check_gives_away(choice, [fill], "zh")
    english = _fill(
        "Fill in the blank: The ____ inspects each trade-in piano before a price is offered.",
        "senior technician",
        "the senior technician inspects each trade-in piano before a price is offered.",
    )
    asked = _choice(
        "Which option fits the brackets? Only the (    ) may adjust the hammers.",
        ["piano technician", "senior technician", "showroom manager", "delivery team"],
        1,
        "only the senior technician may adjust the hammers.",
    )
    assert check_gives_away(english, [asked], "en")


def test_a_name_a_fill_in_asks_for_is_not_printed_by_another_stem() -> None:
    fill = _fill(
        "填空：交班前，____须核对每支油枪的读数并填写交接班记录。",
        "加油员",
        "交班前，加油员须核对每支油枪的读数并填写交接班记录。",
    )
    short = _short(
        "根据课程材料，回答下列问题：（1）发现车辆未熄火时，加油员应如何处理？（2）卸油作业时有什么要求？",
        ["发现车辆未熄火，加油员须拒绝加油", "卸油作业时，安全员须在现场监护全过程"],
    )
    assert check_gives_away(fill, [short], "zh")
    assert check_gives_away(short, [fill], "zh")


def test_figures_and_other_names_may_stand_in_other_items() -> None:
    fill = _fill(
        "填空：卸油作业时，____须在现场监护全过程。",
        "安全员",
        "卸油作业时，安全员须在现场监护全过程。",
    )
    short = _short(
        "根据课程材料，回答下列问题：（1）发现车辆未熄火时，加油员应如何处理？",
        ["发现车辆未熄火，加油员须拒绝加油"],
    )
    assert check_gives_away(fill, [short], "zh") == []
    weeks = _fill(
        "Fill in the blank: The piano technician tunes every piano sold within ____ of delivery.",
        "6 weeks",
        "the piano technician tunes every piano sold within 6 weeks of delivery.",
    )
    days = _choice(
        "Which option fits the brackets? Refunds are paid within (    ) of the return.",
        ["7 days", "14 days", "21 days", "10 days"],
        1,
        "refunds are paid within 14 days of the return.",
    )
    assert check_gives_away(weeks, [days], "en") == []


@pytest.mark.parametrize(("material", "language"), [(FORECOURT, "zh"), (PIANOS, "en")])
async def test_an_exam_asks_each_name_once_and_prints_no_fill_in_key(
    offline_context: FlowContext, material: str, language: str
) -> None:
    exam = await delivered_exam(
        offline_context,
        {"material": material, "single_choice": 2, "fill_blank": 3, "short_answer": 1},
    )
    keys: list[str] = []
    for q in exam.questions:
        if q.type == "single_choice":
            keys += [o.text for o in q.options if o.key in q.answer]
        elif q.type == "fill_blank":
            keys += list(q.answer)
    names = [k for k in keys if not any(ch.isdigit() for ch in k)]
    assert len(names) == len(set(names)), keys
    for q in exam.questions:
        if q.type != "fill_blank":
            continue
        for other in exam.questions:
            if other.type == "short_answer":
                assert not any(
                    a in other.stem for a in q.answer if not any(c.isdigit() for c in a)
                ), (q.stem, other.stem)
