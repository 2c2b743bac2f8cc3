"""Admission: every `/api/v1` request is authenticated before it is routed or its body is read.

FastAPI parses a route's body before it resolves the route's dependencies, so with authentication
as a dependency an anonymous caller who sends a broken body learns about the body (422) instead
of being told to authenticate (401), and an unauthenticated body is parsed at all. This pure ASGI
middleware runs first: it resolves the caller (api/auth.py) and leaves the user in the request's
state for `UserDep`; a refusal is the protocol's 401 and nothing behind it runs.

CORS preflights (`OPTIONS`) pass unauthenticated: browsers never send credentials with them.
"""

from __future__ import annotations

from starlette.requests import HTTPConnection
from starlette.types import ASGIApp, Receive, Scope, Send

from api.errors import error_response
from runtime.errors import KplError

USER = "user"
"""The request-state key the authenticated user is kept under."""


class Admission:
    """Pure ASGI middleware: authenticate requests under `prefix` before anything else reads them."""

    def __init__(self, app: ASGIApp, *, prefix: str) -> None:
        self.app = app
        self.prefix = prefix

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope["method"] == "OPTIONS"
            or not scope["path"].startswith(self.prefix)
        ):
            await self.app(scope, receive, send)
            return
        connection = HTTPConnection(scope)
        services = scope["app"].state.services
        try:
            user = await services.auth.authenticate(connection)
        except KplError as refused:
            await error_response(refused)(scope, receive, send)
            return
        scope.setdefault("state", {})[USER] = user
        await self.app(scope, receive, send)
