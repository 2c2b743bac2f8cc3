"""Authentication: turns the run's credential into a principal, or refuses the run.

The API resolves the HTTP credential (a bearer token, a session) into `RunContext.user` before the
pipeline runs; this middleware is where a run without one stops. It refuses by raising
`Unauthorized` (protocol code `unauthorized`, HTTP 401) before anything is yielded, so the API can
answer with a JSON error; otherwise it records a `Principal` in `ctx.attributes["principal"]`
for the middlewares inside it (rate limiting counts per principal).

Only `request_log` may wrap it, so a refused run is still logged with its request id.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass

from middleware.pipeline import Handler, RunContext
from runtime.errors import Unauthorized
from runtime.events import RunEvent
from runtime.identity import user_id

PRINCIPAL = "principal"
"""The `RunContext.attributes` key the principal is stored under."""


@dataclass(frozen=True, kw_only=True)
class Principal:
    """Who a run is for."""

    user: str
    """The user's id, as `runtime.identity.user_id` reads it (the HTTP layer's rule too)."""
    anonymous: bool = False
    """True when `AuthConfig.allow_anonymous` let a run without a user through."""


@dataclass(frozen=True, kw_only=True)
class AuthConfig:
    """Whether runs without a user are allowed."""

    allow_anonymous: bool = False
    """Let runs without a user through as `anonymous_user` (local development only)."""
    anonymous_user: str = "anonymous"
    """The principal such runs get; rate limits then count them together."""


class Auth:
    """Refuses runs without a user; records the principal of the others."""

    name = "auth"
    must_follow: tuple[str, ...] = ("request_log",)
    outermost = False

    def __init__(self, config: AuthConfig | None = None) -> None:
        self.config = config or AuthConfig()

    def principal(self, ctx: RunContext) -> Principal:
        """The run's principal; raises `Unauthorized` when it has none."""
        user = user_id(ctx.user)
        if user is not None:
            return Principal(user=user)
        if self.config.allow_anonymous:
            return Principal(user=self.config.anonymous_user, anonymous=True)
        raise Unauthorized(
            f"run {ctx.request.run_id} of {ctx.request.graph} has no user: send a credential "
            "(Authorization: Bearer <token>) with the request"
        )

    async def before(self, ctx: RunContext) -> None:
        """Refuse the run, or record its principal (the pipeline's `Precheck`)."""
        ctx.attributes[PRINCIPAL] = self.principal(ctx)

    async def __call__(self, ctx: RunContext, call_next: Handler) -> AsyncIterator[RunEvent]:
        """Refuse the run, or record its principal and run it."""
        await self.before(ctx)
        async for event in call_next(ctx):
            yield event
