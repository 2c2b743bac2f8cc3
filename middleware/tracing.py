"""Tracing of every run through the OpenTelemetry API (optional extra `tracing`).

When `opentelemetry` is importable, each run is a span `kpl.run <graph>` (attributes `kpl.graph`,
`kpl.thread_id`, `kpl.run_id`, `kpl.request_id`, then `kpl.status`), with a child span
`kpl.node <node>` per node, from its `node_start` (or `subgraph_start`) to its `node_output` (or
`subgraph_node_output`). An `error` event sets the run span's status to ERROR with the protocol code;
an exception is recorded on it and propagates. Spans go to the configured tracer provider (default:
the global one, which stays a no-op until an SDK is installed and configured).

Without the API the middleware is a pass-through. The spans are not made "current": this layer is an
async generator, and attaching a context across its yields would leak the span into the caller.
Tracing must be outermost, so its run span covers every other layer (`outermost = True`).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from middleware.pipeline import Handler, RunContext
from runtime.events import RunEvent

TRACER_NAME = "kaopeilian.runs"
NODE_STARTS = {"node_start": "node_output", "subgraph_start": "subgraph_node_output"}
NODE_ENDS = frozenset(NODE_STARTS.values())


def opentelemetry_trace() -> ModuleType | None:
    """The `opentelemetry.trace` module, or None when the `tracing` extra is not installed."""
    try:
        from opentelemetry import trace
    except ImportError:
        return None
    return trace


@dataclass(frozen=True, kw_only=True)
class TracingConfig:
    """Where spans go (setting `KPL_TRACING`, bool, turns the layer on)."""

    tracer_provider: Any = None
    """An OpenTelemetry `TracerProvider`; None uses the global one."""


class Tracing:
    """A span per run and per node, or nothing when OpenTelemetry is absent."""

    name = "tracing"
    must_follow: tuple[str, ...] = ()
    outermost = True

    def __init__(self, config: TracingConfig | None = None) -> None:
        self.config = config or TracingConfig()
        self.trace = opentelemetry_trace()
        self.tracer: Any = (
            self.trace.get_tracer(TRACER_NAME, tracer_provider=self.config.tracer_provider)
            if self.trace is not None
            else None
        )

    @property
    def enabled(self) -> bool:
        """True when spans are recorded (the API is importable)."""
        return self.tracer is not None

    async def __call__(self, ctx: RunContext, call_next: Handler) -> AsyncIterator[RunEvent]:
        """Pass the events through, opening and closing spans as they go by."""
        if self.trace is None:
            async for event in call_next(ctx):
                yield event
            return
        trace = self.trace
        status_code = trace.StatusCode
        run_span = self.tracer.start_span(
            f"kpl.run {ctx.graph}",
            attributes={
                "kpl.graph": ctx.graph,
                "kpl.thread_id": ctx.request.thread_id,
                "kpl.run_id": ctx.request.run_id,
                "kpl.request_id": ctx.request_id,
            },
        )
        parent = trace.set_span_in_context(run_span)
        nodes: dict[tuple[str, tuple[str, ...], Any], list[Any]] = {}
        try:
            async for event in call_next(ctx):
                kind, data = event.event, event.data
                key = (str(data.get("node")), tuple(data.get("namespace") or ()), data.get("step"))
                if kind in NODE_STARTS:
                    span = self.tracer.start_span(
                        f"kpl.node {key[0]}",
                        context=parent,
                        attributes={"kpl.node": key[0], "kpl.step": str(key[2])},
                    )
                    nodes.setdefault(key, []).append(span)
                elif kind in NODE_ENDS and nodes.get(key):
                    nodes[key].pop(0).end()
                elif kind == "completed":
                    run_span.set_attribute("kpl.status", str(data.get("status")))
                elif kind == "error":
                    code = str(data.get("code"))
                    run_span.set_attribute("kpl.status", "error")
                    run_span.set_attribute("kpl.error_code", code)
                    run_span.set_status(trace.Status(status_code.ERROR, code))
                yield event
        except Exception as exc:
            run_span.record_exception(exc)
            run_span.set_status(trace.Status(status_code.ERROR, type(exc).__name__))
            raise
        finally:
            for spans in nodes.values():
                for span in spans:  # a node cut short by an error or a cancel
                    span.end()
            run_span.end()
