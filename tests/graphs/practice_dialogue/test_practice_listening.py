"""The customer listens: she answers what the learner asked, keeps her hidden goal until it is
earned, reacts to false claims instead of answering them, and is not won over by small talk.

Each test is a failure a trainer found in the old offline customer, run through the real graph
(InMemorySaver, shipped scenarios); the model test uses the OpenAI-protocol stub server.
"""

from __future__ import annotations

from typing import Any

from langgraph.types import Command

from graphs.context import FlowContext
from graphs.library import ContentLibrary
from graphs.scenarios import Scenario
from tests.graphs.test_model_path import compiled, model_context, run_graph
from tests.support.openai_stub import ChatRequest, OpenAIStub, Text
from tests.support.practice import Session


def tagged(scenario: Scenario, tag: str, *, reveals: bool = False) -> str:
    """The text of the line tagged with `tag` (the revealing one, or not)."""
    return next(
        line.text
        for stage in scenario.stages
        for line in stage.persona_lines
        if tag in line.answers and line.reveals_goal is reveals
    )


async def test_she_answers_the_question_asked_not_her_next_scripted_line(
    offline_context: FlowContext, library: ContentLibrary
) -> None:
    scenario = library.get(Scenario, "objection-handling")
    session = Session(offline_context)
    await session.start("objection-handling")
    await session.reply("您好，我是会籍顾问小李，感谢您过来了解。")
    # asked about her past card first, then her schedule: the old script answered in stage order
    values = await session.reply("您以前办过健身卡吗？当时为什么没坚持下来？")
    assert values["transcript"][-1]["text"].endswith(tagged(scenario, "past-card"))
    values = await session.reply("您平时工作忙吗？一周大概几点能过来锻炼？")
    assert values["transcript"][-1]["text"].endswith(tagged(scenario, "schedule"))
    assert [e["asked"] for e in values["turn_evaluations"][1:]] == [["past-card"], ["schedule"]]
    # asked again, she refers to what she said instead of reciting another line
    values = await session.reply("您说您以前办过卡，为什么没坚持呢？")
    assert values["transcript"][-1]["text"] == "我刚才说了，" + tagged(scenario, "past-card")


async def test_the_hidden_goal_is_kept_from_a_pushy_learner(
    offline_context: FlowContext, library: ContentLibrary
) -> None:
    scenario = library.get(Scenario, "objection-handling")
    pushy = Session(offline_context, "pushy")
    await pushy.start("objection-handling")
    values = await pushy.reply("别犹豫了，您是想减肥吧？")
    line = values["transcript"][-1]["text"]
    assert line.endswith(tagged(scenario, "goal"))  # she answers, guarded
    assert tagged(scenario, "goal", reveals=True) not in line
    assert not values["goal_revealed"]

    listening = Session(offline_context, "listening")
    await listening.start("objection-handling")
    await listening.reply("您好，我是会籍顾问小李，感谢您过来了解。")
    values = await listening.reply("非常理解您的顾虑。想问一下，您健身主要想达到什么目标？")
    assert values["transcript"][-1]["text"].endswith(tagged(scenario, "goal", reveals=True))
    assert values["goal_revealed"]


async def test_a_false_claim_gets_a_reaction_not_an_answer(
    offline_context: FlowContext, library: ContentLibrary
) -> None:
    scenario = library.get(Scenario, "objection-handling")
    session = Session(offline_context)
    await session.start("objection-handling")
    values = await session.reply("保证您一个月瘦十斤。您平时几点下班？")
    reaction = next(r.line for r in scenario.behaviour if r.when == "forbidden_claim")
    line = values["transcript"][-1]["text"]
    assert reaction is not None and line.startswith(reaction)
    assert tagged(scenario, "schedule") not in line
    assert values["mood"] < scenario.persona.initial_mood


async def test_small_talk_does_not_win_her_over(
    offline_context: FlowContext, library: ContentLibrary
) -> None:
    scenario = library.get(Scenario, "complaint-handling")
    chat = [
        "今天天气真好，您周末一般去哪儿玩？",
        "您这件外套真好看，谢谢您抽空跟我聊。",
        "最近那部电视剧您看了吗？",
        "我家猫特别可爱，您喜欢猫吗？",
    ]
    values = await Session(offline_context).play("complaint-handling", chat)
    evaluations = values["turn_evaluations"]
    assert [e["off_topic"] for e in evaluations] == [True] * len(chat)
    assert all(e["empathy"] == [] and e["questions"] == 0 for e in evaluations)
    assert values["mood"] < scenario.persona.initial_mood
    assert not values["goal_revealed"]
    off_topic = next(r.line for r in scenario.behaviour if r.when == "off_topic")
    assert off_topic in values["transcript"][2]["text"]


async def test_untagged_lines_keep_the_stage_order_when_nothing_tagged_fits(
    offline_context: FlowContext, library: ContentLibrary
) -> None:
    scenario = library.get(Scenario, "objection-handling")
    session = Session(offline_context)
    await session.start("objection-handling")
    values = await session.reply("我们的年卡在这一片卖得挺好的。")  # on the subject, no point
    assert not values["turn_evaluations"][-1]["off_topic"]
    first_untagged = next(line for line in scenario.stages[0].persona_lines if not line.answers)
    assert values["transcript"][-1]["text"] == first_untagged.text
    assert "answers" not in values["transcript"][-1]


async def test_with_a_model_the_turn_understanding_goes_into_the_persona_prompt(
    openai_stub: OpenAIStub, library: ContentLibrary
) -> None:
    def persona(request: ChatRequest) -> Text | dict[str, Any]:
        if request.tools:  # the turn judgement: the greeting covers the opening's two points
            greeting = "顾问小李" in request.text
            return {"covered_points": [1, 2] if greeting else [], "forbidden_claims": [],
                    "empathy": False, "questions": 1, "pushy": False}  # fmt: skip
        return Text("嗯，你问这个干什么？")

    openai_stub.responder = persona
    graph = compiled("graphs.practice_dialogue.build")
    context = model_context(library, openai_stub)
    await run_graph(graph, {"scenario": "objection-handling"}, "model-listen", context)
    greeting = "您好，我是顾问小李，感谢您过来了解，方便聊几分钟吗？"
    second = await run_graph(graph, Command(resume=greeting), "model-listen", context)
    assert second.values["stage"] == "discovery"  # whose lines include the revealing one
    reply = "保证您一个月瘦十斤。您以前办过健身卡吗？"
    await run_graph(graph, Command(resume=reply), "model-listen", context)
    system = [r for r in openai_stub.requests if not r.tools][-1].messages[0]["content"]
    assert "They claimed something false or not allowed: 保证减重效果" in system
    assert "Keep your hidden goal to yourself for now." in system
    revealing = [
        line.text for s in library.get(Scenario, "objection-handling").stages
        for line in s.persona_lines if line.reveals_goal
    ]  # fmt: skip
    assert not any(text in system for text in revealing)
    scenario = library.get(Scenario, "objection-handling")
    past = scenario.stage("discovery").points[2].text
    assert f"They asked about: {past}" in system


async def test_mood_moves_by_what_was_said_not_by_naming_the_subject(
    offline_context: FlowContext, library: ContentLibrary
) -> None:
    scenario = library.get(Scenario, "objection-handling")
    session = Session(offline_context)
    await session.start("objection-handling")
    values = await session.reply("年卡就是这个价，不讲价的。")  # on the subject, nothing new
    assert values["mood"] == scenario.persona.initial_mood
    assert values["turn_evaluations"][-1]["signals"] == []
    values = await session.reply("理解您的顾虑。您健身主要想达到什么目标？")  # empathy, a question
    assert values["mood"] == scenario.persona.initial_mood + 3
