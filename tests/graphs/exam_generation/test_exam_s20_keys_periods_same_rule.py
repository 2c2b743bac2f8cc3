"""Fill-in keys that print their verb or cut a name, a period the sentence before defined, and one
rule asked from both sides (session 20 lead and session 19 end designer D12).

- 「车内遗留物品门店保管____，逾期未领的____统一处理。」 keyed 7天 / 交公司行政部: the verb 交 is
  printed and the blank is whom the things go to (fill_keys.leading_verb).
- 「84____与洁厕灵严禁混合使用」 keyed 消毒液 cut a product's name: keyed 84消毒液 whole
  (fill_keys.glued_name).
- 「期间查出违章的，从违章押金中扣除罚款。」: which period? Stated with the sentence before
  (graphs/text/period_anaphors.py), and refused alone whoever wrote it (lost_context.py).
- 'Payment is taken on completion by card only' beside 'Cash is accepted by technicians', and
  「主觉验光只能由持有____的员工操作」 beside 「____不得独立完成主觉验光」: one rule twice
  (same_rule.py).

Own materials: a postnatal care centre (zh), a farm machinery hire depot (zh) and a recording
studio's front desk (en).
"""

from __future__ import annotations

from typing import Any

from graphs.context import FlowContext
from graphs.exam_generation.material import Material
from graphs.exam_generation.statement_builders import fill_blank
from graphs.exam_generation.validation import validate_question
from graphs.exams import Question
from graphs.text.document import analysed
from tests.support.exam_flow import delivered_exam

CARE_CENTRE = """# 月子中心护理服务规范

## 入住与护理周期
产妇入住满28天为一个护理周期。期间发生的额外护理费用，按次另计，每次不超过300元。
入住当天，护理员须在2小时内完成母婴首次评估，并填写评估表。
每名护理员同时照护的新生儿不得超过2名。

## 清洁消毒
奶瓶须用沸水煮沸消毒10分钟以上。
84消毒液与洁厕灵严禁混合使用。
母婴房间每日紫外线消毒不少于30分钟，消毒时房内不得有人。

## 物品与探视
产妇遗留物品由前台保管15天，逾期未领的交客服部统一处理。
探视时间为每天14点至17点，每次探视不超过2人。
患感冒的访客不得进入母婴区。

## 喂养与健康
新生儿体温超过37.5摄氏度的，护理员须立即报告值班医生。
只有持有育婴师证的员工才能单独为新生儿洗澡。
护理员不得擅自给新生儿喂服任何药物。
"""

FARM_HIRE = """# 农机租赁门店操作规程

## 交还验机
还机验机由机务主管完成。机修员不得独自签收有新增损伤的农机。
机内遗留物品门店保管10天，逾期未领的交公司财务部统一处理。
押金为日租金的5倍，最低不少于2000元；押金在还机后15天内退还；期间查出违规作业的，从押金中扣除维修费用。
"""

STUDIO = """# Recording studio hire: front desk rules

## Booking and payment
Sessions are booked in blocks of 4 hours.
A deposit of 50 pounds is taken when booking and refunded after the session.
Payment is taken at the end of the session by card only.
Engineers must not accept cash from clients.

## During the session
Food and drink are not allowed in the live room.
Clients may bring no more than 6 guests into the control room.
The duty engineer must check every microphone before the session starts.

## After the session
Recordings are kept on the studio server for 30 days.
Lost property is kept at the desk for 14 days, then handed to the building manager.
"""

OPTICIAN = "主觉验光只能由持有验光员职业资格证的员工操作，实习生不得独立完成主觉验光。\n"
LOCKSMITH = (
    "Payment is taken on completion by card only; cash is not accepted by technicians.\n"
    "Key copies of restricted-profile keys may only be cut on presentation of the original "
    "security card.\n"
)


def _question(kind: str, stem: str, answer: list[str], quote: str, **extra: Any) -> dict[str, Any]:
    return {
        "type": kind,
        "stem": stem,
        "answer": answer,
        "explanation": quote,
        "knowledge_point": "规则" if "\u4e00" <= stem[-2:-1] <= "\u9fff" else "rules",
        "difficulty": "easy",
        "source_quote": quote,
        **extra,
    }


def _problems(
    data: dict[str, Any], material: str, accepted: tuple[dict[str, Any], ...] = ()
) -> str:
    kept: list[Question] = []
    for item in accepted:
        question, problems = validate_question(item, material, kept)
        assert question is not None, problems
        kept.append(question)
    _, problems = validate_question(data, material, kept)
    return " ".join(problems)


# --- a key that opens on the verb handing things on, or cuts a name -------------------------


def test_the_recipient_is_blanked_and_the_verb_printed() -> None:
    material = Material.of(analysed(FARM_HIRE), "zh")
    fact = next(f for f in material.facts if "遗留" in f.text)
    question = fill_blank(material, fact, "medium", "遗留物品")
    assert question is not None
    assert question.answer == ["10天", "公司财务部"]
    assert "逾期未领的交____统一处理" in question.stem


def test_a_key_holding_the_handing_verb_is_refused() -> None:
    quote = "车内遗留物品门店保管7天，逾期未领的交公司行政部统一处理。"
    material = f"## 还车\n{quote}\n"
    stem = "填空：车内遗留物品门店保管____，逾期未领的____统一处理。"
    problems = _problems(_question("fill_blank", stem, ["7天", "交公司行政部"], quote), material)
    assert "hands something on" in problems
    fixed = "填空：车内遗留物品门店保管____，逾期未领的交____统一处理。"
    assert "hands" not in _problems(
        _question("fill_blank", fixed, ["7天", "公司行政部"], quote), material
    )


def test_a_blank_never_cuts_a_product_name() -> None:
    quote = "84消毒液与洁厕灵严禁混合使用。"
    material = f"## 清洁\n清洁剂须使用公司配发产品；{quote}\n"
    problems = _problems(
        _question("fill_blank", "填空：84____与洁厕灵严禁混合使用。", ["消毒液"], quote), material
    )
    assert "cuts the name" in problems
    whole = _question("fill_blank", "填空：____与洁厕灵严禁混合使用。", ["84消毒液"], quote)
    assert "cuts the name" not in _problems(whole, material)


async def test_the_care_centre_exam_keys_whole_names_and_states_its_period(
    offline_context: FlowContext,
) -> None:
    exam = await delivered_exam(
        offline_context,
        {
            "material": CARE_CENTRE,
            "single_choice": 2,
            "multiple_choice": 0,
            "true_false": 4,
            "fill_blank": 7,
            "short_answer": 0,
        },
    )
    stems = [q.stem.split("：", 1)[-1] for q in exam.questions]
    assert not [s for s in stems if s.startswith("期间")]
    assert not [s for s in stems if "84____" in s or "84（" in s]
    period = [q for q in exam.questions if "额外护理费用" in q.stem]
    assert all("护理周期" in q.stem for q in period)
    keys = [a for q in exam.questions if q.type == "fill_blank" for a in q.answer]
    assert "消毒液" not in keys
    assert not [k for k in keys if k.startswith("交")]
    assert len(exam.questions) >= 12


# --- a period the sentence before defined --------------------------------------------------


def test_a_period_of_the_clause_before_is_stated_with_it() -> None:
    material = Material.of(analysed(FARM_HIRE), "zh")
    texts = [f.text for f in material.facts if "违规作业" in f.text]
    assert texts and all(t.index("期间") > t.index("15天内退还") for t in texts)
    care = Material.of(analysed(CARE_CENTRE), "zh")
    texts = [f.text for f in care.facts if "额外护理费用" in f.text]
    assert texts and all(t.startswith("产妇入住满28天为一个护理周期") for t in texts)


def test_a_statement_opening_on_that_period_is_refused() -> None:
    quote = "违章押金2000元在还车后30天内退还；期间查出违章的，从违章押金中扣除罚款。"
    material = f"## 押金\n{quote}\n"
    item = _question(
        "true_false", "判断正误：期间查出违章的，从违章押金中扣除罚款。", ["true"], quote
    )
    assert "opens on a period" in _problems(item, material)
    whole = _question("true_false", f"判断正误：{quote}", ["true"], quote)
    assert "opens on a period" not in _problems(whole, material)


def test_an_english_statement_opening_on_that_time_is_refused() -> None:
    quote = "During that time any damage to equipment is logged by the duty engineer."
    material = f"Sessions run for 4 hours.\n{quote}\n"
    item = _question("true_false", f"True or false: {quote}", ["true"], quote)
    assert "opens on a period" in _problems(item, material)


# --- one rule asked from both sides ---------------------------------------------------------


def test_card_only_and_cash_not_accepted_are_one_rule() -> None:
    cash = _question(
        "true_false",
        "True or false: Cash is accepted by technicians.",
        ["false"],
        "cash is not accepted by technicians.",
    )
    card = _question(
        "true_false",
        "True or false: Payment is taken on completion by card only.",
        ["true"],
        "Payment is taken on completion by card only;",
    )
    assert "same rule" in _problems(card, LOCKSMITH, (cash,))
    assert "same rule" in _problems(cash, LOCKSMITH, (card,))


def test_only_the_holder_and_not_the_trainee_are_one_rule() -> None:
    holder = _question(
        "fill_blank",
        "填空：主觉验光只能由持有____的员工操作。",
        ["验光员职业资格证"],
        "主觉验光只能由持有验光员职业资格证的员工操作",
    )
    trainee = _question(
        "fill_blank", "填空：____不得独立完成主觉验光。", ["实习生"], "实习生不得独立完成主觉验光。"
    )
    assert "same rule" in _problems(holder, OPTICIAN, (trainee,))


def test_two_rules_of_two_roles_stand_together() -> None:
    material = "Only the duty manager may waive a charge.\nStaff must not promise refunds.\n"
    waive = _question(
        "true_false",
        "True or false: Only the duty manager may waive a charge.",
        ["true"],
        "Only the duty manager may waive a charge.",
    )
    promise = _question(
        "true_false",
        "True or false: Staff may promise refunds.",
        ["false"],
        "Staff must not promise refunds.",
    )
    assert "same rule" not in _problems(promise, material, (waive,))


async def test_the_studio_exam_asks_the_payment_rule_once(offline_context: FlowContext) -> None:
    exam = await delivered_exam(
        offline_context,
        {
            "material": STUDIO,
            "single_choice": 3,
            "multiple_choice": 0,
            "true_false": 5,
            "fill_blank": 5,
            "short_answer": 0,
        },
    )
    payment = [q for q in exam.questions if "card only" in q.stem or "cash" in q.stem]
    assert len(payment) == 1
