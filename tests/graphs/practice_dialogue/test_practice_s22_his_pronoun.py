"""Session 22, F3 (trainer P15): hints and report labels call the customer by the persona's own
pronoun. Three complaint hints called 李先生 「她」 (「先回答她的问题」). Own scripts on the shipped
scenarios, through the real graph: 李先生 is 他, 王女士 stays 她, Mr Daniel Harper is "his"."""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from graphs.practice_dialogue.pronouns import gender_of
from graphs.scenarios import Scenario
from tests.support.practice import Session


async def hints_after(context: FlowContext, scenario: str, *replies: str) -> list[str]:
    session = Session(context)
    await session.start(scenario, coaching=True)
    for reply in replies:
        await session.reply(reply)
    return [p["hint"] for p in session.pauses if p.get("hint")]


async def test_li_xiansheng_is_him_in_the_hints(offline_context: FlowContext) -> None:
    hints = await hints_after(
        offline_context,
        "complaint-handling",
        "您好，请问有什么事？",
        "您要是在网上乱说，我们就告您。",
    )
    assert "先回答他的问题" in hints[0], hints
    assert "评价和投诉都是他的权利" in hints[-1], hints
    assert not any("她" in hint for hint in hints), hints


async def test_acting_for_him_unasked_is_named_with_his_pronoun(
    offline_context: FlowContext,
) -> None:
    session = Session(offline_context)
    await session.start("complaint-handling")
    values = await session.reply("您先刷卡吧，我已经帮您下了单。")
    labels = [c for e in values["turn_evaluations"] for c in e["forbidden"]]
    assert "未经客户同意替他办理" in labels, labels


@pytest.mark.parametrize(
    ("scenario", "reply", "words", "not_words"),
    [
        # look-alikes that keep their pronoun: a woman stays 她 / her
        ("objection-handling", "您今天必须定下来，不然名额就没了，别犹豫了！", "别催她", "别催他"),
        (
            "english-upsell",
            "You have to decide right now, this price ends in five minutes!",
            "in his own time",
            "in her own time",
        ),
    ],
)
async def test_a_pushed_customer_is_named_by_own_pronoun(
    offline_context: FlowContext, scenario: str, reply: str, words: str, not_words: str
) -> None:
    hints = await hints_after(offline_context, scenario, reply)
    assert any(words in hint for hint in hints), hints
    assert not any(not_words in hint for hint in hints), hints


def test_gender_comes_from_the_role(offline_context: FlowContext) -> None:
    names = ("complaint-handling", "objection-handling", "broadband-retention", "english-upsell")
    genders = [gender_of(offline_context.library.get(Scenario, name)) for name in names]
    assert genders == ["he", "she", "she", "he"]
