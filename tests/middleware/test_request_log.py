"""Request logging around real runs: one start line, one end line, the run's ids bound, no input."""

from __future__ import annotations

import json
from collections.abc import Iterator, MutableMapping
from typing import Any

import pytest
import structlog

from middleware.auth import Auth
from middleware.pipeline import Pipeline
from middleware.request_log import RequestLog, RequestLogConfig
from runtime.errors import KplError
from runtime.executor import GraphExecutor
from tests.middleware.conftest import collect, executor_handler, run_context

SECRET_MATERIAL = "门店内部资料：本季度会员价 188 元"


@pytest.fixture
def logs() -> Iterator[list[MutableMapping[str, Any]]]:
    """The structlog lines logged meanwhile, with context variables merged as in production."""
    with structlog.testing.capture_logs(
        processors=[structlog.contextvars.merge_contextvars]
    ) as captured:
        yield captured


def run_lines(logs: list[MutableMapping[str, Any]]) -> list[MutableMapping[str, Any]]:
    """Only this middleware's lines (the executor logs its own too)."""
    return [line for line in logs if line["event"] in ("run requested", "run finished")]


async def test_a_run_logs_one_start_and_one_end_line_with_its_ids(
    executor: GraphExecutor, logs: list[MutableMapping[str, Any]]
) -> None:
    pipeline = Pipeline([RequestLog()], executor_handler(executor))
    ctx = run_context(user="learner-3", input={"count": 0, "material": SECRET_MATERIAL})

    events = await collect(pipeline, ctx)

    start, end = run_lines(logs)
    for line in (start, end):
        assert line["request_id"] == "req-1"
        assert line["user"] == "learner-3"
        assert line["thread_id"] == ctx.request.thread_id
        assert line["run_id"] == ctx.request.run_id
        assert line["graph"] == "chain"
        json.dumps(line)  # a JSON line as it is
    assert end["status"] == "success"
    assert end["events"] == len(events)
    assert end["duration_ms"] > 0
    # The executor's own lines carry the same ids, bound by this middleware's scope.
    inner = [line for line in logs if line["event"] == "run started"]
    assert inner and inner[0]["request_id"] == "req-1"
    # The learner's material is never logged, by this middleware or under it.
    assert SECRET_MATERIAL not in json.dumps(logs, ensure_ascii=False)
    assert "会员价" not in json.dumps(logs, ensure_ascii=False)  # nor any part of it


@pytest.mark.parametrize(
    ("graph", "payload", "status", "code"),
    [
        ("failing", {"how": "bug"}, "error", "internal"),
        ("failing", {"how": "bad_input"}, "error", "invalid_request"),
        ("chat", {}, "interrupted", None),
    ],
)
async def test_the_end_line_says_how_the_run_ended(
    executor: GraphExecutor,
    logs: list[MutableMapping[str, Any]],
    graph: str,
    payload: dict[str, Any],
    status: str,
    code: str | None,
) -> None:
    pipeline = Pipeline([RequestLog()], executor_handler(executor))
    events = await collect(pipeline, run_context(graph, input=payload))
    end = run_lines(logs)[-1]
    assert end["status"] == status
    assert end.get("code") == code
    assert end["events"] == len(events)
    assert events[-1].event == ("error" if status == "error" else "completed")


async def test_a_refused_run_is_logged_with_the_refusal_code(
    executor: GraphExecutor, logs: list[MutableMapping[str, Any]]
) -> None:
    pipeline = Pipeline([RequestLog(), Auth()], executor_handler(executor))
    with pytest.raises(KplError):
        await collect(pipeline, run_context(user=""))
    start, end = run_lines(logs)
    assert start["user"] == ""
    assert end["status"] == "refused"
    assert end["code"] == "unauthorized"
    assert end["events"] == 0


async def test_a_client_that_leaves_is_logged_as_cancelled(
    executor: GraphExecutor, logs: list[MutableMapping[str, Any]]
) -> None:
    ctx = run_context("slow", input={"delay": 5})
    stream = RequestLog(RequestLogConfig(logger_name="kpl.test"))(ctx, executor_handler(executor))
    first = await anext(stream)
    await stream.aclose()  # type: ignore[attr-defined]
    assert first.event == "started"
    end = run_lines(logs)[-1]
    assert end["status"] == "cancelled"
    assert end["events"] == 1
    assert "run_id" not in structlog.contextvars.get_contextvars()


async def test_a_client_that_leaves_after_the_end_does_not_turn_success_into_cancelled(
    executor: GraphExecutor, logs: list[MutableMapping[str, Any]]
) -> None:
    stream = RequestLog()(run_context(), executor_handler(executor))
    async for event in stream:
        if event.event == "completed":
            break
    await stream.aclose()  # type: ignore[attr-defined]
    assert run_lines(logs)[-1]["status"] == "success"
