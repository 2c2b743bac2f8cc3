"""The one composition root: `open_services(settings)` opens what the app and the CLI run on.

    settings ─► breakers ─► coordination (memory, or Redis for many workers)
             ─► runtime (content, models behind the breakers, graphs, checkpoints, store)
             ─► router (KPL_ROUTER_*) ─► pipeline (KPL_* middleware settings) ─► run manager

The app's lifespan and every `kpl` command call it, so a setting means the same thing on both
surfaces. They differ by one stated rule: the CLI is a local operator's tool, so its runs pass
every layer of the pipeline but the rate limit (`Surface`). Nothing here reads the environment:
the entry points parse the settings and hand them in.
"""

from __future__ import annotations

import asyncio
import getpass
from collections.abc import AsyncIterator, Sequence
from contextlib import AsyncExitStack, asynccontextmanager
from typing import Literal

import structlog
from asgi_correlation_id import correlation_id
from langchain_core.language_models import BaseChatModel
from redis.asyncio import Redis

from api.auth import Authenticator
from api.services import Services
from api.settings import Settings
from api.tickets import MemoryTickets, RedisTickets, TicketStore
from graphs.definitions.plugins import register_kind
from graphs.library import ContentLibrary
from middleware.admission import Gate
from middleware.circuit_breaker import CircuitBreakerConfig, ProviderBreakers, guard_models
from middleware.defaults import ADMITTED, default_pipeline
from middleware.pipeline import Pipeline, RunContext
from routers.analyzer import SHIPPED_EXAMPLES
from routers.decision import Strategy
from routers.router import IntentRouter
from routers.rules import SHIPPED_RULES
from routers.rules_file import RULES_KIND
from routers.strategies import RouterPolicy
from runtime.bootstrap import open_runtime
from runtime.events import RunEvent
from runtime.models import describe_models
from runtime.redaction import redacted
from runtime.run_request import RunRequest
from runtime.runs.coordination import open_coordination
from runtime.runs.manager import RunManager, RunStream
from runtime.runs.materials import MaterialLibrary
from runtime.runs.threads import ThreadDirectory

log = structlog.get_logger(__name__)

Surface = Literal["http", "cli"]
"""Who the services are for: the HTTP app (every layer) or a `kpl` command (no rate limit)."""


def cli_user() -> str:
    """The user a `kpl` command runs as: the operator's login, marked as local."""
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):  # no login name in a bare container
        return "cli:operator"


def router_for(
    settings: Settings,
    library: ContentLibrary,
    models: Sequence[BaseChatModel],
    *,
    strategy: Strategy | None = None,
) -> IntentRouter:
    """The router the settings describe (`KPL_ROUTER_*`), over the library and the models; the
    app rebuilds it with this on every content reload, so a reload keeps the settings."""
    policy = RouterPolicy(
        strategy=strategy or settings.router_strategy,
        threshold=settings.router_threshold,
        margin=settings.router_margin,
        model_threshold=settings.router_model_threshold,
    )
    return IntentRouter.build(
        library,
        models=models,
        policy=policy,
        rules_path=settings.router_rules or SHIPPED_RULES,
        examples_path=settings.router_examples or SHIPPED_EXAMPLES,
    )


def open_tickets(settings: Settings, redis: Redis | None) -> TicketStore:
    """Stream tickets on the workers' Redis when there is one (any worker redeems them), else in
    this process."""
    if redis is not None:
        return RedisTickets(redis, prefix=settings.redis_prefix, ttl_s=settings.stream_ticket_ttl_s)
    return MemoryTickets(ttl_s=settings.stream_ticket_ttl_s)


def pipeline_stream(pipeline: Pipeline) -> RunStream:
    """How the run manager hands a run to the pipeline: with its owner, the request id of the
    HTTP request that started it, and the event set once the run is admitted."""

    def stream(request: RunRequest, owner: str, admitted: asyncio.Event) -> AsyncIterator[RunEvent]:
        ctx = RunContext(
            request=request,
            user=owner,
            request_id=correlation_id.get() or request.run_id,
            attributes={ADMITTED: admitted},
        )
        return pipeline(ctx)

    return stream


@asynccontextmanager
async def open_services(
    settings: Settings, *, surface: Surface = "http"
) -> AsyncIterator[Services]:
    """Everything a surface runs on, opened from the settings; closed in reverse on exit."""
    register_authored_kinds()
    async with AsyncExitStack() as stack:
        breakers = ProviderBreakers(
            CircuitBreakerConfig(threshold=settings.breaker_threshold, ttl_s=settings.breaker_ttl_s)
        )
        shared = await stack.enter_async_context(open_coordination(settings))
        opened = await stack.enter_async_context(
            open_runtime(
                settings,
                wrap_models=lambda models: guard_models(models, breakers),
                locks=shared.locks,
            )
        )
        executor = opened.executor
        pipeline = default_pipeline(settings, executor, rate_limits=surface == "http")
        stack.push_async_callback(pipeline.aclose)  # the rate limiter's Redis client
        threads = ThreadDirectory(opened.store, executor.checkpointer)
        await threads.index_owners()  # records from before the owner index: once per store
        run_manager = RunManager(
            executor,
            shared.broker,
            retention_s=settings.event_retention_s,
            stream=pipeline_stream(pipeline),
            records=shared.records,
            activity=threads,  # a run's end is its thread's last activity (GET /threads order)
            token_flush_s=settings.token_flush_ms / 1000,
        )
        stack.push_async_callback(run_manager.shutdown)  # first out: before what it uses
        if surface == "http":
            await run_manager.open()
        models = executor.context.models
        services = Services(
            settings=settings,
            executor=executor,
            broker=shared.broker,
            runs=run_manager,
            pipeline=pipeline,
            gate=Gate.of(pipeline),
            threads=threads,
            auth=Authenticator(settings, tickets=open_tickets(settings, shared.redis)),
            router=router_for(settings, executor.context.library, models),
            redis=shared.redis,
            content=opened.content,
            materials=MaterialLibrary(opened.store, max_chars=settings.max_material_chars),
        )
        log.info(
            "services opened",
            surface=surface,
            store=redacted(settings.checkpoint_url),
            coordination="redis" if settings.redis_url else "this process",
            models=describe_models(settings),
            auth=settings.auth,
            playground=settings.playground and surface == "http",
        )
        yield services


def register_authored_kinds() -> None:
    """Plug the authored kinds of rooms above graphs/ into the definitions loader (the router's
    `kind: rules`); the app and every `kpl` command call it before reading content."""
    register_kind(RULES_KIND)
