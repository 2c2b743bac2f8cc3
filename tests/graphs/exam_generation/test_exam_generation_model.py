"""exam_generation with a model configured: a scripted chat model (a real LangChain chat model
subclass answering with tool calls), so the graph's model path, validators and regeneration run
for real. The HTTP-level path is covered with the OpenAI stub in test_model_path.py."""

from __future__ import annotations

import json
import re
import uuid
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

import httpx
import httpx2
import openai
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from langchain_core.runnables import RunnableConfig
from langgraph.checkpoint.memory import InMemorySaver
from pydantic import Field

from graphs.context import FlowContext
from graphs.courses import Course
from graphs.errors import ModelOutputError
from graphs.exam_generation.build import build
from graphs.exam_generation.model_writer import QuestionBatch
from graphs.exams import Exam
from graphs.library import ContentLibrary
from graphs.model_errors import is_provider_error
from graphs.text.similarity import is_grounded

Responder = Callable[[list[dict[str, Any]], str, int], dict[str, Any]]


class ScriptedChatModel(BaseChatModel):
    """Answers every structured call through `responder(slots, material, call_number)`."""

    responder: Responder
    calls: list[list[dict[str, Any]]] = Field(default_factory=list)

    @property
    def _llm_type(self) -> str:
        return "scripted"

    def bind_tools(self, tools: Sequence[Any], **kwargs: Any) -> Any:
        return self.bind(tools=tools, **kwargs)

    def _generate(
        self, messages: list[BaseMessage], stop: Any = None, run_manager: Any = None, **kwargs: Any
    ) -> ChatResult:
        prompt = str(messages[-1].content)
        slots = json.loads(re.search(r"Slots:\n(.*?)\nMaterial:", prompt, re.S).group(1))  # type: ignore[union-attr]
        material = prompt.split("<<<\n", 1)[1].rsplit("\n>>>", 1)[0]
        self.calls.append(slots)
        args = self.responder(slots, material, len(self.calls))
        call = {"name": QuestionBatch.__name__, "args": args, "id": f"call-{len(self.calls)}"}
        return ChatResult(
            generations=[ChatGeneration(message=AIMessage(content="", tool_calls=[call]))]
        )


def retrying_responder(
    body: Callable[[dict[str, Any], bool], dict[str, Any]],
    knowledge_point: Callable[[dict[str, Any]], str],
) -> tuple[Responder, Counter[str]]:
    """A responder that writes `body(slot, first)` for every slot it is asked (`first`: the slot's
    first ask, where a test puts the flawed item, its retry getting the sound one), named by
    `knowledge_point(slot)`; and the count of asks by slot id."""
    asked: Counter[str] = Counter()

    def responder(slots: list[dict[str, Any]], text: str, call: int) -> dict[str, Any]:
        questions = []
        for slot in slots:
            asked[slot["id"]] += 1
            questions.append(
                {
                    **body(slot, asked[slot["id"]] == 1),
                    "slot_id": slot["id"],
                    "knowledge_point": knowledge_point(slot),
                    "difficulty": slot["difficulty"],
                }
            )
        return {"questions": questions}

    return responder, asked


def sentences(material: str) -> list[str]:
    return [s + "。" for s in re.split(r"。", material) if len(s.strip()) > 12 and "#" not in s][
        :40
    ]


def true_statement(slot: dict[str, Any], quote: str) -> dict[str, Any]:
    return {
        "slot_id": slot["id"],
        "stem": f"判断正误：{quote.strip()}",
        "answer": ["true"],
        "explanation": f"原文：{quote.strip()}",
        "knowledge_point": slot["knowledge_point"] or "课程",
        "difficulty": slot["difficulty"],
        "source_quote": quote.strip(),
    }


async def run(context: FlowContext, payload: dict[str, Any]) -> dict[str, Any]:
    graph = build().compile(checkpointer=InMemorySaver())
    config: RunnableConfig = {"configurable": {"thread_id": str(uuid.uuid4())}}
    async for _ in graph.astream(payload, config, context=context):
        pass
    return (await graph.aget_state(config)).values


async def test_model_questions_are_validated_and_only_missing_slots_regenerated(
    library: ContentLibrary,
):
    material = library.get(Course, "eyewear-frontdesk-zh").material

    def responder(slots: list[dict[str, Any]], text: str, call: int) -> dict[str, Any]:
        pool = sentences(text)
        questions = [true_statement(slot, pool[i + 5 * call]) for i, slot in enumerate(slots)]
        if call == 1:  # the first answer invents a quote for the second slot
            questions[1]["source_quote"] = "门店对所有镜片提供终身免费更换服务，无需任何凭证。"
        return {"questions": questions}

    model = ScriptedChatModel(responder=responder)
    context = FlowContext(library=library, models=(model,))
    values = await run(context, {"course": "eyewear-frontdesk-zh", "true_false": 3})
    exam = Exam.model_validate(values["exam"])
    assert len(exam.questions) == 3 and exam.shortfall == []
    assert all(is_grounded(q.source_quote, material) for q in exam.questions)
    assert [len(c) for c in model.calls] == [3, 1]
    assert model.calls[1][0]["id"] == "true_false-2"
    assert any("does not occur in the material" in p for p in values["rejections"]["true_false-2"])


async def test_unusable_model_output_falls_back_to_the_offline_engine(library: ContentLibrary):
    def responder(slots: list[dict[str, Any]], text: str, call: int) -> dict[str, Any]:
        return {"questions": [{"slot_id": s["id"], "stem": 42} for s in slots]}

    model = ScriptedChatModel(responder=responder)
    context = FlowContext(library=library, models=(model,))
    values = await run(context, {"course": "eyewear-frontdesk-zh", "fill_blank": 2})
    exam = Exam.model_validate(values["exam"])
    # Every round asks the model once and falls back; the offline engine may need a second round.
    assert len(exam.questions) == 2 and 1 <= len(model.calls) <= 3
    assert all(q.type == "fill_blank" for q in exam.questions)


def first_at_another_level(slots: list[dict[str, Any]], text: str, call: int) -> dict[str, Any]:
    """True statements for every slot, the first one at a level its slot did not ask for."""
    pool = sentences(text)
    questions = [true_statement(slot, pool[i + 3 * call]) for i, slot in enumerate(slots)]
    questions[0]["difficulty"] = "hard" if slots[0]["difficulty"] != "hard" else "easy"
    return {"questions": questions}


async def test_model_difficulty_mismatch_leaves_the_slot_for_regeneration(library: ContentLibrary):
    model = ScriptedChatModel(responder=first_at_another_level)
    context = FlowContext(library=library, models=(model,))
    asked = {"course": "eyewear-frontdesk-zh", "true_false": 2, "difficulty": "easy"}
    values = await run(context, asked)
    exam = Exam.model_validate(values["exam"])
    assert len(exam.questions) == 1
    assert [len(c) for c in model.calls] == [2, 1, 1]
    assert exam.shortfall[0].missing == 1
    assert "the model wrote a" in exam.shortfall[0].reason


async def test_a_mixed_blueprint_takes_another_level_in_the_open_rounds(library: ContentLibrary):
    """Asked for a mix, the trainer gets the question at the level the model could write once
    the first round (each type on its own share of the facts) has failed, rather than a
    shortfall; since session 7 every round after the first is open, not only the last."""
    model = ScriptedChatModel(responder=first_at_another_level)
    context = FlowContext(library=library, models=(model,))
    values = await run(context, {"course": "eyewear-frontdesk-zh", "true_false": 2})
    exam = Exam.model_validate(values["exam"])
    assert [len(c) for c in model.calls] == [2, 1]
    assert len(exam.questions) == 2 and exam.shortfall == []
    planned = {s["difficulty"] for s in values["slots"]}
    assert "hard" not in planned and "hard" in {q.difficulty for q in exam.questions}


def test_only_provider_failures_are_retried():
    request = httpx.Request("POST", "http://model.invalid/v1/chat/completions")
    assert is_provider_error(httpx.ConnectTimeout("slow", request=request))
    assert is_provider_error(httpx.ConnectError("refused", request=request))
    # openai wraps its own HTTP client's (httpx2) errors in these types
    openai_request = httpx2.Request("POST", "http://model.invalid/v1/chat/completions")
    assert is_provider_error(openai.APITimeoutError(request=openai_request))
    assert is_provider_error(openai.APIConnectionError(request=openai_request))
    assert not is_provider_error(ValueError("a bug"))
    assert not is_provider_error(ModelOutputError("bad schema"))
