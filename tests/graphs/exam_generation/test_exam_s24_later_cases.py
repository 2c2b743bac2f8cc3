"""Session 24 helper h1 (issue 11: one rule fed one item, so a limit and its fine could not both be
asked, and the note called the untested one tested): a Chinese rule whose later clause opens a case
of its own (「…须至少提前24小时通知，逾期取消的，定金200元不予退还」) is two facts, one item each,
neither printing the other's key. Own material: a winery's tasting room and cellar code (zh)."""

from __future__ import annotations

import re

from graphs.context import FlowContext
from graphs.exam_generation.later_cases import later_case_parts
from graphs.exam_generation.material import Material
from graphs.exams import Exam
from graphs.text.document import analysed
from tests.support.exam_flow import delivered_exam

WINERY = """# 石岭酒庄 品鉴与酒窖管理规定

第一条 酒窖参观预订须至少提前24小时取消，逾期取消的，定金200元不予退还。
第二条 品鉴室每天10:00开放，接待员须在开放前完成酒杯清洗。
第三条 已开瓶的样品酒须在48小时内用完，超过时限的，由品鉴室主管登记后倒掉。
第四条 顾客在汗蒸房内连续停留不得超过20分钟，超过的，服务员应提醒其出房休息。
"""


def _parts(text: str) -> dict[str, list[str]]:
    material = Material.of(analysed(text), "zh")
    return {f.text: [p.text for p in later_case_parts(f, material)] for f in material.facts}


def test_a_later_case_that_names_its_act_is_a_fact_of_its_own() -> None:
    parts = _parts(WINERY)
    assert parts["酒窖参观预订须至少提前24小时取消，逾期取消的，定金200元不予退还。"] == [
        "酒窖参观预订须至少提前24小时取消。",
        "逾期取消的，定金200元不予退还。",
    ]
    # Over the limit the clause before set, of nothing named: not asked alone.
    assert parts["已开瓶的样品酒须在48小时内用完，超过时限的，由品鉴室主管登记后倒掉。"] == []
    assert parts["顾客在汗蒸房内连续停留不得超过20分钟，超过的，服务员应提醒其出房休息。"] == []


async def test_the_notice_and_the_lost_deposit_are_each_asked_once(
    offline_context: FlowContext,
) -> None:
    exam: Exam = await delivered_exam(
        offline_context,
        {"material": WINERY, "single_choice": 2, "fill_blank": 2, "true_false": 2},
    )
    on_rule = [q for q in exam.questions if "取消" in q.stem]
    stems = [q.stem for q in on_rule]
    assert any("24小时" not in s and "定金" in s for s in stems), stems
    assert any("200元" not in s and "提前" in s for s in stems), stems
    for question in on_rule:  # each prints only its own part: never the other's figure
        printed = re.findall(r"\d+", question.stem)
        assert not ({"24", "200"} <= set(printed)), question.stem
