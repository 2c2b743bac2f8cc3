"""The FastAPI application: `create_app(settings)` opens everything in its lifespan.

uvicorn --factory api.app:app_from_env      (or `kpl serve`)
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import replace
from typing import Any

from asgi_correlation_id import CorrelationIdMiddleware
from fastapi import APIRouter, FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi_offline import FastAPIOffline

from api.access_log import install_credential_filter
from api.admission import Admission
from api.body_limit import BodyLimit
from api.compose import open_services, router_for
from api.errors import documented_errors, install_error_handlers
from api.event_schemas import document_events
from api.json_depth import JsonDepthLimit
from api.routes import (
    ag_ui,
    chat,
    definitions,
    graphs,
    health,
    langgraph,
    materials,
    runs,
    threads,
    tickets,
    ws,
)
from api.routes.playground import mount_playground
from api.settings import Settings
from api.warm_start import warm_start
from graphs.library import ContentLibrary
from runtime.content.reload import ContentWatcher

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
            app.state.services = await stack.enter_async_context(open_services(settings))
            content = app.state.services.content
            if settings.warm_start:
                await warm_start(app.state.services.executor.context.engine)

            def rebuild_router(library: ContentLibrary) -> None:
                # A reloaded library's courses and scenarios are what the router must name.
                services = app.state.services
                router = router_for(settings, library, services.executor.context.models)
                app.state.services = replace(services, router=router)

            content.listeners.append(rebuild_router)
            if settings.reload:
                await stack.enter_async_context(
                    ContentWatcher(content, debounce_ms=settings.reload_debounce_ms)
                )
            yield

    # The docs pages' assets come from the fastapi-offline package, not a CDN: /docs works on a
    # machine without internet (and under the playground's strict CSP habits).
    app = FastAPIOffline(
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
    app.add_middleware(langgraph.LangGraphAdmission)  # the SDKs' x-api-key, under /langgraph
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(
        CorrelationIdMiddleware, header_name="X-Request-ID", validator=is_safe_request_id
    )
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_credentials=True,
            # PATCH, x-api-key and the run's locations: the LangGraph SDKs in a browser
            allow_methods=["GET", "POST", "PATCH", "DELETE", "OPTIONS"],
            allow_headers=[
                "Authorization",
                "Content-Type",
                "Last-Event-ID",
                "X-Request-ID",
                "X-Api-Key",
            ],
            expose_headers=["Content-Location", "Location"],
        )
    api = APIRouter(prefix=API_PREFIX, responses=documented_errors(401, 404, 413, 422, 500))
    for module in (chat, threads, runs, materials, graphs, definitions, tickets, ws):
        api.include_router(module.router)
    app.include_router(api)
    app.include_router(health.router)
    app.include_router(ag_ui.router)  # AG-UI clients post to /ag-ui/{graph} (PROTOCOL.md)
    app.include_router(langgraph.router)  # the LangGraph Platform API for the official SDKs
    if settings.playground:
        mount_playground(app)
    document = app.openapi

    def openapi_with_events() -> dict[str, Any]:
        # every run event's payload documented (api/event_schemas.py), built once
        if app.openapi_schema is None:
            app.openapi_schema = document_events(document(), API_PREFIX)
        return app.openapi_schema

    app.openapi = openapi_with_events  # type: ignore[method-assign]
    return app


def app_from_env() -> FastAPI:
    """The app configured from `KPL_*` variables (for `uvicorn --factory`)."""
    return create_app(Settings())
