"""The model path against the local OpenAI-compatible stub: real ChatOpenAI clients, real HTTP.

Structured output reaches the router as a decision; a failing provider falls back to the next;
providers are used round-robin and one that keeps failing is skipped; with every provider down the
offline analyzer answers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pydantic import SecretStr

from api.settings import Settings
from graphs.library import ContentLibrary
from routers.decision import RouteContext, Strategy
from routers.router import IntentRouter
from routers.strategies import RouterPolicy
from runtime.models import build_models
from tests.support.openai_stub import (
    API_KEY,
    ChatRequest,
    HTTPError,
    OpenAIStub,
    StubFactory,
)


def model_router(
    library: ContentLibrary, *stubs: OpenAIStub, strategy: Strategy = "llm_only"
) -> IntentRouter:
    primary, *fallbacks = stubs
    settings = Settings.model_validate(
        {
            "model": "openai-compatible:primary-model",
            "model_base_url": primary.base_url,
            "model_api_key": SecretStr(API_KEY),
            "model_fallbacks": [s.model_spec(f"fallback-{i}") for i, s in enumerate(fallbacks)],
            "model_timeout_s": 5.0,
            "model_max_retries": 0,
        }
    )
    return IntentRouter.build(
        library, models=build_models(settings), policy=RouterPolicy(strategy=strategy)
    )


def answer(
    intent: str, confidence: float = 0.9, **params: Any
) -> Callable[[ChatRequest], dict[str, Any]]:
    def respond(request: ChatRequest) -> dict[str, Any]:
        return {
            "intent": intent,
            "confidence": confidence,
            "params": params,
            "reasoning": f"sounds like {intent}",
        }

    return respond


async def test_structured_output_becomes_the_decision(
    openai_stubs: StubFactory, library: ContentLibrary
) -> None:
    stub = openai_stubs(
        responder=answer(
            "exam_generate", 0.92, single_choice=7, course="明视眼镜", difficulty="hard"
        )
    )
    router = model_router(library, stub)
    decision = await router.route(
        "整点七道单选，要难的", RouteContext(history=("你好", "你好，我能帮你什么？"))
    )
    assert (decision.intent, decision.source, decision.graph) == (
        "exam_generate",
        "llm",
        "exam_generation",
    )
    assert decision.confidence == 0.92
    assert decision.params["single_choice"] == 7
    assert decision.params["course"] == "eyewear-frontdesk-zh"  # the model's name resolved to an id
    assert decision.params["difficulty"] == "hard"
    assert decision.reasoning == "sounds like exam_generate"
    assert decision.trace.analyzer == "primary-model"
    [request] = stub.requests
    assert request.tool_name == "RouteAnswer"
    assert "eyewear-frontdesk-zh" in request.text  # the content ids are in the prompt
    assert "整点七道单选" in request.text and "你好，我能帮你什么？" in request.text


async def test_a_failing_provider_falls_back_to_the_next(
    openai_stubs: StubFactory, library: ContentLibrary
) -> None:
    primary = openai_stubs()
    backup = openai_stubs(responder=answer("practice_start", scenario="objection-handling"))
    primary.fail_with(HTTPError(500))
    router = model_router(library, primary, backup)
    decision = await router.route("陪我练练")
    assert (decision.intent, decision.params) == (
        "practice_start",
        {"scenario": "objection-handling"},
    )
    assert decision.trace.analyzer == "fallback-0"
    assert "failed provider" in decision.reasoning
    assert len(primary.requests) == 1 and len(backup.requests) == 1


async def test_providers_take_turns_and_one_that_keeps_failing_is_skipped(
    openai_stubs: StubFactory, library: ContentLibrary
) -> None:
    first = openai_stubs(responder=answer("help"))
    second = openai_stubs(responder=answer("help"))
    router = model_router(library, first, second)
    for _ in range(4):
        assert (await router.route("你能做什么")).intent == "help"
    assert (len(first.requests), len(second.requests)) == (2, 2)  # round-robin

    first.fail_with(HTTPError(503))
    for _ in range(6):
        assert (await router.route("你能做什么")).intent == "help"
    # first failed twice (max_failures), then rests: the other calls go straight to second
    assert len(first.requests) == 2 + 2
    assert len(second.requests) == 2 + 6


async def test_an_answer_that_breaks_the_schema_counts_as_a_failure(
    openai_stubs: StubFactory, library: ContentLibrary
) -> None:
    broken = openai_stubs(responder=lambda request: {"intent": "sing_a_song", "confidence": 3})
    good = openai_stubs(responder=answer("exam_grade"))
    router = model_router(library, broken, good)
    assert (await router.route("帮我看看这几题")).intent == "exam_grade"


async def test_with_every_provider_down_the_offline_analyzer_answers(
    openai_stubs: StubFactory, library: ContentLibrary
) -> None:
    primary, backup = openai_stubs(), openai_stubs()
    primary.fail_with(HTTPError(500))
    backup.fail_with(HTTPError(429))
    router = model_router(library, primary, backup)
    decision = await router.route("给我出一套题")
    assert decision.intent == "exam_generate"
    assert decision.trace.analyzer == "offline"
    assert decision.trace.notes and "every routing model failed" in decision.trace.notes[0]


async def test_a_sure_rule_needs_no_model_under_hybrid(
    openai_stub: OpenAIStub, library: ContentLibrary
) -> None:
    router = model_router(library, openai_stub, strategy="hybrid")
    decision = await router.route("出10道单选题")
    assert (decision.intent, decision.source) == ("exam_generate", "rule")
    assert openai_stub.requests == []
