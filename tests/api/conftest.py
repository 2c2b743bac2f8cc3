"""A live server with the built-in flows and the sample graphs, and a client for it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from api.settings import Settings
from tests.api.server import live_server

SAMPLE_GRAPHS = {
    "slow": "tests.runtime.sample_graphs:slow",
    "chat": "tests.runtime.sample_graphs:interrupting",
}


def make_settings(tmp_path: Path, **overrides: Any) -> Settings:
    """Test settings: SQLite in tmp_path, sample graphs, quick heartbeats, no .env, and no warm
    start (it freezes the heap of the process, which here is the test session's)."""
    values: dict[str, Any] = {
        "checkpoint_url": f"sqlite:///{tmp_path}/kpl.db",
        "graphs": SAMPLE_GRAPHS,
        "heartbeat_s": 0.2,
        "warm_start": False,
        **overrides,
    }
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    """A running server with default test settings; yields its base URL."""
    with live_server(make_settings(tmp_path)) as url:
        yield url


@pytest.fixture
async def client(server: str) -> AsyncIterator[httpx.AsyncClient]:
    """An HTTP client for the server's API."""
    async with httpx.AsyncClient(base_url=f"{server}/api/v1", timeout=30) as http:
        yield http
