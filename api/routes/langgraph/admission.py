"""Admission of LangGraph SDK callers: the project's credentials, and the SDK's `x-api-key`.

The official SDKs send their key as `x-api-key` (`get_client(url=..., api_key=...)`); the rest
of this server reads `Authorization: Bearer`. Under `/langgraph`, this pure ASGI middleware
authenticates the caller before anything reads the request, as `api/admission.py` does for
`/api/v1`: an `x-api-key` is taken as a bearer token would be (an API key or a JWT, by
`KPL_AUTH`), anything else goes through the same `Authenticator`. A refusal is the protocol's 401.
"""

from __future__ import annotations

from starlette.requests import HTTPConnection
from starlette.types import ASGIApp, Receive, Scope, Send

from api.admission import USER
from api.errors import error_response
from api.tickets import is_ticket
from runtime.errors import KplError, Unauthorized

PREFIX = "/langgraph"
API_KEY_HEADER = "x-api-key"


class LangGraphAdmission:
    """Authenticate requests under `/langgraph` before they are routed."""

    def __init__(self, app: ASGIApp, *, prefix: str = PREFIX) -> None:
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
        auth = scope["app"].state.services.auth
        key = connection.headers.get(API_KEY_HEADER, "").strip()
        try:
            if key and not connection.headers.get("authorization"):
                if is_ticket(key):  # one-use tickets are for EventSource URLs only
                    raise Unauthorized("a stream ticket is not an API key: send the key itself")
                user = await auth.authenticate_token(key)
            else:
                user = await auth.authenticate(connection)
        except KplError as refused:
            await error_response(refused)(scope, receive, send)
            return
        scope.setdefault("state", {})[USER] = user
        await self.app(scope, receive, send)
