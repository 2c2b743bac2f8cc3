"""The help flow: offline it composes its answer from the library and streams it; with a model
(the local OpenAI stub) the model answers from the same catalogue."""

from __future__ import annotations

from typing import Any

from langchain_core.runnables import RunnableConfig
from langgraph.checkpoint.memory import InMemorySaver
from pydantic import SecretStr

from api.settings import Settings
from graphs.context import FlowContext
from graphs.courses import Course
from graphs.help.build import FLOW
from graphs.help.state import HelpInput
from graphs.library import ContentLibrary
from graphs.scenarios import Scenario
from runtime.models import build_models
from tests.support.openai_stub import API_KEY, OpenAIStub


async def run_help(context: FlowContext, question: str) -> tuple[dict[str, Any], list[str]]:
    graph = FLOW.build().compile(checkpointer=InMemorySaver())
    config: RunnableConfig = {"configurable": {"thread_id": "help-test"}}
    tokens: list[str] = []
    state: dict[str, Any] = {}
    payload = HelpInput(question=question).model_dump()
    async for mode, data in graph.astream(
        payload, config, context=context, stream_mode=["custom", "values"]
    ):
        assert isinstance(data, dict)
        if mode == "custom" and data.get("kind") == "token":
            tokens.append(data["text"])
        elif mode == "values":
            state = data
    return state, tokens


async def test_offline_answer_lists_the_real_courses_and_scenarios(
    offline_context: FlowContext,
) -> None:
    state, tokens = await run_help(offline_context, "你能做什么？")
    answer = state["answer"]
    assert state["language"] == "zh"
    assert "".join(tokens).strip() == answer.strip()  # what was streamed is the answer
    library = offline_context.library
    for course in library.all(Course):
        assert course.id in answer and course.title in answer
    for scenario in library.all(Scenario):
        assert scenario.id in answer and scenario.title in answer
    assert "出题" in answer and "批改" in answer and "对练" in answer


async def test_offline_answer_follows_the_learners_language(offline_context: FlowContext) -> None:
    state, _ = await run_help(offline_context, "what can you do?")
    assert state["language"] == "en"
    assert "Practice scenarios:" in state["answer"]
    assert "Try saying:" in state["answer"]


async def test_with_a_model_the_answer_is_the_models(
    openai_stub: OpenAIStub, library: ContentLibrary
) -> None:
    openai_stub.responder = lambda request: "我可以出题、批改和陪你练习。"
    settings = Settings.model_validate(
        {"model": "openai-compatible:help-model", "model_base_url": openai_stub.base_url,
         "model_api_key": SecretStr(API_KEY), "model_max_retries": 0}
    )  # fmt: skip
    context = FlowContext(library=library, models=build_models(settings))
    state, _ = await run_help(context, "你都能干啥")
    assert state["answer"] == "我可以出题、批改和陪你练习。"
    [request] = openai_stub.requests
    scenario = next(iter(library.all(Scenario)))
    assert scenario.id in request.text  # the model was given the real catalogue
    assert request.messages[-1]["content"] == "你都能干啥"


def test_the_flow_spec_fits_the_runtime() -> None:
    assert FLOW.name == "help"
    assert FLOW.input_model is HelpInput
    assert set(FLOW.content_kinds) == {"course", "scenario"}
