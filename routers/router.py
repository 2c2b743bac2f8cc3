"""The intent router: a message and its thread context become a `Decision`.

    rules (always cheap) ──► does the strategy need the analyzer? ──► analyzer (model, else n-gram)
            │                                                                  │
            └─────────────────────────► strategy decides ◄────────────────────┘
                                                │
                              parameters for the chosen intent ──► Decision

Stickiness comes first: while a thread is paused in a practice, only `explicit` rules (start
something else, quit) can take it elsewhere, and only with a bare command (routers/commands.py:
"您先别急着结束，听我说完" is a line in role); anything else is the learner's reply
(`practice_reply`, source `context`). Only `llm_only` lets the model judge a paused thread itself.
The router decides; it runs nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from time import perf_counter
from typing import Any

from langchain_core.language_models import BaseChatModel

from graphs.courses import Course
from graphs.library import ContentLibrary
from graphs.scenarios import Scenario
from routers.analyzer import SHIPPED_EXAMPLES, Analysis, NgramAnalyzer, load_examples
from routers.catalog import ContentCatalog
from routers.commands import is_bare_command
from routers.decision import (
    INTENT_GRAPHS,
    PRACTICE_GRAPH,
    Decision,
    Intent,
    RouteContext,
    Source,
    Strategy,
    Trace,
)
from routers.dynamic import shipped_dynamic_rules
from routers.errors import AnalyzerUnavailable
from routers.llm import ModelAnalyzer
from routers.params import ParamExtractor
from routers.rules import SHIPPED_RULES, DynamicRule, RuleSet, load_rules
from routers.strategies import STRATEGY_FUNCTIONS, RouterPolicy, RuleOutcome, Verdict

log = logging.getLogger(__name__)

RESUMING_INTENTS: dict[str, Intent] = {
    "exam_generation": "exam_generate",
    "exam_grading": "exam_grade",
    PRACTICE_GRAPH: "practice_reply",
}
"""The intent a reply to a paused flow's question gets: the flow's own, so the plan resumes it."""


@dataclass(frozen=True, kw_only=True)
class _Pending:
    """A decision the rules did not settle, waiting for the analyzer."""

    context: RouteContext
    strategy: Strategy
    outcome: RuleOutcome
    trace: Trace
    started: float
    needs_analysis: bool


class IntentRouter:
    """Routes messages with authored rules, an analyzer and a strategy (see `RouterPolicy`)."""

    def __init__(
        self,
        *,
        rules: RuleSet,
        extractor: ParamExtractor,
        offline: NgramAnalyzer,
        model: ModelAnalyzer | None = None,
        policy: RouterPolicy | None = None,
        scenario_names: Mapping[str, Sequence[str]] | None = None,
    ) -> None:
        self.rules = rules
        self.extractor = extractor
        self.offline = offline
        self.model = model
        self.policy = policy or RouterPolicy()
        self.scenario_names = dict(scenario_names or {})
        """Scenario id -> its title and aliases, which a bare switch command may carry."""

    @classmethod
    def build(
        cls,
        library: ContentLibrary,
        *,
        models: Sequence[BaseChatModel] = (),
        policy: RouterPolicy | None = None,
        rules_path: Path = SHIPPED_RULES,
        examples_path: Path = SHIPPED_EXAMPLES,
        dynamic: Mapping[str, DynamicRule] | None = None,
    ) -> IntentRouter:
        """A router over the library's courses and scenarios, the shipped (or given) rules and
        examples, and the models if any; raises `RulesError` / `ExamplesError` on bad files."""
        catalog = ContentCatalog.from_library(library)
        callables = {**shipped_dynamic_rules(catalog), **(dynamic or {})}
        model = None
        if models:
            model = ModelAnalyzer(
                models,
                courses={c.id: [c.title, *c.aliases] for c in library.all(Course)},
                scenarios={
                    s.id: [s.title, *s.aliases, *([s.description] if s.description else [])]
                    for s in library.all(Scenario)
                },
            )
        return cls(
            rules=load_rules(rules_path, dynamic=callables),
            extractor=ParamExtractor(catalog),
            offline=NgramAnalyzer(load_examples(examples_path)),
            model=model,
            policy=policy,
            scenario_names={s.id: [s.id, s.title, *s.aliases] for s in library.all(Scenario)},
        )

    async def route(
        self,
        text: str,
        context: RouteContext | None = None,
        *,
        strategy: Strategy | None = None,
        now: datetime | None = None,
    ) -> Decision:
        """Decide for one message; with a model configured, the model is the analyzer."""
        pending = self._begin(text, context or RouteContext(), strategy, now)
        if isinstance(pending, Decision):
            return pending
        analysis = None
        if pending.needs_analysis:
            tick = perf_counter()
            analysis = await self._analyse(text, pending.context, pending.trace)
            pending.trace.timings_us["analyzer"] = (perf_counter() - tick) * 1e6
        return self._conclude(text, pending, analysis)

    def route_offline(
        self,
        text: str,
        context: RouteContext | None = None,
        *,
        strategy: Strategy | None = None,
        now: datetime | None = None,
    ) -> Decision:
        """`route` with the offline analyzer, without a coroutine: the path the latency budget is for."""
        pending = self._begin(text, context or RouteContext(), strategy, now)
        if isinstance(pending, Decision):
            return pending
        analysis = None
        if pending.needs_analysis:
            tick = perf_counter()
            analysis = self.offline.analyse(text, pending.context)
            pending.trace.analyzer, pending.trace.scores = analysis.analyzer, analysis.scores
            pending.trace.timings_us["analyzer"] = (perf_counter() - tick) * 1e6
        return self._conclude(text, pending, analysis)

    def _begin(
        self, text: str, context: RouteContext, strategy: Strategy | None, now: datetime | None
    ) -> Decision | _Pending:
        """Run the rules; a decision if they settle it, else what the analyzer step needs."""
        chosen = strategy or self.policy.strategy
        started = perf_counter()
        trace = Trace()
        outcome, early = self._rules(text, context, chosen, trace, now)
        if early is not None:
            return self._finish(text, early, chosen, trace, started)
        needs, _, _ = STRATEGY_FUNCTIONS[chosen]
        return _Pending(
            context=context,
            strategy=chosen,
            outcome=outcome,
            trace=trace,
            started=started,
            needs_analysis=needs(outcome, self.policy),
        )

    def _conclude(self, text: str, pending: _Pending, analysis: Analysis | None) -> Decision:
        """The strategy's verdict from the rules' outcome and the analysis, made a decision."""
        _, decide, _ = STRATEGY_FUNCTIONS[pending.strategy]
        verdict = decide(pending.outcome, analysis, self.policy)
        return self._finish(text, verdict, pending.strategy, pending.trace, pending.started)

    def _rules(
        self,
        text: str,
        context: RouteContext,
        strategy: Strategy,
        trace: Trace,
        now: datetime | None,
    ) -> tuple[RuleOutcome, Verdict | None]:
        """Run the rules (unless the strategy ignores them) and apply stickiness."""
        _, _, uses_rules = STRATEGY_FUNCTIONS[strategy]
        tick = perf_counter()
        matches = self.rules.match(text, context, now, trace.rules) if uses_rules else []
        trace.timings_us["rules"] = (perf_counter() - tick) * 1e6
        outcome = RuleOutcome(matches)
        reply = RESUMING_INTENTS.get(context.paused_in or "")
        if reply is not None and context.paused_in != PRACTICE_GRAPH and uses_rules:
            # Any other paused flow (an exam asking for its material, a grading flow asking for
            # answers) takes the message as its answer, unless it is a bare command.
            top = outcome.top
            if top is not None and is_bare_command(text, top.rule):
                spec = top.rule.spec
                source: Source = "explicit" if spec.explicit else "rule"
                reason = f"rule {spec.name!r} fired while {context.paused_in} waits for an answer"
                return outcome, Verdict(spec.intent, spec.confidence, source, reason, match=top)
            reason = (
                f"the thread is paused in {context.paused_in}, which asked a question; the "
                "message is its answer"
            )
            return outcome, Verdict(reply, 1.0, "context", reason)
        if context.paused_in == PRACTICE_GRAPH and uses_rules:
            top = outcome.top
            names = self.scenario_names.get(str(top.params.get("scenario")), ()) if top else ()
            if top is not None and not is_bare_command(text, top.rule, names):
                reason = (
                    f"rule {top.rule.name!r} fired while the practice is paused, but the message "
                    "is a sentence in role, not a bare command"
                )
                return outcome, Verdict("practice_reply", 1.0, "context", reason)
            if top is not None:
                spec = top.rule.spec
                source = "explicit" if spec.explicit else "rule"
                reason = f"rule {spec.name!r} fired while the practice is paused"
                return outcome, Verdict(spec.intent, spec.confidence, source, reason, match=top)
            reason = (
                "the thread is paused in a practice and the message is no explicit switch or quit"
            )
            return outcome, Verdict("practice_reply", 1.0, "context", reason)
        return outcome, None

    async def _analyse(self, text: str, context: RouteContext, trace: Trace) -> Analysis:
        if self.model is not None:
            try:
                analysis = await self.model.classify(text, context)
            except AnalyzerUnavailable as exc:
                log.warning("routing models unavailable, using the offline analyzer: %s", exc)
                trace.notes.append(str(exc))
            else:
                trace.analyzer, trace.scores = analysis.analyzer, analysis.scores
                return analysis
        analysis = self.offline.analyse(text, context)
        trace.analyzer, trace.scores = analysis.analyzer, analysis.scores
        return analysis

    def _finish(
        self,
        text: str,
        verdict: Verdict,
        strategy: Strategy,
        trace: Trace,
        started: float,
    ) -> Decision:
        tick = perf_counter()
        # A clarify still carries the parameters of its likeliest option, so the follow-up
        # question can show what was understood ("10 single-choice questions: exam or ...?").
        target = (
            verdict.options[0]
            if verdict.intent == "clarify" and verdict.options
            else verdict.intent
        )
        groups: dict[str, Any] = dict(verdict.match.params) if verdict.match else {}
        params = self.extractor.extract(text, target, groups)
        if verdict.analysis_params:
            model_params = self.extractor.normalise(verdict.analysis_params)
            params = {**model_params, **params}
        trace.timings_us["params"] = (perf_counter() - tick) * 1e6
        trace.timings_us["total"] = (perf_counter() - started) * 1e6
        return Decision(
            intent=verdict.intent,
            graph=INTENT_GRAPHS[verdict.intent],
            confidence=verdict.confidence,
            source=verdict.source,
            strategy=strategy,
            rule=verdict.match.rule.name if verdict.match else None,
            params=params,
            reasoning=verdict.reasoning,
            options=verdict.options,
            trace=trace,
        )
