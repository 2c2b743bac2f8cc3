"""What the first round's held-out learners found, one test per class of defect, through the real
flow (offline engine, shipped scenarios), in wording of its own (not the held-out sentences).

Classes: an apology or empathy said as a filler before small talk is small talk; thanks and a
goodbye after her yes are the wrap-up, and stopping after her yes ends with `goal`; an offer said
with a congratulation is answered about the offer; a point heard only inside a longer phrase of
another point is not made; English phrases hear inserted intensifiers; the scenarios' synonyms; a
new offer is answered before she opens up; a false figure is corrected without a generic
reaction first; "you should really upgrade" is pressure; a claim about what is on offer is on
topic; the CLI prints a short report's note.
"""

from __future__ import annotations

from typing import Any

import pytest
from langgraph.types import Command

from api.cli.render import render_practice_report
from graphs.context import FlowContext
from graphs.library import ContentLibrary
from graphs.practice_dialogue.nodes import LEAVING_DISPLEASED
from graphs.scenarios import Scenario
from tests.graphs.practice_dialogue.test_practice_hearing import turn
from tests.support.practice import Session


def _rules(scenario: str) -> dict[str, str | None]:
    return {r.when: r.line for r in ContentLibrary.load().get(Scenario, scenario).behaviour}


@pytest.mark.parametrize(
    ("scenario", "reply"),
    [
        ("objection-handling", "抱歉抱歉，我昨晚没睡好，脑子还有点懵。"),
        ("english-upsell", "Apologies, the printer has been jammed all afternoon, what a week!"),
        ("broadband-retention", "Sorry, I'm still getting over a cold, my voice is shot."),
    ],
)
async def test_an_apology_before_small_talk_is_small_talk(
    offline_context: FlowContext, scenario: str, reply: str
) -> None:
    session = Session(offline_context)
    before = (await session.start(scenario))["mood"]
    values = await session.reply(reply)
    evaluation = values["turn_evaluations"][-1]
    assert evaluation["off_topic"] and evaluation["empathy"] == [], evaluation
    assert values["mood"] < before  # small talk does not warm her up


@pytest.mark.parametrize(
    ("scenario", "reply"),
    [
        ("complaint-handling", "真的很抱歉，让您白跑了一趟。"),
        ("english-upsell", "So sorry, you've had a long wait at the desk."),
        ("complaint-handling", "对不起，实在对不起。"),
    ],
)
async def test_an_apology_to_her_is_still_one(
    offline_context: FlowContext, scenario: str, reply: str
) -> None:
    evaluation, _ = await turn(offline_context, scenario, reply)
    assert not evaluation["off_topic"]
    assert any(e.startswith("apology:") for e in evaluation["empathy"]), evaluation


TO_HER_YES = [
    "您好，我是会籍顾问小吴，谢谢您来，耽误您几分钟可以吗？",
    "钱确实要花在刀刃上，我理解。您这次来主要想达到什么效果？",
    "您一般几点下班，一周能来几次？",
    "我们开到晚上11点，地铁口出来就到。要不我帮您约个周日的免费体测，您先体验一下再决定，您看可以吗？",
]


async def _until_her_yes(context: FlowContext) -> tuple[Session, dict[str, Any]]:
    session = Session(context)
    values = await session.play("objection-handling", TO_HER_YES)
    assert values["agreed"] and not values.get("ended"), values["transcript"][-1]
    assert "体测" in values["transcript"][-1]["text"]  # her yes to the free check
    return session, values


async def test_a_goodbye_after_her_yes_is_the_wrap_up(offline_context: FlowContext) -> None:
    session, before = await _until_her_yes(offline_context)
    values = await session.reply("太好了，那就这么说定，谢谢您，周日见！")
    evaluation = values["turn_evaluations"][-1]
    assert not evaluation["off_topic"] and "off_topic" not in evaluation["signals"]
    assert values["mood"] >= before["mood"]
    assert values["ended"] == "goal" and values["report"]["ended"] == "goal"


async def test_a_goodbye_before_anything_is_settled_gets_her_leave(
    offline_context: FlowContext,
) -> None:
    # session 7: a goodbye is no small talk to rebuke; she takes her leave, still displeased
    evaluation, line = await turn(
        offline_context, "complaint-handling", "行了行了，谢谢您，您慢走。"
    )
    assert not evaluation["off_topic"] and not evaluation["covered"]
    assert line == LEAVING_DISPLEASED["zh"]


@pytest.mark.parametrize("stop", [{"action": "end"}, "结束"])
async def test_stopping_after_her_yes_ends_with_goal(
    offline_context: FlowContext, stop: Any
) -> None:
    session, _ = await _until_her_yes(offline_context)
    values = await session._run(Command(resume=stop))
    assert values["ended"] == "goal" and values["report"]["ended"] == "goal"
    assert values["report"]["turns"] == len(TO_HER_YES)  # the stop is not a turn


async def test_stopping_before_her_yes_is_still_quitting(offline_context: FlowContext) -> None:
    session = Session(offline_context)
    await session.play("objection-handling", TO_HER_YES[:2])
    values = await session._run(Command(resume={"action": "end"}))
    assert values["ended"] == "quit"


async def test_an_offer_with_congratulations_is_answered_about_the_offer(
    offline_context: FlowContext,
) -> None:
    _, line = await turn(
        offline_context,
        "english-upsell",
        "Good evening, welcome! Is this trip for anything special?",
        "Congratulations to you both! We have a junior suite with a harbour view free tonight.",
    )
    assert "harbour" in line.lower(), line
    assert "very kind" not in line


async def test_a_word_inside_a_longer_phrase_of_another_point_is_not_that_point(
    offline_context: FlowContext,
) -> None:
    evaluation, line = await turn(
        offline_context, "complaint-handling", "这边之后会改成提前短信通知病人，不让您干等。"
    )
    tags = [c["tag"] for c in evaluation["covered"]]
    assert "improve" in tags and "follow-up" not in tags, tags
    assert "按你说的办" not in line  # not her closing yes
    # said on its own, the same word still makes its own point
    evaluation, _ = await turn(
        offline_context, "complaint-handling", "退款到了我们会发短信跟您确认。"
    )
    assert "follow-up" in [c["tag"] for c in evaluation["covered"]]


@pytest.mark.parametrize(
    ("scenario", "reply", "family", "said"),
    [
        ("english-upsell", "I fully understand, it's quite a jump.", "empathy", True),
        (
            "broadband-retention",
            "I really do appreciate you telling me about the speed.",
            "acknowledgement",
            True,
        ),
        ("broadband-retention", "I don't really understand why you'd go.", "empathy", False),
    ],
)
async def test_english_phrases_hear_inserted_intensifiers(
    offline_context: FlowContext, scenario: str, reply: str, family: str, said: bool
) -> None:
    evaluation, _ = await turn(offline_context, scenario, reply)
    assert any(e.startswith(f"{family}:") for e in evaluation["empathy"]) is said, evaluation


@pytest.mark.parametrize(
    ("scenario", "reply", "tag"),
    [
        ("objection-handling", "您办卡是想减重，还是想增强体能？", "goal"),
        ("complaint-handling", "那就按这个办，谢谢反馈，欢迎监督。", "thanks"),
        (
            "broadband-retention",
            "Worth knowing: their deal rises once the intro months end, and setup is extra.",
            "compare",
        ),
    ],
)
async def test_the_scenarios_hear_their_synonyms(
    offline_context: FlowContext, scenario: str, reply: str, tag: str
) -> None:
    evaluation, _ = await turn(offline_context, scenario, reply)
    assert tag in [c["tag"] for c in evaluation["covered"]], evaluation


async def test_a_new_offer_is_answered_before_she_opens_up(offline_context: FlowContext) -> None:
    session = Session(offline_context)
    values = await session.play(
        "broadband-retention",
        [
            "Hello, thanks for calling Northline, this is Jo. Can I take the account name?",
            "I'm sorry to hear that. What's been going wrong with the service?",
            "How do you use the line in the evenings?",
            "I'll get a technician round on Friday, free of charge, and the price drops to 31 a "
            "month on the loyalty plan.",
        ],
    )
    line = values["transcript"][-1]["text"]
    assert "engineer" in line.lower() or "thirty-one" in line.lower(), line
    assert not values["goal_revealed"]


async def test_a_false_figure_is_corrected_without_a_generic_reaction(
    offline_context: FlowContext,
) -> None:
    evaluation, line = await turn(
        offline_context,
        "broadband-retention",
        "The best I can do is a loyalty price of 24 a month.",
    )
    assert evaluation["forbidden"], evaluation
    generic = _rules("broadband-retention")["forbidden_claim"]
    assert generic is not None and generic not in line
    assert line.startswith("That's not what your own website says")


@pytest.mark.parametrize(
    ("scenario", "reply", "pushy"),
    [
        (
            "english-upsell",
            "You really ought to upgrade, trust me, the basic rooms are cramped.",
            True,
        ),
        ("objection-handling", "您一定要办这张卡，不然就亏大了。", True),
        ("english-upsell", "You'll need to sign the registration card, Mr Harper.", False),
    ],
)
async def test_telling_her_what_to_buy_is_pressure(
    offline_context: FlowContext, scenario: str, reply: str, pushy: bool
) -> None:
    evaluation, _ = await turn(offline_context, scenario, reply)
    assert bool(evaluation["pushy"]) is pushy, evaluation


@pytest.mark.parametrize(
    ("scenario", "reply", "off"),
    [
        ("objection-handling", "我们家是这一片器械最新的健身房。", False),
        ("english-upsell", "We're the best-rated hotel on the whole waterfront.", False),
        ("complaint-handling", "我们诊所门口新开了一家奶茶店，味道不错。", True),
    ],
)
async def test_a_claim_about_what_is_on_offer_is_on_topic(
    offline_context: FlowContext, scenario: str, reply: str, off: bool
) -> None:
    evaluation, _ = await turn(offline_context, scenario, reply)
    assert evaluation["off_topic"] is off, evaluation


async def test_the_cli_prints_a_short_reports_note(offline_context: FlowContext) -> None:
    session = Session(offline_context)
    await session.start("objection-handling")
    values = await session.reply("退出")
    shown = render_practice_report(values["report"])
    assert values["report"]["note"] in shown


async def test_she_says_no_yes_before_anything_is_offered(offline_context: FlowContext) -> None:
    """Asked for her decision while warm but before anything was offered, she agreed to a body
    test nobody had proposed and the session ended (a held-out code-switching learner, 82 -> 61).
    Her yes waits for an offer (a point of the presentation stage)."""
    session = Session(offline_context)
    await session.start("objection-handling")
    for reply in (
        "您好，我是会籍顾问小李，能占用您几分钟吗？",
        "价格这个顾虑我非常理解，毕竟不便宜。您这次主要想达成什么目标？",
        "生完孩子想恢复身材，这个心情我特别能体会。您平时几点下班？",
        "我明白您怕钱白花，换谁都会担心。之前办过卡吗？",
    ):
        warm = await session.reply(reply)
    assert warm["mood"] >= 1  # the scenario's goal mood: warm enough to say yes to an offer
    values = await session.reply("那您看可以吗？")
    assert not values.get("agreed") and values.get("ended") is None, values["transcript"][-1]
