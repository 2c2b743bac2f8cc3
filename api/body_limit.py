"""Request bodies over `KPL_MAX_BODY_BYTES` are refused with 413 `payload_too_large`.

A declared `Content-Length` is refused before anything is read; a chunked body is counted as it is
read and refused as soon as it passes the limit.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.errors import error_response
from runtime.errors import PayloadTooLarge


class BodyLimit:
    """Pure ASGI middleware: refuse bodies over `max_bytes`."""

    def __init__(self, app: ASGIApp, *, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    def _too_large(self, size: int | str) -> PayloadTooLarge:
        return PayloadTooLarge(
            f"the request body ({size} bytes) is over the limit of {self.max_bytes} bytes "
            "(KPL_MAX_BODY_BYTES); send less material, or a course id instead",
            details={"limit": self.max_bytes},
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await error_response(self._too_large(int(declared)))(scope, receive, send)
            return
        seen = 0
        refused = False

        async def counted() -> Message:
            # The framework turns any error while it reads a body into its own 400, so the 413
            # is sent from here and whatever the app answers afterwards is dropped.
            nonlocal seen, refused
            message = await receive()
            if message["type"] == "http.request" and not refused:
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    refused = True
                    await error_response(self._too_large(f"more than {self.max_bytes}"))(
                        scope, receive, send
                    )
                    return {"type": "http.disconnect"}
            return message

        async def guarded(message: Message) -> None:
            if not refused:
                await send(message)

        await self.app(scope, counted, guarded)
