"""Checks a set of compiled rules before it is served: every problem, with its file and rule name.

Found on load:
- a rule with no condition at all, a named group that is not a parameter, an unknown flow in `when`;
- rules that can never fire: a keyword both required and forbidden, every `any` keyword forbidden,
  a time window with no days, a rule whose every trigger a higher-priority rule takes first;
- overlapping rules: two rules of equal priority and different intents that fire on the same
  message (a shared keyword, or one's example firing the other), so which wins would be an accident;
- examples that do not fire their own rule.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from routers.decision import RouteContext
from routers.errors import RuleProblem
from routers.keywords import Message
from routers.params import PARAM_NAMES

if TYPE_CHECKING:
    from routers.rules import Rule

CONTEXT_WORDS = ("any", "none")


def check_rules(rules: list[Rule], graphs: Iterable[str]) -> list[RuleProblem]:
    """Every problem in `rules` (sorted by priority, highest first); `graphs` are the flow names."""
    known = set(graphs)
    problems: list[RuleProblem] = []
    seen: dict[str, str] = {}
    for rule in rules:
        problems += _check_one(rule, known)
        if rule.name in seen:
            problems.append(
                _problem(
                    rule, f"name: already used by a rule in {seen[rule.name]}; names must be unique"
                )
            )
        seen.setdefault(rule.name, rule.file)
    problems += _overlaps(rules)
    problems += _shadowed(rules)
    return problems


def _problem(rule: Rule, message: str) -> RuleProblem:
    return RuleProblem(rule.file, rule.name, message)


def _check_one(rule: Rule, graphs: set[str]) -> list[RuleProblem]:
    spec, problems = rule.spec, []
    kw = spec.keywords
    if not (
        kw.any
        or kw.all
        or spec.patterns
        or spec.dynamic
        or spec.time
        or spec.when.paused_in != "any"
        or spec.when.last_graph != "any"
    ):
        problems.append(
            _problem(
                rule,
                "has no condition, so it would fire on every message; add keywords, patterns or a `when`",
            )
        )
    for pattern in rule.patterns:
        for group in pattern.groupindex:
            if group not in PARAM_NAMES:
                problems.append(
                    _problem(
                        rule,
                        f"patterns: named group {group!r} is not a parameter (use one of {', '.join(PARAM_NAMES)})",
                    )
                )
    for field_name in ("paused_in", "last_graph"):
        value = getattr(spec.when, field_name)
        if value not in CONTEXT_WORDS and value not in graphs:
            problems.append(
                _problem(
                    rule,
                    f"when.{field_name}: {value!r} is not a flow (use any, none or one of {', '.join(sorted(graphs))})",
                )
            )
    lowered_none = [w.lower() for w in kw.none]
    for word in kw.all:
        blocked = [n for n in lowered_none if n in word.lower()]
        if blocked:
            problems.append(
                _problem(
                    rule,
                    f"can never fire: keywords.all has {word!r}, which keywords.none forbids ({blocked[0]!r})",
                )
            )
    if kw.any and all(any(n in w.lower() for n in lowered_none) for w in kw.any):
        problems.append(
            _problem(rule, "can never fire: every keywords.any word contains a keywords.none word")
        )
    if spec.time is not None and not spec.time.days:
        problems.append(_problem(rule, "can never fire: time.days is empty"))
    if not problems:
        for example in spec.examples:
            if rule.match(Message.of(example), _context_for(rule), ignore_time=True) is None:
                problems.append(
                    _problem(
                        rule,
                        f"examples: {example!r} does not fire this rule; fix the example or the rule",
                    )
                )
    return problems


def _context_for(rule: Rule) -> RouteContext:
    """The thread state an example of `rule` is meant to be read in."""
    paused, last = rule.spec.when.paused_in, rule.spec.when.last_graph
    return RouteContext(
        paused_in=None if paused in CONTEXT_WORDS else paused,
        last_graph=None if last in CONTEXT_WORDS else last,
    )


def _contexts_meet(a: Rule, b: Rule) -> bool:
    for field_name in ("paused_in", "last_graph"):
        x, y = getattr(a.spec.when, field_name), getattr(b.spec.when, field_name)
        if "any" not in (x, y) and x != y:
            return False
    return True


def _fires(rule: Rule, text: str, context: RouteContext) -> bool:
    return rule.match(Message.of(text), context, ignore_time=True) is not None


def _overlaps(rules: list[Rule]) -> list[RuleProblem]:
    problems = []
    for i, a in enumerate(rules):
        for b in rules[i + 1 :]:
            if (
                a.spec.priority != b.spec.priority
                or a.spec.intent == b.spec.intent
                or not _contexts_meet(a, b)
            ):
                continue
            witness = _shared_trigger(a, b)
            if witness is None:
                continue
            problems.append(
                _problem(
                    b,
                    f"overlaps rule {a.name!r} ({a.file}) at equal priority {a.spec.priority}: "
                    f"both fire on {witness!r} with different intents; change a priority or a keyword",
                )
            )
    return problems


def _shared_trigger(a: Rule, b: Rule) -> str | None:
    """A message both rules fire on, if one is easy to find: an example, or a shared keyword."""
    for rule, other in ((a, b), (b, a)):
        for example in rule.spec.examples:
            if _fires(other, example, _context_for(rule)) and _fires(
                rule, example, _context_for(rule)
            ):
                return example
    if a.patterns or b.patterns or a.dynamic or b.dynamic or a.all_words or b.all_words:
        return None
    for word_a in a.spec.keywords.any:
        for word_b in b.spec.keywords.any:
            longer = word_a if len(word_a) >= len(word_b) else word_b
            context = _context_for(a if a.spec.when.paused_in != "any" else b)
            if (
                (word_a.lower() in word_b.lower() or word_b.lower() in word_a.lower())
                and _fires(a, longer, context)
                and _fires(b, longer, context)
            ):
                return longer
    return None


def _shadowed(rules: list[Rule]) -> list[RuleProblem]:
    """Rules whose every trigger a higher-priority rule takes first."""
    problems = []
    for i, rule in enumerate(rules):
        higher = [
            r
            for r in rules[:i]
            if r.spec.priority > rule.spec.priority and r.spec.intent != rule.spec.intent
        ]
        triggers = list(rule.spec.examples)
        if not triggers and not (
            rule.patterns or rule.all_words or rule.dynamic or rule.none_words
        ):
            triggers = list(rule.spec.keywords.any)
        if not triggers or not higher:
            continue
        context = _context_for(rule)
        takers = []
        for text in triggers:
            taker = next((h for h in higher if _fires(h, text, context)), None)
            if taker is None:
                break
            takers.append(taker.name)
        else:
            problems.append(
                _problem(
                    rule,
                    f"can never fire: higher-priority rule(s) {sorted(set(takers))} take every one of its triggers ({triggers[:3]})",
                )
            )
    return problems
