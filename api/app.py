"""The FastAPI application: `create_app(settings)` opens everything in its lifespan.

uvicorn --factory api.app:app_from_env      (or `kpl serve`)
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import replace

from asgi_correlation_id import CorrelationIdMiddleware, correlation_id
from fastapi import APIRouter, FastAPI
from fastapi.middleware.cors import CORSMiddleware
from redis.asyncio import Redis

from api.access_log import install_credential_filter
from api.admission import Admission
from api.auth import Authenticator
from api.body_limit import BodyLimit
from api.errors import documented_errors, install_error_handlers
from api.json_depth import JsonDepthLimit
from api.routes import chat, definitions, graphs, health, runs, threads, tickets
from api.routes.playground import mount_playground
from api.services import Services
from api.tickets import MemoryTickets, RedisTickets, TicketStore
from graphs.library import ContentLibrary
from middleware.circuit_breaker import CircuitBreakerConfig, ProviderBreakers, guard_models
from middleware.defaults import ADMITTED, default_pipeline
from middleware.pipeline import RunContext
from routers.router import IntentRouter
from runtime.bootstrap import open_runtime
from runtime.coordination import open_coordination
from runtime.events import RunEvent
from runtime.executor import RunRequest
from runtime.reload import ContentWatcher
from runtime.runs import RunManager
from runtime.settings import Settings
from runtime.threads import ThreadDirectory

API_PREFIX = "/api/v1"
SAFE_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{1,128}$")


def is_safe_request_id(value: str) -> bool:
    """A client's X-Request-ID is kept if it cannot smuggle anything into logs; else a new one."""
    return bool(SAFE_REQUEST_ID.match(value))


def create_app(settings: Settings) -> FastAPI:
    """The app for these settings; nothing is opened until its lifespan starts."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with AsyncExitStack() as stack:
            breakers = ProviderBreakers(
                CircuitBreakerConfig(
                    threshold=settings.breaker_threshold, ttl_s=settings.breaker_ttl_s
                )
            )
            # In memory for one worker; on Redis (KPL_REDIS_URL) for many.
            shared = await stack.enter_async_context(open_coordination(settings))
            opened = await stack.enter_async_context(
                open_runtime(
                    settings,
                    wrap_models=lambda models: guard_models(models, breakers),
                    locks=shared.locks,
                )
            )
            executor = opened.executor

            def rebuild_router(library: ContentLibrary) -> None:
                # A reloaded library's courses and scenarios are what the router must name.
                app.state.services = replace(
                    app.state.services,
                    router=IntentRouter.build(library, models=executor.context.models),
                )

            opened.content.listeners.append(rebuild_router)
            if settings.reload:
                await stack.enter_async_context(
                    ContentWatcher(opened.content, debounce_ms=settings.reload_debounce_ms)
                )
            pipeline = default_pipeline(settings, executor)

            def through_pipeline(
                request: RunRequest, owner: str, admitted: asyncio.Event
            ) -> AsyncIterator[RunEvent]:
                ctx = RunContext(
                    request=request,
                    user=owner,
                    request_id=correlation_id.get() or request.run_id,
                    attributes={ADMITTED: admitted},
                )
                return pipeline(ctx)

            run_manager = RunManager(
                executor,
                shared.broker,
                retention_s=settings.event_retention_s,
                stream=through_pipeline,
                records=shared.records,
            )
            stack.push_async_callback(run_manager.shutdown)  # first out: before what it uses
            await run_manager.open()
            app.state.services = Services(
                settings=settings,
                executor=executor,
                broker=shared.broker,
                runs=run_manager,
                threads=ThreadDirectory(opened.store, executor.checkpointer),
                auth=Authenticator(settings, tickets=open_tickets(settings, shared.redis)),
                router=IntentRouter.build(executor.context.library, models=executor.context.models),
                redis=shared.redis,
                content=opened.content,
            )
            yield

    app = FastAPI(
        title="Kaopeilian 考培练",
        version="0.1.0",
        description="AI workflow runtime for staff training: exams, grading and role-play "
        "practice as LangGraph flows, streamed over Server-Sent Events.",
        lifespan=lifespan,
    )
    install_error_handlers(app)
    # Not left to the entry point's logging set-up: a secret must not depend on how the app runs.
    install_credential_filter()
    # Innermost first: a body's depth is measured only for admitted callers, and its size before.
    app.add_middleware(JsonDepthLimit, max_depth=settings.max_json_depth)
    app.add_middleware(Admission, prefix=API_PREFIX)
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(
        CorrelationIdMiddleware, header_name="X-Request-ID", validator=is_safe_request_id
    )
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_credentials=True,
            allow_methods=["GET", "POST", "DELETE", "OPTIONS"],
            allow_headers=["Authorization", "Content-Type", "Last-Event-ID", "X-Request-ID"],
        )
    api = APIRouter(prefix=API_PREFIX, responses=documented_errors(401, 404, 413, 422, 500))
    for module in (chat, threads, runs, graphs, definitions, tickets):
        api.include_router(module.router)
    app.include_router(api)
    app.include_router(health.router)
    if settings.playground:
        mount_playground(app)
    return app


def open_tickets(settings: Settings, redis: Redis | None) -> TicketStore:
    """Stream tickets on the workers' Redis when there is one (any worker redeems them), else in
    this process."""
    if redis is not None:
        return RedisTickets(redis, prefix=settings.redis_prefix, ttl_s=settings.stream_ticket_ttl_s)
    return MemoryTickets(ttl_s=settings.stream_ticket_ttl_s)


def app_from_env() -> FastAPI:
    """The app configured from `KPL_*` variables (for `uvicorn --factory`)."""
    return create_app(Settings())
