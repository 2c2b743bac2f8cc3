"""Session 24 helper h1 (issue 11, session 23 designer D16 m1: 「m1 says 只剩1条…未用, but
还原气氛从1050℃开始，由值班组长决定投柴节奏 is also untested」): a clause cut at a semicolon that
sets a figure of its own, with no must in it, is named among the untested rules when no item asks
it. Own material: a winery's bottling procedure (zh)."""

from __future__ import annotations

from graphs.context import FlowContext
from graphs.exam_generation.unread_rules import unread_rules
from graphs.exams import Exam
from graphs.text.document import analysed
from tests.support.exam_flow import delivered_exam

BOTTLING = """# 石岭酒庄装瓶作业规程

一、装瓶前准备
1. 酒液须在不锈钢罐中静置至少48小时，浊度低于2NTU方可装瓶。
2. 质检员每批抽检酒液样品3瓶，并记入《装瓶记录》。

二、灌装
1. 灌装温度控制在16℃，静置10分钟；澄清处理从12℃开始，由酿酒师决定充氮时长。
2. 灌装间温度须保持在18℃以下，湿度不超过65%。
"""


def test_a_clause_with_its_own_figure_after_a_semicolon_is_a_rule_to_learn() -> None:
    assert "澄清处理从12℃开始，由酿酒师决定充氮时长。" in unread_rules(analysed(BOTTLING))


async def test_the_note_names_the_untested_clause(offline_context: FlowContext) -> None:
    exam: Exam = await delivered_exam(
        offline_context, {"material": BOTTLING, "single_choice": 4, "true_false": 4}
    )
    assert all("澄清处理" not in q.stem for q in exam.questions)
    assert exam.shortfall, [q.stem for q in exam.questions]
    assert "澄清处理从12℃开始" in exam.shortfall[0].reason, exam.shortfall[0].reason
