"""Routing rules authored in YAML: the schema, loading, compiling and matching.

A rules file holds `rules:`, a list of rules. A rule fires when every condition it sets holds:

    - name: exam-generate-count          # unique across files; shown in decisions and errors
      intent: exam_generate
      priority: 60                       # the highest-priority rule that fires wins
      explicit: true                     # may take a thread out of a paused practice
      keywords: {any: [出题, quiz], all: [], none: [批改]}   # case-insensitive; English on word bounds
      patterns: ['(?P<single_choice>\\d+)道单选']              # any may match; named groups are params
      when: {paused_in: practice_dialogue, last_graph: any}  # a flow name, `none` or `any`
      time: {from: "08:00", to: "20:00", days: [mon, fri], timezone: Asia/Shanghai}
      dynamic: answer_sheet              # a Python callable registered by that name
      examples: ["出10道单选题"]          # must fire this rule; used to find overlaps on load

Loading checks every rule (`routers.rule_checks`) and reports all problems with file and rule name.
Every regex is compiled here, once, because matching is on the rule path's latency budget.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, time
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from graphs.definitions.yaml_limits import load_bounded
from graphs.flows import BUILTIN_FLOW_NAMES
from graphs.library import format_validation_error
from routers.decision import PRACTICE_GRAPH, Intent, RouteContext, RuleTry
from routers.errors import RuleProblem, RulesError
from routers.keywords import KeywordSet, Message
from routers.rule_checks import check_rules

SHIPPED_RULES = Path(__file__).parent / "rules.yaml"

DynamicRule = Callable[[str, RouteContext], Mapping[str, Any] | None]
"""A rule written in Python: returns the parameters it found (maybe none) when it fires, else None."""

Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
WEEKDAYS: tuple[Weekday, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
PAUSED_SKIP = "thread is paused in a practice and the rule is not explicit"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Keywords(_Strict):
    """Words the message must hold: at least one of `any`, every one of `all`, none of `none`."""

    any: list[str] = Field(default_factory=list)
    all: list[str] = Field(default_factory=list)
    none: list[str] = Field(default_factory=list)


class ContextCondition(_Strict):
    """The thread's state the rule needs: a flow name, `none` (no such flow) or `any`."""

    paused_in: str = "any"
    last_graph: str = "any"


class TimeWindow(_Strict):
    """When the rule is active, in the given time zone; `from` after `to` spans midnight."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    start: time = Field(default=time(0, 0), alias="from")
    end: time = Field(default=time(23, 59, 59), alias="to")
    days: list[Weekday] = Field(default_factory=lambda: list(WEEKDAYS))
    timezone: str = "Asia/Shanghai"


class RuleSpec(_Strict):
    """One rule as authored."""

    name: str = Field(min_length=1)
    intent: Intent
    priority: int = Field(default=50, ge=0, le=1000)
    explicit: bool = False
    confidence: float = Field(default=0.95, gt=0, le=1)
    keywords: Keywords = Field(default_factory=Keywords)
    patterns: list[str] = Field(default_factory=list)
    when: ContextCondition = Field(default_factory=ContextCondition)
    time: TimeWindow | None = None
    dynamic: str | None = None
    examples: list[str] = Field(default_factory=list)
    description: str = ""


class RulesFile(_Strict):
    """A rules file: `rules:`, a description, and the header every authored file may carry."""

    kind: Literal["rules"] = "rules"
    schema_version: int = Field(default=1, ge=1, le=1)
    id: str | None = None
    version: str = "1"
    description: str = ""
    rules: list[RuleSpec] = Field(default_factory=list)


@dataclass(frozen=True)
class RuleMatch:
    """A rule that fired, with the parameters its named groups or callable found."""

    rule: Rule
    params: dict[str, Any]


@dataclass(frozen=True, eq=False)
class Rule:
    """A rule compiled for matching."""

    spec: RuleSpec
    file: str
    dynamic: DynamicRule | None = None
    any_words: KeywordSet | None = field(init=False, default=None)
    none_words: KeywordSet | None = field(init=False, default=None)
    all_words: tuple[KeywordSet, ...] = field(init=False, default=())
    patterns: tuple[re.Pattern[str], ...] = field(init=False, default=())
    zone: ZoneInfo | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        keywords = self.spec.keywords
        set_ = object.__setattr__
        set_(self, "any_words", KeywordSet.of(keywords.any))
        set_(self, "none_words", KeywordSet.of(keywords.none))
        set_(self, "all_words", tuple(k for w in keywords.all if (k := KeywordSet.of([w]))))
        set_(
            self,
            "patterns",
            tuple(re.compile(p, re.IGNORECASE | re.DOTALL) for p in self.spec.patterns),
        )
        if self.spec.time is not None:
            set_(self, "zone", ZoneInfo(self.spec.time.timezone))

    @property
    def name(self) -> str:
        """The rule's name."""
        return self.spec.name

    def context_allows(self, context: RouteContext) -> bool:
        """Whether the thread's state meets the rule's `when`."""
        return _state_fits(self.spec.when.paused_in, context.paused_in) and _state_fits(
            self.spec.when.last_graph, context.last_graph
        )

    def active_at(self, now: datetime | None) -> bool:
        """Whether `now` falls in the rule's time window (always, without one)."""
        window = self.spec.time
        if window is None:
            return True
        local = (now or datetime.now(self.zone)).astimezone(self.zone)
        if WEEKDAYS[local.weekday()] not in window.days:
            return False
        clock = local.time()
        if window.start <= window.end:
            return window.start <= clock <= window.end
        return clock >= window.start or clock <= window.end

    def match(
        self,
        message: Message,
        context: RouteContext,
        now: datetime | None = None,
        *,
        ignore_time: bool = False,
    ) -> RuleMatch | None:
        """The match if the rule fires on the message, else None. `ignore_time` is for checks
        on load, which must not depend on the hour they run at."""
        if not self.context_allows(context):
            return None
        if self.any_words is not None and not self.any_words.search(message):
            return None
        if self.none_words is not None and self.none_words.search(message):
            return None
        if any(not k.search(message) for k in self.all_words):
            return None
        text = message.text
        params: dict[str, Any] = {}
        if self.patterns:
            found = next((m for p in self.patterns if (m := p.search(text))), None)
            if found is None:
                return None
            params.update({k: v for k, v in found.groupdict().items() if v is not None})
        if not ignore_time and not self.active_at(now):
            return None
        if self.dynamic is not None:
            extra = self.dynamic(text, context)
            if extra is None:
                return None
            params.update(extra)
        return RuleMatch(self, params)


def _state_fits(wanted: str, actual: str | None) -> bool:
    if wanted == "any":
        return True
    if wanted == "none":
        return actual is None
    return wanted == actual


@dataclass(frozen=True)
class RuleSet:
    """Every loaded rule, highest priority first."""

    rules: tuple[Rule, ...]
    problems: tuple[RuleProblem, ...] = ()
    """Warnings found on load (errors are raised instead)."""

    def match(
        self,
        text: str,
        context: RouteContext,
        now: datetime | None = None,
        trace: list[RuleTry] | None = None,
    ) -> list[RuleMatch]:
        """Every rule that fires, highest priority first. While the thread is paused in a
        practice, only `explicit` rules and rules that ask for that pause are tried (stickiness);
        a pause elsewhere (an exam asking for material) is the router's to weigh, not the rules'."""
        message = Message.of(text)
        sticky = context.paused_in == PRACTICE_GRAPH
        matches = []
        for rule in self.rules:
            spec = rule.spec
            if sticky and not spec.explicit and spec.when.paused_in == "any":
                if trace is not None:
                    trace.append((rule.name, spec.intent, spec.priority, False, PAUSED_SKIP))
                continue
            found = rule.match(message, context, now)
            if trace is not None:
                trace.append((rule.name, spec.intent, spec.priority, found is not None, None))
            if found is not None:
                matches.append(found)
        return matches


def read_rule_files(source: Path) -> list[tuple[str, RulesFile]]:
    """Parse a rules file, or every `*.yaml` in a folder; errors name the file and the field."""
    paths = sorted(source.glob("*.y*ml")) if source.is_dir() else [source]
    files, problems = [], []
    for path in paths:
        shown = str(path)
        try:
            data = load_bounded(path.read_text(encoding="utf-8"))  # the limits of authored files
            files.append((shown, RulesFile.model_validate(data or {})))
        except OSError as exc:
            problems.append(RuleProblem(shown, "(file)", f"cannot be read: {exc}"))
        except yaml.YAMLError as exc:
            problems.append(RuleProblem(shown, "(file)", f"not valid YAML: {exc}"))
        except ValidationError as exc:
            for line in format_validation_error(exc):
                problems.append(RuleProblem(shown, _rule_name(data, line), line))
    if problems:
        raise RulesError(problems)
    return files


def _rule_name(data: Any, line: str) -> str:
    found = re.match(r"rules\[(\d+)\]", line)
    if found and isinstance(data, dict) and isinstance(data.get("rules"), list):
        entry = data["rules"][int(found.group(1))]
        if isinstance(entry, dict) and entry.get("name"):
            return str(entry["name"])
        return f"rules[{found.group(1)}]"
    return "(file)"


def compile_rules(
    files: list[tuple[str, RulesFile]], dynamic: Mapping[str, DynamicRule]
) -> tuple[list[Rule], list[RuleProblem]]:
    """Compile every rule; a bad regex, time zone or unknown callable is a problem, not a crash."""
    rules, problems = [], []
    for file, rules_file in files:
        for spec in rules_file.rules:
            if spec.dynamic is not None and spec.dynamic not in dynamic:
                known = ", ".join(sorted(dynamic)) or "none"
                problems.append(
                    RuleProblem(
                        file,
                        spec.name,
                        f"dynamic: no callable registered as {spec.dynamic!r} (registered: {known})",
                    )
                )
                continue
            try:
                rules.append(Rule(spec, file, dynamic.get(spec.dynamic) if spec.dynamic else None))
            except re.error as exc:
                problems.append(
                    RuleProblem(file, spec.name, f"patterns: not a valid regular expression: {exc}")
                )
            except ZoneInfoNotFoundError:
                assert spec.time is not None
                problems.append(
                    RuleProblem(
                        file,
                        spec.name,
                        f"time.timezone: unknown time zone {spec.time.timezone!r} (use an IANA name such as Asia/Shanghai)",
                    )
                )
    rules.sort(key=lambda r: -r.spec.priority)
    return rules, problems


def load_rules(
    source: Path = SHIPPED_RULES,
    *,
    dynamic: Mapping[str, DynamicRule] | None = None,
    graphs: Iterable[str] = (),
) -> RuleSet:
    """Read, compile and check the rules at `source` (a file or a folder of files).

    Raises `RulesError` listing every problem, each with its file and rule name, if any is found.
    `graphs` are the flow names `when` may refer to (besides the built-in ones).
    """
    files = read_rule_files(source)
    rules, problems = compile_rules(files, dynamic or {})
    known = {*BUILTIN_FLOW_NAMES, *graphs}
    problems += check_rules(rules, known)
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise RulesError(errors)
    return RuleSet(tuple(rules), tuple(problems))
