"""`/playground`: the developers' page, static files served by the app (no build, no CDN)."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

PLAYGROUND_DIR = Path(__file__).resolve().parent.parent / "playground"
SECURITY_HEADERS = {
    # Only the playground's own files run and load; it talks to this server only, no frames.
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; "
    "img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; "
    "frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
"""What every playground answer carries: the page renders learners' and models' text, so a
script that slipped into one must have nowhere to run or send it."""


class SecurityHeaders:
    """Pure ASGI wrapper: add `SECURITY_HEADERS` to every response of the app it wraps."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers[name] = value
            await send(message)

        await self.app(scope, receive, with_headers)


def mount_playground(app: FastAPI) -> None:
    """Serve the playground at `/playground/` (index.html, its script and style)."""
    files = StaticFiles(directory=PLAYGROUND_DIR, html=True)
    app.mount("/playground", SecurityHeaders(files), name="playground")
