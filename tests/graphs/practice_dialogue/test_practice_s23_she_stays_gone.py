"""Session 22 end trainer (P15), objection-weak: the customer said 「行吧，那我先走了。」 and, after a
bare 「嗯。」, asked 「那……分期的话每个月多少钱？」. Once she has taken her leave she stays gone
until something is put to her (gone.py). Own scripts on the shipped scenarios, real graph."""

from __future__ import annotations

from graphs.context import FlowContext
from graphs.practice_dialogue.gone import STILL_LEAVING, took_her_leave
from tests.support.practice import lines_after


async def test_sent_off_she_asks_nothing_new_zh(offline_context: FlowContext) -> None:
    hers = await lines_after(
        offline_context, "objection-handling", "嫌贵的话您就算了吧。", "哦。", "您还有什么要问的？"
    )
    assert took_her_leave(hers[1], "zh"), hers
    for line in hers[2:]:
        assert took_her_leave(line, "zh"), hers  # no new concern, no question
        assert "？" not in line, hers
    assert hers[2] != hers[3], hers  # and never the same words twice


async def test_sent_off_he_asks_nothing_new_en(offline_context: FlowContext) -> None:
    hers = await lines_after(
        offline_context,
        "english-upsell",
        "Here is your key card. Bye now.",
        "Mm.",
        "Anything else?",
    )
    assert took_her_leave(hers[1], "en"), hers
    for line in hers[2:]:
        assert took_her_leave(line, "en"), hers
        assert "?" not in line, hers


async def test_an_offer_after_she_left_is_still_answered(offline_context: FlowContext) -> None:
    hers = await lines_after(
        offline_context,
        "objection-handling",
        "嫌贵的话您就算了吧。",
        "年卡可以分十二期免息，每个月三百三十二元，您要不要先约一次免费体测？",
    )
    assert took_her_leave(hers[1], "zh"), hers
    assert hers[2] not in STILL_LEAVING["zh"], hers  # the offer is heard, not waved off
