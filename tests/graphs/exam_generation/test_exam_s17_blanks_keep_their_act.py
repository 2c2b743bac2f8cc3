"""Fill-ins of session 16's end designer D9's most flawed kind, on own materials (a foot massage
parlour's front-desk rules, zh): a blank after 由 takes the doer, never the doer and its act.

「技师上钟前须由领班检查工装和指甲。」 was asked 「须由____和指甲」 keyed 领班检查工装: jieba tags
检查 a verbal noun, so the doer, the act and its object read as one term and a learner's 领班 was
marked wrong (D9, B3 had 家属代签; 代签 alone was mended in 6b66709).
"""

from __future__ import annotations

import re

from graphs.context import FlowContext
from graphs.exam_generation.lost_context import lost_context
from graphs.exam_generation.validation import validate_question
from graphs.text import analyse
from graphs.text.facts import facts_for
from graphs.text.lexicon import Lexicon
from graphs.text.noun_groups import noun_groups
from tests.support.exam_flow import delivered_exam

PARLOUR = """# 足疗店 前台制度

## 一、代办
1. 技师上钟前须由领班检查工装和指甲。
2. 遗失物品须交前台登记保管。
3. 技师请假须由值班店长签字批准。
4. 顾客投诉须由店长当面处理，前台不得私自答复。
5. 每周一由保洁员检查毛巾消毒记录。
6. 重大投诉须由安全检查组负责处理。
"""


def _groups(sentence: str) -> list[str]:
    lexicon = Lexicon(PARLOUR, "zh")
    return ["".join(parts) for _, _, parts in noun_groups(sentence, lexicon, "zh")]


def test_the_doer_after_you_is_no_term_with_its_act() -> None:
    assert "领班" in _groups("技师上钟前须由领班检查工装和指甲。")
    assert not any("检查" in g for g in _groups("技师上钟前须由领班检查工装和指甲。"))
    assert not any("检查" in g for g in _groups("每周一由保洁员检查毛巾消毒记录。"))
    # an organisation's head after the verbal noun names the doer: kept whole
    assert "安全检查组" in _groups("重大投诉须由安全检查组负责处理。")


def test_a_model_key_of_doer_and_act_is_refused() -> None:
    quote = "技师上钟前须由领班检查工装和指甲"
    item = {
        "type": "fill_blank",
        "stem": "技师上钟前须由____和指甲。",
        "answer": ["领班检查工装"],
        "explanation": f"原文：{quote}",
        "source_quote": quote,
        "difficulty": "easy",
        "knowledge_point": "代办",
        "options": [],
    }
    assert validate_question(item, PARLOUR, [])[1] != []
    item = {**item, "stem": "技师上钟前须由____检查工装和指甲。", "answer": ["领班"]}
    assert validate_question(item, PARLOUR, [])[1] == []


async def test_delivered_fill_ins_key_the_doer_alone(offline_context: FlowContext) -> None:
    exam = await delivered_exam(offline_context, {"material": PARLOUR, "fill_blank": 5})
    for question in exam.questions:
        for key in question.answer:
            assert not re.search(r"检查(?!组)", key), (question.stem, key)


# A foot spa's front-desk FAQ (en): an answer that opens on a span of time says after what only in
# its question ('Late for a booking?'), so 'After ____ the booking is cancelled.' asked nothing
# whole (D9's 'Rent is then paid every ____ in advance.' kind, fault (c)).
SPA_FAQ = """# Foot Spa Front Desk FAQ

Q: How hot may the foot bath be?
A: No hotter than 45 degrees; the therapist tests it with a wrist first.

Q: Late for a booking?
A: After 20 minutes we charge 1 dollar per minute of waiting. After 40 minutes the booking is cancelled.

Q: How many sessions may a therapist give a day?
A: A therapist gives at most 8 sessions a day.

Q: When is a gift voucher refunded?
A: A gift voucher is refunded within 14 days after a written request.
"""

_AFTER_A_SPAN = re.compile(r"(?:^|: )After (?:_+|\(\s*\)|\d+ minutes)")


def test_a_span_of_time_with_nothing_it_runs_from_lost_its_context() -> None:
    for cut in ("After ____ the booking is cancelled.", "After 20 minutes we charge a fee."):
        assert lost_context(cut, "en", judged=False) is not None, cut
    for whole in (
        "After 3 years of service, staff get a bonus.",
        "After 22:00 the pool closes.",
        "After 2 days in storage, the bag is moved to the back room.",
        "If a guest is late, after 40 minutes the booking is cancelled.",
    ):
        assert lost_context(whole, "en", judged=False) is None, whole


async def test_delivered_faq_items_say_after_what(offline_context: FlowContext) -> None:
    exam = await delivered_exam(
        offline_context, {"material": SPA_FAQ, "fill_blank": 4, "true_false": 2}
    )
    assert exam.questions
    for question in exam.questions:
        assert not _AFTER_A_SPAN.search(question.stem), question.stem
        for option in question.options:
            assert not _AFTER_A_SPAN.search(option.text), option.text


# A vending route's machine rules (zh): a second tier after ； repeats the first's act and bound
# (停机超过, 卡币超过) of the machine the first clause named; alone 「停机超过____的，须更换整机」
# says not what stopped (D9's 「门店按每天____收取保管费」 kind, fault (c)). 「停用该机」 is the
# machine its own sentence named, no pointer to the sentence before.
VENDING = """# 自动售货机巡检维护规程

## 一、设备
1. 售货机停机超过24小时未修复的，维修技师须报告区域主管；停机超过72小时的，须更换整机。
2. 售货机出货口卡币超过3次的，补货员须停用该机并贴停用标识；卡币超过10次的，须返厂检修。
3. 冷藏柜温度须保持在4℃至8℃之间。
4. 点位合同到期前30天，区域主管须与场地方联系续约。
"""

_TIER_ALONE = re.compile(r"^(?:判断正误：|填空：|[^：]*填入括号：)?(?:停机|卡币)超过")


def test_a_next_tier_is_stated_with_the_clause_before() -> None:
    texts = [f.text for f in facts_for(analyse(VENDING))]
    assert not any(t.startswith(("停机超过", "卡币超过")) for t in texts), texts
    assert any(t.startswith("售货机出货口卡币超过3次的") for t in texts), texts


async def test_delivered_tiers_name_the_machine(offline_context: FlowContext) -> None:
    exam = await delivered_exam(
        offline_context, {"material": VENDING, "fill_blank": 3, "true_false": 3}
    )
    assert exam.questions
    for question in exam.questions:
        assert not _TIER_ALONE.search(question.stem), question.stem
