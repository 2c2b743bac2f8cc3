"""Session 22 end trainer (P15), objection-strong: after the booking was confirmed the customer
raised a new objection (「这些别家也都有吧，有什么不一样的？」) and the run still ended on its goal.
After her yes the wrap-up raises no new doubt: a question of her script gives way to her parting
words (her_line.py). Own script on the shipped gym scenario, real graph."""

from __future__ import annotations

from graphs.context import FlowContext
from graphs.practice_dialogue.her_set_lines import PARTING
from tests.support.practice import her_lines, played

TO_HER_YES = (
    "王女士，三千九百八确实不少。您办卡主要是想减脂还是练体态？",
    "您一般几点下班？以前办过卡吗？后来为什么没坚持？",
    "我们晚上开到十一点，地铁口过来三分钟。",
    "分十二期免息每月三百三十二，一年还能冻结六十天。",
    "您不用急着定，先约一次免费体测体验一下，好吗？",
)


async def test_booking_confirmed_gets_her_parting_not_a_doubt(
    offline_context: FlowContext,
) -> None:
    values = await played(
        offline_context,
        "objection-handling",
        *TO_HER_YES,
        "好的，给您登记周六上午十点的体测，我在前台等您。",
    )
    hers = her_lines(values)
    assert values.get("agreed"), hers
    assert "？" not in hers[-1], hers  # no new objection after her yes
    assert hers[-1] == PARTING["zh"], hers
