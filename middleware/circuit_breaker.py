"""A circuit breaker per model provider (purgatory), so a dead provider is skipped fast.

`guard_models(models, breakers)` wraps each configured chat model in a `BreakerChatModel` whose
calls go through its provider's breaker. After `threshold` provider failures in a row (unreachable,
timed out, 5xx, 429: `graphs.model_errors.is_provider_error`) the breaker opens: calls then fail at once
with `ProviderUnavailable` (code `unavailable`, retriable) instead of waiting for a timeout, and
LangChain's `with_fallbacks` (graphs/llm.py) moves straight to the next provider. After `ttl_s` the
breaker half-opens: the next call is let through; success closes it, a failure opens it again.

The wrapper is a `BaseChatModel`, so what graphs/llm.py does with a model still works: `astream`
and `ainvoke` go through the breaker around the provider's own `_astream`/`_agenerate` (a failure
in the middle of a stream counts), and `with_structured_output` binds the schema to the provider's
model and runs that whole call through the breaker. Errors that are the caller's (a 400, a bad key,
an answer that does not fit the schema, a cancelled call) neither open nor count toward opening.
Only the async API is guarded; the flows use nothing else.

This is not a pipeline middleware: a run's events cannot tell which provider failed. The runtime
applies it where it builds the models (`runtime.models.build_models`).
"""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass
from typing import Any

from langchain_core.callbacks import AsyncCallbackManagerForLLMRun, CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel, LanguageModelInput
from langchain_core.messages import BaseMessage
from langchain_core.outputs import ChatGenerationChunk, ChatResult
from langchain_core.runnables import Runnable, RunnableConfig, RunnableLambda
from purgatory import AsyncCircuitBreakerFactory
from purgatory.domain.model import OpenedState
from pydantic import ConfigDict

from graphs.model_errors import is_provider_error
from runtime.errors import KplError


class ProviderUnavailable(KplError):
    """A provider's breaker is open: it failed repeatedly and is skipped until it may recover."""

    code = "unavailable"
    retriable = True


@dataclass(frozen=True, kw_only=True)
class CircuitBreakerConfig:
    """When a provider's breaker opens and when it tries again (settings `KPL_BREAKER_*`)."""

    threshold: int = 5
    """Provider failures in a row that open the breaker."""
    ttl_s: float = 30.0
    """How long it stays open before letting one call through (half-open)."""


def _not_a_provider_failure(exc: BaseException) -> bool:
    return not is_provider_error(exc)


class ProviderBreakers:
    """One purgatory breaker per provider, created on first use."""

    def __init__(self, config: CircuitBreakerConfig | None = None) -> None:
        self.config = config or CircuitBreakerConfig()
        self.factory = AsyncCircuitBreakerFactory(
            default_threshold=self.config.threshold,
            default_ttl=self.config.ttl_s,
            # Anything but a provider failure (including a cancel) is not the provider's fault.
            exclude=[(BaseException, _not_a_provider_failure)],
        )

    async def state(self, provider: str) -> str:
        """`closed`, `opened` or `half-opened`."""
        breaker = await self.factory.get_breaker(provider)
        return breaker.context.state

    async def call(self, provider: str, call: Callable[[], Any]) -> Any:
        """Await `call()` through the provider's breaker."""
        breaker = await self.factory.get_breaker(provider)
        try:
            async with breaker:
                return await call()
        except OpenedState as exc:
            raise _unavailable(provider, self.config) from exc

    async def stream(
        self, provider: str, stream: Callable[[], AsyncIterator[Any]]
    ) -> AsyncIterator[Any]:
        """Iterate `stream()` through the provider's breaker; a failure mid-stream counts."""
        breaker = await self.factory.get_breaker(provider)
        try:
            async with breaker:
                async for item in stream():
                    yield item
        except OpenedState as exc:
            raise _unavailable(provider, self.config) from exc


def _unavailable(provider: str, config: CircuitBreakerConfig) -> ProviderUnavailable:
    return ProviderUnavailable(
        f"model provider {provider} is skipped: it failed {config.threshold} times in a row, "
        f"and is tried again {config.ttl_s:g} s after the last failure; check the provider or "
        "configure a fallback (KPL_MODEL_FALLBACKS)",
        details={"provider": provider},
    )


def provider_of(model: BaseChatModel) -> str:
    """A provider's name for its breaker: the model class and its base URL."""
    base = getattr(model, "openai_api_base", None) or getattr(model, "base_url", None) or "default"
    return f"{type(model).__name__}@{base}"


class BreakerChatModel(BaseChatModel):
    """A chat model whose calls go through its provider's circuit breaker."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    inner: BaseChatModel
    provider: str
    breakers: ProviderBreakers

    @property
    def _llm_type(self) -> str:
        return f"breaker:{self.inner._llm_type}"

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        raise NotImplementedError(
            "BreakerChatModel guards the async API only; call ainvoke/astream instead of invoke"
        )

    async def _agenerate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: AsyncCallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        call = functools.partial(self.inner._agenerate, messages, stop, run_manager, **kwargs)
        result: ChatResult = await self.breakers.call(self.provider, call)
        return result

    async def _astream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: AsyncCallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> AsyncIterator[ChatGenerationChunk]:
        def stream() -> AsyncIterator[ChatGenerationChunk]:
            return self.inner._astream(messages, stop, run_manager, **kwargs)

        async for chunk in self.breakers.stream(self.provider, stream):
            yield chunk

    def bind_tools(self, tools: Sequence[Any], **kwargs: Any) -> Runnable[LanguageModelInput, Any]:
        """The provider's tool binding, with the calls still going through the breaker."""
        bound = self.inner.bind_tools(tools, **kwargs)
        return self.bind(**getattr(bound, "kwargs", {}))

    def with_structured_output(
        self, schema: Any, **kwargs: Any
    ) -> Runnable[LanguageModelInput, Any]:
        """The provider's structured output (its own method and parser), through the breaker."""
        structured = self.inner.with_structured_output(schema, **kwargs)

        async def guarded(value: LanguageModelInput, config: RunnableConfig) -> Any:
            return await self.breakers.call(
                self.provider, lambda: structured.ainvoke(value, config)
            )

        def unguarded(value: LanguageModelInput) -> Any:
            raise NotImplementedError(
                "BreakerChatModel guards the async API only; call ainvoke instead of invoke"
            )

        return RunnableLambda(unguarded, afunc=guarded, name=f"breaker:{self.provider}")


def guard_models(
    models: Sequence[BaseChatModel], breakers: ProviderBreakers
) -> tuple[BaseChatModel, ...]:
    """The models, each behind its provider's breaker (the offline engine's `()` stays `()`)."""
    return tuple(
        BreakerChatModel(inner=m, provider=provider_of(m), breakers=breakers) for m in models
    )
