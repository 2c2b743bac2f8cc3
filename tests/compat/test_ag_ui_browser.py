"""The official AG-UI JS client (`@ag-ui/client`'s `HttpAgent`, which CopilotKit builds on) in
Chromium against a real server's `POST /ag-ui/{graph}`.

The page (tests/compat/ag_ui_client/app.js) is bundled at test time with esbuild from the npm
packages its lock file pins (`npm ci`: nothing comes from a CDN) and served at its own origin, so
its calls to the server are cross-origin, allowed by `KPL_CORS_ORIGINS`. The client parses the SSE
itself, validates every event against the protocol, and folds the snapshot and JSON Patch deltas
into its `state`; the test compares that state with the thread's stored state.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.api.browser_support import chromium_page, require_chromium
from tests.api.conftest import make_settings
from tests.api.server import free_port_between, live_server
from tests.compat.pages import bundle_page, page_server

pytestmark = pytest.mark.slow

APP = Path(__file__).parent / "ag_ui_client"
PORTS = (18850, 18899)
PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>AG-UI client</title></head>
<body><p id="status"></p><script type="module" src="/bundle.js"></script></body></html>"""


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The page and its script (`npm ci` from the lock file, then esbuild), in a folder."""
    folder = tmp_path_factory.mktemp("ag-ui-client")
    return bundle_page(APP, "app.js", folder, PAGE, ())


@pytest.fixture(scope="module")
def page_origin(bundle: Path) -> Iterator[str]:
    """The page's own web server (tests/compat/pages.py)."""
    with page_server(bundle, PORTS) as origin:
        yield origin


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, page_origin: str) -> Iterator[str]:
    settings = make_settings(tmp_path_factory.mktemp("ag-ui-server"), cors_origins=[page_origin])
    with live_server(settings, port=free_port_between(*PORTS)) as url:
        yield url


async def stored_values(server: str, thread: str) -> dict[str, Any]:
    async with httpx.AsyncClient(timeout=30) as client:
        response = await client.get(f"{server}/api/v1/threads/{thread}/state")
    assert response.status_code == 200, response.text
    values: dict[str, Any] = response.json()["values"]
    return values


def types_of(run: dict[str, Any]) -> list[str]:
    return [event["type"] for event in run["events"]]


def assert_well_formed(run: dict[str, Any]) -> None:
    """RUN_STARTED, the thread's snapshot, paired steps and messages, RUN_FINISHED last."""
    types = types_of(run)
    assert types[:2] == ["RUN_STARTED", "STATE_SNAPSHOT"], types
    assert types[-1] == "RUN_FINISHED", types
    events = run["events"]
    started = [e["stepName"] for e in events if e["type"] == "STEP_STARTED"]
    finished = [e["stepName"] for e in events if e["type"] == "STEP_FINISHED"]
    assert started and sorted(started) == sorted(finished), types
    opened = [e["messageId"] for e in events if e["type"] == "TEXT_MESSAGE_START"]
    closed = [e["messageId"] for e in events if e["type"] == "TEXT_MESSAGE_END"]
    assert sorted(opened) == sorted(closed), types


async def test_http_agent_runs_a_practice_pauses_and_resumes(server: str, page_origin: str) -> None:
    require_chromium()
    thread = uuid.uuid4().hex
    url = f"{server}/ag-ui/practice_dialogue"
    async with chromium_page() as page:
        await page.goto(f"{page_origin}/index.html")
        await page.wait_for_function("document.querySelector('#status').textContent === 'ready'")

        opening = await page.evaluate(
            "window.runOnce",
            {"url": url, "threadId": thread, "state": {"scenario": "objection-handling"}},
        )
        assert_well_formed(opening)
        assert opening["events"][0]["threadId"] == thread
        asked = [e for e in opening["events"] if e["type"] == "CUSTOM" and e["name"] == "interrupt"]
        assert asked and "prompt" in asked[0]["value"], types_of(opening)
        assert opening["outcome"]["outcome"] == "interrupt", opening["outcome"]
        interrupts = opening["outcome"]["interrupts"]
        assert len(interrupts) == 1
        stored = await stored_values(server, thread)
        assert opening["state"]["transcript"] == stored["transcript"]

        reply = "您好，您担心的是价格吗？"
        resume = [{"interruptId": interrupts[0]["id"], "status": "resolved", "payload": reply}]
        turn = await page.evaluate(
            "window.runOnce", {"url": url, "threadId": thread, "resume": resume}
        )
        assert_well_formed(turn)
        types = types_of(turn)
        assert "STATE_DELTA" in types and "TEXT_MESSAGE_CONTENT" in types, types
        assert turn["outcome"]["outcome"] == "interrupt", turn["outcome"]
        appended = [
            op["value"]
            for e in turn["events"]
            if e["type"] == "STATE_DELTA"
            for op in e["delta"]
            if op["path"] == "/transcript/-"
        ]
        assert any(line["role"] == "learner" for line in appended), appended

    # The client's state, folded from the snapshot and deltas by its own JSON Patch code, is the
    # thread's stored state: her opening, the learner's reply, her answer.
    stored = await stored_values(server, thread)
    assert turn["state"]["transcript"] == stored["transcript"]
    assert len(turn["state"]["transcript"]) == 3
    assert {"role": "learner", "text": reply}.items() <= stored["transcript"][1].items()


async def test_http_agent_asks_help_and_keeps_the_answer(server: str, page_origin: str) -> None:
    require_chromium()
    thread = uuid.uuid4().hex
    async with chromium_page() as page:
        await page.goto(f"{page_origin}/index.html")
        await page.wait_for_function("document.querySelector('#status').textContent === 'ready'")
        run = await page.evaluate(
            "window.runOnce",
            {"url": f"{server}/ag-ui/help", "threadId": thread, "message": "你能做什么？"},
        )
    assert_well_formed(run)
    assert run["outcome"]["outcome"] == "success", run["outcome"]
    assert "TEXT_MESSAGE_CONTENT" in types_of(run)
    stored = await stored_values(server, thread)
    assert run["state"]["answer"] == stored["answer"]
    # The client assembled the streamed tokens into an assistant message after the user's.
    assert run["messages"][0] == {"role": "user", "content": "你能做什么？"}
    assert any(m["role"] == "assistant" and m["content"] for m in run["messages"][1:])
