"""The provider breaker, against a real local OpenAI-compatible server with failure modes.

It really opens after N provider failures, fails fast while open (the provider is not even asked),
lets fallbacks take over, half-opens after its TTL and closes again on a success.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest
from langchain_core.messages import HumanMessage
from pydantic import BaseModel, Field, SecretStr

from api.settings import Settings
from graphs.llm import ask_structured, stream_text
from middleware.circuit_breaker import (
    CircuitBreakerConfig,
    ProviderBreakers,
    ProviderUnavailable,
    guard_models,
)
from runtime.models import build_models
from tests.support.openai_stub import (
    API_KEY,
    HTTPError,
    OpenAIStub,
)

TTL_S = 0.3


class WordCount(BaseModel):
    """Count the words of a sentence."""

    sentence: str = Field(description="the sentence, unchanged")
    words: int = Field(description="how many words it has")


def settings_for(primary: OpenAIStub, backup: OpenAIStub) -> Settings:
    """The primary stub with the backup as its fallback, no client retries."""
    return Settings.model_validate(
        {
            "model": "openai-compatible:primary-model",
            "model_base_url": primary.base_url,
            "model_api_key": SecretStr(API_KEY),
            "model_fallbacks": [backup.model_spec("backup-model")],
            "model_timeout_s": 10,
            "model_max_retries": 0,
        }
    )


def hi() -> list[HumanMessage]:
    """A one-message conversation."""
    return [HumanMessage("hi")]


async def test_the_breaker_opens_fails_fast_half_opens_and_closes(
    openai_stubs: Callable[..., OpenAIStub],
) -> None:
    primary = openai_stubs(responder=lambda request: "primary ok")
    backup = openai_stubs(responder=lambda request: "backup ok")
    breakers = ProviderBreakers(CircuitBreakerConfig(threshold=2, ttl_s=TTL_S))
    models = guard_models(build_models(settings_for(primary, backup)), breakers)
    name = models[0].provider  # type: ignore[attr-defined]
    primary.fail_with(HTTPError(500))

    for _ in range(2):  # two provider failures, each saved by the fallback
        assert await stream_text(models, hi()) == "backup ok"
    assert len(primary.requests) == 2
    assert await breakers.state(name) == "opened"

    # Open: the primary is not asked at all, the fallback answers at once.
    assert await stream_text(models, hi()) == "backup ok"
    with pytest.raises(ProviderUnavailable) as skipped:
        await models[0].ainvoke(hi())
    assert skipped.value.code == "unavailable" and "KPL_MODEL_FALLBACKS" in skipped.value.message
    assert len(primary.requests) == 2 and len(backup.requests) == 3

    # After the TTL one call goes through (half-open); a failure opens it again at once.
    await asyncio.sleep(TTL_S * 1.5)
    assert await stream_text(models, hi()) == "backup ok"
    assert len(primary.requests) == 3
    assert await breakers.state(name) == "opened"

    # After the TTL again, the provider has recovered: the call succeeds and closes the breaker.
    await asyncio.sleep(TTL_S * 1.5)
    primary.fail_with(None)
    assert await stream_text(models, hi()) == "primary ok"
    assert await breakers.state(name) == "closed"
    assert len(primary.requests) == 4 and len(backup.requests) == 4


async def test_structured_calls_go_through_the_breaker(
    openai_stubs: Callable[..., OpenAIStub],
) -> None:
    def count(request: Any) -> dict[str, Any]:
        return {"sentence": "hi there", "words": 2}

    primary, backup = openai_stubs(responder=count), openai_stubs(responder=count)
    breakers = ProviderBreakers(CircuitBreakerConfig(threshold=1, ttl_s=60))
    models = guard_models(build_models(settings_for(primary, backup)), breakers)
    assert await ask_structured(models, WordCount, hi()) == WordCount(sentence="hi there", words=2)
    assert primary.requests[0].tool_name == "WordCount" and not backup.requests

    primary.fail_with(HTTPError(503))
    assert (await ask_structured(models, WordCount, hi())).words == 2  # the backup answered
    assert await breakers.state(models[0].provider) == "opened"  # type: ignore[attr-defined]
    await ask_structured(models, WordCount, hi())
    assert len(primary.requests) == 2 and len(backup.requests) == 2


async def test_the_callers_own_errors_do_not_open_it(openai_stub: OpenAIStub) -> None:
    # No reply programmed: the stub answers 400, the caller's mistake, not the provider's.
    breakers = ProviderBreakers(CircuitBreakerConfig(threshold=1, ttl_s=60))
    settings = settings_for(openai_stub, openai_stub).model_copy(update={"model_fallbacks": []})
    (model,) = guard_models(build_models(settings), breakers)
    for _ in range(2):
        with pytest.raises(Exception, match="400"):
            await model.ainvoke(hi())
    assert await breakers.state(model.provider) == "closed"  # type: ignore[attr-defined]
    assert len(openai_stub.requests) == 2
