"""Errors raised by the runtime.

    KplError                  anything the runtime reports on purpose; has `code` and `retriable`
    ├── ConfigError           a setting or a graph registration is wrong (fix the configuration)
    ├── GraphNotFound         no flow is registered under that name
    ├── ThreadBusy            another run holds the thread
    ├── RunTimeout            a run went past its deadline; the thread keeps its last checkpoint
    ├── InvalidRunInput       the input does not fit the flow (wraps graphs.errors.FlowError)
    ├── PinnedVersionUnavailable  a thread's pinned graph definition can no longer be built
    └── ModelUnavailable      every configured model provider failed

`code` is the protocol's error code (../shared/PROTOCOL.md), so the API can frame any of these
without a table of its own.
"""

from __future__ import annotations


class KplError(Exception):
    """Base of every error the runtime raises on purpose."""

    code: str = "internal"
    retriable: bool = False

    def __init__(self, message: str, *, details: dict[str, object] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.details = details or {}


class ConfigError(KplError):
    """A setting or a graph registration is wrong."""

    code = "invalid_request"


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
