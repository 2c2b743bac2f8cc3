"""A live server for the LangGraph API tests and the official SDK's client for it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
from langgraph_sdk import get_client
from langgraph_sdk.client import LangGraphClient

from tests.api.conftest import make_settings
from tests.api.server import free_port_between, live_server
from tests.compat.support import GRAPHS, PORTS


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A server with the built-in flows and the test graphs (auth none: every caller is
    `local`); its base URL."""
    settings = make_settings(tmp_path_factory.mktemp("langgraph"), graphs=GRAPHS)
    with live_server(settings, port=free_port_between(*PORTS)) as url:
        yield url


@pytest.fixture
async def sdk(server: str) -> AsyncIterator[LangGraphClient]:
    """The official Python client on the server's `/langgraph`."""
    client = get_client(url=f"{server}/langgraph", api_key=None, timeout=60)
    yield client
    await client.aclose()
