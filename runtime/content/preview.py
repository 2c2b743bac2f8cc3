"""Dry runs of a graph definition: its events on the offline engine, touching no real thread.

    content = offline_content(settings)          # the CLI; the app uses its live content
    definition, issues = content.check(text, file="draft.yaml")
    executor = preview_executor(definition, registry=content.executor.registry,
                                context=content.executor.context)
    async for event in preview_events(executor, definition.id, {"material": "..."}, replies=["hi"]):
        ...

The preview gets a registry of its own (the live graphs, for `subgraph` nodes, with the previewed
definition in place of any graph of the same id), an in-memory checkpointer and the offline engine
(the run context without models), so trying a draft costs no model call and leaves nothing behind.
An interrupt is answered with the next of `replies`; without one left, the preview ends paused.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import aclosing
from dataclasses import replace
from pathlib import Path
from typing import Any, Protocol

from langgraph.checkpoint.memory import InMemorySaver

from graphs.context import FlowContext
from graphs.definitions.loader import GraphDefinitionFile
from graphs.errors import ContentError
from graphs.flows import builtin_flows
from graphs.library import ContentLibrary
from runtime.content.live import LiveContent
from runtime.errors import ConfigError
from runtime.events import RunEvent, StreamMode
from runtime.executor import GraphExecutor
from runtime.registry import GraphRegistry
from runtime.run_request import NO_RESUME, RunRequest, new_id
from runtime.stores.serde import strict_serializer


class ContentSettings(Protocol):
    """What an offline copy of the content is opened with."""

    @property
    def content_dir(self) -> Path | None: ...
    @property
    def graphs(self) -> dict[str, str]: ...
    @property
    def coaching(self) -> bool: ...
    @property
    def max_material_chars(self) -> int: ...
    @property
    def run_timeout_s(self) -> float: ...


def offline_content(
    settings: ContentSettings, *, library: ContentLibrary | None = None
) -> LiveContent:
    """The content folder loaded as a server loads it, with no model and nothing opened.

    For the command line: its checks and previews see the same graphs a server would. `library`
    replaces the folder's (`kpl definitions validate` checks against the folder plus its files).
    """
    if library is None:
        try:
            library = ContentLibrary.load(settings.content_dir)
        except ContentError as exc:
            raise ConfigError(f"authored content is invalid: {exc}") from exc
    context = FlowContext(
        library=library, coaching=settings.coaching, max_material_chars=settings.max_material_chars
    )
    flows = builtin_flows()
    registry = GraphRegistry.with_flows(flows, library, settings.graphs)
    executor = GraphExecutor(
        registry,
        InMemorySaver(serde=strict_serializer()),
        context,
        run_timeout_s=settings.run_timeout_s,
    )
    content = LiveContent(executor, root=settings.content_dir, flows=flows)
    content.reload(trigger="start")
    return content


def preview_executor(
    definition: GraphDefinitionFile,
    *,
    registry: GraphRegistry,
    context: FlowContext,
    run_timeout_s: float = 300.0,
) -> GraphExecutor:
    """An executor that runs `definition` on the offline engine and an in-memory checkpointer."""
    preview = GraphRegistry()
    preview.flows = dict(registry.flows)
    graph = preview.from_definition(definition, context.library)
    preview.swap([*registry, graph])
    return GraphExecutor(
        preview,
        InMemorySaver(serde=strict_serializer()),
        replace(context, models=()),
        run_timeout_s=run_timeout_s,
    )


async def preview_events(
    executor: GraphExecutor,
    graph: str,
    input: dict[str, Any] | None,
    *,
    replies: Sequence[Any] = (),
    stream_mode: StreamMode = "full",
) -> AsyncIterator[RunEvent]:
    """Run `graph` from `input`, answering each interrupt with the next reply; yield every event.

    Each run (the first, then one per reply) ends with its own `completed` or `error`.
    """
    thread_id = new_id()
    request = RunRequest(
        graph=graph, thread_id=thread_id, input=input or {}, stream_mode=stream_mode
    )
    answers = list(replies)
    while True:
        status = None
        async with aclosing(executor.stream(request)) as events:
            async for event in events:
                if event.event == "completed":
                    status = event.data["status"]
                yield event
        if status != "interrupted" or not answers:
            return
        request = RunRequest(
            graph=graph, thread_id=thread_id, resume=answers.pop(0), stream_mode=stream_mode
        )


def check_preview_input(executor: GraphExecutor, graph: str, input: dict[str, Any] | None) -> None:
    """Raise `InvalidRunInput` now if the input does not fit the previewed graph."""
    executor.check(RunRequest(graph=graph, input=input or {}, resume=NO_RESUME))
