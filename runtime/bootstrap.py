"""Open everything a process needs to run flows, from settings: content, models, graphs, checkpoints.

Entry points (the CLI, the app's lifespan) call `open_executor(settings)` once and close it on exit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager

from langchain_core.language_models import BaseChatModel

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

ModelWrapper = Callable[[Sequence[BaseChatModel]], tuple[BaseChatModel, ...]]
"""Takes the configured models and returns them wrapped (same order)."""


def flow_context(settings: Settings, *, wrap_models: ModelWrapper | None = None) -> FlowContext:
    """The run context every built-in flow receives: content, models and policies.

    `wrap_models` may put the models behind something (the API's circuit breakers).
    """
    try:
        library = ContentLibrary.load(settings.content_dir)
    except ContentError as exc:
        raise ConfigError(f"authored content is invalid: {exc}") from exc
    return FlowContext(
        library=library,
        models=wrap_models(build_models(settings)) if wrap_models else build_models(settings),
        coaching=settings.coaching,
        max_material_chars=settings.max_material_chars,
    )


@asynccontextmanager
async def open_executor(
    settings: Settings, *, wrap_models: ModelWrapper | None = None
) -> AsyncIterator[GraphExecutor]:
    """A ready executor over the built-in and configured graphs; closes the checkpoint store."""
    context = flow_context(settings, wrap_models=wrap_models)
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
