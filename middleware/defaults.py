"""The default pipeline, built from settings: which middlewares, in which order, configured how.

    tracing → request_log → metrics → auth → rate_limit → validation → content_guard → deadline
            → result_cache → [retry → the executor]

Tracing is outermost so its span covers everything; metrics sit outside auth and the limiter so
refused runs are counted; the result cache is inside the guard (cached text is masked too); retry
wraps only the executor, so a retried attempt is not charged or logged twice. A layer turned off in
the settings is left out (tracing without the `tracing` extra is a pass-through).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from typing import Protocol

from middleware.auth import Auth
from middleware.content_guard import ContentGuard, ContentGuardConfig
from middleware.deadline import Deadline, DeadlineConfig
from middleware.metrics import Metrics
from middleware.pipeline import Middleware, Pipeline, RunContext
from middleware.rate_limit import RateLimit, RateLimitConfig
from middleware.request_log import RequestLog
from middleware.result_cache import ResultCache, ResultCacheConfig
from middleware.retry import RetryConfig, RetryingHandler
from middleware.tracing import Tracing
from middleware.validation import Validation, ValidationConfig
from runtime.events import RunEvent
from runtime.executor import GraphExecutor


class PipelineSettings(Protocol):
    """What the default pipeline is built from (api.settings.Settings has it)."""

    @property
    def tracing(self) -> bool: ...
    @property
    def metrics(self) -> bool: ...
    @property
    def rate_limit(self) -> str: ...
    @property
    def rate_limit_flows(self) -> dict[str, str]: ...
    @property
    def rate_limit_costs(self) -> dict[str, int]: ...
    @property
    def redis_prefix(self) -> str: ...
    @property
    def max_body_bytes(self) -> int: ...
    @property
    def max_material_chars(self) -> int: ...
    @property
    def forbidden_terms(self) -> list[str]: ...
    @property
    def forbidden_mask(self) -> str: ...
    @property
    def run_deadline_s(self) -> float: ...
    @property
    def result_cache(self) -> bool: ...
    @property
    def result_cache_max_entries(self) -> int: ...
    @property
    def result_cache_ttl_s(self) -> float: ...
    @property
    def run_retries(self) -> int: ...

    def rate_limit_storage_uri(self) -> str:
        """Where rate-limit counts live."""
        ...


ADMITTED = "admitted"
"""`RunContext.attributes` key of the event set when a run gets past the middlewares' refusals."""


def default_middlewares(
    settings: PipelineSettings, *, graph_version: Callable[[str], str], rate_limits: bool = True
) -> list[Middleware]:
    """The configured layers, outermost first (`rate_limits=False`: without the limiter, for
    a local operator's command line)."""
    layers: list[Middleware] = []
    if settings.tracing:
        layers.append(Tracing())
    layers.append(RequestLog())
    if settings.metrics:
        layers.append(Metrics())
    layers.append(Auth())
    if rate_limits:
        layers.append(rate_limiter(settings))
    layers.append(
        Validation(
            ValidationConfig(
                max_payload_bytes=settings.max_body_bytes,
                max_text_chars=settings.max_material_chars,
            )
        )
    )
    if settings.forbidden_terms:
        layers.append(
            ContentGuard(
                ContentGuardConfig(
                    terms=tuple(settings.forbidden_terms), mask=settings.forbidden_mask
                )
            )
        )
    layers.append(Deadline(DeadlineConfig(seconds=settings.run_deadline_s)))
    if settings.result_cache:
        layers.append(
            ResultCache(
                ResultCacheConfig(
                    max_entries=settings.result_cache_max_entries,
                    ttl_s=settings.result_cache_ttl_s,
                    graph_version=graph_version,
                )
            )
        )
    return layers


def rate_limiter(settings: PipelineSettings) -> RateLimit:
    """The run-start limiter the settings describe (`KPL_RATE_LIMIT*`)."""
    return RateLimit(
        RateLimitConfig(
            limit=settings.rate_limit,
            per_flow=dict(settings.rate_limit_flows),
            costs=dict(settings.rate_limit_costs),
            storage_uri=settings.rate_limit_storage_uri(),
            key_prefix=f"{settings.redis_prefix}:limits",
        )
    )


def default_pipeline(
    settings: PipelineSettings, executor: GraphExecutor, *, rate_limits: bool = True
) -> Pipeline:
    """The configured layers around a retrying call of the executor."""

    def admitted_run(ctx: RunContext) -> AsyncIterator[RunEvent]:
        # A plain function, not a generator wrapping the executor's: the retrying handler
        # iterates what it returns at once, and a waiting run keeps one frame less.
        admitted = ctx.attributes.get(ADMITTED)
        if isinstance(admitted, asyncio.Event):
            admitted.set()
        return executor.stream(ctx.request)

    return Pipeline(
        default_middlewares(
            settings,
            graph_version=lambda graph: executor.registry.get(graph).version,
            rate_limits=rate_limits,
        ),
        RetryingHandler(
            admitted_run, RetryConfig(attempts=settings.run_retries), takes_request=False
        ),
    )
