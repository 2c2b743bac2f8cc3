"""A material's title line (no heading mark, no sentence punctuation) or a bare heading is never
"the sentence before" a rule: a rule after it that seems to lean back (a shortened name, a
condition with no subject) is stated alone, and no stem prints the title. Own materials: a cold
store's electric forklift code (numbered 第N条 articles) and a scaffold hire's terms under a
title long enough to read as a hard-wrapped line."""

from __future__ import annotations

import re

import pytest

from graphs.context import FlowContext
from graphs.exams import Exam
from graphs.text import analyse
from graphs.text.facts import extract_facts
from graphs.text.sentences import split_sentences
from graphs.text.title_lines import is_title_line
from tests.support.exam_flow import delivered_exam

FORKLIFTS = """冷链仓库电动叉车作业规程
第一条 叉车电池电量低于20%时须停止作业并充电。
第二条 柴油叉车不得驶入冷藏库内。
第三条 电动叉车充电须在指定充电区进行，充电区5米内禁止明火。
第四条 叉车司机须持有特种设备操作证。
第五条 库内行驶速度不得超过每小时8公里。
第六条 货叉升起高度超过1.5米时不得行驶。
第七条 交班时须填写叉车点检表。
"""

SCAFFOLDS = """Tower Scaffold Hire Terms for Contractors and Private Customers
Once signed, the hire agreement runs for at least 14 days.
The hirer must inspect the scaffold tags before each use.
Damaged boards are charged at $40 each.
Towers above 6 metres must be erected by a certified installer.
Outriggers must be fitted on any tower taller than 4 metres.
"""

BLUEPRINT = {"single_choice": 3, "true_false": 3, "fill_blank": 2, "short_answer": 1}


def _texts(exam: Exam) -> list[str]:
    return [
        *(q.stem for q in exam.questions),
        *(o.text for q in exam.questions for o in q.options),
        *(p for q in exam.questions for p in q.scoring_points),
    ]


@pytest.mark.parametrize(
    ("line", "first", "title"),
    [
        ("冷链仓库电动叉车作业规程", True, True),
        ("HT-07 高空作业车操作规程", False, True),
        ("充电管理", False, True),
        ("**Scaffold hire terms**", False, True),
        ("Tower Scaffold Hire Terms for Contractors and Private Customers", True, True),
        ("Opening Hours And Prices", False, True),
        ("**Deposits**", False, True),
        ("Late Returns", False, True),
        ("**The hirer must sign**", False, False),
        # Rules written without their full stop are no titles.
        ("叉车司机须持有特种设备操作证", False, False),
        ("营业时间9:00-21:00", False, False),
        ("The hirer must inspect the tags", True, False),
        ("Damaged boards cost $40 each", False, False),
        ("营业执照、法人身份证和公章", False, False),
    ],
)
def test_a_title_line_is_told_from_a_rule(line: str, first: bool, title: bool) -> None:
    assert is_title_line(line, first=first) is title


@pytest.mark.parametrize("numbered", [False, True])
def test_a_rule_after_the_title_is_read_alone(numbered: bool) -> None:
    material = re.sub(r"第(.)条 ", lambda m: f"{'一二三四五六七'.index(m[1]) + 1}. ", FORKLIFTS)
    facts = extract_facts(analyse(material if numbered else FORKLIFTS))
    battery = [f for f in facts if "电池电量" in f.text]
    assert battery, [f.text for f in facts]
    assert all(f.lead is None and "规程" not in f.text for f in battery)
    facts = extract_facts(analyse(SCAFFOLDS))
    signed = [f for f in facts if f.text.startswith("Once signed")]
    assert signed, [f.text for f in facts]
    assert all("Hire Terms" not in f.text for f in facts)


@pytest.mark.parametrize(
    ("material", "title"), [(FORKLIFTS, "作业规程"), (SCAFFOLDS, "Hire Terms")]
)
async def test_no_stem_prints_the_title(
    offline_context: FlowContext, material: str, title: str
) -> None:
    exam = await delivered_exam(offline_context, {"material": material, **BLUEPRINT})
    assert len(exam.questions) >= 4, exam.shortfall
    for text in _texts(exam):
        assert title not in text, text
        assert not re.search(r"规程叉车|Customers Once", text), text


def test_a_long_title_does_not_run_on_but_a_wrapped_line_does() -> None:
    titled = [s.text for s in split_sentences(SCAFFOLDS)]
    assert titled[:2] == [
        "Tower Scaffold Hire Terms for Contractors and Private Customers",
        "Once signed, the hire agreement runs for at least 14 days.",
    ]
    wrapped = (
        "Members of the Riverside Community Sports Centre\nmust show their card at the desk.\n"
    )
    assert len(split_sentences(wrapped)) == 1
