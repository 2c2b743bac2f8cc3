"""How CLI commands run a flow: follow its events, progress on stderr, tokens on stdout.

stdout carries only the command's result (and, in practice, the persona's words), so `--json`
output can be piped; everything about how the work goes is on stderr.
"""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import Callable, Coroutine
from typing import Any

from api.compose import cli_user
from api.services import Services
from graphs.errors import FlowError
from middleware.pipeline import RunContext
from runtime.errors import KplError
from runtime.events import RunEvent
from runtime.run_request import RunRequest, RunResult, run_result


def run_command(main: Callable[[], Coroutine[Any, Any, int]]) -> int:
    """Run an async command; a `KplError` becomes one clear line on stderr and status 1."""
    try:
        return asyncio.run(main())
    except (KplError, FlowError) as exc:
        print(f"kpl: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("kpl: interrupted", file=sys.stderr)
        return 130


async def follow(
    services: Services,
    request: RunRequest,
    *,
    progress: bool = True,
    tokens: bool = False,
) -> RunResult:
    """Run `request` through the pipeline as the operator (api/compose.py: the CLI's runs pass
    every layer but the rate limit), showing progress (stderr) and tokens (stdout) as they come."""
    ctx = RunContext(request=request, user=cli_user(), request_id=request.run_id)

    shown = 0  # the progress line only moves forward: branches and rounds report their own

    def show(event: RunEvent) -> None:
        nonlocal shown
        data = event.data
        if event.event == "progress" and progress:
            shown = max(shown, int(data.get("progress") or 0))
            print(f"[{shown:>3}%] {data['node']}: {data['message']}", file=sys.stderr)
        elif event.event == "token" and tokens:
            print(data["text"], end="", flush=True)

    return await run_result(request, services.pipeline(ctx), watch=show)


def print_json(value: Any) -> None:
    """One JSON document on stdout, UTF-8, not ASCII-escaped."""
    print(json.dumps(value, ensure_ascii=False, indent=2))
