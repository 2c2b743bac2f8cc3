"""Log context for a block: structlog's context variables bound while it runs.

    with log_context(run_id=run.run_id, thread_id=run.thread_id):
        ...  # every log line in here, and in what it awaits, carries both ids

As `structlog.contextvars.bound_contextvars`, with two differences that matter for a run that
waits a long time inside the block (a model call, a parked stream): it is a slotted object, not a
generator-based context manager, so the waiting block holds no suspended generator frame and no
copy of the whole context; and a key already bound to an equal value is not bound again, so the
request log, the run manager and the executor, nested around one run, set each id once.
"""

from __future__ import annotations

from collections.abc import Mapping
from contextvars import Token
from types import TracebackType
from typing import Any

import structlog


class log_context:
    """Bind `values` to structlog's context for a `with` block; restore what was there after."""

    __slots__ = ("_tokens", "_values")

    def __init__(self, **values: Any) -> None:
        self._values: dict[str, Any] | None = values
        self._tokens: Mapping[str, Token[Any]] = {}

    def __enter__(self) -> None:
        values, self._values = self._values or {}, None
        bound = structlog.contextvars.get_contextvars()
        changed = {k: v for k, v in values.items() if k not in bound or bound[k] != v}
        if changed:
            self._tokens = structlog.contextvars.bind_contextvars(**changed)

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        tokens, self._tokens = self._tokens, {}
        for key, token in tokens.items():
            try:
                structlog.contextvars.reset_contextvars(**{key: token})
            except ValueError:  # left in another context (a generator closed by the loop)
                if token.old_value is Token.MISSING:
                    structlog.contextvars.unbind_contextvars(key)
                else:
                    structlog.contextvars.bind_contextvars(**{key: token.old_value})
