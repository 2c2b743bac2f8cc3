"""After her yes, the learner booking it gets her confirmation, not her yes again prefixed with
「我刚才说了」 as if unheard (agreed_again.py). Own wording, through the real flow."""

from __future__ import annotations

from graphs.context import FlowContext
from tests.support.practice import lines_after

TURNS = (
    "王姐，我能理解，三千九百八不便宜，多比几家是应该的。您这回健身最想练出什么效果？",
    "好的。那您一般几点能来？以前办过卡吗，当时为什么没坚持？",
    "我们店离地铁口只有三分钟，早上六点开门，晚上十一点才关，您加完班过来也赶得上。"
    "年卡送一次体测和两节私教体验课，教练先帮您排个计划，不容易半途而废。",
    "钱的话能分12期免息，一个月332左右，算到每天也就十块出头。出差有事还能冻结60天，不浪费。",
    "瘦多少我不敢打包票，得看您自己坚持和饮食。今天不用定，可以先约一次免费体测或者体验课，试了再说。",
    "行，那我给您排周日下午三点的免费体测，您看可以吗？",
)


async def test_booking_her_yes_gets_her_confirmation(offline_context: FlowContext) -> None:
    lines = await lines_after(offline_context, "objection-handling", *TURNS)
    assert lines[-2] != lines[-1]
    assert "我刚才说了" not in lines[-1], lines[-1]
    assert lines[-2] not in lines[-1], lines[-1]
