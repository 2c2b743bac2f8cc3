"""Session 26 (F3): a short-answer ask that cannot be worded cleanly is worded by what the rule
really names, or not made.

- An order on a thing, with a case that speaks of "it" ("Do not … a hide once it has dried …"):
  the object ran into the case ("a hide once it has dried") and stood for "it", asked "… once the
  hide once it has dried has dried …". "once", "while", "unless" end an order's object as "when"
  does; an object that still holds a clause of its own is no ask (order_asks).
- "at once and tagged …" was read as the rule's case ("What must the drum do once and tagged …?"):
  "at once" says how soon, and no case opens on "and" (english_asks).
- 「…的，不论是否…，一律…」 was asked 「…时，不论是多少？」: a 不论/无论 clause names no subject and
  no amount; the rule is asked by its case (chinese_asks).

Own materials: a tannery's drum-room rules (en) and a rebar workshop's staff rules (zh, 钢筋加工).
"""

from __future__ import annotations

import re

from graphs.context import FlowContext
from tests.support.exam_flow import delivered_exam

TANNERY = (
    "# Millbrook Tannery — Drum Room Rules\n\n"
    "## 1. Tanning drums\n"
    "Do not unload a hide once it has dried to a stiff crust.\n"
    "A drum with a cracked paddle must be taken out of service at once and tagged yellow.\n"
    "Drum doors must be bolted before the drum is started.\n"
    "Keep the drum room floor clear of offcuts at all times.\n\n"
    "## 2. Dye house\n"
    "Dye baths are kept below 55°C.\n"
    "Mix every dye batch in the fume cupboard.\n"
    "Spilt dye must be soaked up with sawdust within 10 minutes.\n"
)

REBAR = (
    "# 钢筋加工车间管理规定\n\n"
    "## 一、持证上岗\n"
    "操作工须持焊工证或钢筋工证上岗，证件每年复审一次。\n"
    "无证操作的，不论是否造成损失，一律调离岗位。\n"
    "新员工须由班长带教满1个月后方可独立操作。\n\n"
    "## 二、现场管理\n"
    "钢筋堆放高度不得超过1.2米，堆垛之间留出0.8米通道。\n"
    "下班前须切断总电源，并清理切断机周围的铁屑。\n"
)


def _asks(stem: str) -> list[str]:
    return [a.strip() for a in re.split(r"\(\d\)|（\d）", stem)[1:]]


async def test_english_asks_name_the_case_once(offline_context: FlowContext) -> None:
    exam = await delivered_exam(offline_context, {"material": TANNERY, "short_answer": 2})
    asks = [a for q in exam.questions for a in _asks(q.stem)]
    assert asks, exam.shortfall
    for asked in asks:
        assert not re.search(r"\bonce\b.*\bonce\b", asked), asked
        assert not re.search(r"\b(?:once|when|while)\s+and\b", asked), asked
    assert "What must staff do once the hide has dried to a stiff crust?" in asks, asks


async def test_a_whatever_clause_is_no_subject(offline_context: FlowContext) -> None:
    exam = await delivered_exam(offline_context, {"material": REBAR, "short_answer": 2})
    asks = [a for q in exam.questions for a in _asks(q.stem)]
    assert asks, exam.shortfall
    assert not [a for a in asks if re.search(r"不论|无论", a)], asks
    assert "无证操作有什么规定？" in asks, asks
