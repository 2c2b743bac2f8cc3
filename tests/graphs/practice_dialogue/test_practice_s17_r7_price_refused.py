"""A flat refusal about the price is about the price, not small talk (session 17 end trainer
P10, pattern 5: oh-weak 「那没办法，我们就是这个价」 got 「你说这些跟我有什么关系？」 and 第1轮在闲聊).

Own learners, through the real flow: the price named short (一口价, 就这个价) is the subject.
"""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from tests.support.practice import her_lines, played


@pytest.mark.parametrize("reply", ["这个没得商量，一口价。", "少一分都不行，就这个价。"])
async def test_a_flat_refusal_about_the_price_is_no_small_talk(
    offline_context: FlowContext, reply: str
) -> None:
    values = await played(offline_context, "objection-handling", reply, "结束")
    conduct = next(c for c in values["report"]["criteria"] if c["name"] == "合规表达")
    assert "闲聊" not in conduct["explanation"], conduct
    answer = her_lines(values)[1]
    assert "跟我有什么关系" not in answer, answer
