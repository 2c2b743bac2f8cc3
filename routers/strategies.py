"""How rule matches and the analyzer's scores become one verdict, per strategy.

Each strategy is two functions: `needs_analyzer(rules)` says whether the analyzer must run for
this message (so the rule path never pays for it when it need not), and `decide(rules, analysis)`
gives the verdict. The router runs the rules, then the analyzer if asked, then `decide`.

    rule_only             the top rule, else clarify
    rule_first            the top rule; with none, the analyzer's best if above the threshold
    hybrid                a strong rule (priority >= strong_priority) as is; a weak rule must not
                          be contradicted by a sure analyzer; with none, the analyzer above threshold
    llm_first             the analyzer if above the threshold, else the top rule, else clarify
    llm_only              the analyzer if above the threshold, else clarify
    confidence_threshold  rule confidences and analyzer scores merged; the best must clear the
                          threshold and lead the runner-up by the margin, else clarify
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from routers.analyzer import Analysis, top_two
from routers.decision import ACTIONS, Intent, Source, Strategy
from routers.rules import RuleMatch

DEFAULT_OPTIONS: tuple[Intent, ...] = ("exam_generate", "practice_start", "help")
"""What a learner is offered when nothing points anywhere."""


@dataclass(frozen=True, kw_only=True)
class RouterPolicy:
    """How the router decides; the lead maps `KPL_ROUTER_*` settings onto this."""

    strategy: Strategy = "hybrid"
    threshold: float = 0.22
    """The offline analyzer's score (0-1 cosine) an intent needs; tuned on the dev cases."""
    margin: float = 0.05
    """How far the best intent must lead the runner-up, or the learner is asked."""
    model_threshold: float = 0.6
    """A model's self-reported confidence an intent needs."""
    strong_priority: int = 60
    """hybrid: rules at or above this priority are trusted without the analyzer."""
    clarify_options: int = 3
    """How many likely intents a clarify offers at most."""


@dataclass(frozen=True)
class Verdict:
    """A strategy's answer, before parameters are extracted."""

    intent: Intent
    confidence: float
    source: Source
    reasoning: str
    match: RuleMatch | None = None
    options: tuple[Intent, ...] = ()
    analysis_params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class RuleOutcome:
    """The rules that fired, highest priority first, and whether the top ones disagree."""

    matches: list[RuleMatch]

    @cached_property
    def top(self) -> RuleMatch | None:
        """The winning match, or None when no rule fired or the top priority is contested."""
        if not self.matches or self.contested:
            return None
        return self.matches[0]

    @cached_property
    def contested(self) -> tuple[Intent, ...]:
        """Different intents among the rules at the top priority (an unresolvable tie)."""
        if not self.matches:
            return ()
        best = self.matches[0].rule.spec.priority
        intents = tuple(
            dict.fromkeys(m.rule.spec.intent for m in self.matches if m.rule.spec.priority == best)
        )
        return intents if len(intents) > 1 else ()


def _threshold(policy: RouterPolicy, analysis: Analysis) -> float:
    return policy.threshold if analysis.analyzer == "offline" else policy.model_threshold


def from_rule(match: RuleMatch) -> Verdict:
    """The verdict of a rule that fired."""
    spec = match.rule.spec
    return Verdict(spec.intent, spec.confidence, "rule", f"rule {spec.name!r} fired", match=match)


def clarify(reason: str, options: tuple[Intent, ...], confidence: float = 0.0) -> Verdict:
    """Ask the learner which of `options` they meant."""
    return Verdict("clarify", confidence, "fallback", reason, options=options or DEFAULT_OPTIONS)


def analyzer_options(analysis: Analysis | None, policy: RouterPolicy) -> tuple[Intent, ...]:
    """The analyzer's likely intents: within half of the best score, best first."""
    if analysis is None:
        return ()
    ranked = [(i, s) for i, s in analysis.ranked() if i in ACTIONS and s > 0]
    if not ranked:
        return ()
    best = ranked[0][1]
    return tuple(i for i, s in ranked if s >= best / 2)[: policy.clarify_options]


def from_analysis(
    analysis: Analysis, policy: RouterPolicy, *, margin: bool = True
) -> Verdict | None:
    """The analyzer's best intent if sure enough (threshold, and margin when asked), else None."""
    (intent, score), (_, second) = top_two(analysis.scores)
    if intent not in ACTIONS or score < _threshold(policy, analysis):
        return None
    if margin and score - second < policy.margin:
        return None
    return Verdict(intent, score, "llm", analysis.reasoning, analysis_params=dict(analysis.params))


def _unsure(rules: RuleOutcome, analysis: Analysis | None, policy: RouterPolicy) -> Verdict:
    if rules.contested:
        return clarify(
            f"rules of equal priority disagree: {', '.join(rules.contested)}", rules.contested
        )
    options = analyzer_options(analysis, policy)
    if analysis is not None:
        (intent, score), (_, second) = top_two(analysis.scores)
        reason = f"not sure: best {intent} {score:.2f}, runner-up {second:.2f}"
        return clarify(reason, options, score)
    return clarify("no rule fired", options)


# --- the strategies --------------------------------------------------------------------------


def rule_only(rules: RuleOutcome, analysis: Analysis | None, policy: RouterPolicy) -> Verdict:
    """The top rule, else clarify."""
    return from_rule(rules.top) if rules.top else _unsure(rules, None, policy)


def rule_first(rules: RuleOutcome, analysis: Analysis | None, policy: RouterPolicy) -> Verdict:
    """The top rule; with none, the analyzer above the threshold (no margin)."""
    if rules.top:
        return from_rule(rules.top)
    verdict = (
        from_analysis(analysis, policy, margin=False) if analysis and not rules.contested else None
    )
    return verdict or _unsure(rules, analysis, policy)


def hybrid(rules: RuleOutcome, analysis: Analysis | None, policy: RouterPolicy) -> Verdict:
    """Strong rules as they are; weak ones checked by the analyzer; threshold and margin otherwise."""
    top = rules.top
    if top and (top.rule.spec.priority >= policy.strong_priority or analysis is None):
        return from_rule(top)
    sure = from_analysis(analysis, policy) if analysis else None
    if top:
        if sure and sure.intent != top.rule.spec.intent:
            return clarify(
                f"rule {top.rule.name!r} says {top.rule.spec.intent}, the analyzer says {sure.intent}",
                (top.rule.spec.intent, sure.intent),
                sure.confidence,
            )
        return from_rule(top)
    if rules.contested:
        return _unsure(rules, analysis, policy)
    return sure or _unsure(rules, analysis, policy)


def llm_first(rules: RuleOutcome, analysis: Analysis | None, policy: RouterPolicy) -> Verdict:
    """The analyzer if sure, else the top rule, else clarify."""
    sure = from_analysis(analysis, policy) if analysis else None
    if sure:
        return sure
    return from_rule(rules.top) if rules.top else _unsure(rules, analysis, policy)


def llm_only(rules: RuleOutcome, analysis: Analysis | None, policy: RouterPolicy) -> Verdict:
    """The analyzer if sure, else clarify; rules are not consulted."""
    sure = from_analysis(analysis, policy) if analysis else None
    return sure or _unsure(RuleOutcome([]), analysis, policy)


def confidence_threshold(
    rules: RuleOutcome, analysis: Analysis | None, policy: RouterPolicy
) -> Verdict:
    """Merge rule confidences and analyzer scores; the best must clear threshold and margin."""
    merged: dict[str, float] = dict(analysis.scores) if analysis else {}
    by_rule: dict[str, RuleMatch] = {}
    for match in rules.matches:
        rule_intent = match.rule.spec.intent
        if match.rule.spec.confidence > merged.get(rule_intent, 0.0):
            merged[rule_intent] = match.rule.spec.confidence
            by_rule[rule_intent] = match
    (intent, score), (runner_up, second) = top_two(merged)
    threshold = (
        _threshold(policy, analysis) if analysis and intent not in by_rule else policy.threshold
    )
    if intent in ACTIONS and score >= threshold and score - second >= policy.margin:
        if intent in by_rule:
            return from_rule(by_rule[intent])
        assert analysis is not None
        return Verdict(
            intent, score, "llm", analysis.reasoning, analysis_params=dict(analysis.params)
        )
    options = tuple(i for i in (intent, runner_up) if i in ACTIONS) or analyzer_options(
        analysis, policy
    )
    return clarify(
        f"best {intent} {score:.2f} does not clear threshold or margin over {runner_up} {second:.2f}",
        options,
        score,
    )


Decide = Callable[[RuleOutcome, Analysis | None, RouterPolicy], Verdict]
NeedsAnalyzer = Callable[[RuleOutcome, RouterPolicy], bool]

STRATEGY_FUNCTIONS: dict[Strategy, tuple[NeedsAnalyzer, Decide, bool]] = {
    "rule_only": (lambda r, p: False, rule_only, True),
    "rule_first": (lambda r, p: r.top is None, rule_first, True),
    "hybrid": (
        lambda r, p: r.top is None or r.top.rule.spec.priority < p.strong_priority,
        hybrid,
        True,
    ),
    "llm_first": (lambda r, p: True, llm_first, True),
    "llm_only": (lambda r, p: True, llm_only, False),
    "confidence_threshold": (
        lambda r, p: r.top is None or bool(r.contested),
        confidence_threshold,
        True,
    ),
}
"""strategy -> (whether the analyzer must run, how to decide, whether rules are run at all)."""
