"""Measuring the router on labelled cases: accuracy, per-intent precision and recall, confusion,
coverage, how often it asked to clarify, parameter accuracy, and latency per strategy.

A cases file is a YAML list of `{text, intent, context: {paused_in}, params, split}`. `params` are
optional; the ones given must be extracted exactly. A case that expects an intent and gets
`clarify` counts as wrong; a case that expects `clarify` (off-topic, too vague) is right only
with `clarify`.
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from time import perf_counter
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from graphs.library import format_validation_error
from routers.decision import INTENTS, Intent, RouteContext, Strategy
from routers.errors import RouterError
from routers.router import IntentRouter

Split = Literal["dev", "test"]


class CaseContext(BaseModel):
    """The thread state a case is read in."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    paused_in: str | None = None
    last_graph: str | None = None


class Case(BaseModel):
    """One labelled message."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    text: str
    intent: Intent
    context: CaseContext = Field(default_factory=CaseContext)
    params: dict[str, Any] = Field(default_factory=dict)
    split: Split = "test"


def load_cases(path: Path, split: Split | None = None) -> list[Case]:
    """The cases of a file, of one split if given; errors name the case index and field."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        cases = TypeAdapter(list[Case]).validate_python(data)
    except (OSError, yaml.YAMLError) as exc:
        raise RouterError(f"{path}: cannot be read as YAML: {exc}") from exc
    except ValidationError as exc:
        raise RouterError(f"{path}: " + "; ".join(format_validation_error(exc))) from exc
    return [c for c in cases if split is None or c.split == split]


@dataclass
class Outcome:
    """What the router did with one case."""

    case: Case
    intent: str
    params: dict[str, Any]
    analyzer_ran: bool
    latency_us: float

    @property
    def correct(self) -> bool:
        """The intent is the expected one (clarify is wrong wherever an intent is expected)."""
        return self.intent == self.case.intent

    @property
    def params_correct(self) -> bool:
        """Every expected parameter was extracted with exactly the expected value."""
        return all(self.params.get(k) == v for k, v in self.case.params.items())


@dataclass
class Report:
    """The figures for one strategy on a set of cases."""

    strategy: Strategy
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        """Share of cases routed to the expected intent."""
        return sum(o.correct for o in self.outcomes) / max(1, len(self.outcomes))

    def precision_recall(self) -> dict[str, tuple[float, float, int]]:
        """intent -> (precision, recall, support) over the intents that occur."""
        figures: dict[str, tuple[float, float, int]] = {}
        for intent in INTENTS:
            predicted = [o for o in self.outcomes if o.intent == intent]
            actual = [o for o in self.outcomes if o.case.intent == intent]
            if not predicted and not actual:
                continue
            hits = sum(1 for o in actual if o.correct)
            figures[intent] = (
                hits / len(predicted) if predicted else 0.0,
                hits / len(actual) if actual else 0.0,
                len(actual),
            )
        return figures

    def confusion(self) -> dict[str, Counter[str]]:
        """expected intent -> Counter of decided intents."""
        matrix: dict[str, Counter[str]] = {}
        for o in self.outcomes:
            matrix.setdefault(o.case.intent, Counter())[o.intent] += 1
        return matrix

    @property
    def coverage(self) -> float:
        """Share of cases the router acted on (did not ask to clarify)."""
        return sum(o.intent != "clarify" for o in self.outcomes) / max(1, len(self.outcomes))

    @property
    def clarify_rate(self) -> float:
        """Share of cases where the router asked the learner to clarify."""
        return 1.0 - self.coverage

    def param_accuracy(self) -> tuple[float, int]:
        """(share of cases with expected params that got all of them exactly, how many had some)."""
        with_params = [o for o in self.outcomes if o.case.params]
        return sum(o.params_correct for o in with_params) / max(1, len(with_params)), len(
            with_params
        )

    @property
    def without_analyzer(self) -> int:
        """Cases decided without running the analyzer (rules or context alone)."""
        return sum(not o.analyzer_ran for o in self.outcomes)

    def latency_us(self) -> tuple[float, float]:
        """p50 and p95 decision time in microseconds."""
        times = sorted(o.latency_us for o in self.outcomes)
        if len(times) < 2:
            return (times[0], times[0]) if times else (0.0, 0.0)
        cuts = statistics.quantiles(times, n=100, method="inclusive")
        return cuts[49], cuts[94]

    def failures(self) -> list[Outcome]:
        """Cases routed wrong or with wrong parameters."""
        return [o for o in self.outcomes if not o.correct or not o.params_correct]

    def to_dict(self) -> dict[str, Any]:
        """Every figure, for `--json`."""
        p50, p95 = self.latency_us()
        param_acc, param_cases = self.param_accuracy()
        return {
            "strategy": self.strategy,
            "cases": len(self.outcomes),
            "accuracy": round(self.accuracy, 4),
            "coverage": round(self.coverage, 4),
            "clarify_rate": round(self.clarify_rate, 4),
            "param_accuracy": round(param_acc, 4),
            "param_cases": param_cases,
            "without_analyzer": self.without_analyzer,
            "latency_us": {"p50": round(p50, 1), "p95": round(p95, 1)},
            "per_intent": {
                k: {"precision": round(p, 3), "recall": round(r, 3), "support": n}
                for k, (p, r, n) in self.precision_recall().items()
            },
            "confusion": {k: dict(v) for k, v in self.confusion().items()},
            "failures": [
                {
                    "text": o.case.text,
                    "expected": o.case.intent,
                    "got": o.intent,
                    "params": o.params,
                    "expected_params": o.case.params,
                }
                for o in self.failures()
            ],
        }


async def evaluate(
    router: IntentRouter, cases: list[Case], strategy: Strategy, *, warmup: bool = True
) -> Report:
    """Route every case with `strategy` and collect the outcomes; offline routers run the
    coroutine-free path, so latency measures the router and not the event loop."""
    if warmup and cases:
        router.route_offline(cases[0].text, strategy=strategy)  # compile-on-first-use caches
    report = Report(strategy)
    for case in cases:
        context = RouteContext(paused_in=case.context.paused_in, last_graph=case.context.last_graph)
        started = perf_counter()
        if router.model is None:
            decision = router.route_offline(case.text, context, strategy=strategy)
        else:
            decision = await router.route(case.text, context, strategy=strategy)
        elapsed = (perf_counter() - started) * 1e6
        report.outcomes.append(
            Outcome(
                case, decision.intent, decision.params, decision.trace.analyzer is not None, elapsed
            )
        )
    return report


def format_report(report: Report) -> str:
    """A human-readable report: summary, per-intent table, confusion matrix."""
    p50, p95 = report.latency_us()
    param_acc, param_cases = report.param_accuracy()
    n = len(report.outcomes)
    lines = [
        f"strategy {report.strategy}: {n} cases",
        f"  accuracy {report.accuracy:.3f}   coverage {report.coverage:.3f}   clarify rate {report.clarify_rate:.3f}",
        f"  parameter accuracy {param_acc:.3f} ({param_cases} cases with parameters)",
        f"  decided without the analyzer: {report.without_analyzer}/{n}",
        f"  latency p50 {p50:.1f} µs   p95 {p95:.1f} µs",
        "  intent            precision  recall  support",
    ]
    for intent, (precision, recall, support) in report.precision_recall().items():
        lines.append(f"  {intent:<17} {precision:>9.3f} {recall:>7.3f} {support:>8}")
    labels = [
        i for i in INTENTS if any(i == o.intent or i == o.case.intent for o in report.outcomes)
    ]
    short = {i: i.replace("practice_", "p_").replace("exam_", "e_")[:9] for i in labels}
    lines.append("  confusion (rows expected, columns decided)")
    lines.append("  " + " " * 17 + "".join(f"{short[i]:>10}" for i in labels))
    matrix = report.confusion()
    for expected in labels:
        row = matrix.get(expected, Counter())
        lines.append(f"  {expected:<17}" + "".join(f"{row.get(i, 0):>10}" for i in labels))
    return "\n".join(lines)
