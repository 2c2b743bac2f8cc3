"""The one classifying boundary of a run: any exception becomes a `KplError` with a protocol code.

Expected failures keep their message (it is written for the user); anything unexpected becomes
`internal` with a message that names the run, and the caller logs the traceback.
"""

from __future__ import annotations

from langgraph.errors import GraphRecursionError

from graphs.errors import FlowError, ModelOutputError
from graphs.model_errors import is_provider_error
from runtime.errors import (
    ErrorCode,
    InvalidRunInput,
    KplError,
    ModelUnavailable,
    RunTimeout,
    error_code,
)

ERROR_TYPES: dict[ErrorCode, type[KplError]] = {
    "timeout": RunTimeout,
    "unavailable": ModelUnavailable,
    "invalid_request": InvalidRunInput,
}


def classify_failure(exc: BaseException, *, run_id: str) -> KplError:
    """The `KplError` a run's failure stands for."""
    if isinstance(exc, KplError):
        return exc
    if isinstance(exc, FlowError):
        return InvalidRunInput(str(exc))
    if isinstance(exc, GraphRecursionError):
        error = KplError(f"run {run_id} went past the flow's step limit: {exc}")
        return error
    if is_provider_error(exc) or isinstance(exc, ModelOutputError):
        return ModelUnavailable(f"the model provider failed ({type(exc).__name__}): {exc}")
    return KplError(f"internal error in run {run_id}; the server log has the details")


def error_from_event(data: dict[str, object]) -> KplError:
    """Rebuild the error an `error` event reports (for callers that want an exception)."""
    code = error_code(data.get("code", "internal"))
    error = ERROR_TYPES.get(code, KplError)(str(data.get("message", "")))
    error.code = code
    return error
