"""Admission before routing: the pipeline's refusals, called before a run exists.

    chat message ─► Gate.admit(user, "route", {"message": …}) ─► route ─► plan ─► RunManager.start
                    auth · content guard · size · rate limit            (the run: the pipeline)

A chat message costs a classification (possibly a model call) before any run is started, and
`/route`, dry runs and `/graphs/validate` start no run at all; so the checks a run passes in the
pipeline are also exposed as one function, which the API calls first. Routing stays outside the
pipeline on purpose: the pipeline's `RunContext` is a run of a known graph on a known thread, and
it is routing that decides both. The gate holds the pipeline's own layers (`Gate.of`), so an
admission and a run draw on the same rate-limit counters and the same forbidden terms.

An action is counted against the user's rate limit like a run of a flow of that name: it costs
`KPL_RATE_LIMIT_COSTS[action]` hits (default 1) and may have its own limit in
`KPL_RATE_LIMIT_FLOWS`. Actions: `route` (a chat message or `POST /route`), `validate`,
`dry_run`. Metrics count every admission: `kpl_admissions_total{action,outcome}`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from middleware.auth import Auth
from middleware.content_guard import ContentGuard
from middleware.metrics import Metrics
from middleware.pipeline import Middleware, Pipeline, RunContext
from middleware.rate_limit import RateLimit
from middleware.validation import Validation
from runtime.errors import KplError
from runtime.run_request import RunRequest

T = TypeVar("T")

Action = str
"""What is admitted: `route`, `validate`, `dry_run` (a name rate limits and metrics use)."""


@dataclass(frozen=True, kw_only=True)
class Gate:
    """The pipeline's admission checks, callable without a run."""

    auth: Auth | None = None
    validation: Validation | None = None
    guard: ContentGuard | None = None
    limiter: RateLimit | None = None
    metrics: Metrics | None = None

    @classmethod
    def of(cls, pipeline: Pipeline) -> Gate:
        """The gate over the pipeline's own layers (those it has)."""
        layers = pipeline.middlewares
        return cls(
            auth=_layer(layers, Auth),
            validation=_layer(layers, Validation),
            guard=_layer(layers, ContentGuard),
            limiter=_layer(layers, RateLimit),
            metrics=_layer(layers, Metrics),
        )

    async def admit(self, *, user: str, action: Action, texts: Mapping[str, str]) -> None:
        """Raise the first refusal (`unauthorized`, `invalid_request`, `payload_too_large`,
        `rate_limited`) for `user` doing `action` with these learner texts; return if admitted.

        The order is the pipeline's: who, then what is sent, then how often (a refused text
        does not cost a hit)."""
        ctx = RunContext(
            request=RunRequest(graph=action, input=dict(texts)), user=user, request_id=action
        )
        outcome = "admitted"
        try:
            if self.auth is not None:
                self.auth.principal(ctx)
            if self.validation is not None:
                self.validation.check(ctx)
            if self.guard is not None:
                self.guard.check_input(ctx)
            if self.limiter is not None:
                await self.limiter.acquire(user, action)
        except KplError as refused:
            outcome = refused.code
            raise
        finally:
            if self.metrics is not None:
                self.metrics.metrics.admissions.labels(action, outcome).inc()


def _layer(layers: Sequence[Middleware], kind: type[T]) -> T | None:
    return next((m for m in layers if isinstance(m, kind)), None)
