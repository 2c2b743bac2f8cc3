"""The practice_dialogue flow end to end on the offline engine, with the shipped scenarios.

Sessions run through the real graph with InMemorySaver: each learner reply resumes the interrupt
with `Command(resume=...)`, as the runtime does.
"""

from __future__ import annotations

import json

import pytest
from langgraph.types import Command

from graphs.context import FlowContext
from graphs.errors import InvalidInput
from graphs.library import ContentLibrary
from graphs.rubrics import Rubric
from graphs.scenarios import Scenario
from tests.support.practice import Session

GOOD_OBJECTION = [
    "您好，欢迎光临，我是会籍顾问小李，感谢您来了解，方便聊几分钟吗？",
    "理解您的顾虑。想问一下您健身主要的目标是什么？是想减脂还是塑形？",
    "明白。您平时工作忙吗？每周大概有几次时间能来？以前办过卡吗，当时为什么没坚持下来？",
    "针对您减脂的目标，我们有体测和两节私教体验，教练会给您定计划。门店离地铁三分钟，"
    "营业到晚上11点，加班后也能来。出差还能冻结60天，不浪费。",
    "我理解，钱确实要花在刀刃上。算下来每天不到11块钱，而且可以分期免息，您也可以先体验再决定。",
    "综合您的情况，年卡分期最适合您。我先帮您预约体测，您看周六上午可以吗？",
    "好的，那就周六上午十点，我把地址发您手机上，谢谢您！",  # wrapping up after her yes
]
POOR_OBJECTION = [
    "我们这是全市最好的健身房。",
    "今天必须办，明天就涨价了！！！",
    "保证一个月瘦十斤，包瘦。",
    "别犹豫了，赶紧办。",
    "隔壁那家很差。",
    "随便你。",
    "天气不错。",
    *["嗯。"] * 10,
]


async def test_a_session_pauses_for_each_reply_and_streams_the_persona(
    offline_context: FlowContext, library: ContentLibrary
) -> None:
    scenario = library.get(Scenario, "objection-handling")
    session = Session(offline_context)
    values = await session.start("objection-handling")
    (pause,) = session.pauses
    assert pause == {
        "kind": "learner_reply",
        "prompt": scenario.opening_line,
        "scenario": "objection-handling",
        "stage": "opening",
        "turn": 1,
        "mood": scenario.persona.initial_mood,
        "hint": None,
    }
    assert len(session.tokens) > 3 and "".join(session.tokens) == scenario.opening_line
    assert values["transcript"] == [
        {"role": "persona", "text": scenario.opening_line, "turn": 1, "stage": "opening"}
    ]

    values = await session.reply(GOOD_OBJECTION[0])
    second = session.pauses[-1]
    assert second["turn"] == 2 and second["stage"] == "discovery"  # the opening is covered
    assert second["mood"] > pause["mood"]
    assert second["hint"]  # coaching is on by default
    assert [e["role"] for e in values["transcript"]] == ["persona", "learner", "persona"]
    assert values["transcript"][-1]["text"] == second["prompt"]
    # she answers what was asked ("方便聊几分钟吗？"): the line tagged with that point
    (answer,) = [
        line for line in scenario.stage("opening").persona_lines if "time-ok" in line.answers
    ]
    assert second["prompt"].endswith(answer.text)
    assert values["transcript"][-1]["answers"] in answer.answers
    (evaluation,) = values["turn_evaluations"]
    assert [c["index"] for c in evaluation["covered"]] == [0, 1]
    assert {"question", "keyword"} <= set(evaluation["signals"])
    assert evaluation["empathy"] == []  # thanks and a greeting are manners, not empathy
    json.dumps(values)  # plain JSON only: checkpoints must load under strict deserialization


async def test_a_good_learner_reaches_the_goal_and_beats_a_poor_one(
    offline_context: FlowContext, library: ContentLibrary
) -> None:
    good = await Session(offline_context, "good").play("objection-handling", GOOD_OBJECTION)
    poor = await Session(offline_context, "poor").play("objection-handling", POOR_OBJECTION)
    assert good["ended"] == "goal" and good["report"]["passed"]
    # she answered the decision before the session closed, the learner wrapped up, and she
    # answered the wrap-up (no line of the learner's is left without a reply)
    roles = [(e["role"], e["turn"]) for e in good["transcript"]]
    assert roles[-4:] == [("learner", 6), ("persona", 7), ("learner", 7), ("persona", 8)]
    assert "周六" in good["transcript"][-3]["text"]
    assert good["report"]["total"] >= 80
    assert poor["report"]["total"] <= 20 and not poor["report"]["passed"]
    assert good["mood"] > poor["mood"]

    rubric = library.get(Rubric, "objection-handling-rubric")
    report = good["report"]
    assert [(c["id"], c["weight"]) for c in report["criteria"]] == [
        (c.id, c.weight) for c in rubric.criteria
    ]
    assert report["total"] == round(sum(c["weight"] * c["score"] for c in report["criteria"]))
    assert report["transcript"] == good["transcript"]
    assert 1 <= len(report["strengths"]) <= 3
    discovery = next(c for c in report["criteria"] if c["id"] == "discovery")
    assert discovery["score"] == 100 and discovery["turns"][:2] == [2, 3]
    # Improvements come lowest score first, each with advice.
    scores = [i["score"] for i in poor["report"]["improvements"]]
    assert scores == sorted(scores) and len(scores) == len(rubric.criteria)
    compliance = next(c for c in poor["report"]["criteria"] if c["id"] == "compliance")
    # 「随便你。」 (turn 6) drops her: a brush-off, not small talk (deal_lines.py)
    assert compliance["score"] == 0 and compliance["turns"] == [2, 3, 4, 5, 6]


async def test_a_forbidden_claim_is_caught_and_upsets_the_customer(
    offline_context: FlowContext,
) -> None:
    session = Session(offline_context)
    await session.start("objection-handling")
    values = await session.reply("您好，我是顾问小王。我们保证您一个月能瘦十斤。")
    evaluation = values["turn_evaluations"][-1]
    assert evaluation["forbidden"] == ["保证减重效果"]
    assert "forbidden_claim" in evaluation["signals"]
    assert "保证减重效果" in evaluation["hint"]
    assert session.pauses[-1]["prompt"].startswith("你这话说得也太满了")


async def test_a_negated_claim_is_not_a_claim(offline_context: FlowContext) -> None:
    session = Session(offline_context)
    await session.start("objection-handling")
    values = await session.reply("您好，我是顾问小王。说实话我不能保证一个月瘦十斤，要看您的坚持。")
    assert values["turn_evaluations"][-1]["forbidden"] == []


async def test_quitting_ends_the_session_without_evaluating_the_quit(
    offline_context: FlowContext,
) -> None:
    session = Session(offline_context)
    await session.start("complaint-handling")
    await session.reply("非常抱歉让您久等了，我理解您的心情。")
    values = await session.reply("结束")
    assert values["ended"] == "quit"
    assert len(values["turn_evaluations"]) == 1  # the quit reply is not a turn
    # a command, not a line of the conversation: the transcript ends with the customer's line
    assert values["transcript"][-1]["role"] == "persona"
    assert values["report"]["ended"] == "quit" and values["report"]["turns"] == 1


async def test_the_session_ends_at_the_turn_limit(
    offline_context: FlowContext, library: ContentLibrary
) -> None:
    scenario = library.get(Scenario, "english-upsell")
    replies = ["Nice weather today."] * (scenario.end.max_turns + 3)
    values = await Session(offline_context).play("english-upsell", replies)
    assert values["ended"] == "max_turns"
    assert len(values["turn_evaluations"]) == scenario.end.max_turns
    assert all(e["off_topic"] for e in values["turn_evaluations"])
    assert values["mood"] < scenario.persona.initial_mood
    # Nothing said on the subject: nothing scores, not even tone (small talk to a customer who
    # came for something else is no 表达得体), and the clean record is no strength.
    scored = {c["id"] for c in values["report"]["criteria"] if c["score"] > 0}
    assert scored == set()
    assert values["report"]["strengths"] == []


async def test_complaint_handling_good_session(offline_context: FlowContext) -> None:
    replies = [
        "李先生，非常抱歉，让您久等了，我理解您的心情，下午还请了假。",
        "能跟我说一下具体经过吗？您预约的是几点，是哪位医生？",
        "我核对一下收费明细，抛光确实没有提前告知您。您希望我们怎么处理？",
        "等待是因为前一位患者的根管治疗超时，是我们安排不当。抛光的120元我们免除，"
        "退款1到3个工作日到账，另外送您一张100元的洁牙抵用券作为补偿。",
        "确实是我们的问题，耽误您的时间了。以后我们会提前通知候诊时间，下次给您优先安排第一个号，您选时段。",
        "我确认一下方案：退120元，送抵用券，下次优先预约。退款到账后我们会短信联系您跟进，谢谢您的反馈，欢迎您下次再来。",
        "好的，李先生，那我这就去办，您慢走。",  # after his yes, the wrap-up
    ]
    values = await Session(offline_context).play("complaint-handling", replies)
    assert values["ended"] == "goal"
    assert values["report"]["passed"]
    empathy = next(c for c in values["report"]["criteria"] if c["id"] == "empathy")
    assert empathy["turns"][:1] == [1]


async def test_english_scenario_good_session(offline_context: FlowContext) -> None:
    replies = [
        "Good evening Mr Harper, welcome! I can confirm your booking for two nights.",
        "Are you celebrating a special occasion? Do you have a preference for the view?",
        "Happy anniversary! A harbour view suite would be perfect for that, with sparkling wine, "
        "late check-out and breakfast for two, for 55 dollars extra per night.",
        "I understand, that's fair. The breakfast alone is worth it, and for occasions we have a "
        "special rate of 45 a night.",
        "Would you like me to go ahead with the suite? I'll confirm the total and update your key cards. "
        "Happy anniversary!",
        "Here are your key cards, enjoy your stay!",  # after his yes, the wrap-up
    ]
    values = await Session(offline_context).play("english-upsell", replies)
    assert values["ended"] == "goal"
    assert values["report"]["passed"] and values["report"]["total"] >= 80
    assert all(e["comment"] for e in values["turn_evaluations"])


async def test_coaching_can_be_switched_off(offline_context: FlowContext) -> None:
    session = Session(offline_context)
    await session.start("objection-handling", coaching=False)
    values = await session.reply("您好，我是顾问。")
    assert values["turn_evaluations"][-1]["hint"] is None
    assert session.pauses[-1]["hint"] is None


async def test_an_unknown_scenario_is_rejected(offline_context: FlowContext) -> None:
    with pytest.raises(
        InvalidInput,
        match="no scenario with id 'nope'; known: broadband-retention, complaint-handling",
    ):
        await Session(offline_context).start("nope")


async def test_a_reply_that_is_not_text_is_rejected(offline_context: FlowContext) -> None:
    session = Session(offline_context)
    await session.start("objection-handling")
    with pytest.raises(InvalidInput, match="must be text"):
        await session._run(Command(resume=42))


@pytest.mark.parametrize(
    ("reply", "quits"),
    [
        ("Quit.", True),
        ("END", True),
        ("结束", True),
        # a sentence said in role is a reply, whatever word it holds (the router takes a bare
        # command such as "stop practice" out of the practice before it reaches the flow)
        ("Please don't end the call yet, I'm not finished.", False),
        ("I'd like to spend less", False),
    ],
)
async def test_english_quit_words(offline_context: FlowContext, reply: str, quits: bool) -> None:
    session = Session(offline_context)
    await session.start("english-upsell")
    values = await session.reply(reply)
    assert (values.get("ended") == "quit") is quits
