"""The auth middleware around real runs: no user, no run; otherwise a principal for inner layers."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from middleware.auth import PRINCIPAL, Auth, AuthConfig, Principal
from middleware.pipeline import Handler, Pipeline, RunContext
from runtime.errors import Unauthorized
from runtime.events import RunEvent
from runtime.executor import GraphExecutor
from tests.middleware.conftest import collect, executor_handler, middleware_from, run_context


@pytest.mark.parametrize("user", ["", "   ", "ca\nrol"])
async def test_a_run_without_a_user_is_refused_before_it_starts(
    executor: GraphExecutor, user: str
) -> None:
    record: list[str] = []
    pipeline = Pipeline([Auth()], executor_handler(executor, record))
    ctx = run_context(user=user)
    with pytest.raises(Unauthorized, match="send a credential") as raised:
        await collect(pipeline, ctx)
    assert raised.value.code == "unauthorized"
    assert record == []
    assert await executor.thread_graph(ctx.request.thread_id) is None


async def test_the_principal_is_recorded_for_the_layers_inside(executor: GraphExecutor) -> None:
    seen: list[object] = []

    async def limiter(ctx: RunContext, call_next: Handler) -> AsyncIterator[RunEvent]:
        seen.append(ctx.attributes.get(PRINCIPAL))
        async for event in call_next(ctx):
            yield event

    pipeline = Pipeline([Auth(), middleware_from("limiter", limiter)], executor_handler(executor))
    events = await collect(pipeline, run_context(user=" learner-9 "))
    assert seen == [Principal(user="learner-9")]
    assert events[-1].event == "completed"
    assert events[-1].data["output"]["count"] == 5


async def test_anonymous_runs_pass_only_when_allowed(executor: GraphExecutor) -> None:
    allowed = Auth(AuthConfig(allow_anonymous=True, anonymous_user="guest"))
    ctx = run_context(user="")
    events = await collect(Pipeline([allowed], executor_handler(executor)), ctx)
    assert ctx.attributes[PRINCIPAL] == Principal(user="guest", anonymous=True)
    assert events[-1].event == "completed"


def test_only_request_log_is_declared_before_auth() -> None:
    assert Auth().must_follow == ("request_log",)
    assert not Auth().outermost
