"""Who is calling: `none` (everyone is `local`), API keys, or HS256 JWTs.

A credential travels as `Authorization: Bearer <token>`, the `access_token` query parameter (browsers'
`EventSource` cannot set headers) or the `kpl_token` cookie.
"""

from __future__ import annotations

import hmac

import jwt
from starlette.requests import HTTPConnection

from api.errors import Unauthorized
from runtime.settings import Settings

LOCAL_USER = "local"


def credential(connection: HTTPConnection) -> str | None:
    """The token the caller sent, from the header, the query or the cookie."""
    header = connection.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() == "bearer" and token.strip():
        return token.strip()
    return connection.query_params.get("access_token") or connection.cookies.get("kpl_token")


class Authenticator:
    """Turns a request's credential into a user name, by the configured mode."""

    def __init__(self, settings: Settings) -> None:
        self.mode = settings.auth
        self._keys = dict(settings.api_keys)
        self._secret = settings.jwt_secret.get_secret_value() if settings.jwt_secret else ""

    async def authenticate(self, connection: HTTPConnection) -> str:
        """The caller's user name; `Unauthorized` when the credential is missing or bad."""
        if self.mode == "none":
            return LOCAL_USER
        token = credential(connection)
        if not token:
            raise Unauthorized(
                "a credential is required: send Authorization: Bearer <token>, "
                "the access_token query parameter, or the kpl_token cookie"
            )
        if self.mode == "apikey":
            for key, user in self._keys.items():
                if hmac.compare_digest(key.encode(), token.encode()):
                    return user
            raise Unauthorized("unknown API key")
        try:
            claims = jwt.decode(
                token, self._secret, algorithms=["HS256"], options={"require": ["sub"]}
            )
        except jwt.PyJWTError as exc:
            raise Unauthorized(f"invalid token: {exc}") from None
        return str(claims["sub"])
