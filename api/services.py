"""The objects every route needs, opened once in the app's lifespan, and their dependencies.

The dependencies are `async def` so FastAPI calls them on the event loop instead of handing each
to the thread pool on every request (a measurable share of a short run's time).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from redis.asyncio import Redis

from api.admission import USER
from api.auth import Authenticator
from api.settings import Settings
from middleware.admission import Gate
from middleware.pipeline import Pipeline
from routers.router import IntentRouter
from runtime.content.live import LiveContent
from runtime.executor import GraphExecutor
from runtime.runs.broker import EventBroker
from runtime.runs.manager import RunManager
from runtime.runs.materials import MaterialLibrary
from runtime.runs.threads import ThreadDirectory


@dataclass(frozen=True, kw_only=True)
class Services:
    """What the app's lifespan opened."""

    settings: Settings
    executor: GraphExecutor
    broker: EventBroker
    runs: RunManager
    pipeline: Pipeline
    """The middleware onion every run passes (the run manager's runs and the CLI's)."""
    gate: Gate
    """The pipeline's admission checks, for what is admitted before (or without) a run."""
    threads: ThreadDirectory
    auth: Authenticator
    router: IntentRouter
    content: LiveContent
    materials: MaterialLibrary
    """Learners' uploaded materials, named by `material_id` (runtime/runs/materials.py)."""
    """The content folder's library and graph definitions as served, with each file's status."""
    redis: Redis | None = None
    """The Redis client the workers coordinate through (KPL_REDIS_URL), for readiness checks."""


async def services(request: Request) -> Services:
    """The app's services."""
    found: Services = request.app.state.services
    return found


async def current_user(request: Request) -> str:
    """The authenticated caller, as admission (api/admission.py) found them."""
    user = getattr(request.state, USER, None)
    if user is None:  # a route outside the admitted prefix that still asks who is calling
        found: Services = request.app.state.services
        user = await found.auth.authenticate(request)
    return str(user)


ServicesDep = Annotated[Services, Depends(services)]
UserDep = Annotated[str, Depends(current_user)]
