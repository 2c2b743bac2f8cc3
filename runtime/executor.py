"""The cached graph executor: compile each flow once per version, run it on checkpointed threads.

    executor = GraphExecutor(registry, checkpointer, context)
    async for event in executor.stream(RunRequest(graph="exam_generation", thread_id=t, input={...})):
        ...

A compiled graph is cached by (name, version); a new version compiles anew and `invalidate(name)`
drops it. A graph compiled from an authored definition is pinned per thread: every checkpoint
records the definition's digest (`definition_digest`), and a run that resumes or continues a thread
runs the version that thread started on, kept by the registry or rebuilt from the definition
archive, even after the author changed the file or the process restarted. A fresh `input` starts
the graph anew, so it runs the current version. Each run holds its thread's lock, has a deadline
(`RunTimeout`, the last checkpoint kept), and ends with exactly one `completed` or `error` event. Problems found before the run starts (unknown
graph, bad input, busy thread) are raised instead, so an HTTP layer can answer 404/422/409.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator, Sequence
from typing import Any, Literal, cast

import structlog
from langchain_core.runnables import RunnableConfig
from langgraph.checkpoint.base import BaseCheckpointSaver, CheckpointTuple
from langgraph.graph.state import CompiledStateGraph
from langgraph.types import Command, StateSnapshot
from langgraph.types import StreamMode as LangGraphStreamMode
from pydantic import ValidationError

from graphs.context import FlowContext
from graphs.library import format_validation_error
from runtime.chunks import LangGraphOptions, chunk_event
from runtime.content.archive import DefinitionArchive
from runtime.content.pinning import pinned_version
from runtime.errors import InvalidRunInput, KplError, RunTimeout
from runtime.events import (
    LANGGRAPH_MODES,
    EventMapper,
    RunEvent,
    for_mode,
)
from runtime.failures import classify_failure
from runtime.locks import LocalThreadLocks, ThreadLock
from runtime.log_context import log_context
from runtime.registry import GraphRegistry, RegisteredGraph
from runtime.run_request import RunRequest, RunResult, RunStatus, run_result

log = structlog.get_logger(__name__)

Durability = Literal["sync", "async", "exit"]
"""When checkpoints are written: before the next step (`sync`), alongside it (`async`), or at exit."""
INTERRUPT_WRITE = "__interrupt__"
"""The channel LangGraph writes a pending interrupt to (also the key of `updates` chunks)."""


class GraphExecutor:
    """Compiles registered graphs once per version and runs them on threads."""

    def __init__(
        self,
        registry: GraphRegistry,
        checkpointer: BaseCheckpointSaver[str],
        context: FlowContext,
        *,
        durability: Durability = "async",
        run_timeout_s: float = 300.0,
        batch_concurrency: int = 4,
        locks: ThreadLock | None = None,
        archive: DefinitionArchive | None = None,
    ) -> None:
        self.registry = registry
        self.checkpointer = checkpointer
        self.context = context
        self.durability: Durability = durability
        self.run_timeout_s = run_timeout_s
        self.batch_concurrency = batch_concurrency
        self.locks: ThreadLock = locks or LocalThreadLocks()
        self.archive = archive
        """Where definition texts are kept for pinned threads; None: only this process's memory."""
        self._compiled: dict[tuple[str, str], CompiledStateGraph[Any, Any, Any, Any]] = {}

    def compiled(self, name: str) -> CompiledStateGraph[Any, Any, Any, Any]:
        """The compiled graph for the registered version of `name`, compiled at most once."""
        return self._compile(self.registry.get(name), current=True)

    def _compile(
        self, graph: RegisteredGraph, *, current: bool
    ) -> CompiledStateGraph[Any, Any, Any, Any]:
        key = (graph.name, graph.version)
        compiled = self._compiled.get(key)
        if compiled is None:
            if current:
                self.invalidate(graph.name)  # a new current version: older compiles are stale
            compiled = graph.build().compile(checkpointer=self.checkpointer, name=graph.name)
            self._compiled[key] = compiled
        return compiled

    async def thread_compiled(
        self, name: str, thread_id: str
    ) -> CompiledStateGraph[Any, Any, Any, Any]:
        """The compiled version of `name` the thread runs on (its pinned definition), to read
        its state with the nodes and channels that wrote it."""
        graph = self.registry.get(name)
        found = await self.checkpointer.aget_tuple(_config(thread_id))
        if found is None:
            return self.compiled(name)
        pinned = await pinned_version(
            graph, found, self.registry, self.archive, self.context.library
        )
        return self._compile(pinned, current=pinned is graph)

    def invalidate(self, name: str) -> int:
        """Drop every cached compile of `name`; returns how many were dropped."""
        stale = [key for key in self._compiled if key[0] == name]
        for key in stale:
            del self._compiled[key]
        return len(stale)

    async def thread_state(
        self, thread_id: str, graph: str | None = None
    ) -> tuple[str | None, StateSnapshot | None]:
        """The graph a thread runs (`graph` when the caller knows it, else its latest
        checkpoint's) and its current state, read with the version that wrote it; no state when
        the thread has none or its graph is not registered. Every reader of a thread's state
        (the API, routing, the CLI) reads it here."""
        graph = graph or await self.thread_graph(thread_id)
        if graph is None or graph not in self.registry.names():
            return graph, None
        compiled = await self.thread_compiled(graph, thread_id)  # the version it paused in
        return graph, await compiled.aget_state(_config(thread_id))

    async def thread_graph(self, thread_id: str) -> str | None:
        """The graph a thread last ran, from its latest checkpoint's metadata; None if unknown."""
        found = await self.checkpointer.aget_tuple(_config(thread_id))
        if found is None:
            return None
        graph = found.metadata.get("graph")
        return graph if isinstance(graph, str) else None

    def check(self, request: RunRequest) -> tuple[RegisteredGraph, Any]:
        """The graph and the input a request would run with; raises what would stop it early."""
        graph = self.registry.get(request.graph)
        return graph, _run_input(graph, request)

    async def stream(self, request: RunRequest) -> AsyncGenerator[RunEvent, None]:
        """Run the request, yielding its events; ends with `completed` or `error`."""
        graph, payload = self.check(request)
        async with self.locks.hold(request.thread_id, wait=request.wait_for_thread):
            with log_context(thread_id=request.thread_id, run_id=request.run_id, graph=graph.name):
                async for event in self._run(graph, request, payload):
                    shown = for_mode(event, request.stream_mode)
                    if shown is not None:
                        yield shown

    async def _run(
        self, graph: RegisteredGraph, request: RunRequest, payload: Any
    ) -> AsyncGenerator[RunEvent, None]:
        config = _config(request.thread_id)
        options = request.langgraph or LangGraphOptions()
        if options.checkpoint_id is not None:  # a fork: the run goes on from that checkpoint
            config["configurable"]["checkpoint_id"] = options.checkpoint_id
        before = await self.checkpointer.aget_tuple(config)
        current = graph
        if before is not None and not isinstance(payload, dict):
            # A resume or a continuation runs the version the thread started on.
            graph = await pinned_version(
                graph, before, self.registry, self.archive, self.context.library
            )
        compiled = self._compile(graph, current=graph is current)
        config["metadata"] = {
            "graph": graph.name,
            "graph_version": graph.version,
            "run_id": request.run_id,
        }
        if graph.definition is not None:
            config["metadata"]["definition_digest"] = graph.definition.digest
            if self.archive is not None:
                await self.archive.remember(graph.definition)
        if payload is None and before is None:
            payload = {}  # a new thread has nothing to continue: start it
        mapper = EventMapper(
            request.run_id,
            first_step=_first_step(before, fresh=isinstance(payload, dict)),
            summarised=frozenset(graph.summarised_keys),
            lists=_list_values(before),
        )
        yield mapper.event(
            "started",
            thread_id=request.thread_id,
            graph=graph.name,
            stream_mode=request.stream_mode,
            resumed=request.resuming and before is not None and _is_paused(before),
        )
        log.debug("run started", resumed=request.resuming)
        deadline = asyncio.get_running_loop().time() + (request.timeout_s or self.run_timeout_s)
        modes = self._langgraph_modes(graph)
        chunk_modes = frozenset(options.modes)
        chunks = cast(
            AsyncGenerator[Any, None],
            compiled.astream(
                payload,
                config,
                context=self.context if graph.uses_flow_context else None,
                stream_mode=[*modes, *(m for m in options.modes if m not in modes)],
                subgraphs=True,
                durability=self.durability,
                version="v2",
                interrupt_before=_interrupt_at(options.interrupt_before),
                interrupt_after=_interrupt_at(options.interrupt_after),
            ),
        )  # it is an async generator; the stub only promises an iterator
        try:
            while True:
                # The deadline wraps only the graph's own work, never the consumer's.
                async with asyncio.timeout_at(deadline):
                    try:
                        chunk = await anext(chunks)
                    except StopAsyncIteration:
                        break
                part = cast(dict[str, Any], chunk)
                if part["type"] in chunk_modes:
                    yield chunk_event(
                        request.run_id,
                        part["type"],
                        tuple(part.get("ns") or ()),
                        part["data"],
                        part.get("interrupts"),
                    )
                for event in mapper.map(part):
                    yield event
        except TimeoutError:
            timeout = request.timeout_s or self.run_timeout_s
            log.warning("run timed out", timeout_s=timeout)
            error: KplError = RunTimeout(
                f"run {request.run_id} passed its {timeout:g} s deadline; the thread keeps its "
                "last checkpoint and can be run again"
            )
            yield mapper.event("error", code=error.code, message=error.message, retriable=True)
            return
        except Exception as exc:  # the run's one classifying boundary
            error = classify_failure(exc, run_id=request.run_id)
            if error.code == "internal":
                log.exception("run failed")
            else:
                log.warning("run failed", code=error.code, error=error.message)
            yield mapper.event(
                "error", code=error.code, message=error.message, retriable=error.retriable
            )
            return
        finally:
            await chunks.aclose()
        after = await compiled.aget_state(_config(request.thread_id))  # the newest, a fork's too
        values = after.values if isinstance(after.values, dict) else {"value": after.values}
        output = (
            {k: values[k] for k in graph.output_keys if k in values}
            if graph.output_keys
            else values
        )
        status: RunStatus = "interrupted" if after.interrupts else "success"
        log.debug("run completed", status=status)
        yield mapper.completed(request.thread_id, status, output)

    def _langgraph_modes(self, graph: RegisteredGraph) -> list[LangGraphStreamMode]:
        # LangGraph's `messages` mode costs a callback on every task; a built-in flow on the
        # offline engine has no model whose tokens it could carry.
        if graph.uses_flow_context and self.context.offline:
            return [mode for mode in LANGGRAPH_MODES if mode != "messages"]
        return list(LANGGRAPH_MODES)

    async def invoke(self, request: RunRequest) -> RunResult:
        """Run to the end and return how it ended; a failed run raises its `KplError`."""
        return await run_result(request, self.stream(request))

    async def batch(
        self, requests: Sequence[RunRequest], *, concurrency: int | None = None
    ) -> list[RunResult | KplError]:
        """Invoke many runs, at most `concurrency` at once; results in request order."""
        gate = asyncio.Semaphore(concurrency or self.batch_concurrency)

        async def one(request: RunRequest) -> RunResult | KplError:
            async with gate:
                try:
                    return await self.invoke(request)
                except KplError as exc:
                    return exc

        return list(await asyncio.gather(*(one(r) for r in requests)))


def _first_step(before: CheckpointTuple | None, *, fresh: bool) -> int:
    """LangGraph's step number of a run's first tasks: new input adds an input and a loop step."""
    if before is None:
        return 1
    return int(before.metadata.get("step", -1)) + (3 if fresh else 1)


def _is_paused(before: CheckpointTuple) -> bool:
    """True when the checkpoint holds an interrupt waiting for an answer."""
    return any(write[1] == INTERRUPT_WRITE for write in before.pending_writes or ())


def _list_values(before: CheckpointTuple | None) -> dict[str, list[Any]]:
    """The thread's list-valued state before this run (what its node outputs grow from)."""
    if before is None:
        return {}
    values = before.checkpoint.get("channel_values", {})
    return {key: value for key, value in values.items() if isinstance(value, list)}


def _config(thread_id: str) -> RunnableConfig:
    return {"configurable": {"thread_id": thread_id, "checkpoint_ns": ""}}


def _interrupt_at(nodes: tuple[str, ...] | str) -> list[str] | Literal["*"] | None:
    if nodes == "*":
        return "*"
    return list(nodes) or None


def _run_input(graph: RegisteredGraph, request: RunRequest) -> Any:
    """The graph's input: a resume command, or the request's input checked by the flow's model."""
    options = request.langgraph
    if options is not None and options.commands:
        return Command(
            resume=request.resume if request.resuming else None,
            update=options.update,
            goto=options.goto if options.goto is not None else (),
        )
    if request.resuming:
        return Command(resume=request.resume)
    if request.input is None:
        return None  # continue the thread from its last checkpoint
    data = request.input
    if graph.input_model is None:
        return data
    try:
        validated = graph.input_model.model_validate(data)
    except ValidationError as exc:
        problems = format_validation_error(exc)
        raise InvalidRunInput(
            f"input for {graph.name} is invalid: " + "; ".join(problems),
            details={"errors": problems},
        ) from None
    return validated.model_dump(mode="json", exclude_unset=True)
