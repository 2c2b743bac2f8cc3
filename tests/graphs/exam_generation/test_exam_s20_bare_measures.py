"""A clause that measures what the clause before it did is not asked alone (session 20 lead,
car-rental procedure Q3: 「照片不少于（    ）」, the photos of the damage the clause before took)."""

from __future__ import annotations

from typing import Any

from graphs.exam_generation.validation import validate_question
from tests.support.exam_flow import delivered_exam

REMOVALS_SURVEY = """# 搬家公司上门估价规程

## 一、上门
1. 估价员须在约定时间前10分钟到达客户家中。
2. 估价员应逐间查看家具和电器，贵重物品须登记并拍照存档，照片不少于6张。
3. 估价单须在上门后2小时内发给客户。

## 二、报价
4. 报价有效期为7天，过期须重新估价。
5. 楼层超过6层且无电梯的，每层加收50元。
"""


def _single(stem: str, key: str, options: list[str], quote: str) -> dict[str, Any]:
    return {
        "type": "single_choice",
        "stem": stem,
        "options": [{"key": k, "text": t} for k, t in zip("ABCD", options, strict=True)],
        "answer": ["ABCD"[options.index(key)]],
        "explanation": quote,
        "knowledge_point": "估价",
        "difficulty": "medium",
        "source_quote": quote,
    }


def _problems(data: dict[str, Any]) -> str:
    return " ".join(validate_question(data, REMOVALS_SURVEY, [])[1])


def test_a_bare_measure_of_the_clause_before_is_refused() -> None:
    item = _single(
        "根据课程材料，选择最恰当的一项填入括号：照片不少于（    ）。",
        "6张",
        ["4张", "6张", "8张", "10张"],
        "照片不少于6张。",
    )
    assert "measures what the clause before it" in _problems(item)


def test_the_measure_with_its_act_stands() -> None:
    item = _single(
        "根据课程材料，选择最恰当的一项填入括号：贵重物品须登记并拍照存档，照片不少于（    ）。",
        "6张",
        ["4张", "6张", "8张", "10张"],
        "贵重物品须登记并拍照存档，照片不少于6张。",
    )
    assert "measures what the clause before it" not in _problems(item)


def test_a_figure_with_its_own_subject_after_a_comma_stands() -> None:
    item = _single(
        "根据课程材料，选择最恰当的一项填入括号：估价单须在上门后（    ）内发给客户。",
        "2小时",
        ["1小时", "2小时", "3小时", "4小时"],
        "估价单须在上门后2小时内发给客户。",
    )
    assert "measures what the clause before it" not in _problems(item)


async def test_no_delivered_item_asks_the_photos_alone(offline_context: Any) -> None:
    exam = await delivered_exam(
        offline_context,
        {"material": REMOVALS_SURVEY, "single_choice": 4, "true_false": 2, "fill_blank": 2},
    )
    assert exam.questions
    stems = [q.stem for q in exam.questions]
    assert not any("：照片不少于" in s or s.startswith("照片不少于") for s in stems), stems
