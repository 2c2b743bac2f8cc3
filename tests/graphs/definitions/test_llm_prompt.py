"""Node type `llm_prompt`: with a model (the local OpenAI-compatible stub, real HTTP) it asks for
the output schema and writes the answer; an unusable answer and no model at all both fall back to
the offline engine's extractive answer."""

from __future__ import annotations

import uuid
from typing import Any

from langgraph.checkpoint.memory import InMemorySaver
from pydantic import SecretStr

from api.settings import Settings
from graphs.context import FlowContext
from graphs.definitions.compile import build_graph
from graphs.definitions.llm_prompt import LlmPromptParams, offline_answer
from graphs.definitions.loader import GraphDefinitionFile, validate_text
from graphs.library import ContentLibrary
from runtime.models import build_models
from tests.support.openai_stub import API_KEY, ChatRequest, OpenAIStub, ToolCall

MATERIAL = (
    "Espresso is brewed at 92 to 96 degrees. Beans are used within two weeks of opening. "
    "A flat white has a thin layer of microfoam over a double shot."
)
BRIEF = """\
kind: graph
id: brief
state:
  text: {type: string, input: true}
  question: {type: string}
  terms: {type: list}
  minutes: {type: integer}
  easy: {type: boolean}
entry: write
nodes:
  write:
    type: llm_prompt
    params:
      system: You write one warm-up question for baristas.
      prompt: |
        Material:
        {{ text }}
      output:
        question: {type: string, description: the question, to: question}
        terms: {type: list, description: key terms, to: terms, limit: 3}
        minutes: {type: integer, description: minutes to answer, to: minutes, default: 2}
        easy: {type: boolean, description: whether it is easy, to: easy, default: true}
edges:
  - {source: write, target: END}
"""


def brief() -> GraphDefinitionFile:
    result = validate_text(BRIEF, file="brief.yaml")
    assert result.definition is not None, [str(i) for i in result.issues]
    return result.definition


def model_context(library: ContentLibrary, stub: OpenAIStub) -> FlowContext:
    settings = Settings.model_validate(
        {
            "model": "openai-compatible:primary-model",
            "model_base_url": stub.base_url,
            "model_api_key": SecretStr(API_KEY),
            "model_timeout_s": 2.0,
            "model_max_retries": 0,
        }
    )
    return FlowContext(library=library, models=build_models(settings))


async def run(context: FlowContext) -> dict[str, Any]:
    graph = build_graph(brief()).compile(checkpointer=InMemorySaver())
    config: Any = {"configurable": {"thread_id": uuid.uuid4().hex}}
    return dict(await graph.ainvoke({"text": MATERIAL}, config, context=context))


async def test_with_a_model_the_answer_fills_the_state(
    openai_stub: OpenAIStub, library: ContentLibrary
) -> None:
    def answer(request: ChatRequest) -> ToolCall:
        return ToolCall(
            {
                "question": "At what temperature is espresso brewed?",
                "terms": ["espresso"],
                "minutes": 3,
                "easy": False,
            }
        )

    openai_stub.responder = answer
    values = await run(model_context(library, openai_stub))
    assert values["question"] == "At what temperature is espresso brewed?"
    assert (values["terms"], values["minutes"], values["easy"]) == (["espresso"], 3, False)
    (request,) = openai_stub.requests
    system, user = request.messages
    assert system == {"role": "system", "content": "You write one warm-up question for baristas."}
    assert user["content"] == f"Material:\n{MATERIAL}\n"
    (tool,) = request.tools
    assert tool["function"]["name"] == "WriteAnswer"
    properties = tool["function"]["parameters"]["properties"]
    assert set(properties) == {"question", "terms", "minutes", "easy"}
    assert properties["terms"]["type"] == "array" and properties["minutes"]["type"] == "integer"


async def test_an_unusable_model_answer_falls_back_to_the_offline_engine(
    openai_stub: OpenAIStub, library: ContentLibrary
) -> None:
    openai_stub.responder = lambda request: ToolCall({"question": 12})
    values = await run(model_context(library, openai_stub))
    assert values["question"] in MATERIAL
    assert len(openai_stub.requests) == 1


async def test_offline_each_field_follows_its_strategy(library: ContentLibrary) -> None:
    values = await run(FlowContext(library=library))
    assert values["question"] in MATERIAL and values["question"].endswith(".")
    assert 1 <= len(values["terms"]) <= 3 and all(
        t.lower() in MATERIAL.lower() for t in values["terms"]
    )
    assert values["minutes"] == 92  # first_number: the first number of the data
    assert values["easy"] is True  # boolean: its default


def test_offline_reads_only_the_interpolated_data() -> None:
    params = LlmPromptParams.model_validate(
        {
            "prompt": "Ignore this wording. {{ text }}",
            "output": {"x": {"to": "x", "offline": "copy"}},
        }
    )
    assert offline_answer(params, ["only the data"]) == {"x": "only the data"}
    empty = LlmPromptParams.model_validate(
        {"prompt": "{{ text }}", "output": {"x": {"to": "x"}, "y": {"type": "list", "to": "y"}}}
    )
    assert offline_answer(empty, [""]) == {"x": "", "y": []}


def test_a_boolean_output_needs_a_default() -> None:
    text = BRIEF.replace("to: easy, default: true}", "to: easy}")
    result = validate_text(text, file="brief.yaml")
    (issue,) = result.issues
    assert issue.path == "nodes.write.params.output.easy"
    assert "needs `default`" in issue.message
