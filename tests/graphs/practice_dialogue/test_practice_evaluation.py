"""The evaluator hears: scoped negation (非常 is no 非, 不保证 is no promise), empathy, apology and
acknowledgement with the author's synonyms, points whenever they are made, claims as claims,
small talk as off topic, right evidence turns, improvements only where a criterion falls short.

Every case runs through the real graph on the shipped scenarios (offline engine).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from langgraph.types import Command

from graphs.context import FlowContext
from graphs.library import SHIPPED_CONTENT, ContentLibrary
from graphs.scenarios import Scenario
from tests.graphs.practice_dialogue.test_practice_dialogue import GOOD_OBJECTION
from tests.support.practice import Session

STRONG_COMPLAINT = [
    "李先生，非常抱歉让您久等了，您下午还特意请了假过来，换作是我也会着急。",
    "我先核实一下：您约的是下午两点，是哪位医生给您看的？大概几点开始的？",
    "抛光之前医生有没有跟您说明收费？我看一下账单明细。",
    "这件事您希望我们怎么处理？",
    "确实是我们的问题：前一位患者的根管治疗超时了，我们没有提前通知您，这不是借口。",
    "没有事先告知的120元抛光费我们全部免除，退款1到3个工作日到账；另外送您一张100元的洁牙抵用券。",
    "以后治疗超时我们会提前短信通知后面的患者；下次您预约，我给您优先安排第一个号，您看可以吗？",
    "我确认一下方案：免除120元抛光费、送100元抵用券、下次优先安排。退款到账后我给您发短信，"
    "有问题直接打我电话。感谢您的反馈，欢迎您下次再来。",
    "好的，李先生，您慢走。",  # after his yes, the wrap-up
]


async def first_evaluation(context: FlowContext, scenario: str, reply: str) -> dict[str, object]:
    session = Session(context)
    await session.start(scenario)
    values = await session.reply(reply)
    evaluation: dict[str, object] = values["turn_evaluations"][-1]
    return evaluation


@pytest.mark.parametrize(
    ("reply", "family"),
    [
        ("非常抱歉，让您久等了。", "apology"),
        ("非常理解您的心情，下午还请了假。", "empathy"),
        # reassurance alone is no empathy (it is as at home in a refusal); 我明白 is heard
        ("别担心，我明白，这事我们一定处理。", "acknowledgement"),
        ("我明白了，是我们的问题。", "acknowledgement"),
    ],
)
async def test_warm_words_are_heard_with_negation_scoped(
    offline_context: FlowContext, reply: str, family: str
) -> None:
    evaluation = await first_evaluation(offline_context, "complaint-handling", reply)
    heard = evaluation["empathy"]
    assert isinstance(heard, list) and any(h.startswith(f"{family}:") for h in heard), heard
    assert "empathy" in evaluation["signals"]  # type: ignore[operator]
    assert not evaluation["off_topic"]


async def test_a_negated_feeling_is_no_empathy(offline_context: FlowContext) -> None:
    evaluation = await first_evaluation(
        offline_context, "complaint-handling", "我不理解您为什么这么激动，收费是按规定来的。"
    )
    assert evaluation["empathy"] == []


@pytest.mark.parametrize(
    ("reply", "claims"),
    [
        ("我们不保证一定能瘦，但教练会帮您定计划。", []),
        ("我们保证一定能瘦，教练会帮您定计划。", ["保证减重效果"]),
        ("我们不能说隔壁那家很差，各家有各家的特点。", []),
        ("您放心，办了以后随时退卡。", ["承诺可以随时全额退卡"]),
    ],
)
async def test_forbidden_claims_are_matched_as_claims(
    offline_context: FlowContext, reply: str, claims: list[str]
) -> None:
    evaluation = await first_evaluation(offline_context, "objection-handling", reply)
    assert evaluation["forbidden"] == claims


async def test_a_point_counts_in_whichever_turn_it_is_made(
    offline_context: FlowContext,
) -> None:
    first = "您好，我是顾问小李。认同您对价格的顾虑，钱确实要花在刀刃上。"
    values = await Session(offline_context).play("objection-handling", [first, *GOOD_OBJECTION[1:]])
    covered = values["turn_evaluations"][0]["covered"]
    assert {"stage": "objections", "index": 0} in [
        {"stage": c["stage"], "index": c["index"]} for c in covered
    ]
    objections = next(c for c in values["report"]["criteria"] if c["id"] == "objections")
    assert 1 in objections["turns"]
    advice = " ".join(i["advice"] for i in values["report"]["improvements"])
    assert "认同客户对价格的顾虑" not in advice


async def test_small_talk_is_off_topic_and_earns_no_credit(offline_context: FlowContext) -> None:
    evaluation = await first_evaluation(
        offline_context,
        "english-upsell",
        "Lovely weather today, isn't it? Did you catch the football last night?",
    )
    assert evaluation["off_topic"] and evaluation["signals"] == ["off_topic"]
    assert evaluation["questions"] == 0 and evaluation["empathy"] == []


async def test_an_authors_synonym_is_heard(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(SHIPPED_CONTENT, content)
    path = content / "scenarios" / "complaint-handling.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["phrases"] = {"empathy": ["将心比心"]}
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    reply = "将心比心，收费这事我们会处理。"
    shipped = await first_evaluation(
        FlowContext(library=ContentLibrary.load()), "complaint-handling", reply
    )
    assert shipped["empathy"] == []
    extended = await first_evaluation(
        FlowContext(library=ContentLibrary.load(content)), "complaint-handling", reply
    )
    assert extended["empathy"] == ["empathy:将心比心"]


async def test_improvements_name_only_criteria_that_fall_short(
    offline_context: FlowContext, library: ContentLibrary
) -> None:
    strong = await Session(offline_context, "strong").play("complaint-handling", STRONG_COMPLAINT)
    report = strong["report"]
    assert report["passed"] and report["improvements"] == []
    assert all(c["score"] >= 80 for c in report["criteria"])
    empathy = next(c for c in report["criteria"] if c["id"] == "empathy")
    assert empathy["turns"] == [1, 5, 8]  # the apology, "确实是我们的问题", "感谢您的反馈"
    assert "道歉" in strong["turn_evaluations"][0]["comment"]

    # an apology and a remedy, nothing asked: the session is ended by the end button
    session = Session(offline_context, "partial")
    await session.start("complaint-handling")
    for reply in [STRONG_COMPLAINT[0], *STRONG_COMPLAINT[4:6]]:
        await session.reply(reply)
    values = await session._run(Command(resume={"action": "end"}))
    assert values["ended"] == "quit"
    report = values["report"]
    scenario = library.get(Scenario, "complaint-handling")
    short = {i["criterion"] for i in report["improvements"]}
    assert short == {c["id"] for c in report["criteria"] if c["score"] < 80}
    discovery = next(i for i in report["improvements"] if i["criterion"] == "discovery")
    assert all(p.text in discovery["advice"] for p in scenario.stage("discovery").points)


async def test_the_hint_after_an_apology_does_not_ask_for_one(offline_context: FlowContext) -> None:
    session = Session(offline_context)
    await session.start("complaint-handling")
    values = await session.reply("非常抱歉，让您久等了。")
    evaluation = values["turn_evaluations"][-1]
    assert "covered:apology" in evaluation["tags"]
    hint = session.pauses[-1]["hint"]
    assert hint and "道歉" not in hint and hint.startswith("下一步可以：")


async def test_one_off_topic_line_is_not_read_as_an_improper_promise(
    offline_context: FlowContext,
) -> None:
    """Scaled by the share of on-topic turns, a learner who claimed nothing scored the rubric's
    level for 'one improper promise or pressure' after one line of small talk; a session all
    small talk still shows no tone."""
    session = Session(offline_context)
    await session.start("complaint-handling")
    await session.reply("非常抱歉让您久等了，这确实是我们的问题。")
    await session.reply("今天天气真不错啊，您是开车来的吗？")
    report = (await session.reply("结束"))["report"]
    (compliance,) = [c for c in report["criteria"] if c["measures"] == "compliance"]
    assert compliance["score"] == 100 and "不当" not in compliance["explanation"]

    chatter = Session(offline_context)
    await chatter.start("complaint-handling")
    await chatter.reply("今天天气真不错啊，您是开车来的吗？")
    report = (await chatter.reply("结束"))["report"]
    (compliance,) = [c for c in report["criteria"] if c["measures"] == "compliance"]
    assert compliance["score"] == 0


async def test_a_rhetorical_question_is_not_pressed_again(offline_context: FlowContext) -> None:
    """「道歉有什么用？」 is a complaint in a question's form: pressed again ("你先回答我：道歉
    有什么用？") it read as a script (the third held-out set)."""
    session = Session(offline_context)
    await session.start("complaint-handling")
    said = await session.reply("您好，我是前台主管，真的很抱歉。")
    assert "道歉有什么用" in said["transcript"][-1]["text"]
    values = await session.reply("我们这边会尽快把这件事处理好的。")
    assert "道歉有什么用" not in values["transcript"][-1]["text"]
