"""Who is calling: `none` (everyone is `local`), API keys, or HS256 JWTs.

A credential travels as `Authorization: Bearer <token>`, the `access_token` query parameter (browsers'
`EventSource` cannot set headers) or the `kpl_token` cookie. A JWT must carry `exp`, no further
away than `KPL_JWT_MAX_AGE_S`, and a `sub` that is a user id by `runtime.identity.user_id`, the
rule the run pipeline applies too: a caller admitted here is never refused by a run later.

A stream ticket (api/tickets.py) is accepted only as the `access_token` of a GET, whatever the
mode, and only once.

The cookie is what a browser sends by itself, to any page's request: it counts only where a
`SameSite=Lax` cookie would be sent, and then some. A request that changes state (any method but
GET and HEAD), or `GET /chat/stream` (it starts runs), is honoured with the cookie only from this
site: `Sec-Fetch-Site: same-origin`, or an `Origin` that is this server's own or one of
`KPL_CORS_ORIGINS`. Anything else is answered as if no cookie had come (401).
"""

from __future__ import annotations

import hmac
import time
from typing import Literal

import jwt
from starlette.requests import HTTPConnection

from api.settings import Settings
from api.tickets import TicketStore, is_ticket
from runtime.errors import Unauthorized
from runtime.identity import user_id

LOCAL_USER = "local"
COOKIE = "kpl_token"
JWT_LEEWAY_S = 30
"""Clock skew tolerated between the token's issuer and this server."""


CredentialSource = Literal["header", "query", "cookie"]
SAFE_METHODS = frozenset({"GET", "HEAD"})
RUN_STARTING_GETS = ("/chat/stream", "/ws")
"""GET paths that start runs (and the WebSocket handshake, which a cross-site page can open), so
need the same protection as a POST."""


def credential(connection: HTTPConnection) -> tuple[str, CredentialSource] | None:
    """The token the caller sent and where: the header, the query or the cookie, in that order."""
    header = connection.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() == "bearer" and token.strip():
        return token.strip(), "header"
    if query := connection.query_params.get("access_token"):
        return query, "query"
    if cookie := connection.cookies.get(COOKIE):
        return cookie, "cookie"
    return None


class Authenticator:
    """Turns a request's credential into a user name, by the configured mode."""

    def __init__(self, settings: Settings, *, tickets: TicketStore) -> None:
        self.mode = settings.auth
        self.tickets = tickets
        self._keys = dict(settings.api_keys)
        self._secret = settings.jwt_secret.get_secret_value() if settings.jwt_secret else ""
        self._max_age_s = settings.jwt_max_age_s
        self._origins = frozenset(settings.cors_origins)

    async def authenticate(self, connection: HTTPConnection) -> str:
        """The caller's user name; `Unauthorized` when the credential is missing or bad."""
        found = credential(connection)
        if found is not None and found[1] == "query" and is_ticket(found[0]):
            return await self._ticket_user(connection, found[0])
        if self.mode == "none":
            return LOCAL_USER
        if found is None:
            raise Unauthorized(
                "a credential is required: send Authorization: Bearer <token>, "
                "the access_token query parameter, or the kpl_token cookie"
            )
        token, source = found
        if source == "cookie" and not self.cookie_allowed(connection):
            raise Unauthorized(
                f"the {COOKIE} cookie is not accepted on this request from "
                f"{connection.headers.get('origin') or 'an unknown origin'}: it changes state "
                "and came from another site; send Authorization: Bearer <token>, or call from "
                "an origin listed in KPL_CORS_ORIGINS"
            )
        return self._token_user(token)

    async def authenticate_token(self, token: str) -> str:
        """The user a token sent in a message stands for (a WebSocket's first `auth` frame):
        an API key, a JWT or a stream ticket, by the configured mode."""
        if is_ticket(token):
            return await self._redeem(token)
        if self.mode == "none":
            return LOCAL_USER
        return self._token_user(token)

    def _token_user(self, token: str) -> str:
        if self.mode == "apikey":
            for key, user in self._keys.items():
                if hmac.compare_digest(key.encode(), token.encode()):
                    return user
            raise Unauthorized("unknown API key")
        return self._jwt_user(token)

    def cookie_allowed(self, connection: HTTPConnection) -> bool:
        """Whether a cookie credential may stand for the caller on this request (CSRF rule)."""
        method = connection.scope.get("method", "GET")
        if method in SAFE_METHODS and not connection.url.path.endswith(RUN_STARTING_GETS):
            return True
        if connection.headers.get("sec-fetch-site") == "same-origin":
            return True
        origin = connection.headers.get("origin")
        if not origin:
            return False
        own = f"{connection.url.scheme}://{connection.url.netloc}"
        return origin == own or origin in self._origins

    async def _ticket_user(self, connection: HTTPConnection, ticket: str) -> str:
        # A WebSocket handshake is a GET too (its scope has no method).
        if connection.scope.get("method", "GET") != "GET":
            raise Unauthorized(
                "a stream ticket is only good as the access_token of an EventSource URL (a GET)"
            )
        return await self._redeem(ticket)

    async def _redeem(self, ticket: str) -> str:
        user = await self.tickets.redeem(ticket)
        if user is None:
            raise Unauthorized(
                "the stream ticket is unknown, already used or expired: each is good for one "
                "connection within a minute; get a new one from POST /api/v1/stream-tickets"
            )
        return user

    def _jwt_user(self, token: str) -> str:
        try:
            claims = jwt.decode(
                token,
                self._secret,
                algorithms=["HS256"],
                options={"require": ["sub", "exp"]},
                leeway=JWT_LEEWAY_S,
            )
        except jwt.PyJWTError as exc:
            raise Unauthorized(f"invalid token: {exc}") from None
        now = time.time()
        iat = claims.get("iat")
        issued = min(float(iat), now) if isinstance(iat, int | float) else now
        lifetime = float(claims["exp"]) - issued
        if lifetime > self._max_age_s + JWT_LEEWAY_S:
            raise Unauthorized(
                f"invalid token: it is valid for {int(lifetime)} s, longer than the "
                f"{int(self._max_age_s)} s allowed (KPL_JWT_MAX_AGE_S); issue shorter-lived tokens"
            )
        user = user_id(claims["sub"])
        if user is None:
            raise Unauthorized("invalid token: its sub claim is not a user id (empty or blank)")
        return user
