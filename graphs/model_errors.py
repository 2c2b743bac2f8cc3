"""Model-call failures, classified once for every room: the run's error boundary
(runtime/failures.py: `unavailable`), the circuit breakers (middleware/circuit_breaker.py), the
fallback chain and the retry policy of every node that calls a model (`MODEL_RETRY`: the exam
writer, the definitions' `llm_prompt`).

A provider failure (unreachable, timed out, dropped mid-answer, 5xx, 429) may pass on a retry or
with a fallback; the caller's own mistakes (a 400, a bad key, a schema the model cannot fill, a bug)
fail the same way twice, so they are left to the run's error boundary.
"""

from __future__ import annotations

import functools
import importlib

import httpx
from langgraph.types import RetryPolicy


def is_provider_error(exc: BaseException) -> bool:
    """True when the provider failed (unreachable, timed out, 5xx, 429), so fallbacks or a retry
    may help; False for the caller's own mistakes (a 400, a bad key) and everything else.

    Follows `raise ... from` causes, since a flow may wrap the provider's error in its own.
    """
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if _is_provider_failure(current):
            return True
        current = current.__cause__
    return False


def _is_provider_failure(exc: BaseException) -> bool:
    if isinstance(exc, _transport_errors()):
        return True
    try:
        import openai
    except ImportError:  # without the openai extra no provider status error can happen
        return False
    if isinstance(exc, openai.APIStatusError):
        return exc.status_code == 429 or exc.status_code >= 500
    # A bare APIError is an error event inside a stream: the provider failed mid-answer.
    return type(exc) is openai.APIError


@functools.cache
def _transport_errors() -> tuple[type[BaseException], ...]:
    """Unreachable, dropped or silent providers: httpx's and the openai SDK's own errors."""
    found: list[type[BaseException]] = [httpx.TransportError]
    for module, name in (
        ("httpx2", "TransportError"),  # the transport of openai>=3
        ("openai", "APIConnectionError"),  # includes APITimeoutError
        ("langchain_openai", "StreamChunkTimeoutError"),
    ):
        try:
            found.append(getattr(importlib.import_module(module), name))
        except (ImportError, AttributeError):  # an older SDK without it, or no openai extra
            continue
    return tuple(found)


MODEL_RETRY = RetryPolicy(max_attempts=3, initial_interval=0.5, retry_on=is_provider_error)
"""The retry policy of a node that calls a model: provider failures only, three attempts."""
