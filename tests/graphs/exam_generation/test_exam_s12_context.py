"""Session 11 designer D3's statements that lost their context (m2 #6 "Do not modify the motor
(…)", m2 #9 "Refund: within 7 business days of …", m3 #4B 「…不受此限额限制」) and the true/false
item that contradicted itself (m3 #6 「…由员工个人承担，可以以其他费用名目报销」), on trades of our
own: a ski hire's terms and a gym's membership rules."""

from __future__ import annotations

from graphs.exam_generation.choice_builders import single_choice
from graphs.exam_generation.continued_clauses import check_flip_contradicts
from graphs.exam_generation.false_statements import flip_modality
from graphs.exam_generation.lost_context import check_context_kept
from graphs.exam_generation.material import Material
from graphs.exam_generation.statement_builders import fill_blank, true_false
from graphs.exams import Difficulty, Question
from graphs.text import analyse
from graphs.text.facts import Fact

LEVELS: tuple[Difficulty, ...] = ("easy", "medium", "hard")

SKI_HIRE = """# Alpina Ski Hire - Rental Terms

1. Renters must be at least 16 to hire without a guardian.
2. A $200 deposit is taken when the skis are collected. Deposit return: within 14 days of checkout.
3. Never store the boots next to a heater for over 2 hours.
4. A lost ski pole costs $35.
5. Late returns cost $20 per day.
"""

GYM = """# 健身会员管理规定

## 一、会员卡
1. 会员卡仅限本人使用，每张卡每天最多入场2次。
2. 会员卡遗失的补卡费用由会员自行承担，不得向门店索赔。

## 二、私教课
3. 私教课每节课收费300元，每位会员每周最多预约3节团体课。
4. 20:00以后开课的团体课不受此名额限制。
5. 私教课须提前24小时预约，迟到超过15分钟的课程作废。
"""


def _material(text: str) -> Material:
    document = analyse(text)
    return Material.of(document, document.language)


def _fact(material: Material, opening: str) -> Fact:
    return next(f for f in material.facts if f.text.startswith(opening))


def _true_false(statement: str, source: str, answer: str, zh: bool) -> Question:
    prefix = "判断正误：" if zh else "True or false: "
    return Question(
        type="true_false",
        stem=prefix + statement,
        answer=[answer],
        explanation="见原文" if zh else "See the source.",
        knowledge_point="会员卡" if zh else "Rental terms",
        difficulty="easy",
        source_quote=source,
    )


def test_an_order_is_no_true_false_statement() -> None:
    """m2 #6: "Do not modify the motor (assist limit 20 km/h)." was an item to mark true or
    false; an order says nobody does anything. Here "Never store the boots …"."""
    material = _material(SKI_HIRE)
    fact = _fact(material, "Never store the boots")
    made = [
        true_false(material, fact, level, "Rental terms", prefer)
        for level in LEVELS
        for prefer in (True, False)
    ]
    assert made == [None] * 6
    item = _true_false(fact.text, fact.quote, "true", zh=False)
    assert any("order with no subject" in p for p in check_context_kept(item, "en"))


def test_a_label_and_its_value_is_no_statement() -> None:
    """m2 #9: "Refund: within 7 business days of an undamaged return." said neither what is
    refunded nor to whom. Here "Deposit return: within 14 days of checkout."."""
    material = _material(SKI_HIRE)
    fact = _fact(material, "Deposit return:")
    assert all(true_false(material, fact, level, "Rental terms", True) is None for level in LEVELS)
    item = _true_false("Deposit return: within 10 days of checkout.", fact.quote, "false", False)
    assert any("label and its value" in p for p in check_context_kept(item, "en"))
    # A statement with its subject and verb passes.
    sound = _true_false("A lost ski pole costs $35.", "A lost ski pole costs $35.", "true", False)
    assert check_context_kept(sound, "en") == []


def test_this_limit_of_a_sentence_not_shown_is_refused() -> None:
    """m3 #4B: 「晚上21:00以后的出租车费用不受此限额限制」 never said which limit. Here
    「20:00以后开课的团体课不受此名额限制」: no cloze or statement is made on it, and the validators
    refuse one."""
    material = _material(GYM)
    fact = _fact(material, "20:00以后开课的团体课")
    for level in LEVELS:
        assert true_false(material, fact, level, "私教课", True) is None
        assert fill_blank(material, fact, level, "私教课") is None
        assert single_choice(material, fact, level, "私教课") is None
    item = _true_false(fact.text, fact.quote, "true", zh=True)
    assert any("此" in p for p in check_context_kept(item, "zh"))
    named = _true_false("私教课每节课收费300元。", "私教课每节课收费300元。", "true", zh=True)
    assert check_context_kept(named, "zh") == []


def test_a_flip_in_a_clause_going_on_from_the_one_before_is_refused() -> None:
    """m3 #6: 「超出住宿标准的部分由员工个人承担，可以以其他费用名目报销」 contradicted its own
    first clause. Here 「补卡费用由会员自行承担，不得向门店索赔」: no flip is made, and a model's
    flipped item is refused; a flip after a clause that only sets a case still passes."""
    material = _material(GYM)
    fact = _fact(material, "会员卡遗失的补卡费用")
    assert flip_modality(fact, zh=True) == []
    flipped = _true_false(
        "会员卡遗失的补卡费用由会员自行承担，可以向门店索赔。", fact.quote, "false", zh=True
    )
    assert check_flip_contradicts(flipped)
    english = _true_false(
        "Rental skis are checked by staff and may be taken off the slope by renters.",
        "Rental skis are checked by staff and may not be taken off the slope by renters.",
        "false",
        zh=False,
    )
    assert check_flip_contradicts(english)
    case = _true_false(
        "迟到超过15分钟的，可以继续上课。", "迟到超过15分钟的，不得继续上课。", "false", zh=True
    )
    assert check_flip_contradicts(case) == []


PATROLS = """# 酒店安保巡查规定

1. 大堂保安每隔2小时巡查一次大堂。
2. 夜班保安在完成交接班登记、核对钥匙并查看全部监控画面以后，每隔2小时巡查一次地下停车场的各个出入口和消防通道。
3. 客房楼层的巡查记录须保存3个月。
"""


def test_single_choices_with_the_same_options_have_the_same_level() -> None:
    """m1 #1-#3: 2小时 among 1/3/4小时 was 易 in a short sentence and 中 in a long one; the
    level now follows the options' likeness alone (docs/exams.md, Difficulty)."""
    material = _material(PATROLS)
    levels: dict[tuple[str, ...], set[str]] = {}
    for fact in material.facts[:2]:
        for level in LEVELS:
            item = single_choice(material, fact, level, "巡查")
            if item is not None:
                options = tuple(sorted(o.text for o in item.options))
                levels.setdefault(options, set()).add(level)
    assert levels == {("1小时", "2小时", "3小时", "4小时"): {"medium"}}


GUEST_HOUSE = """# Lakeview Guest House - House Rules

1. Rooms must be vacated by 11:00 on the day of departure. Each additional hour costs £15.
2. If a card payment is declined, the front desk tries again the next day; after a third decline the booking is cancelled.
3. Breakfast is served from 7:30 to 9:30.
"""


def test_once_more_of_what_the_sentence_before_counted_is_stated_with_it() -> None:
    """m2: 'After a second failure the bike is locked remotely.' (a second failed payment) and
    'Each extra day costs $4, capped at the deposit.' (days past the return date) were statements
    that said neither what failed nor what the day was extra to."""
    texts = [f.text for f in _material(GUEST_HOUSE).facts]
    assert any(
        t.startswith("Rooms must be vacated by 11:00") and "Each additional hour costs £15" in t
        for t in texts
    )
    assert not any(t.startswith("Each additional hour") for t in texts)
    assert not any(t.lower().startswith("after a third decline") for t in texts)
