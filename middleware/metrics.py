"""Prometheus metrics of every run, with prometheus-client, exposed at `/metrics`.

    kpl_runs_total{graph,status}            runs by how they ended: success, interrupted, error,
                                            timeout, rejected (refused before starting), cancelled
    kpl_run_duration_seconds{graph}         histogram, from the pipeline reaching this layer to the end
    kpl_node_duration_seconds{graph,node}   histogram, a node's `node_start` to its `node_output`
    kpl_tokens_total{graph}                 streamed `token` events
    kpl_route_source_total{source}          `route` events by `source` (rule, llm, context, ...)
    kpl_errors_total{graph,code}            `error` events and raised `KplError`s by protocol code
    kpl_admissions_total{action,outcome}    admissions before routing (middleware/admission.py)

The metrics live in an injectable `CollectorRegistry` (default: the global `REGISTRY`, which
`metrics_text()` renders for `/metrics`); one set of metrics per registry, however many middlewares
are built on it. The middleware only observes: every event passes through unchanged.
"""

from __future__ import annotations

import time
import weakref
from collections.abc import AsyncIterator
from dataclasses import dataclass

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
)

from middleware.pipeline import Handler, RunContext
from runtime.errors import KplError
from runtime.events import RunEvent

RUN_BUCKETS = (0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300)
NODE_BUCKETS = (0.001, 0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60)


@dataclass(frozen=True, kw_only=True)
class MetricsConfig:
    """Where the metrics are registered (setting `KPL_METRICS`, bool, turns the layer on)."""

    registry: CollectorRegistry = REGISTRY


class RunMetrics:
    """The metric objects of one registry."""

    def __init__(self, registry: CollectorRegistry) -> None:
        self.runs = Counter(
            "kpl_runs", "Runs by graph and how they ended", ["graph", "status"], registry=registry
        )
        self.run_duration = Histogram(
            "kpl_run_duration_seconds",
            "Run duration",
            ["graph"],
            buckets=RUN_BUCKETS,
            registry=registry,
        )
        self.node_duration = Histogram(
            "kpl_node_duration_seconds",
            "Node duration, node_start to node_output",
            ["graph", "node"],
            buckets=NODE_BUCKETS,
            registry=registry,
        )
        self.tokens = Counter("kpl_tokens", "Streamed token events", ["graph"], registry=registry)
        self.route_source = Counter(
            "kpl_route_source", "Routing decisions by source", ["source"], registry=registry
        )
        self.errors = Counter(
            "kpl_errors", "Run errors by protocol code", ["graph", "code"], registry=registry
        )
        self.admissions = Counter(
            "kpl_admissions",
            "Admissions before routing by action and outcome (admitted or the refusal's code)",
            ["action", "outcome"],
            registry=registry,
        )


_BY_REGISTRY: weakref.WeakKeyDictionary[CollectorRegistry, RunMetrics] = weakref.WeakKeyDictionary()


def run_metrics(registry: CollectorRegistry = REGISTRY) -> RunMetrics:
    """The metrics registered on `registry`, created on first use (a name registers only once)."""
    metrics = _BY_REGISTRY.get(registry)
    if metrics is None:
        metrics = _BY_REGISTRY[registry] = RunMetrics(registry)
    return metrics


def metrics_text(registry: CollectorRegistry = REGISTRY) -> tuple[bytes, str]:
    """The body and content type of a `/metrics` answer."""
    return generate_latest(registry), CONTENT_TYPE_LATEST


class Metrics:
    """Counts runs, errors, tokens and routes and times runs and nodes."""

    name = "metrics"
    must_follow: tuple[str, ...] = ("request_log",)
    """Inside the request log; configure it outside auth and the limiter to count refused runs."""
    outermost = False

    def __init__(self, config: MetricsConfig | None = None) -> None:
        self.config = config or MetricsConfig()
        self.metrics = run_metrics(self.config.registry)

    async def __call__(self, ctx: RunContext, call_next: Handler) -> AsyncIterator[RunEvent]:
        """Observe the run's events as they pass."""
        m = self.metrics
        graph = ctx.graph
        began = time.perf_counter()
        status = "cancelled"  # unless the run says otherwise before it stops
        started: dict[tuple[str, tuple[str, ...], int], list[float]] = {}
        seen_any = False
        try:
            async for event in call_next(ctx):
                seen_any = True
                kind, data = event.event, event.data
                if kind == "node_start":
                    key = (str(data.get("node")), tuple(data.get("namespace") or ()), data["step"])
                    started.setdefault(key, []).append(time.perf_counter())
                elif kind == "node_output":
                    key = (str(data.get("node")), tuple(data.get("namespace") or ()), data["step"])
                    starts = started.get(key)
                    if starts:  # parallel tasks of one node share a key: first in, first out
                        m.node_duration.labels(graph, key[0]).observe(
                            time.perf_counter() - starts.pop(0)
                        )
                elif kind == "token":
                    m.tokens.labels(graph).inc()
                elif kind == "route":
                    m.route_source.labels(str(data.get("source", "unknown"))).inc()
                elif kind == "completed":
                    status = str(data.get("status", "success"))
                elif kind == "error":
                    code = str(data.get("code", "internal"))
                    status = "timeout" if code == "timeout" else "error"
                    m.errors.labels(graph, code).inc()
                yield event
        except KplError as exc:
            status = "error" if seen_any else "rejected"
            m.errors.labels(graph, exc.code).inc()
            raise
        except Exception:
            status = "error"
            m.errors.labels(graph, "internal").inc()
            raise
        finally:
            m.runs.labels(graph, status).inc()
            m.run_duration.labels(graph).observe(time.perf_counter() - began)
