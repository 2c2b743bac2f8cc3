"""Who is calling: `none` (everyone is `local`), API keys, or HS256 JWTs.

A credential travels as `Authorization: Bearer <token>`, the `access_token` query parameter (browsers'
`EventSource` cannot set headers) or the `kpl_token` cookie. A JWT must carry `exp`, no further
away than `KPL_JWT_MAX_AGE_S`, and a `sub` that is a user id by `runtime.identity.user_id`, the
rule the run pipeline applies too: a caller admitted here is never refused by a run later.
"""

from __future__ import annotations

import hmac
import time

import jwt
from starlette.requests import HTTPConnection

from api.errors import Unauthorized
from runtime.identity import user_id
from runtime.settings import Settings

LOCAL_USER = "local"
JWT_LEEWAY_S = 30
"""Clock skew tolerated between the token's issuer and this server."""


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
        self._max_age_s = settings.jwt_max_age_s

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
        return self._jwt_user(token)

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
