"""Logging set-up, done once by an entry point: structlog over the standard library, to stderr.

`json=True` writes one JSON object per line (servers); otherwise a readable console format (CLI).
Context variables bound with `structlog.contextvars` (request_id, thread_id, run_id) join every line.
A traceback is written plain, frames and lines only: never the frames' local variables, which hold
a learner's material and answers (the console's default rich traceback printed them, 70,000 lines
with the whole content library, on one failed practice run: session 13 trainer P5), and in JSON
it is the `exception` field, not dropped.
"""

from __future__ import annotations

import logging
import sys

import structlog


def configure_logging(level: str = "INFO", *, json: bool = False) -> None:
    """Route structlog and the standard library's loggers to stderr at `level`."""
    shared: list[structlog.types.Processor] = [
        structlog.contextvars.merge_contextvars,
        structlog.processors.add_log_level,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
    ]
    renderers: list[structlog.types.Processor] = (
        [
            structlog.processors.format_exc_info,
            structlog.processors.JSONRenderer(ensure_ascii=False),
        ]
        if json
        else [
            structlog.dev.ConsoleRenderer(
                colors=False, exception_formatter=structlog.dev.plain_traceback
            )
        ]
    )
    structlog.configure(
        processors=[*shared, structlog.stdlib.ProcessorFormatter.wrap_for_formatter],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        # No caching: a cached module logger would keep this configuration for good, so a later
        # `configure` or `structlog.testing.capture_logs` (tests) would never reach it. The cost is a
        # few microseconds a line.
        cache_logger_on_first_use=False,
    )
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(
        structlog.stdlib.ProcessorFormatter(
            foreign_pre_chain=shared,
            processors=[structlog.stdlib.ProcessorFormatter.remove_processors_meta, *renderers],
        )
    )
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    # jieba announces its dictionary loading on every start; it is not news.
    logging.getLogger("jieba").setLevel(logging.WARNING)
