"""A fill-in keyed by a word for any member of staff where the material names a post (session 19
end designer D12, m1 Q10: 「交付时____须为顾客调整镜架」 keyed 店员, and 验光员 fits as well).
Judged by the validators, so a model's item is held to it too (role_blanks.py). Own materials: a
farm supplies shop (zh) and a recording studio (en)."""

from __future__ import annotations

from typing import Any

from graphs.exam_generation.validation import validate_question

FARM_SHOP = """# 农资门店服务规范

## 销售
交货时店员须为顾客核对农药登记证号。
限用农药只能由植保员推荐用量。
"""

FARM_SHOP_STAFF_ONLY = """# 农资门店服务规范

## 销售
交货时店员须为顾客核对农药登记证号。
每次销售除草剂不得超过5瓶。
"""

STUDIO = """# Studio rules

Before a session, staff must check every microphone.
The duty engineer logs any damage to equipment.
"""

OPTICIAN = """# 配镜流程

交付时店员须为顾客调整镜架，并告知镜片保养方法。
主觉验光只能由持有验光员职业资格证的员工操作。
取镜时当班验光员须复核镜片度数。
"""


def _fill(stem: str, key: str, quote: str) -> dict[str, Any]:
    return {
        "type": "fill_blank",
        "stem": stem,
        "answer": [key],
        "explanation": quote,
        "knowledge_point": "职责" if "\u4e00" <= key[0] <= "\u9fff" else "duties",
        "difficulty": "easy",
        "source_quote": quote,
    }


def _problems(data: dict[str, Any], material: str) -> str:
    return " ".join(validate_question(data, material, [])[1])


def test_the_reviewers_shop_word_key_is_refused() -> None:
    quote = "交付时店员须为顾客调整镜架，并告知镜片保养方法。"
    item = _fill("填空：交付时____须为顾客调整镜架，并告知镜片保养方法。", "店员", quote)
    assert "names any member of staff" in _problems(item, OPTICIAN)


def test_a_staff_word_key_is_refused_beside_a_post() -> None:
    quote = "交货时店员须为顾客核对农药登记证号。"
    item = _fill("填空：交货时____须为顾客核对农药登记证号。", "店员", quote)
    assert "names any member of staff" in _problems(item, FARM_SHOP)


def test_a_staff_word_key_stands_where_no_post_is_named() -> None:
    quote = "交货时店员须为顾客核对农药登记证号。"
    item = _fill("填空：交货时____须为顾客核对农药登记证号。", "店员", quote)
    assert "names any member of staff" not in _problems(item, FARM_SHOP_STAFF_ONLY)


def test_a_post_key_stands() -> None:
    quote = "限用农药只能由植保员推荐用量。"
    item = _fill("填空：限用农药只能由____推荐用量。", "植保员", quote)
    assert "names any member of staff" not in _problems(item, FARM_SHOP)


def test_staff_in_english_beside_a_post_is_refused() -> None:
    quote = "Before a session, staff must check every microphone."
    item = _fill(
        "Fill in the blank: Before a session, ____ must check every microphone.", "staff", quote
    )
    assert "names any member of staff" in _problems(item, STUDIO)
