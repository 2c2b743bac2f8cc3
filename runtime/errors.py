"""Errors raised by the runtime.

    KplError                  anything the runtime reports on purpose; has `code` and `retriable`
    ├── ConfigError           a setting or a graph registration is wrong (fix the configuration)
    ├── Unauthorized          a request or a run without a user (no or a bad credential)
    ├── PayloadTooLarge       a body or a run's input over its size limit
    ├── GraphNotFound         no flow is registered under that name
    ├── ThreadBusy            another run holds the thread
    ├── RunTimeout            a run went past its deadline; the thread keeps its last checkpoint
    ├── InvalidRunInput       the input does not fit the flow (wraps graphs.errors.FlowError)
    ├── PinnedVersionUnavailable  a thread's pinned graph definition can no longer be built
    └── ModelUnavailable      every configured model provider failed

`code` is the protocol's error code (../shared/PROTOCOL.md), an `ErrorCode` mypy checks, so the
API can frame any of these without a table of its own. The other rooms' errors subclass these:
api/errors.py (ApiError), middleware (RateLimited, ContentRejected, InvalidPayload,
ProviderUnavailable), runtime's runs and stores (RunNotFound, ThreadNotFound, ReplayGap,
LeaseUnavailable, StoreQueryUnsupported).
"""

from __future__ import annotations

from typing import Literal, cast, get_args

ErrorCode = Literal[
    "invalid_request",
    "unauthorized",
    "not_found",
    "thread_busy",
    "payload_too_large",
    "rate_limited",
    "internal",
    "unavailable",
    "timeout",
    "worker_lost",
]
"""The protocol's error codes (../shared/PROTOCOL.md, "Errors"); `worker_lost` only in a stream:
a run whose worker died, ended by another (docs/protocol.md)."""
ERROR_CODES: frozenset[str] = frozenset(get_args(ErrorCode))


def error_code(value: object) -> ErrorCode:
    """`value` as a protocol code (an event's or a header's), `internal` when it is none."""
    text = str(value)
    return cast(ErrorCode, text) if text in ERROR_CODES else "internal"


class KplError(Exception):
    """Base of every error the runtime raises on purpose."""

    code: ErrorCode = "internal"
    retriable: bool = False

    def __init__(self, message: str, *, details: dict[str, object] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.details = details or {}


class ConfigError(KplError):
    """A setting or a graph registration is wrong."""

    code = "invalid_request"


class Unauthorized(KplError):
    """No user: the request or the run carried no credential, or a bad one."""

    code = "unauthorized"


class PayloadTooLarge(KplError):
    """A request body or a run's input is over its size limit."""

    code = "payload_too_large"


class GraphNotFound(KplError):
    """No flow is registered under the requested name."""

    code = "not_found"


class ThreadBusy(KplError):
    """Another run holds the thread's lock."""

    code = "thread_busy"
    retriable = True


class RunTimeout(KplError):
    """A run went past its deadline; the thread's last checkpoint is intact."""

    code = "timeout"
    retriable = True


class InvalidRunInput(KplError):
    """The input does not fit the flow (empty material, unknown scenario, a bad blueprint)."""

    code = "invalid_request"


class PinnedVersionUnavailable(KplError):
    """A paused thread runs the graph definition it started with, and that one cannot be rebuilt."""

    code = "unavailable"


class ModelUnavailable(KplError):
    """Every configured model provider failed or timed out."""

    code = "unavailable"
    retriable = True


def error_data(
    error: KplError, *, run_id: str | None = None, retriable: bool | None = None
) -> dict[str, object]:
    """The data of the `error` event that reports `error` (with its details, when it has any)."""
    data: dict[str, object] = {} if run_id is None else {"run_id": run_id}
    data.update(
        code=error.code,
        message=error.message,
        retriable=error.retriable if retriable is None else retriable,
    )
    if error.details:
        data["details"] = error.details
    return data
