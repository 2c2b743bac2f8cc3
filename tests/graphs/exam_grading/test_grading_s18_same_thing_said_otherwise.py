"""Session 17 end teacher T10, through helper I of session 18: a fill-in that names the key's
thing another way.

- The everyday name of a role (doorman for door supervisor) and 维保 for 维修 are the key's;
  the key without its word for the work (洗涤负责人 for 洗涤作业负责人) is the key; another role,
  another act (保养) or the key with a whole word left out ("door supervisor" for "chief door
  supervisor": which one) is not.
- One span of time said another way (一学期 / 一个学期 / 一整个学期, 一年 / 一整年, "a term" /
  "one full term") is the key; another count (两个学期, "two terms") is not.
- An English role's head in the plural ("inspectors" for "ticket inspector") is the head.
Own courses: a laundry (洗衣房), a concert hall's door, a ferry terminal, a music school (琴行),
a bicycle repair shop (单车维修). Papers go through the real grading flow.
"""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from graphs.exams import Language
from tests.support.grading import fill_blank, graded_report


async def _blank(stem: str, key: str, answer: str, context: FlowContext) -> tuple[float, str]:
    language: Language = "en" if key.isascii() else "zh"
    item = fill_blank(stem, key)
    report = await graded_report([item], {"1": answer}, context, title="t", language=language)
    result = report["questions"][0]
    return result["score"], result["review"]


LAUNDRY = "填空：____须在每班结束前核对烘干机温度记录。"
DOOR = "Fill in the blank: The ____ counts guests in and closes the doors at 900."
FERRY = "Fill in the blank: A ____ checks every boarding pass at the gangway."
MUSIC = "填空：学员的课时包有效期为____，过期不退。"
MEMBERSHIP = "填空：琴房会员卡有效期为____。"
LOAN = "Fill in the blank: Students may keep a practice keyboard for ____."
BICYCLE = "填空：每辆车修好后须填写____，交车时给顾客过目。"


@pytest.mark.parametrize(
    ("stem", "key", "answer"),
    [
        (DOOR, "chief door supervisor", "the chief doorman"),
        (DOOR, "door supervisor", "doorman"),
        (LAUNDRY, "洗涤作业负责人", "洗涤负责人"),
        (LAUNDRY, "洗涤负责人", "洗涤作业负责人"),
        (BICYCLE, "维修记录", "维保记录"),
        (MUSIC, "一学期", "一个学期"),
        (MUSIC, "一学期", "一整个学期"),
        (MUSIC, "一个学期", "一学期"),
        (MEMBERSHIP, "一年", "一整年"),
        (LOAN, "one term", "a term"),
        (LOAN, "a term", "one full term"),
        (FERRY, "ticket inspector", "the ticket inspector"),
        (FERRY, "ticket inspector", "inspectors"),
    ],
)
async def test_the_key_said_another_way_is_right(
    stem: str, key: str, answer: str, offline_context: FlowContext
) -> None:
    score, note = await _blank(stem, key, answer, offline_context)
    assert score == 2, note


@pytest.mark.parametrize(
    ("stem", "key", "answer"),
    [
        # a whole word left out is which one, not a misspelling; an added rank is another post
        (DOOR, "chief door supervisor", "door supervisor"),
        (DOOR, "head door supervisor", "door supervisor"),
        (DOOR, "chief door supervisor", "doorman"),
        (DOOR, "door supervisor", "head bouncer"),
        # another role, a qualifier that says which, another act
        (LAUNDRY, "洗涤作业负责人", "洗涤主管"),
        (LAUNDRY, "门店销售经理", "门店经理"),
        (BICYCLE, "维修记录", "保养记录"),
        # another count of the same period, another period
        (MUSIC, "一学期", "两学期"),
        (MUSIC, "一学期", "一个季度"),
        (LOAN, "one term", "two terms"),
    ],
)
async def test_another_thing_is_still_wrong(
    stem: str, key: str, answer: str, offline_context: FlowContext
) -> None:
    score, note = await _blank(stem, key, answer, offline_context)
    assert score == 0, note
