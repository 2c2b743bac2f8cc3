"""Open everything a process needs to run flows, from settings: content, models, graphs, checkpoints.

Entry points (the CLI, the app's lifespan) call `open_executor(settings)` (or `open_runtime`, which
also hands back the live content folder) once and close it on exit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass
from typing import Protocol

from langchain_core.language_models import BaseChatModel
from langgraph.store.base import BaseStore

from graphs.context import FlowContext
from graphs.engine import EngineRunner
from graphs.errors import ContentError
from graphs.flows import builtin_flows
from graphs.library import ContentLibrary
from runtime.content.archive import DefinitionArchive
from runtime.content.live import LiveContent
from runtime.content.preview import ContentSettings
from runtime.errors import ConfigError
from runtime.executor import Durability, GraphExecutor
from runtime.locks import ThreadLock
from runtime.models import ModelSettings, build_models
from runtime.registry import GraphRegistry
from runtime.stores.factory import open_checkpointer, open_store


class RuntimeSettings(ModelSettings, ContentSettings, Protocol):
    """The settings a process's runtime is opened with (api.settings.Settings has them)."""

    @property
    def checkpoint_url(self) -> str: ...
    @property
    def checkpoint_pool_size(self) -> int: ...
    @property
    def checkpoint_ttl_s(self) -> float | None: ...
    @property
    def redis_prefix(self) -> str: ...
    @property
    def durability(self) -> Durability: ...
    @property
    def batch_concurrency(self) -> int: ...
    @property
    def engine_threads(self) -> int: ...


ModelWrapper = Callable[[Sequence[BaseChatModel]], tuple[BaseChatModel, ...]]
"""Takes the configured models and returns them wrapped (same order)."""


def flow_context(
    settings: RuntimeSettings, *, wrap_models: ModelWrapper | None = None
) -> FlowContext:
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
        engine=EngineRunner(settings.engine_threads),
    )


@dataclass(frozen=True, kw_only=True)
class Runtime:
    """What `open_runtime` opened: the executor, and the content folder it serves, live."""

    executor: GraphExecutor
    content: LiveContent
    store: BaseStore
    """LangGraph's store at the checkpoint URL: thread records and the definition archive."""


@asynccontextmanager
async def open_runtime(
    settings: RuntimeSettings,
    *,
    wrap_models: ModelWrapper | None = None,
    locks: ThreadLock | None = None,
) -> AsyncIterator[Runtime]:
    """A ready executor over the built-in, configured and authored graphs; closes what it opened.

    `locks`: the thread locks runs hold (runtime/runs/coordination.py); this process's own by default.
    The store at the checkpoint URL (thread records, the definition archive) opens here too.
    """
    context = flow_context(settings, wrap_models=wrap_models)
    flows = builtin_flows()
    registry = GraphRegistry.with_flows(flows, context.library, settings.graphs)
    async with AsyncExitStack() as stack:
        store = await stack.enter_async_context(
            open_store(
                settings.checkpoint_url,
                pool_size=settings.checkpoint_pool_size,
                prefix=settings.redis_prefix,
            )
        )
        saver = await stack.enter_async_context(
            open_checkpointer(
                settings.checkpoint_url,
                ttl_s=settings.checkpoint_ttl_s,
                pool_size=settings.checkpoint_pool_size,
                prefix=settings.redis_prefix,
            )
        )
        executor = GraphExecutor(
            registry,
            saver,
            context,
            durability=settings.durability,
            run_timeout_s=settings.run_timeout_s,
            batch_concurrency=settings.batch_concurrency,
            locks=locks,
            archive=DefinitionArchive(store),
        )
        content = LiveContent(executor, root=settings.content_dir, flows=flows)
        content.reload(trigger="start")
        yield Runtime(executor=executor, content=content, store=store)


@asynccontextmanager
async def open_executor(
    settings: RuntimeSettings,
    *,
    wrap_models: ModelWrapper | None = None,
    locks: ThreadLock | None = None,
) -> AsyncIterator[GraphExecutor]:
    """A ready executor over the built-in, configured and authored graphs (see `open_runtime`)."""
    async with open_runtime(settings, wrap_models=wrap_models, locks=locks) as runtime:
        yield runtime.executor
