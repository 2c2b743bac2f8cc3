"""What the LangGraph Platform API channel answers besides the project's errors.

ApiError (api/errors.py)
├── NotBuilt        501: a part of the LangGraph Platform API this server does not serve
│                   (crons, the store, a stream mode, a run option); `details.part` names it
└── IdTaken         409: a thread created with an id that is already taken (`if_exists`)
"""

from __future__ import annotations

from typing import Any

from api.errors import ApiError, ErrorBody

NOT_BUILT_RESPONSE: dict[int | str, dict[str, Any]] = {
    501: {
        "model": ErrorBody,
        "description": "a part of the LangGraph Platform API not served here; `details.part` "
        "names it",
    }
}


class NotBuilt(ApiError):
    """A part of the LangGraph Platform API this server does not serve (501)."""

    code = "unavailable"
    status = 501

    def __init__(self, part: str, why: str = "") -> None:
        message = f"{part} is not served by this server's LangGraph Platform API"
        super().__init__(
            message + (f": {why}" if why else "") + " (docs/protocol.md lists what is)",
            details={"part": part},
        )


class IdTaken(ApiError):
    """A thread id that is already taken, created with `if_exists=raise` (409)."""

    code = "thread_busy"
    status = 409


class CheckpointNotFound(ApiError):
    """A run from a checkpoint the thread does not have (404)."""

    code = "not_found"
