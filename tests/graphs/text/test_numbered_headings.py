"""A numbered bare title over a paragraph heads a part ("1. Bookings", 「2、退货」): read as a list
item, a sectioned text was one part and the shortfall note told its designer "the material has
no sections" (session 13 designer D5). Own materials: a boat-hire terms sheet and a nail salon's
rules; a numbered procedure of short steps stays one list."""

from __future__ import annotations

from graphs.text.sentences import split_sentences

BOAT_HIRE = """Lakeside Boat Hire - Terms

1. Booking
Boats must be booked at least 2 days ahead. A deposit of 40 dollars is taken per boat.

2. On the water
Life jackets must be worn at all times. Children under 10 must sit with an adult.

3. Returns
Boats returned more than 30 minutes late are charged a full extra hour.
"""

NAIL_SALON = """美甲店服务规范

1、预约
顾客须提前1天预约，迟到15分钟以上的预约自动取消。

2、卫生
每位顾客使用后，工具须消毒30分钟。
"""

STEPS = """门店闭店步骤
1. 关闭收银机
2. 清点现金
3. 锁好前门
"""


def test_numbered_titles_over_paragraphs_head_their_parts_en() -> None:
    sections = [s.section for s in split_sentences(BOAT_HIRE)]
    assert sections[1:] == ["Booking", "Booking", "On the water", "On the water", "Returns"]


def test_numbered_titles_over_paragraphs_head_their_parts_zh() -> None:
    sentences = split_sentences(NAIL_SALON)
    assert {s.section for s in sentences if "预约" in s.text} == {"预约"}
    assert {s.section for s in sentences if "消毒" in s.text} == {"卫生"}


def test_a_numbered_list_of_short_steps_is_no_heading() -> None:
    sentences = split_sentences(STEPS)
    assert [s.text for s in sentences[1:]] == ["关闭收银机", "清点现金", "锁好前门"]
    assert {s.section for s in sentences} == {""}
