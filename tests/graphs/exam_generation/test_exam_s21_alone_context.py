"""Session 21 (H2): a stem lifted from a rule carries the context it needs, and only that.

The lead's fresh materials (session 21) printed 「判断正误：违者由保安劝离。」 (who are 违者?),
「判断正误：检查时间每件不少于2分钟。」 (which check?), a single choice with an unrelated rule glued
in front ("Riders may not carry … Complaints … replies to the customer within (    )": 'the
customer' after 'personal customers' was read as pointing back), and "True or false: If someone
feels unwell, press the red button by the door at any time." (an FAQ's order, trivially true,
while its figure, "the game master opens the room within 30 seconds", was asked with no case).

Own materials (not the reviewers' trades): a swimming pool's rules and a phone repair counter's
claims (zh), a co-working space's house rules and a climbing wall's FAQ (en).
"""

from __future__ import annotations

from typing import Any

from graphs.exam_generation.clause_facts import clause_facts
from graphs.exam_generation.material import Material
from graphs.exam_generation.validation import validate_question
from graphs.text import analyse
from tests.support.exam_flow import delivered_exam

POOL = """# 游泳馆安全与服务规程

## 一、入场
1. 前台必须当着会员的面逐项核对健康证明，核对时间每人不少于30秒。
2. 未满12岁的儿童须由成年家长陪同入场，一名家长最多陪同两名儿童。

## 二、池区秩序
1. 池区禁止跳水、奔跑和饮食，违者由救生员劝离。
2. 救生员每30分钟轮岗一次，轮岗时须口头交接池内人数。
3. 发现池水浑浊时，救生员须立即清场并报告值班经理。
"""

PHONE_REPAIR = """# 手机维修柜台理赔规程

1. 维修师傅须逐台拆检送修手机。拆检时间每台不少于15分钟。
2. 理赔金额在300元以下的由柜台主管审批；300元以上的须报售后经理审批，售后经理应在2个工作日内答复。
3. 顾客须在取机后10天内提出理赔申请。
"""

COWORK = """# Co-working space house rules

## Membership
- Members must show their key card at the front desk on every visit.
- Members may not bring dogs, bicycles or scooters into the quiet rooms.
- Complaints about noise in the open area are handled by the community manager, who replies to the member within 24 hours.
- Day passes cost GBP 18 and are valid until 10 pm on the day of purchase.
"""

CLIMBING = """# Climbing wall: frequently asked questions

**Do I need to book?**
Sessions hold 20 climbers at most. Groups of more than 8 must book 3 days ahead.

**What if the fire alarm sounds?**
Leave by the nearest stairs and wait at the car park; the fire warden takes a head count within 5 minutes.

**What if a climber falls and is hurt?**
Shout for the wall supervisor at once; the supervisor brings the first aid kit within 2 minutes.

**What does it cost?**
Entry costs GBP 12 per session. Shoe hire costs GBP 4.
"""


def _material(text: str) -> Material:
    document = analyse(text)
    return Material.of(document, document.language)


def _statements(material: Material) -> list[str]:
    """Every fact and every clause fact the writers may state."""
    out = []
    for fact in material.facts:
        out.append(fact.text)
        out += [c.text for c in clause_facts(fact, material)]
    return out


def _true_false(stem: str, quote: str) -> dict[str, Any]:
    return {
        "type": "true_false",
        "stem": stem,
        "answer": ["true"],
        "explanation": quote,
        "knowledge_point": "规则" if "\u4e00" <= stem[-2:-1] <= "\u9fff" else "rules",
        "difficulty": "easy",
        "source_quote": quote,
    }


def _problems(data: dict[str, Any], material: str) -> str:
    return " ".join(validate_question(data, material, [])[1])


# --- 违者: the sanction of the rule the clause before set ------------------------------------


def test_the_violators_clause_is_stated_with_the_rule_it_sanctions() -> None:
    statements = _statements(_material(POOL))
    assert not [s for s in statements if s.startswith("违者")]
    assert "池区禁止跳水、奔跑和饮食，违者由救生员劝离。" in statements


def test_a_statement_on_violators_alone_is_refused() -> None:
    quote = "池区禁止跳水、奔跑和饮食，违者由救生员劝离。"
    item = _true_false("判断正误：违者由救生员劝离。", "违者由救生员劝离")
    assert "the sentence before it in the material named them" in _problems(item, POOL)
    whole = _true_false(f"判断正误：{quote}", quote)
    assert "the sentence before it in the material named them" not in _problems(whole, POOL)


def test_an_english_statement_on_offenders_alone_is_refused() -> None:
    material = (
        "# Pool rules\n\nNo diving in the shallow end. Offenders must leave the pool at once "
        "and are banned for 7 days.\n"
    )
    quote = "Offenders must leave the pool at once and are banned for 7 days."
    item = _true_false(f"True or false: {quote}", quote)
    assert "the sentence before it in the material named them" in _problems(item, material)
    texts = [f.text for f in _material(material).facts]
    assert not [t for t in texts if t.startswith("Offenders")]


# --- an act's aspect (检查时间) after the clause that named the act ---------------------------


def test_the_time_of_the_act_before_is_no_clause_alone() -> None:
    statements = _statements(_material(POOL))
    assert not [s for s in statements if s.startswith("核对时间")]
    assert any(s.startswith("前台必须当着会员的面逐项核对健康证明，核对时间") for s in statements)


def test_the_time_of_the_act_in_the_sentence_before_is_read_with_it() -> None:
    texts = [f.text for f in _material(PHONE_REPAIR).facts]
    assert not [t for t in texts if t.startswith("拆检时间")]
    assert any(t.startswith("维修师傅须逐台拆检送修手机。拆检时间") for t in texts)


# --- a bare threshold (300元以上的) of what the clause before named -------------------------


def test_a_bare_threshold_is_read_with_the_clause_that_names_its_amount() -> None:
    texts = [f.text for f in _material(PHONE_REPAIR).facts]
    assert not [t for t in texts if t.startswith("300元以上的")]
    assert any(
        t.startswith("理赔金额在300元以下的") and "售后经理应在2个工作日" in t for t in texts
    )


async def test_no_delivered_zh_item_leans_on_a_clause_it_does_not_print(
    offline_context: Any,
) -> None:
    for text in (POOL, PHONE_REPAIR):
        exam = await delivered_exam(
            offline_context,
            {"material": text, "single_choice": 3, "true_false": 4, "fill_blank": 3},
        )
        assert exam.questions
        for question in exam.questions:
            statement = question.stem.split("：", 1)[-1]
            assert not statement.startswith(
                ("违者", "核对时间", "拆检时间", "300元以上的", "（")
            ), question.stem


# --- no unrelated rule glued in front ('the member' after 'members') -----------------------


def test_the_member_replied_to_is_no_reference_to_members_before() -> None:
    texts = [f.text for f in _material(COWORK).facts]
    assert (
        "Complaints about noise in the open area are handled by the community manager, who "
        "replies to the member within 24 hours." in texts
    )
    assert not [t for t in texts if "scooters" in t and "Complaints" in t]


async def test_no_delivered_stem_glues_the_rule_before(offline_context: Any) -> None:
    exam = await delivered_exam(
        offline_context, {"material": COWORK, "single_choice": 4, "true_false": 4}
    )
    assert exam.questions
    assert not [q.stem for q in exam.questions if "scooters" in q.stem and "Complaints" in q.stem]


# --- an order's outcome with its order; the order alone is no true/false --------------------


def test_what_follows_an_order_is_stated_with_the_order() -> None:
    texts = [f.text for f in _material(CLIMBING).facts]
    assert not [t for t in texts if t.startswith(("The fire warden", "The supervisor"))]
    assert (
        "If the fire alarm sounds, leave by the nearest stairs and wait at the car park. "
        "The fire warden takes a head count within 5 minutes." in texts
    )
    assert any(
        t.startswith("If a climber falls and is hurt, shout for the wall supervisor at once. ")
        and t.endswith("within 2 minutes.")
        for t in texts
    )


def test_an_order_with_no_figure_is_no_true_false() -> None:
    quote = "Leave by the nearest stairs and wait at the car park;"
    order = _true_false(
        "True or false: If the fire alarm sounds, leave by the nearest stairs and wait at the "
        "car park.",
        quote,
    )
    assert "an order with no figure" in _problems(order, CLIMBING)
    whole = _true_false(
        "True or false: If the fire alarm sounds, leave by the nearest stairs and wait at the "
        "car park. The fire warden takes a head count within 5 minutes.",
        "Leave by the nearest stairs and wait at the car park; the fire warden takes a head "
        "count within 5 minutes.",
    )
    assert "an order with no figure" not in _problems(whole, CLIMBING)


async def test_no_delivered_item_asks_an_outcome_without_its_order(offline_context: Any) -> None:
    exam = await delivered_exam(
        offline_context,
        {"material": CLIMBING, "single_choice": 3, "true_false": 3, "fill_blank": 2},
    )
    assert exam.questions
    for question in exam.questions:
        statement = question.stem.split("? ", 1)[-1].split(": ", 1)[-1]
        assert not statement.startswith(("The fire warden", "The supervisor brings")), question.stem
        if question.type == "true_false":
            assert (
                "within" in statement or "never" in statement or any(c.isdigit() for c in statement)
            ), question.stem
