"""A server's warm start: the engine's tables loaded, the start-up heap frozen, the GIL's switch
interval shortened, before the first request (api/warm_start.py)."""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from api.app import create_app
from api.warm_start import SWITCH_INTERVAL_S, YOUNG_GC_THRESHOLD
from graphs.text import segment
from tests.api.conftest import make_settings


@pytest.fixture
def interpreter_restored() -> Iterator[None]:
    """The test session's interpreter settings back as they were after the test."""
    threshold, interval = gc.get_threshold(), sys.getswitchinterval()
    try:
        yield
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)
        sys.setswitchinterval(interval)


@pytest.mark.usefixtures("interpreter_restored")
async def test_the_engine_is_warm_and_the_heap_frozen_before_the_first_request(
    tmp_path: Path,
) -> None:
    gc.unfreeze()
    app = create_app(make_settings(tmp_path, warm_start=True, engine_threads=2))
    async with app.router.lifespan_context(app):
        assert segment._ready  # jieba's dictionary: loaded before anyone asked for it
        assert gc.get_freeze_count() > 0
        assert gc.get_threshold()[0] == YOUNG_GC_THRESHOLD
        assert sys.getswitchinterval() == pytest.approx(SWITCH_INTERVAL_S)
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://kpl.test") as client:
            assert (await client.get("/healthz")).status_code == 200


@pytest.mark.usefixtures("interpreter_restored")
async def test_without_a_warm_start_the_interpreter_is_left_alone(tmp_path: Path) -> None:
    gc.unfreeze()
    threshold, interval = gc.get_threshold(), sys.getswitchinterval()
    app = create_app(make_settings(tmp_path))
    async with app.router.lifespan_context(app):
        assert gc.get_freeze_count() == 0
        assert gc.get_threshold() == threshold
        assert sys.getswitchinterval() == interval
