"""Session 19, fixer FB: an opening courtesy is on her matter, never small talk (own wording).

A greeting with what the matter is, a seat or a drink offered, her name or an ID asked for is how
a desk opens (openings.py): no "你扯别的干什么？", no small-talk count in the report. Real small
talk (the weather, a match, the learner's weekend) is still flagged, greeting or not.
"""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from tests.graphs.practice_dialogue.test_practice_hearing import turn

OPENINGS = [
    ("complaint-handling", "您好，请问出什么事了？"),
    ("complaint-handling", "您好，先请坐，我去给您泡杯茶。"),
    ("complaint-handling", "您好，请问您贵姓？"),
    ("objection-handling", "你好，这边请坐，要不要喝点水？"),
    ("objection-handling", "您好，请问哪里不满意？"),
    ("english-upsell", "Good evening, could I see some identification, please?"),
    ("english-upsell", "Hi there, what seems to be the trouble?"),
    ("english-upsell", "Evening, do have a seat. Can I fetch you a cup of tea?"),
    ("broadband-retention", "Hello, may I see some ID?"),
    ("broadband-retention", "Hi, could I take your name, please?"),
]

CHATTER = [
    ("complaint-handling", "您好，今天外面真热啊。"),
    ("complaint-handling", "您好，请坐。昨晚的球赛您看了吗？"),
    ("objection-handling", "你好，我周末去钓鱼了，钓了好几条。"),
    ("english-upsell", "Hello, lovely weather we're having, isn't it?"),
    ("broadband-retention", "Hi, have a seat. Did you catch the football last night?"),
    ("broadband-retention", "Hello, my weekend was great, I went hiking in the hills."),
]


@pytest.mark.parametrize(("scenario", "reply"), OPENINGS)
async def test_an_opening_courtesy_is_no_small_talk(
    offline_context: FlowContext, scenario: str, reply: str
) -> None:
    evaluation, line = await turn(offline_context, scenario, reply)
    assert not evaluation["off_topic"], evaluation
    assert "扯别的" not in line and "跟我有什么关系" not in line and "has to do with" not in line
    assert "got to do with" not in line, line


@pytest.mark.parametrize(("scenario", "reply"), CHATTER)
async def test_small_talk_after_a_greeting_is_still_small_talk(
    offline_context: FlowContext, scenario: str, reply: str
) -> None:
    evaluation, _ = await turn(offline_context, scenario, reply)
    assert evaluation["off_topic"], evaluation
