"""Session 26 (H2): plain rules are read as facts without misreading other rules, and a fill-in
never blanks the event a step follows.

Session 25's a071f28f read 「违反者一经查实…罚款」 after a ban on listed things, 斤 as a unit and a
step whose verb follows its time with no comma, and was reverted (b4945a25): its time clause was
any text up to 后/时/前, so 「代办人须同时出示双方证件」 (同时) and 「顾客下单时须支付50%的定金」 (a
customer's rule with its modal) were read as staff steps, a responsibility, and other exams moved
(test_clause_facts, test_exam_s16_shortfall_truth). A step now needs its time word as a word, no
modal nor 在 in its event, and its verb at once. The lead's oil mill then gave 「____后贴好标签」
keyed 成品油灌装: the event is the step's time, not the rule (time_events.py).

Own material (not the reviewers'): a rice-cake workshop's staff rules (zh).
"""

from __future__ import annotations

import re

import pytest

from graphs.context import FlowContext
from graphs.exam_generation.unread_rules import unread_rules
from graphs.text import analyse
from graphs.text.duties import states_duty
from graphs.text.facts import facts_for
from graphs.text.lexicon import Lexicon
from tests.support.exam_flow import delivered_exam

RICE_CAKES = """# 福记年糕坊 生产与门市守则

## 一、浸米与蒸粉
1. 糯米浸泡时间不少于12小时，浸泡水每6小时更换一次。
2. 米浆磨好后倒入压滤袋，压滤袋只能由组长清洗。
3. 年糕条压模后放入冷库，写明出笼时间；出库单只能由质检员填写。
4. 切块机运行中严禁伸手取糕，清理刀片必须在断电后进行。
5. 蒸笼上汽后方可放入湿粉，每笼蒸制时间不超过20分钟。

## 二、门市
6. 顾客现场购买年糕每人每次限购10斤；团购客户除外，团购须提前两天预约。
7. 顾客付款时须出示会员卡，方可享受9折优惠。
8. 领取团购年糕的顾客须同时出示订单号和手机号。
9. 团购提货单遗失后顾客须立即到门市挂失。

## 三、纪律
10. 严禁组长收取客户的现金、购物卡等财物。违反者一经查实，退还财物并罚款 1500 元；情节严重的予以辞退。
11. 当班组长对本班出品质量负直接责任。
"""


def _facts() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    return {
        f.text: (f.kinds, tuple(a.text for a in f.anchors)) for f in facts_for(analyse(RICE_CAKES))
    }


def test_a_sanction_after_a_ban_on_listed_things_is_a_fact() -> None:
    facts = _facts()
    sanction = next((t for t in facts if "罚款 1500 元" in t), None)
    assert sanction is not None, list(facts)
    assert sanction.startswith("严禁组长收取客户的现金、购物卡等财物。违反者"), sanction
    assert "1500 元" in facts[sanction][1]


def test_a_limit_in_jin_is_a_figure() -> None:
    facts = _facts()
    limit = next((t for t in facts if "10斤" in t), None)
    assert limit is not None, list(facts)
    assert "10斤" in facts[limit][1]


@pytest.mark.parametrize("step", ["米浆磨好后倒入压滤袋", "年糕条压模后放入冷库"])
def test_a_step_whose_verb_follows_its_time_at_once_is_a_fact(step: str) -> None:
    facts = _facts()
    assert any(t.startswith(step) for t in facts), list(facts)


def test_the_note_no_longer_calls_them_unaskable() -> None:
    unread = " ".join(unread_rules(analyse(RICE_CAKES)))
    for rule in ("罚款 1500 元", "10斤", "倒入压滤袋", "放入冷库"):
        assert rule not in unread, unread


@pytest.mark.parametrize(
    "text",
    [
        # someone's rule with its modal after the time: the modal reading has it
        "顾客付款时须出示会员卡，方可享受9折优惠。",
        # 同时 is no time clause
        "领取团购年糕的顾客须同时出示订单号和手机号。",
        # when a thing is paid, said of the thing
        "尾款在提货时结清。",
        # a time with no order after it
        "营业时间为每天7点至19点。",
        "节假日时排队较长。",
    ],
)
def test_a_time_without_a_step_after_it_is_no_duty(text: str) -> None:
    assert not states_duty(text, "zh", Lexicon.of(text, "zh"))


def test_no_customer_rule_is_read_as_a_staff_duty() -> None:
    """The reverted reading gave both a responsibility, and the exams built on it moved."""
    facts = _facts()
    for text, (kinds, _) in facts.items():
        if text.startswith(("顾客付款时", "领取团购年糕的顾客")):
            assert "responsibility" not in kinds, (text, kinds)


_EVENT_BLANK = re.compile(
    r"(?:^|[：:，,。；;])[^，,。；;_]{0,6}____[^，,。；;_]{0,4}?(?:后|前|运行中)(?!方可)"
)
"""A blank in the clause of time a step opens on (not one 方可 makes a condition)."""


async def test_a_fill_in_never_blanks_the_event_a_step_follows(
    offline_context: FlowContext,
) -> None:
    """「团购____后顾客须立即到门市挂失」 keyed 提货单遗失 (on the tree before) and 「____后放入冷库」
    keyed 年糕条压模 (once that step is read) asked what had happened, not the rule: the step's
    object, figure or role is blanked, or none. A condition (上汽后方可) may still be asked."""
    blueprint = {"single_choice": 2, "true_false": 2, "fill_blank": 8}
    exam = await delivered_exam(offline_context, {"material": RICE_CAKES, **blueprint})
    fills = [q for q in exam.questions if q.type == "fill_blank"]
    assert len(fills) >= 4, [q.stem for q in exam.questions]
    for question in fills:
        body = re.sub(r"^[^：:]*[：:]\s*", "", question.stem)
        assert not _EVENT_BLANK.search(body), (question.stem, question.answer)
