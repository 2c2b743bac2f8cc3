"""Which errors of a model call are worth retrying: timeouts and dropped connections only.

Everything else (a bad request, a schema the model cannot fill, a bug) fails the same way on a
second try, so the generation node's RetryPolicy leaves it to the run's error boundary.
"""

from __future__ import annotations

import httpx
from langgraph.types import RetryPolicy

_TRANSIENT: tuple[type[BaseException], ...] = (
    httpx.TimeoutException,
    httpx.ConnectError,
    httpx.RemoteProtocolError,
)
try:  # openai wraps httpx's errors in its own types; it is only there with the [openai] extra
    import openai

    _TRANSIENT = (*_TRANSIENT, openai.APITimeoutError, openai.APIConnectionError)
except ImportError:  # pragma: no cover - the offline install has no openai package
    pass


def is_transient_model_error(error: Exception) -> bool:
    """True for a model call that timed out or lost its connection."""
    return isinstance(error, _TRANSIENT)


GENERATION_RETRY = RetryPolicy(
    max_attempts=3, initial_interval=0.5, retry_on=is_transient_model_error
)
"""Retry policy of the generation node (the only node that calls a model)."""
