"""Her doubt fits what was said (issue 12, session 15): a vow is doubted as a vow, a gift as a
gift, not with the stock doubt of the learner's authority ("Can you actually do that?") after
whatever was offered; in Chinese her reaction and her doubt are one line, no space glued in.
Through the real flow, in learner lines of our own."""

from __future__ import annotations

from graphs.context import FlowContext
from graphs.practice_dialogue.beyond_offers import DOUBTS
from graphs.practice_dialogue.too_good import KIND_DOUBTS
from tests.support.practice import her_lines, played


async def test_a_vow_is_doubted_as_a_vow(offline_context: FlowContext) -> None:
    values = await played(
        offline_context,
        "broadband-retention",
        "Hello, sorry to hear about the evenings.",
        "I guarantee you'll never have a slow evening again with us.",
    )
    line = her_lines(values)[-1]
    assert not any(d in line for d in DOUBTS["en"]), line
    assert any(d in line for d in KIND_DOUBTS[("en", "vow")]), line


async def test_a_chinese_vow_is_doubted_in_one_line(offline_context: FlowContext) -> None:
    values = await played(
        offline_context,
        "complaint-handling",
        "您好，让您久等了，真对不起。",
        "我向您保证，以后您来绝对一分钟都不用等。",
    )
    line = her_lines(values)[-1]
    assert any(d in line for d in KIND_DOUBTS[("zh", "vow")]), line
    assert " " not in line, line
