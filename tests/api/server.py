"""A real uvicorn server on a free port, running the app in a thread of the test process.

It is stopped as a signal stops `kpl serve`: through `Server.handle_exit`, which sse-starlette
wraps to end the streams still open. Setting `should_exit` alone left uvicorn waiting for those
connections (it waits for every open response before the lifespan's shutdown), and the streams
heard nothing: sse-starlette finds the server to watch through the SIGTERM handler, which uvicorn
installs only in the main thread. Each such server then took the whole 30 s join to give up.
"""

from __future__ import annotations

import signal
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn
from sse_starlette.sse import AppStatus

from api.app import create_app
from api.settings import Settings


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def free_port_between(low: int, high: int) -> int:
    """A TCP port in [low, high] nobody listens on right now."""
    for port in range(low, high + 1):
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError(f"no free port between {low} and {high}")


@contextmanager
def live_server(settings: Settings, *, port: int | None = None) -> Iterator[str]:
    """Serve the app for `settings` (on `port`, else any free one); yields its base URL and stops
    it on exit."""
    port = port or free_port()
    config = uvicorn.Config(
        create_app(settings), host="127.0.0.1", port=port, log_config=None, lifespan="on"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        stop(server, thread)


def stop(server: uvicorn.Server, thread: threading.Thread) -> None:
    """Stop the server as SIGTERM would and wait for its thread; `RuntimeError` if it does not
    stop (a connection or a lifespan that never ends)."""
    server.handle_exit(signal.SIGTERM, None)  # uvicorn's should_exit, and sse-starlette's drain
    try:
        thread.join(timeout=30)
    finally:
        # sse-starlette's flag is process-wide and nothing resets it: the next server's streams
        # would end at once
        AppStatus.should_exit = False
    if thread.is_alive():
        raise RuntimeError("the test server did not stop within 30 s")
