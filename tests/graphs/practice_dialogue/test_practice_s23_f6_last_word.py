"""Session 23, F6: her last word decides (trainer P16: "Let's do it" then "I don't know yet. The
standard room is probably fine for us" reported as "The customer agreed"; 「…今天办一张？好啊。」
after her not-yet in one reply). The shipped scenarios with new scripted lines; the real graph."""

from __future__ import annotations

from graphs.context import FlowContext
from tests.support.practice import criterion, her_lines, played


async def test_her_not_yet_gets_no_yes_to_the_same_question(offline_context: FlowContext) -> None:
    values = await played(
        offline_context,
        "objection-handling",
        "您好，年卡3980元，比隔壁是贵些，可我们场地宽敞一些。",
        "我们地铁口出来走3分钟，每天早6点开到晚11点。",
        "可以分12期免息，每月大概332元。",
        "办卡还附送一次体测和两节私教体验课。",
        "那您要不要今天办一张？",
    )
    last = her_lines(values)[-1]
    assert "好啊" not in last or "再想想" not in last, last
    assert not last.endswith("今天办一张？好啊。"), last


async def test_a_door_left_open_after_her_yes_is_no_decline(offline_context: FlowContext) -> None:
    values = await played(
        offline_context,
        "english-upsell",
        "Good evening Mr Harper, welcome to the Harbourview.",
        "There is a harbour-view junior suite tonight at USD 55 extra a night.",
        "I understand, it is a step up. As you are celebrating, I can do the occasion rate of"
        " USD 45 a night.",
        "Shall I move you to the suite?",
        "Alright, let me know if you change your mind later.",
    )
    lines = her_lines(values)
    yes = lines.index("Okay, you've convinced me. Let's do it.")
    later = " ".join(lines[yes + 1 :])
    closing = criterion(values, "Closing")["explanation"]
    # her yes stands and the report says so, or she declines and the report says she did not agree
    declined = "probably fine for us" in later
    assert not declined, lines
    assert "agreed" in closing and "did not agree" not in closing, closing
