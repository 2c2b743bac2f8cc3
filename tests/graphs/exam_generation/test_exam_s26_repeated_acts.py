"""Session 26 (F4): a clause timed by an act the clause before it does is not asked alone.

The held-out designer D19 (m3 Q3) was given 「取样后（    ）内封盖。」: the sampling is the clause
before's (陈酿罐开盖取样), and the stem lost which vessel is to be closed. An act and 后 name what a
clause is about only when the act is its own (「施肥后48小时内不得喷洒农药」 still stands alone);
said again after the clause that does it, the clause is stated with that clause.

Own material (not the reviewer's): a cotton-fluffing workshop's rules (zh).
"""

from __future__ import annotations

import re

from graphs.context import FlowContext
from graphs.exam_generation.clause_facts import clause_facts
from graphs.exam_generation.material import Material
from graphs.text.document import analysed
from tests.support.exam_flow import delivered_exam

FLUFFING = """# 棉絮坊弹棉车间操作规程

## 一、弹制
1. 弹花机转速不得超过每分钟600转，棉尘须每班清扫两次。
2. 网纱罐开盖取纱须两人在场，一人取纱、一人登记，取纱后10分钟内盖好。
3. 打包机由当班组长负责，压包后2小时内不得搬运。

## 二、检查
4. 除尘风机每3小时检查一次，滤袋每月更换一次。
5. 新员工须接受不少于8学时的岗前培训，学徒不得单独开机。
"""


def _stated(text: str) -> dict[str, list[str]]:
    material = Material.of(analysed(text), "zh")
    return {f.text: [c.text for c in clause_facts(f, material)] for f in material.facts}


def test_a_clause_timed_by_the_act_before_is_stated_with_it() -> None:
    stated = _stated(FLUFFING)
    clauses = [c for cs in stated.values() for c in cs]
    assert not any(c.startswith("取纱后") for c in clauses), clauses
    # An act of its own still times its clause alone (压包 is said by no clause before).
    assert "压包后2小时内不得搬运。" in clauses, clauses


async def test_no_stem_asks_the_timed_clause_without_its_vessel(
    offline_context: FlowContext,
) -> None:
    exam = await delivered_exam(
        offline_context, {"material": FLUFFING, "fill_blank": 4, "single_choice": 3}
    )
    for question in exam.questions:
        if "取纱后" in question.stem:
            assert "网纱罐" in question.stem, question.stem
    assert not any(re.search(r"[：:]\s*取纱后", q.stem) for q in exam.questions)
