"""What a run waiting in a slow node keeps alive, through the app's own services (issue 17: an open
stream is such a run; bench/run_memory.py measures the KiB)."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import inspect
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import structlog

from api.compose import open_services
from api.services import Services
from middleware import defaults
from middleware.auth import Auth
from middleware.rate_limit import RateLimit
from middleware.result_cache import ResultCache
from middleware.validation import Validation
from runtime.executor import RunRequest, new_id
from tests.api.conftest import make_settings

PARKED_EVENTS = 4
"""started, node_start and node_output of the fast node, node_start of the sleeping one."""


@pytest.fixture
async def parked(tmp_path: Path) -> AsyncIterator[Services]:
    """The app's services with one run of the `slow` graph asleep in its slow node."""
    async with open_services(make_settings(tmp_path, rate_limit="1000/minute")) as services:
        thread = await services.threads.create(new_id(), "local")
        request = RunRequest(graph="slow", thread_id=thread.thread_id, input={"delay": 30})
        run = await services.runs.start(request, owner="local")
        events = services.broker.subscribe(run.run_id)
        async with asyncio.timeout(10), contextlib.aclosing(events):
            seen = 0
            async for _ in events:
                seen += 1
                if seen == PARKED_EVENTS:
                    break
        yield services
        await services.runs.cancel(run.run_id, wait=True)


def _alive(kind: type, predicate: Any) -> list[Any]:
    gc.collect()
    return [o for o in gc.get_objects() if isinstance(o, kind) and predicate(o)]


async def test_a_parked_run_keeps_no_frame_of_prechecks_or_layers_it_passes(
    parked: Services,
) -> None:
    # the slow graph is not one the result cache caches: the layer passes the run
    checks = {layer.__call__.__code__ for layer in (Auth, RateLimit, Validation, ResultCache)}
    assert {"auth", "rate_limit", "validation", "result_cache"} <= set(parked.pipeline.names)
    frames = _alive(
        type(_agen()),
        lambda gen: (
            gen.ag_code in checks
            or (
                gen.ag_code.co_name == "admitted_run"
                and gen.ag_code.co_filename == defaults.__file__
            )
        ),
    )
    assert frames == []
    assert inspect.isasyncgen(_agen())


async def test_a_parked_run_keeps_no_generator_of_structlogs_context(parked: Services) -> None:
    bound = inspect.unwrap(structlog.contextvars.bound_contextvars).__code__
    managers = _alive(
        contextlib._GeneratorContextManager,
        lambda cm: getattr(cm.gen, "gi_code", None) is bound,
    )
    assert managers == []
    assert structlog.contextvars.get_contextvars() == {}  # nothing leaked into the caller


async def _agen() -> AsyncIterator[None]:
    yield None
