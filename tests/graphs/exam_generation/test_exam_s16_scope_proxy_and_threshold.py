"""Fill-ins and stems session 16's end designer D9 found broken, on own materials: a watch repair
centre's service rules and a station left-luggage office's rules (zh), through the real functions
and the real flow.

- A line that lists whom the document covers (「适用岗位：…」, 「适用对象：…」, 'Scope: …') is no
  rule: blanks in it test the header, not the trade (sentence_form.speaks_of_itself).
- 「…书面委托的亲友代领」: 代领 is what the friend does, so a blank takes 亲友 alone, never
  「亲友代领」, which marked the learner's natural 亲友 wrong (noun_groups).
- 「修好的手表超过30天未取，门店按每天5元收取保管费」: the threshold clause is the case of the fee
  clause; apart, 「…超过（    ）未取」 is also true of the 365-day rule and 「门店按每天____收取保管费」
  says not when (clause_facts).
"""

from __future__ import annotations

import re

from graphs.context import FlowContext
from graphs.exam_generation.clause_facts import clause_facts
from graphs.exam_generation.lost_context import lost_context
from graphs.exam_generation.material import Material
from graphs.exam_generation.validation import validate_question
from graphs.text import analyse
from graphs.text.facts import facts_for
from graphs.text.sentence_form import speaks_of_itself
from tests.support.exam_flow import delivered_exam

WATCH = """# 钟表维修中心 送修与取表服务规范

适用岗位：前台接待员、钟表维修技师、门店主管。

## 一、收表
1. 收表员须当面检查表壳、表镜和表带的划痕，并在送修单上拍照记录。
2. 机械表保养前，钟表技师须先做防水测试，测试结果写入送修单。
3. 维修报价超过800元时，须由门店主管审核后再告知顾客。

## 二、取表
1. 顾客须凭送修单取表；顾客本人无法到店时可由顾客书面委托的亲友代领。
2. 修好的手表超过30天未取，门店按每天5元收取保管费；超过365天未取按无主物品处理。
3. 取表时收表员须当面为顾客调校时间并演示上弦方法。

## 三、保修
1. 机芯维修保修12个月，更换表带不保修。
2. 人为摔碰、进水造成的损坏不在保修范围内。
"""

LUGGAGE = """# 高铁站行李寄存处 服务制度

适用对象：寄存窗口值班员、安检员、寄存处值班经理。

## 一、收件
1. 值班员须逐件核对旅客身份证，并在每件行李上粘贴寄存条码。
2. 单件行李重量超过30公斤时，值班员须请安检员协助搬运。
3. 易燃易爆品、活体动物一律不得寄存。

## 二、取件
1. 旅客须凭寄存凭条取件；旅客本人不能到场时可由旅客委托的家人代收。
2. 寄存的行李满7天未领，寄存处按每件每天10元加收费用；满30天未领的移交车站失物招领处。
3. 凭条遗失的，值班经理须核对旅客身份证后登记放行。
"""

BLUEPRINT = {"single_choice": 3, "multiple_choice": 1, "true_false": 3, "fill_blank": 4}


def test_a_scope_line_is_no_rule() -> None:
    for line in (
        "适用岗位：前台接待员、钟表维修技师、门店主管。",
        "适用对象：寄存窗口值班员、安检员、寄存处值班经理。",
        "适用范围：本站全部寄存窗口。",
        "本规程适用于全体收表员。",
    ):
        assert speaks_of_itself(line, "zh"), line
    assert speaks_of_itself("Scope: all left-luggage desk staff.", "en")
    # a scope set by a figure says when the rules hold (which lifts, which stores): kept
    assert not speaks_of_itself("适用范围：库温在-18℃及以下的冷库。", "zh")
    assert not speaks_of_itself("Scope: all lifts above 500 kg.", "en")
    # a rule that only mentions what it applies to is still one
    assert not speaks_of_itself("超过30天的折扣不适用于会员。", "zh")
    assert not speaks_of_itself("The discount scope: members must show a card.", "en")
    texts = [f.text for f in facts_for(analyse(WATCH))]
    assert not any(t.startswith("适用") for t in texts), texts


def test_a_blank_takes_the_proxy_not_what_the_proxy_does() -> None:
    fact = next(f for f in facts_for(analyse(WATCH)) if "代领" in f.text)
    terms = [a.text for a in fact.anchors]
    assert "亲友" in terms and not any("代领" in t for t in terms), terms
    quote = "顾客本人无法到店时可由顾客书面委托的亲友代领"
    item = {
        "type": "fill_blank",
        "stem": "顾客本人无法到店时可由顾客书面委托的____代领。",
        "answer": ["亲友"],
        "explanation": f"原文：{quote}",
        "source_quote": quote,
        "difficulty": "easy",
        "knowledge_point": "取表",
        "options": [],
    }
    assert validate_question(item, WATCH, [])[1] == []


def _clauses(text: str) -> list[str]:
    material = Material.of(analyse(text), "zh")
    return [c.text for f in material.facts for c in clause_facts(f, material)]


def test_a_threshold_crossed_stays_with_what_follows_it() -> None:
    for material, cuts in (
        (WATCH, ("修好的手表超过30天未取。", "门店按每天5元收取保管费。")),
        (LUGGAGE, ("寄存的行李满7天未领。", "寄存处按每件每天10元加收费用。")),
    ):
        clauses = _clauses(material)
        for cut in cuts:
            assert cut not in clauses, clauses
    # a threshold under a must (不得超过) is a rule of its own: the clause after stands alone
    weighed = "# 寄存\n\n1. 单件行李重量{}30公斤，值班员须逐件称重并登记。\n"
    assert _clauses(weighed.format("不得超过")) == [
        "单件行李重量不得超过30公斤。",
        "值班员须逐件称重并登记。",
    ]
    assert _clauses(weighed.format("超过")) == []


def test_a_model_stem_that_stops_at_the_overdue_case_lost_its_context() -> None:
    for cut in ("修好的手表超过（    ）未取。", "寄存的行李满____未领。"):
        assert lost_context(cut, "zh", judged=False) is not None, cut
    for whole in (
        "修好的手表超过30天未取，门店按每天5元收取保管费。",
        "超过365天未取按无主物品处理。",
        "会员卡超过90天未使用的须提醒顾客。",
    ):
        assert lost_context(whole, "zh") is None, whole


async def test_delivered_items_keep_scope_proxy_and_threshold_whole(
    offline_context: FlowContext,
) -> None:
    for material in (WATCH, LUGGAGE):
        exam = await delivered_exam(
            offline_context, {"material": material, **BLUEPRINT, "fill_blank": 6}
        )
        for question in exam.questions:
            assert "适用" not in question.stem, question.stem
            if re.search(r"(?:超过|满)(?:（\s*）|____)\S*未(?:取|领)", question.stem):
                assert "费" in question.stem, question.stem
            if re.search(r"按每(?:件每)?天(?:（\s*）|____)", question.stem):
                assert "未取" in question.stem or "未领" in question.stem, question.stem
            if question.type == "fill_blank":
                for key in question.answer:
                    assert not re.search(r"代[签领取收办]", key), (question.stem, key)
