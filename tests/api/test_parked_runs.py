"""What a run waiting in a slow node keeps alive, through the app's own services (issue 17: an open
stream is such a run; bench/run_memory.py measures the KiB)."""

from __future__ import annotations

import asyncio
import collections
import contextlib
import gc
import inspect
from collections.abc import AsyncGenerator, AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import pytest
import structlog

from api.compose import open_services
from api.services import Services
from middleware import defaults
from middleware.auth import Auth
from middleware.rate_limit import RateLimit
from middleware.result_cache import ResultCache
from middleware.validation import Validation
from runtime.run_request import RunRequest, new_id
from tests.api.conftest import make_settings

ROOT = Path(__file__).resolve().parents[2]
PARKED_EVENTS = 4
"""started, node_start and node_output of the fast node, node_start of the sleeping one."""


@dataclass
class Parked:
    """The app's services with one run asleep, and what was alive before it started."""

    services: Services
    before: collections.Counter[Any]
    """Generator-based context managers alive before the run, by their generator's code."""


@pytest.fixture
async def parked(tmp_path: Path) -> AsyncIterator[Parked]:
    """The app's services with one run of the `slow` graph asleep in its slow node."""
    async with open_services(make_settings(tmp_path, rate_limit="1000/minute")) as services:
        before = _context_managers()
        thread = await services.threads.create(new_id(), "local")
        request = RunRequest(graph="slow", thread_id=thread.thread_id, input={"delay": 30})
        run = await services.runs.start(request, owner="local")
        events = services.broker.subscribe(run.run_id)
        async with (
            asyncio.timeout(10),
            contextlib.aclosing(cast(AsyncGenerator[Any, None], events)),
        ):
            seen = 0
            async for _ in events:
                seen += 1
                if seen == PARKED_EVENTS:
                    break
        yield Parked(services, before)
        await services.runs.cancel(run.run_id, wait=True)


def _alive(kind: type, predicate: Any) -> list[Any]:
    gc.collect()
    return [o for o in gc.get_objects() if isinstance(o, kind) and predicate(o)]


async def test_a_parked_run_keeps_no_frame_of_prechecks_or_layers_it_passes(
    parked: Parked,
) -> None:
    # the slow graph is not one the result cache caches: the layer passes the run
    checks = {layer.__call__.__code__ for layer in (Auth, RateLimit, Validation, ResultCache)}
    assert {"auth", "rate_limit", "validation", "result_cache"} <= set(
        parked.services.pipeline.names
    )
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


def _context_managers() -> collections.Counter[Any]:
    gc.collect()
    return collections.Counter(
        getattr(o.gen, "gi_code", None) or getattr(o.gen, "ag_code", None)
        for o in gc.get_objects()
        if isinstance(o, contextlib._GeneratorContextManagerBase)
    )


async def test_a_parked_run_keeps_no_generator_based_context_manager_of_ours(
    parked: Parked,
) -> None:
    # structlog's bound_contextvars, the thread's lock and the events' closing were each a
    # generator frame kept for as long as the run waits
    ours = (str(ROOT / "runtime"), str(ROOT / "middleware"), str(ROOT / "api"))
    structlogs = inspect.unwrap(structlog.contextvars.bound_contextvars).__code__
    grown = _context_managers() - parked.before
    assert [
        f"{code.co_filename}:{code.co_name}"
        for code in grown
        if code is structlogs or code.co_filename.startswith(ours)
    ] == []
    assert structlog.contextvars.get_contextvars() == {}  # nothing leaked into the caller


async def _agen() -> AsyncIterator[None]:
    yield None
