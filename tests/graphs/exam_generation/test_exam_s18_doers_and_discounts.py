"""Fill-in keys and near values of session 18's lead (m3 Q8) and fault list 3 and 5, on own
materials (a bakery's shop rules, zh; a laundry's price list, en).

「闭馆后由当班____，确认池内无人后方可关闭照明。」 was keyed 领班清点人数: 领班 was read as no role,
so the doer ran into its act (清点人数, which jieba tags a noun), and a shift word between 由 and the
blank (当班) hid the 由. And 9折 was offered against 10折 (the full price, no discount) and 15折.
"""

from __future__ import annotations

import re

from graphs.context import FlowContext
from graphs.exam_generation.fill_keys import doer_and_act
from graphs.exam_generation.near_values import near_values
from graphs.exam_generation.validation import validate_question
from graphs.text.lexicon import Lexicon
from graphs.text.noun_groups import noun_groups
from tests.support.exam_flow import delivered_exam

BAKERY = """# 面包店 门店制度

## 一、收银与关店
1. 每晚关店后由当班领班清点现金，核对无误后方可锁门。
2. 会员购买面包享受9折优惠，生日当月享受8折优惠。
3. 顾客退换蛋糕须在购买后24小时内凭小票办理。
4. 学徒上岗前须年满18周岁，并持有健康证。

## 二、卫生
1. 烤箱每周由值班领班清点配件一次，清洁记录须保存3个月。
2. 员工进入操作间须佩戴发网和口罩。
3. 过期面包不得出售，须在当天下班前统一报废。
"""


CLASSES = """# 面包店 烘焙课制度

## 一、关店
1. 烘焙课结束后由当班领班清点人数，确认教室无人后方可关灯。
2. 发现烤箱缺损须报告领班。
3. 过期面包不得出售。
4. 裱花间由裱花师负责清洁。
"""


def _groups(sentence: str) -> list[str]:
    lexicon = Lexicon(BAKERY, "zh")
    return ["".join(parts) for _, _, parts in noun_groups(sentence, lexicon, "zh")]


def test_a_shift_leader_is_a_doer_whose_act_follows() -> None:
    for sentence in ("每晚关店后由当班领班清点现金，核对无误后方可锁门。", "每晚由领班清点人数。"):
        groups = _groups(sentence)
        assert any(g.endswith("领班") for g in groups), groups
        assert not any("领班" in g and "清点" in g for g in groups), groups


def test_a_key_from_the_doer_into_its_act_after_a_shift_word_is_refused() -> None:
    assert doer_and_act("领班清点现金", "每晚关店后由当班")
    assert doer_and_act("领班清点人数", "闭馆后由")
    assert not doer_and_act("领班", "每晚关店后由当班")
    assert not doer_and_act("客服中心", "投诉由")
    quote = "每晚关店后由当班领班清点现金，核对无误后方可锁门"
    item = {
        "type": "fill_blank",
        "stem": "每晚关店后由当班____，核对无误后方可锁门。",
        "answer": ["领班清点现金"],
        "explanation": f"原文：{quote}",
        "source_quote": quote,
        "difficulty": "easy",
        "knowledge_point": "收银与关店",
        "options": [],
    }
    assert validate_question(item, BAKERY, [])[1] != []
    item = {
        **item,
        "stem": "每晚关店后由____清点现金，核对无误后方可锁门。",
        "answer": ["当班领班"],
    }
    assert validate_question(item, BAKERY, [])[1] == []


async def test_delivered_fill_ins_key_the_shift_leader_alone(offline_context: FlowContext) -> None:
    exam = await delivered_exam(offline_context, {"material": CLASSES, "fill_blank": 4})
    keys = [key for question in exam.questions for key in question.answer]
    # 当班领班 and 领班 are one post: asked once (session 22), keyed whole wherever it is blanked.
    assert "当班领班" in keys or "领班" in keys, keys
    for key in keys:
        assert "清点" not in key, keys


def test_a_discount_is_asked_among_discounts() -> None:
    assert near_values("9折", 3) == ["8折", "7折", "6折"]
    assert near_values("8折", 3) == ["7折", "9折", "6折"]
    assert near_values("9.5折", 3) == ["8.5折", "7.5折"]
    # a share stays a share, an age a whole age
    assert near_values("80%", 3) == ["75%", "90%", "70%"]
    assert near_values("18周岁", 3) == ["16周岁", "21周岁", "14周岁"]


_FULL_PRICE = re.compile(r"(?<![\d.])(?:1\d|[2-9]\d)(?:\.\d)?折")


async def test_delivered_options_offer_no_discount_of_ten_or_more(
    offline_context: FlowContext,
) -> None:
    exam = await delivered_exam(
        offline_context,
        {"material": BAKERY, "single_choice": 3, "multiple_choice": 2, "true_false": 3},
    )
    texts = [q.stem for q in exam.questions]
    texts += [o.text for q in exam.questions for o in q.options]
    assert any("折" in t for t in texts), texts
    for text in texts:
        assert not _FULL_PRICE.search(text), text
