"""What the router decides: the intent, the flow it leads to, its parameters, how sure, and why.

A `Decision` is what the chat endpoint acts on and what the protocol's `route` event carries
(`to_event()`); its `trace` (rules tried, analyzer scores, time per stage) is for the playground.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, get_args

from graphs.digest import text_digest

Intent = Literal[
    "exam_generate",
    "exam_grade",
    "practice_start",
    "practice_reply",
    "practice_end",
    "help",
    "clarify",
]
"""`clarify` is not a flow: the learner is asked which of the likely intents they meant."""

INTENTS: tuple[Intent, ...] = get_args(Intent)
ACTIONS: tuple[Intent, ...] = tuple(i for i in INTENTS if i != "clarify")
"""The intents that lead to a flow."""

INTENT_GRAPHS: dict[Intent, str | None] = {
    "exam_generate": "exam_generation",
    "exam_grade": "exam_grading",
    "practice_start": "practice_dialogue",
    "practice_reply": "practice_dialogue",
    "practice_end": "practice_dialogue",
    "help": "help",
    "clarify": None,
}
"""practice_reply and practice_end resume the paused practice thread rather than start a run."""

PRACTICE_GRAPH = "practice_dialogue"

Source = Literal["rule", "llm", "context", "explicit", "fallback"]
"""rule: a rule fired · llm: the analyzer (model or offline) · context: the thread is paused in
practice · explicit: an explicit command left a paused practice · fallback: nothing was sure."""

Strategy = Literal[
    "rule_first", "llm_first", "hybrid", "rule_only", "llm_only", "confidence_threshold"
]
"""How rules and the analyzer combine (routers/strategies.py); `KPL_ROUTER_STRATEGY`."""
STRATEGIES: tuple[Strategy, ...] = get_args(Strategy)


@dataclass(frozen=True, kw_only=True)
class RouteContext:
    """What the router knows about the thread besides the message."""

    paused_in: str | None = None
    """The flow the thread is paused in (waiting in an `interrupt`), if any."""
    last_graph: str | None = None
    """The flow of the thread's last run."""
    history: tuple[str, ...] = ()
    """The last few messages of the thread, oldest first (the model analyzer reads them)."""


RuleTry = tuple[str, str, int, bool, str | None]
"""A rule tried on a message: name, intent, priority, whether it matched, why it was skipped.
Tuples, not dicts, because the trace is built on the rule path's latency budget."""


@dataclass
class Trace:
    """How the decision was reached, for the playground."""

    rules: list[RuleTry] = field(default_factory=list)
    """Every rule tried, in priority order (see `RuleTry`)."""
    scores: dict[str, float] = field(default_factory=dict)
    """The analyzer's score per intent, when it ran."""
    analyzer: str | None = None
    """Which analyzer ran: `offline`, a model's name, or None when none was needed."""
    timings_us: dict[str, float] = field(default_factory=dict)
    """Microseconds spent per stage (`rules`, `params`, `analyzer`, `total`)."""
    notes: list[str] = field(default_factory=list)
    """Failures that were recovered from (a provider that failed and was skipped)."""


@dataclass(frozen=True, kw_only=True)
class Decision:
    """The router's answer for one message."""

    intent: Intent
    graph: str | None
    confidence: float
    source: Source
    strategy: Strategy
    rule: str | None = None
    params: dict[str, Any] = field(default_factory=dict)
    reasoning: str = ""
    options: tuple[Intent, ...] = ()
    """For `clarify`: the likely intents to offer the learner, most likely first."""
    trace: Trace = field(default_factory=Trace)

    def to_event(self) -> dict[str, Any]:
        """The protocol's `route` event data (without `run_id`)."""
        return {
            "intent": self.intent,
            "graph": self.graph,
            "confidence": round(self.confidence, 3),
            "source": self.source,
            "strategy": self.strategy,
            "rule": self.rule,
            "params": lean_params(self.params),
            "reasoning": self.reasoning,
        }

    def to_dict(self) -> dict[str, Any]:
        """Everything, trace included: what `kpl route` prints and the playground shows."""
        return {
            **self.to_event(),
            "options": list(self.options),
            "trace": {
                "rules": [
                    {"name": n, "intent": i, "priority": p, "matched": m}
                    | ({"skipped": skipped} if skipped else {})
                    for n, i, p, m, skipped in self.trace.rules
                ],
                "scores": {k: round(v, 3) for k, v in self.trace.scores.items()},
                "analyzer": self.trace.analyzer,
                "timings_us": {k: round(v, 1) for k, v in self.trace.timings_us.items()},
                "notes": self.trace.notes,
            },
        }


def lean_params(params: dict[str, Any]) -> dict[str, Any]:
    """The parameters as an event shows them: a material never by its text (PROTOCOL.md), but by
    `{"digest", "chars"}` (or the `{"material_id", "chars"}` reference the caller gave)."""
    material = params.get("material")
    if not isinstance(material, str):
        return params
    return {**params, "material": {"digest": text_digest(material), "chars": len(material)}}
