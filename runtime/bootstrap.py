"""Open everything a process needs to run flows, from settings: content, models, graphs, checkpoints.

Entry points (the CLI, the app's lifespan) call `open_executor(settings)` once and close it on exit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from graphs.context import FlowContext
from graphs.errors import ContentError
from graphs.flows import builtin_flows
from graphs.library import ContentLibrary
from runtime.checkpoints import open_checkpointer
from runtime.errors import ConfigError
from runtime.executor import GraphExecutor
from runtime.models import build_models
from runtime.registry import GraphRegistry
from runtime.settings import Settings


def flow_context(settings: Settings) -> FlowContext:
    """The run context every built-in flow receives: content, models and policies."""
    try:
        library = ContentLibrary.load(settings.content_dir)
    except ContentError as exc:
        raise ConfigError(f"authored content is invalid: {exc}") from exc
    return FlowContext(
        library=library,
        models=build_models(settings),
        coaching=settings.coaching,
        max_material_chars=settings.max_material_chars,
    )


@asynccontextmanager
async def open_executor(settings: Settings) -> AsyncIterator[GraphExecutor]:
    """A ready executor over the built-in and configured graphs; closes the checkpoint store."""
    context = flow_context(settings)
    registry = GraphRegistry.with_flows(builtin_flows(), context.library, settings.graphs)
    async with open_checkpointer(settings.checkpoint_url) as saver:
        yield GraphExecutor(
            registry,
            saver,
            context,
            durability=settings.durability,
            run_timeout_s=settings.run_timeout_s,
            batch_concurrency=settings.batch_concurrency,
        )
