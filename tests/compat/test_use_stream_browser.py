"""The JS SDK's React `useStream` in Chromium against a real server's `/langgraph`.

The page (tests/compat/use_stream/app.jsx) is bundled at test time with esbuild from the npm
packages its lock file pins (`npm ci`: nothing comes from a CDN). It is served to the browser at
its own origin (a small static server), so its calls to the server are cross-origin, allowed by
`KPL_CORS_ORIGINS`, as an Agent Chat UI deployment's are. The chat agent streams a model's reply
token by token, pauses for an approval, and resumes when the page sends `command: {resume}`.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.api.browser_support import chromium_page, require_chromium
from tests.api.conftest import make_settings
from tests.api.server import free_port_between, live_server
from tests.api.token_graphs import GATES, RELEASED
from tests.compat.pages import bundle_page, page_server
from tests.compat.support import GRAPHS, PORTS

pytestmark = pytest.mark.slow

APP = Path(__file__).parent / "use_stream"
PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>useStream</title></head>
<body><div id="root"></div><script type="module" src="/bundle.js"></script></body></html>"""


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The page and its script (`npm ci` from the lock file, then esbuild), in a folder."""
    folder = tmp_path_factory.mktemp("use-stream")
    return bundle_page(APP, "app.jsx", folder, PAGE, ("--jsx=automatic",))


@pytest.fixture(scope="module")
def page_origin(bundle: Path) -> Iterator[str]:
    """The page's own web server (tests/compat/pages.py)."""
    with page_server(bundle, PORTS) as origin:
        yield origin


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, page_origin: str) -> Iterator[str]:
    settings = make_settings(
        tmp_path_factory.mktemp("use-stream-server"), graphs=GRAPHS, cors_origins=[page_origin]
    )
    with live_server(settings, port=free_port_between(*PORTS)) as url:
        yield url


async def test_use_stream_streams_a_chat_pauses_and_resumes(server: str, page_origin: str) -> None:
    require_chromium()
    async with chromium_page() as page:
        await page.goto(f"{page_origin}/index.html?api={server}/langgraph")
        await page.fill("#draft", "太贵了")
        await page.click("#send")
        await page.wait_for_function(
            "document.querySelector('#interrupt').textContent === '发送这条回复吗？'"
        )
        said = await page.locator("#messages li").all_inner_texts()
        assert said == ["太贵了", "您好，您说的是「太贵了」吗？"]
        types = await page.locator("#messages li").evaluate_all(
            "items => items.map(item => item.dataset.type)"
        )
        assert types == ["human", "ai"]
        shown = await page.evaluate("window.__texts")
        assert shown[-1] == "您好，您说的是「太贵了」吗？"
        assert any(len(text) < len(shown[-1]) for text in shown[:-1]), shown  # streamed in parts

        await page.click("#approve")
        await page.wait_for_function("document.querySelector('#interrupt').textContent === ''")
        await page.wait_for_function("document.querySelector('#status').textContent === 'idle'")
        said = await page.locator("#messages li").all_inner_texts()
        assert said == ["太贵了", "您好，您说的是「太贵了」吗？", "审核：同意"]
        assert await page.inner_text("#error") == ""
        assert await page.inner_text("#thread") != ""


async def test_a_reload_mid_run_rejoins_the_run(server: str, page_origin: str) -> None:
    """The run outlives the page: after a reload, `useStream` (reconnectOnMount) joins the same
    run's stream and shows the reply as it goes on and ends."""
    require_chromium()
    gate = f"browser-{uuid.uuid4().hex[:8]}"
    GATES[gate] = threading.Event()
    try:
        async with chromium_page() as page:
            await page.goto(f"{page_origin}/index.html?api={server}/langgraph&gate={gate}")
            await page.fill("#draft", "能便宜点吗")
            await page.click("#send")
            partial = "document.querySelector('#messages li[data-type=ai]')?.textContent"
            await page.wait_for_function(f"{partial} === '您好，您说的是'")
            thread = await page.inner_text("#thread")

            await page.reload()  # the model is still waiting at the gate: the run goes on
            await page.wait_for_function(f"{partial} === '您好，您说的是'")
            assert await page.inner_text("#thread") == thread
            assert await page.inner_text("#status") == "loading"
            GATES[gate].set()
            await page.wait_for_function(
                "document.querySelector('#interrupt').textContent === '发送这条回复吗？'"
            )
            said = await page.locator("#messages li").all_inner_texts()
            assert said == ["能便宜点吗", "您好，您说的是「能便宜点吗」吗？"]
            assert await page.inner_text("#error") == ""
    finally:
        GATES[gate].set()
        GATES.pop(gate, None)
    assert RELEASED.pop(gate)  # the model went on because the gate opened, not by its timeout
