"""Real-browser test support: Debian's Chromium through Playwright, and a TCP proxy that cuts streams.

Chromium comes from the distribution (`apt-get install chromium`, done by `.ci/run`), never from
`playwright install`: the test machines cannot download browsers.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # playwright is imported lazily, so a machine without it can skip these tests
    from playwright.async_api import Page

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def require_chromium() -> None:
    """Fail under CI (it must have the browser), skip elsewhere, when Chromium is missing."""
    try:
        import playwright.async_api  # noqa: F401
    except ImportError:
        reason = "playwright is not installed: pip install -e '.[test]'"
        if os.environ.get("CI"):
            pytest.fail(f"{reason} (CI must run the browser tests)")
        pytest.skip(reason)
    if not CHROMIUM.exists():
        reason = f"{CHROMIUM} is missing: apt-get install -y chromium (.ci/run does this)"
        if os.environ.get("CI"):
            pytest.fail(f"{reason}; CI must run the browser tests")
        pytest.skip(reason)


@contextlib.asynccontextmanager
async def chromium_page() -> AsyncIterator[Page]:
    """A fresh page in a headless Chromium, closed afterwards; page errors fail the test."""
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS
        )
        try:
            page = await browser.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda error: errors.append(str(error)))
            yield page
            assert not errors, f"the page raised: {errors}"
        finally:
            await browser.close()


ID_LINE = re.compile(rb"(?m)^id:")
FRAME_END = re.compile(rb"\r\n\r\n|\n\n")  # the blank line that ends an SSE frame
HEAD_END = b"\r\n\r\n"  # the blank line that ends an HTTP request head


class CuttingProxy:
    """A TCP proxy to a local server that kills the first SSE response after `cut_after` events.

    Every connection is piped both ways. The first response to a `/chat/stream` request is
    cut mid-stream right after its `cut_after`-th event (the rest of that read is dropped), as a
    flaky network would; later connections pass untouched.
    """

    def __init__(self, upstream_port: int, cut_after: int) -> None:
        self.upstream_port = upstream_port
        self.cut_after = cut_after
        self.stream_requests: list[str] = []  # the head of every /chat/stream request, in order
        self.ids_before_cut = 0  # events the first stream delivered before the cut
        self.cut_done = False
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()

    async def start(self) -> int:
        """Listen on a free local port and return it."""
        self._server = await asyncio.start_server(self._accept, "127.0.0.1", 0)
        port: int = self._server.sockets[0].getsockname()[1]
        return port

    async def stop(self) -> None:
        """Stop listening and drop every open connection."""
        if self._server is not None:
            self._server.close()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if self._server is not None:
            await self._server.wait_closed()

    async def _accept(self, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        try:
            await self._pipe(client_r, client_w)
        finally:
            self._tasks.discard(task)

    async def _pipe(self, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        server_r, server_w = await asyncio.open_connection("127.0.0.1", self.upstream_port)
        is_stream = asyncio.Event()  # set once this connection carries a /chat/stream request
        up = asyncio.create_task(self._upstream(client_r, server_w, is_stream))
        down = asyncio.create_task(self._downstream(server_r, client_w, server_w, is_stream))
        try:
            await asyncio.wait({up, down}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in (up, down):
                task.cancel()
            await asyncio.gather(up, down, return_exceptions=True)
            for writer in (client_w, server_w):
                writer.close()
                with contextlib.suppress(OSError):
                    await writer.wait_closed()

    async def _upstream(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, is_stream: asyncio.Event
    ) -> None:
        pending = b""  # request bytes whose head is not complete yet (a head may span reads)
        with contextlib.suppress(OSError):
            while chunk := await reader.read(65536):
                pending += chunk
                while HEAD_END in pending:
                    head, pending = pending.split(HEAD_END, 1)  # GETs only: no bodies follow
                    if b"/chat/stream" in head.split(b"\r\n", 1)[0]:
                        self.stream_requests.append(head.decode("latin-1"))
                        is_stream.set()
                writer.write(chunk)
                await writer.drain()

    async def _downstream(
        self,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        server_w: asyncio.StreamWriter,
        is_stream: asyncio.Event,
    ) -> None:
        seen = b""  # what this connection's response has carried so far
        with contextlib.suppress(OSError):
            while chunk := await reader.read(65536):
                cut = None
                if is_stream.is_set() and not self.cut_done:
                    cut = self._cut_point(seen, chunk)
                    seen += chunk
                writer.write(chunk if cut is None else chunk[:cut])
                await writer.drain()
                if cut is not None:
                    # The browser's side is closed, not reset: a reset would let its kernel drop
                    # bytes it has not read yet, and the test must know what it was sent.
                    # The server's side is reset, as a vanished client would be.
                    self.cut_done = True
                    server_w.transport.abort()
                    writer.close()
                    return

    def _cut_point(self, seen: bytes, chunk: bytes) -> int | None:
        """Where in `chunk` the `cut_after`-th event ends, if it ends there."""
        ids = list(ID_LINE.finditer(seen + chunk))
        if len(ids) < self.cut_after:
            return None
        end = FRAME_END.search(seen + chunk, ids[self.cut_after - 1].end())
        if end is None or end.end() <= len(seen):
            return None
        self.ids_before_cut = self.cut_after
        return end.end() - len(seen)
